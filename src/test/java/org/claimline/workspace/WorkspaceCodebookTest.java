package org.claimline.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.claimline.model.Actor;
import org.claimline.model.Anchor;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Claim;
import org.claimline.model.Codebook;
import org.claimline.model.Issue;
import org.claimline.model.Stance;
import org.claimline.model.Taxonomy;
import org.claimline.model.TextQuote;
import org.claimline.storage.CodebookFile;
import org.claimline.storage.LoadResult;
import org.claimline.storage.SidecarRewrite;
import org.claimline.storage.SidecarStore;
import org.claimline.workspace.bench.WorkspaceGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceCodebookTest {
    @TempDir
    Path dir;

    private List<AnnotationSet> all(WorkspaceCodebook cb) throws IOException {
        List<AnnotationSet> out = new ArrayList<>();
        for (Path s : cb.sidecars()) {
            LoadResult r = SidecarStore.read(s, null);
            assertEquals(LoadResult.Status.OK, r.status(), r.message());
            out.add(r.file().annotations());
        }
        return out;
    }

    @Test
    void renameReachesEverySidecarAndTheCodebook() throws IOException {
        new WorkspaceGenerator().generate(dir, 8, 40, 1);
        WorkspaceCodebook cb = new WorkspaceCodebook(dir);
        WorkspaceCodebook.Result r = cb.apply(new CodebookEdit.Rename(CodebookEdit.Kind.ISSUE, "issue-0", "Commerce"),
                Progress.NONE);
        assertEquals(8, r.written());
        assertTrue(r.problems().isEmpty());
        assertFalse(Files.exists(cb.journal()));
        assertEquals("Commerce", cb.read().issue("issue-0").orElseThrow().name());
        for (AnnotationSet s : all(cb)) {
            assertEquals("Commerce", s.taxonomy().issue("issue-0").orElseThrow().name());
        }
        // the classifying bodies carry the name too
        String json = Files.readString(cb.sidecars().get(0));
        assertFalse(json.contains("\"Trade\""), json);
        // applying again changes nothing
        assertEquals(0, cb.apply(new CodebookEdit.Rename(CodebookEdit.Kind.ISSUE, "issue-0", "Commerce"), Progress.NONE).written());
    }

    @Test
    void mergeRetagsClaimsAndDeleteUntags() throws IOException {
        new WorkspaceGenerator().generate(dir, 6, 60, 2);
        WorkspaceCodebook cb = new WorkspaceCodebook(dir);
        int onTwo = cb.countClaims(CodebookEdit.Kind.ISSUE, "issue-2");
        int onThree = cb.countClaims(CodebookEdit.Kind.ISSUE, "issue-3");
        assertTrue(onTwo > 0 && onThree > 0);
        cb.apply(new CodebookEdit.Merge(CodebookEdit.Kind.ISSUE, "issue-2", "issue-3"), Progress.NONE);
        assertEquals(0, cb.countClaims(CodebookEdit.Kind.ISSUE, "issue-2"));
        assertEquals(onTwo + onThree, cb.countClaims(CodebookEdit.Kind.ISSUE, "issue-3"));
        assertTrue(cb.read().issue("issue-2").isEmpty());
        int claims = all(cb).stream().mapToInt(s -> s.claims().size()).sum();
        cb.apply(new CodebookEdit.Delete(CodebookEdit.Kind.ACTOR, "actor-1"), Progress.NONE);
        assertEquals(0, cb.countClaims(CodebookEdit.Kind.ACTOR, "actor-1"));
        assertEquals(claims, all(cb).stream().mapToInt(s -> s.claims().size()).sum(), "claims stay");
        assertTrue(all(cb).stream().allMatch(s -> s.taxonomy().actor("actor-1").isEmpty()));
    }

    @Test
    void mergeAndDeleteAreUndoneInOneStepWithEverySidecarAsItWas() throws IOException {
        new WorkspaceGenerator().generate(dir, 6, 60, 2);
        WorkspaceCodebook cb = new WorkspaceCodebook(dir);
        Codebook codebook = cb.read();
        List<AnnotationSet> before = all(cb);
        WorkspaceCodebook.Result merged = cb.apply(new CodebookEdit.Merge(CodebookEdit.Kind.ISSUE, "issue-2", "issue-3"),
                Progress.NONE);
        CodebookEdit undo = merged.undo();
        assertTrue(undo instanceof CodebookEdit.Restore, String.valueOf(undo));
        // the undo survives the journal (an interrupted undo resumes like any change)
        assertEquals(undo, CodebookEdit.decode(undo.encode()));
        WorkspaceCodebook.Result undone = cb.apply(undo, Progress.NONE);
        assertEquals(merged.written(), undone.written());
        assertEquals(codebook, cb.read());
        assertEquals(before, all(cb), "every sidecar's claims and entries as they were");
        assertFalse(Files.exists(cb.journal()));

        WorkspaceCodebook.Result deleted = cb.apply(new CodebookEdit.Delete(CodebookEdit.Kind.ACTOR, "actor-1"), Progress.NONE);
        assertEquals(CodebookEdit.decode(deleted.undo().encode()), deleted.undo());
        cb.apply(deleted.undo(), Progress.NONE);
        assertEquals(codebook, cb.read());
        assertEquals(before, all(cb));
        assertEquals(null, cb.apply(deleted.undo(), Progress.NONE).written() > 0 ? "changed again" : null,
                "applying the undo twice changes nothing");
    }

    @Test
    void aFolderWithoutCodebookGetsOneFromItsSidecars() throws IOException {
        new WorkspaceGenerator().generate(dir, 6, 60, 2);
        WorkspaceCodebook cb = new WorkspaceCodebook(dir);
        Codebook generated = cb.read();
        Files.delete(cb.file());
        assertTrue(cb.seedIfMissing());
        Codebook seeded = cb.read();
        for (Codebook.Code c : seeded.issues()) {
            assertEquals(generated.issue(c.id()).orElseThrow().name(), c.name());
            assertEquals(generated.issue(c.id()).orElseThrow().color(), c.color());
        }
        assertFalse(seeded.issues().isEmpty());
        assertFalse(cb.seedIfMissing(), "an existing codebook is left alone");
    }

    @Test
    void recolourAndActorRename() throws IOException {
        new WorkspaceGenerator().generate(dir, 3, 9, 3);
        WorkspaceCodebook cb = new WorkspaceCodebook(dir);
        cb.apply(new CodebookEdit.Recolour("issue-4", "#123456"), Progress.NONE);
        cb.apply(new CodebookEdit.Rename(CodebookEdit.Kind.ACTOR, "actor-0", "Republic of Korea"), Progress.NONE);
        for (AnnotationSet s : all(cb)) {
            assertEquals("#123456", s.taxonomy().issue("issue-4").orElseThrow().color());
            assertEquals("Republic of Korea", s.taxonomy().actor("actor-0").orElseThrow().name());
        }
    }

    @Test
    void aSidecarChangedByAnotherWriterMeanwhileIsMergedNotOverwritten() throws IOException {
        new WorkspaceGenerator().generate(dir, 1, 2, 4);
        Path sidecar = new WorkspaceCodebook(dir).sidecars().get(0);
        AtomicBoolean interfered = new AtomicBoolean();
        SidecarRewrite.Outcome o = SidecarRewrite.apply(sidecar, set -> {
            if (interfered.compareAndSet(false, true)) {
                // another window saves a new claim between our read and our write
                try {
                    Claim extra = new Claim("their-claim", new Anchor(new TextQuote("gone", "", ""), null,
                            org.claimline.model.AnchorStatus.ORPHAN, 0), "theirs", List.of(), List.of(), Stance.UNCLEAR,
                            "", List.of(), null, null, "other");
                    LoadResult r = SidecarStore.read(sidecar, null);
                    SidecarStore st = new SidecarStore(sidecar);
                    st.load(null);
                    st.save(r.file().annotations().withClaim(extra), r.file().document(), null);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            Taxonomy t = set.taxonomy();
            return set.withTaxonomy(t.withIssue(t.issue("issue-0").orElseThrow().withName("Renamed")));
        });
        assertEquals(SidecarRewrite.Outcome.WRITTEN, o);
        AnnotationSet onDisk = SidecarStore.read(sidecar, null).file().annotations();
        assertTrue(onDisk.claim("their-claim").isPresent(), "the other writer's claim is kept");
        assertEquals("Renamed", onDisk.taxonomy().issue("issue-0").orElseThrow().name());
    }

    @Test
    void aCorruptSidecarIsReportedAndLeftAlone() throws IOException {
        new WorkspaceGenerator().generate(dir, 3, 6, 5);
        WorkspaceCodebook cb = new WorkspaceCodebook(dir);
        Path bad = cb.sidecars().get(1);
        Files.writeString(bad, "{ broken");
        WorkspaceCodebook.Result r = cb.apply(new CodebookEdit.Rename(CodebookEdit.Kind.ISSUE, "issue-0", "X"), Progress.NONE);
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).contains("left as it is"), r.problems().get(0));
        assertEquals("{ broken", Files.readString(bad));
        assertEquals(2, r.written() + r.unchanged());
    }

    @Test
    void twoWritersOfTheCodebookKeepBothChanges() throws IOException {
        Path f = CodebookFile.in(dir);
        CodebookFile.write(f, WorkspaceGenerator.codebook());
        CodebookFile.update(f, c -> {
            try {
                // the other window adds an issue while this one is renaming
                CodebookFile.write(f, CodebookFile.read(f).withIssue(new Codebook.Code("new", "Fisheries", "#000000", "")));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return c;
        });
        Codebook after = CodebookFile.update(f, c -> c.withIssue(new Codebook.Code("issue-0", "Commerce", "#111111", "d")));
        assertTrue(after.issue("new").isPresent());
        assertEquals("Commerce", CodebookFile.read(f).issue("issue-0").orElseThrow().name());
        assertTrue(CodebookFile.read(f).issue("new").isPresent());
    }

    @Test
    void unreadableCodebookSaysWhy() throws IOException {
        Files.writeString(CodebookFile.in(dir), "[1,2]");
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> new WorkspaceCodebook(dir).read());
        assertTrue(e.getMessage().contains("no JSON object"), e.getMessage());
    }

    @Test
    void reconcileTakesCodebookNamesMapsSameNamedEntriesAndAddsUnknownOnes() {
        Codebook cb = new Codebook(List.of(new Codebook.Code("i1", "Trade", "#111111", "d"),
                new Codebook.Code("i2", "History", "#222222", "")),
                List.of(new Codebook.Person("a1", "Japan", List.of("Nippon"), "")));
        Taxonomy t = new Taxonomy(List.of(new Issue("i1", "Old trade name", "#999999"), new Issue("x", "history", "#333333"),
                new Issue("y", "Fisheries", "#444444")), List.of(new Actor("z", "Nippon", List.of())));
        Claim c = new Claim("c", new Anchor(new TextQuote("q", "", ""), null, org.claimline.model.AnchorStatus.ORPHAN, 0),
                "", List.of("i1", "x", "y"), List.of("z"), Stance.UNCLEAR, "", List.of(), null, null, null);
        CodebookReconciler.Reconciled r = CodebookReconciler.reconcile(cb, new AnnotationSet(t, List.of(c)));
        assertTrue(r.codebookChanged());
        assertEquals("Trade", r.annotations().taxonomy().issue("i1").orElseThrow().name());
        assertEquals(List.of("i1", "i2", "y"), r.codebook().issues().stream().map(Codebook.Code::id).toList());
        assertEquals(List.of("i1", "i2", "y"), r.annotations().claims().get(0).issueIds());
        assertEquals(List.of("a1"), r.annotations().claims().get(0).actorIds());
        assertFalse(CodebookReconciler.reconcile(r.codebook(), r.annotations()).codebookChanged());
    }

    @Test
    void journalLinesRoundTripEveryEdit() {
        for (CodebookEdit e : List.of(new CodebookEdit.Rename(CodebookEdit.Kind.ACTOR, "a\tb", "new\nname \\ x"),
                new CodebookEdit.Recolour("i", "#abcdef"), new CodebookEdit.Merge(CodebookEdit.Kind.ISSUE, "f", "t"),
                new CodebookEdit.Delete(CodebookEdit.Kind.ACTOR, "d"))) {
            assertEquals(e, CodebookEdit.decode(e.encode()));
            assertFalse(e.encode().contains("\n"));
        }
    }

    @Test
    void importMergesByNameWithAPreview() {
        Codebook mine = WorkspaceGenerator.codebook();
        Codebook theirs = new Codebook(List.of(new Codebook.Code("csv:trade", "TRADE", "#000000", "Trade and tariffs"),
                new Codebook.Code("csv:fish", "Fisheries", null, ""), new Codebook.Code("csv:h", "History", null, "")),
                List.of(new Codebook.Person("csv:j", "japan", List.of("Nippon"), "")));
        List<CodebookImport.Change> p = CodebookImport.preview(mine, theirs);
        assertEquals(List.of(CodebookImport.Action.UPDATE, CodebookImport.Action.ADD, CodebookImport.Action.SAME,
                CodebookImport.Action.UPDATE), p.stream().map(CodebookImport.Change::action).toList());
        Codebook merged = CodebookImport.apply(mine, theirs);
        assertEquals(mine.issues().size() + 1, merged.issues().size());
        Codebook.Code trade = merged.issueNamed("Trade").orElseThrow();
        assertEquals("issue-0", trade.id());
        assertEquals("#000000", trade.color());
        assertEquals("Trade and tariffs", trade.description());
        assertEquals(List.of("Nippon"), merged.actorNamed("Japan").orElseThrow().aliases());
    }
}
