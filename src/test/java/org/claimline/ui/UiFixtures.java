package org.claimline.ui;

import org.claimline.document.*;
import org.claimline.ui.common.*;
import org.claimline.ui.reader.ReaderViewModel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.claimline.model.BlockKind;
import org.claimline.model.DateValue;
import org.claimline.model.TextRange;
import org.claimline.session.AnnotationStore;
import org.claimline.session.ThreeWayMerge;

/** An article source and store that need no files and no toolkit. */
public final class UiFixtures {
    public static final String P1 = "Japan's growing distrust of Korea has its beginnings in Korea's tilting toward China. "
            + "Seoul disagrees.";
    public static final String P2 = "The trade dispute deepened in 2019. Both sides blamed the other.";

    private UiFixtures() {
    }

    public static Article article() {
        return new Article(Article.Metadata.empty().withTitle("Distrust").withDek("Why the neighbours drift apart")
                .withByline(List.of("A. Writer")).withPublished(DateValue.parseIso("2020-01-04"))
                .withSiteName("The Times"), List.of(
                Block.kept(BlockKind.PARAGRAPH, P1),
                Block.removed(BlockKind.PARAGRAPH, "Home | Politics", "navigation"),
                Block.kept(BlockKind.QUOTE, P2)));
    }

    public static TextRange find(String text, String what) {
        int at = text.indexOf(what);
        return new TextRange(at, at + what.length());
    }

    /** Opens "bad.txt" with an error, anything else as {@link #article()}. */
    public static final class Source implements ArticleSource {
        @Override
        public Article open(Path file) throws Exception {
            if (file.getFileName().toString().startsWith("bad")) {
                throw new Exception("bad.txt does not look like text or HTML (binary content).");
            }
            return article();
        }

        @Override
        public Article sample() {
            return article();
        }

        @Override
        public String sampleName() {
            return "sample.txt";
        }
    }

    /** Keeps sidecars in a map; can be told to fail, to report a condition on load, or to come back with conflicts. */
    public static final class Store implements AnnotationStore {
        public final Map<Path, AnnotationSet> saved = new HashMap<>();
        public final Map<Path, AnnotationSet> copies = new HashMap<>();
        public boolean fail;
        public AnnotationStore.Condition condition;
        /** When set, the next save finds these changes on disk (another writer) and merges against them. */
        public AnnotationSet theirs;
        public AnnotationSet base;
        public int movedAside;
        /** What re-anchoring says on the next load of a saved file (the article changed since), or null. */
        public String loadMessage;

        /** Counts the re-anchorings asked of this store's placer. */
        public final java.util.concurrent.atomic.AtomicInteger reanchorings = new java.util.concurrent.atomic.AtomicInteger();
        private final org.claimline.model.ClaimPlacer placer = new org.claimline.model.ClaimPlacer() {
            private final org.claimline.repository.Reanchoring real = org.claimline.repository.Reanchoring.standard();

            @Override
            public java.util.List<org.claimline.model.Claim> reanchor(java.util.List<org.claimline.model.Claim> claims,
                                                                      String text) {
                reanchorings.incrementAndGet();
                return real.reanchor(claims, text);
            }

            @Override
            public org.claimline.model.Anchor locate(org.claimline.model.Anchor recorded, String text) {
                return real.locate(recorded, text);
            }
        };

        @Override
        public org.claimline.model.ClaimPlacer placer() {
            return placer;
        }

        @Override
        public Loaded load(Path articleFile, Article article) {
            AnnotationSet set = saved.get(articleFile);
            base = set;
            if (condition == Condition.UNREADABLE) {
                return new Loaded(Condition.UNREADABLE, null, articleFile + ".annotations.json cannot be read: broken");
            }
            if (condition == Condition.READ_ONLY) {
                return new Loaded(Condition.READ_ONLY, set, "written by a newer version; read-only");
            }
            return set == null ? Loaded.none() : new Loaded(Condition.OK, set, loadMessage);
        }

        @Override
        public Saved save(Path articleFile, Article article, AnnotationSet annotations) throws IOException {
            if (fail || condition == Condition.UNREADABLE || condition == Condition.READ_ONLY) {
                throw new IOException(condition == null ? "disk full" : "the sidecar is " + condition);
            }
            if (theirs != null) {
                ThreeWayMerge.Result m = ThreeWayMerge.merge(base == null ? AnnotationSet.empty(annotations.taxonomy())
                        : base, annotations, theirs);
                if (!m.isClean()) {
                    return new Saved(null, m);
                }
                annotations = m.merged();
                theirs = null;
            }
            saved.put(articleFile, annotations);
            base = annotations;
            return Saved.written(annotations);
        }

        @Override
        public Saved saveResolved(Path articleFile, Article article, ThreeWayMerge.Result conflicts,
                                  Map<String, ThreeWayMerge.Choice> choices) throws IOException {
            theirs = null;
            return save(articleFile, article, conflicts.resolve(choices, () -> "copy-" + saved.size()));
        }

        @Override
        public Path moveAside(Path articleFile) {
            movedAside++;
            condition = null;
            return articleFile.resolveSibling(articleFile.getFileName() + ".annotations.json.corrupt-1");
        }

        @Override
        public void saveCopy(Path articleFile, Article article, AnnotationSet annotations, Path target)
                throws IOException {
            if (target.toString().contains("unwritable")) {
                throw new IOException("read-only folder");
            }
            copies.put(target, annotations);
        }
    }

    public static ReaderViewModel vm(Store store, UiPreferences prefs) {
        return new ReaderViewModel(new Source(), store, prefs, Runnable::run, Runnable::run);
    }
}
