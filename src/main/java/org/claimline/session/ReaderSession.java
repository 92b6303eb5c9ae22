package org.claimline.session;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.claimline.model.Actor;
import org.claimline.model.Anchor;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Block;
import org.claimline.model.Article;
import org.claimline.model.Claim;
import org.claimline.model.ClaimPlacer;
import org.claimline.model.Issue;
import org.claimline.model.Stance;
import org.claimline.model.Taxonomy;
import org.claimline.model.TextRange;

/**
 * One open article and its claims, with a single undo/redo history over claim, taxonomy and
 * kept/removed-block edits. Every edit replaces an immutable {@link State}; undo restores the previous
 * one, so there is no inverse operation to get wrong. Not thread-safe: use it from one thread (the FX thread).
 */
public final class ReaderSession {

    /** What the session holds at one point of its history. */
    public record State(Article article, AnnotationSet annotations) {
        public State {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(annotations, "annotations");
        }
    }

    private static final int HISTORY_LIMIT = 500;

    private final ClaimPlacer placer;
    private final Supplier<String> ids;
    private final Clock clock;
    private final String creator;
    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private final List<Consumer<ReaderSession>> listeners = new CopyOnWriteArrayList<>();
    private State state;
    private AnnotationSet saved;
    /** The blocks (kept and removed) of the article as last saved: a choice of blocks alone is an edit to save. */
    private List<Block> savedBlocks;

    private record Entry(State before, String label, String coalesceKey) {
    }

    /**
     * A session over {@code annotations} as placed in {@code article}'s text (the repository re-anchored them on
     * opening); {@code placer} re-places them when the analyst's choice of blocks changes the text.
     */
    public ReaderSession(Article article, AnnotationSet annotations, ClaimPlacer placer, Supplier<String> ids,
                         Clock clock, String creator) {
        this.placer = placer;
        this.ids = ids;
        this.clock = clock;
        this.creator = creator;
        this.state = new State(article, annotations);
        this.saved = annotations;
        this.savedBlocks = article.blocks();
    }

    // ---- reading -------------------------------------------------------------------------------

    public Article article() {
        return state.article();
    }

    public AnnotationSet annotations() {
        return state.annotations();
    }

    public Taxonomy taxonomy() {
        return state.annotations().taxonomy();
    }

    public List<Claim> claims() {
        return state.annotations().claims();
    }

    public Optional<Claim> claim(String id) {
        return state.annotations().claim(id);
    }

    /** Whether the claims, taxonomy or the article's kept blocks differ from what was last saved. */
    public boolean isDirty() {
        // identity first: a document just opened or saved holds the very objects it compares with
        return state.annotations() != saved && !state.annotations().equals(saved)
                || state.article().blocks() != savedBlocks && !state.article().blocks().equals(savedBlocks);
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What Undo would undo ("Add claim"…), or null. */
    public String undoLabel() {
        return undo.isEmpty() ? null : undo.peek().label();
    }

    public String redoLabel() {
        return redo.isEmpty() ? null : redo.peek().label();
    }

    /** Called after every change of state, history or saved version. */
    public void addListener(Consumer<ReaderSession> l) {
        listeners.add(l);
    }

    public void removeListener(Consumer<ReaderSession> l) {
        listeners.remove(l);
    }

    /** Records that {@code version} is what the store now holds. */
    public void markSaved(AnnotationSet version) {
        markSaved(version, blocksSavedWith(version));
    }

    private void markSaved(AnnotationSet version, List<Block> blocks) {
        saved = version;
        savedBlocks = blocks;
        fire();
    }

    /**
     * The blocks of the article that was saved with {@code version}: a save sends the annotations of one state of the
     * history, found here by identity; when that state is gone (coalesced typing), the last saved blocks stand, so a
     * block edit not known to be saved stays dirty and is saved again.
     */
    private List<Block> blocksSavedWith(AnnotationSet version) {
        if (state.annotations() == version) {
            return state.article().blocks();
        }
        for (Entry e : undo) {
            if (e.before().annotations() == version) {
                return e.before().article().blocks();
            }
        }
        return savedBlocks;
    }

    /**
     * Records what the store wrote for {@code sent}. When another writer's changes were merged in, they become
     * one undoable step; edits made while the save ran are kept on top (both versions of a claim edited on
     * both sides), so the next save cannot drop what the other writer added.
     */
    public void adoptSaved(AnnotationSet sent, AnnotationSet written) {
        List<Block> blocks = blocksSavedWith(sent);
        if (!written.equals(sent)) {
            AnnotationSet next = state.annotations().equals(sent) ? written
                    : ThreeWayMerge.merge(sent, state.annotations(), written).resolve(java.util.Map.of(), ids);
            applyAnnotations("Merge changes from disk", null, next);
        }
        markSaved(written, blocks);
    }

    /**
     * Replaces the annotations with {@code next}, computed from {@code basedOn} (an import merged into what was
     * here then), as one undoable step. Edits made since {@code basedOn} are kept on top (both versions of a
     * claim changed on both sides).
     */
    public void applyMerged(String label, AnnotationSet basedOn, AnnotationSet next) {
        AnnotationSet result = state.annotations().equals(basedOn) ? next
                : ThreeWayMerge.merge(basedOn, state.annotations(), next).resolve(java.util.Map.of(), ids);
        if (!result.equals(state.annotations())) {
            applyAnnotations(label, null, result);
        }
    }

    // ---- history -------------------------------------------------------------------------------

    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        Entry e = undo.pop();
        redo.push(new Entry(state, e.label(), null));
        state = e.before();
        fire();
        return true;
    }

    public boolean redo() {
        if (redo.isEmpty()) {
            return false;
        }
        Entry e = redo.pop();
        undo.push(new Entry(state, e.label(), null));
        state = e.before();
        fire();
        return true;
    }

    /**
     * Applies an edit as one undo step. Consecutive edits with the same non-null {@code coalesceKey}
     * (typing in one summary field) merge into one step.
     */
    private void apply(String label, String coalesceKey, State next) {
        if (next.equals(state)) {
            return;
        }
        Entry top = undo.peek();
        boolean merge = coalesceKey != null && top != null && coalesceKey.equals(top.coalesceKey()) && redo.isEmpty();
        if (!merge) {
            undo.push(new Entry(state, label, coalesceKey));
            while (undo.size() > HISTORY_LIMIT) {
                undo.removeLast();
            }
        }
        redo.clear();
        state = next;
        fire();
    }

    /** Ends typing-coalescing, so the next edit of the same field becomes its own undo step. */
    public void breakCoalescing() {
        Entry top = undo.peek();
        if (top != null && top.coalesceKey() != null) {
            undo.pop();
            undo.push(new Entry(top.before(), top.label(), null));
        }
    }

    private void applyAnnotations(String label, String coalesceKey, AnnotationSet next) {
        apply(label, coalesceKey, new State(state.article(), next));
    }

    private void fire() {
        for (Consumer<ReaderSession> l : listeners) {
            l.accept(this);
        }
    }

    // ---- claims --------------------------------------------------------------------------------

    /**
     * Records a claim on {@code selection} snapped to whole words (or whole sentences), its summary
     * prefilled with the quote. Returns empty when the selection holds no word.
     */
    public Optional<Claim> addClaim(TextRange selection, boolean wholeSentence) {
        String text = state.article().text();
        TextRange r = wholeSentence ? TextSnapping.toSentence(text, selection) : TextSnapping.toWords(text, selection);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String quote = text.substring(r.start(), r.end());
        Claim c = new Claim(ids.get(), Anchor.exact(text, r), quote, List.of(), List.of(), Stance.UNCLEAR, "",
                List.of(), now, now, creator);
        applyAnnotations("Add claim", null, state.annotations().withClaim(c));
        return Optional.of(c);
    }

    /** Attaches an orphaned (or any) claim to a new passage. */
    public void reattach(String claimId, TextRange selection) {
        String text = state.article().text();
        TextRange r = TextSnapping.toWords(text, selection);
        if (r.isEmpty()) {
            return;
        }
        editClaim(claimId, "Re-attach claim", null, c -> c.withAnchor(Anchor.exact(text, r)));
    }

    public void setSummary(String claimId, String summary) {
        editClaim(claimId, "Edit summary", "summary:" + claimId, c -> c.withSummary(summary));
    }

    public void setNote(String claimId, String note) {
        editClaim(claimId, "Edit note", "note:" + claimId, c -> c.withNote(note));
    }

    public void setStance(String claimId, Stance stance) {
        editClaim(claimId, "Set stance", null, c -> c.withStance(stance));
    }

    public void setIssues(String claimId, List<String> issueIds) {
        editClaim(claimId, "Set issues", null, c -> c.withIssueIds(distinct(issueIds)));
    }

    public void setActors(String claimId, List<String> actorIds) {
        editClaim(claimId, "Set actors", null, c -> c.withActorIds(distinct(actorIds)));
    }

    /** Keys 1–9: toggles the {@code n}th issue (1-based) of the taxonomy on the claim; false if there is none. */
    public boolean toggleIssue(String claimId, int n) {
        List<Issue> issues = taxonomy().issues();
        if (n < 1 || n > issues.size() || claim(claimId).isEmpty()) {
            return false;
        }
        String issueId = issues.get(n - 1).id();
        editClaim(claimId, "Toggle issue", null, c -> {
            List<String> ids = new ArrayList<>(c.issueIds());
            if (!ids.remove(issueId)) {
                ids.add(issueId);
            }
            return c.withIssueIds(ids);
        });
        return true;
    }

    public void deleteClaim(String claimId) {
        if (claim(claimId).isPresent()) {
            applyAnnotations("Delete claim", null, state.annotations().withoutClaim(claimId));
        }
    }

    private void editClaim(String claimId, String label, String coalesceKey, UnaryOperator<Claim> f) {
        Claim c = claim(claimId).orElse(null);
        if (c == null) {
            return;
        }
        Claim edited = f.apply(c);
        if (edited.equals(c)) {
            return;
        }
        applyAnnotations(label, coalesceKey, state.annotations().withClaim(edited.withModified(clock.instant())));
    }

    // ---- taxonomy ------------------------------------------------------------------------------

    /** Adds an issue, or returns the existing one with that name (case-insensitive). */
    public Issue addIssue(String name) {
        String n = name.strip();
        Optional<Issue> existing = taxonomy().issueNamed(n);
        if (existing.isPresent()) {
            return existing.get();
        }
        Issue issue = newIssue(n);
        applyAnnotations("Add issue", null, state.annotations().withTaxonomy(taxonomy().withIssue(issue)));
        return issue;
    }

    /** Adds an actor, or returns the existing one called {@code name} (by name or alias). */
    public Actor addActor(String name) {
        String n = name.strip();
        Optional<Actor> existing = taxonomy().actorNamed(n);
        if (existing.isPresent()) {
            return existing.get();
        }
        Actor actor = new Actor(newId("actor", n), n, List.of());
        applyAnnotations("Add actor", null, state.annotations().withTaxonomy(taxonomy().withActor(actor)));
        return actor;
    }

    /** Tags the claim with the issue called {@code name}, creating the issue if needed: one undo step. */
    public Issue tagIssue(String claimId, String name) {
        return tagWith(claimId, name, true);
    }

    /** Tags the claim with the actor called {@code name} (or alias), creating the actor if needed: one undo step. */
    public Actor tagActor(String claimId, String name) {
        return tagWith(claimId, name, false);
    }

    @SuppressWarnings("unchecked")
    private <T> T tagWith(String claimId, String name, boolean issue) {
        Claim c = claim(claimId).orElse(null);
        if (c == null || name.isBlank()) {
            return null;
        }
        Taxonomy t = taxonomy();
        Object tag;
        String id;
        if (issue) {
            Issue i = t.issueNamed(name.strip()).orElseGet(() -> newIssue(name.strip()));
            t = t.withIssue(i);
            tag = i;
            id = i.id();
        } else {
            Actor a = t.actorNamed(name.strip()).orElseGet(() -> new Actor(newId("actor", name.strip()), name.strip(), List.of()));
            t = t.withActor(a);
            tag = a;
            id = a.id();
        }
        List<String> ids = new ArrayList<>(issue ? c.issueIds() : c.actorIds());
        if (!ids.contains(id)) {
            ids.add(id);
        }
        Claim edited = (issue ? c.withIssueIds(ids) : c.withActorIds(ids)).withModified(clock.instant());
        applyAnnotations(issue ? "Tag issue" : "Tag actor", null,
                new AnnotationSet(t, state.annotations().claims()).withClaim(edited));
        return (T) tag;
    }

    private Issue newIssue(String n) {
        Set<String> used = new HashSet<>();
        taxonomy().issues().forEach(i -> used.add(i.color().toLowerCase()));
        return new Issue(newId("issue", n), n, IssuePalette.next(used, taxonomy().issues().size()));
    }

    /** Renames; claims refer to ids, so every claim shows the new name. */
    public void renameIssue(String id, String name) {
        taxonomy().issue(id).ifPresent(i -> applyAnnotations("Rename issue", null,
                state.annotations().withTaxonomy(taxonomy().withIssue(i.withName(name.strip())))));
    }

    public void recolorIssue(String id, String color) {
        if (!IssuePalette.isColor(color)) {
            throw new IllegalArgumentException("not a #rrggbb colour: " + color);
        }
        taxonomy().issue(id).ifPresent(i -> applyAnnotations("Recolour issue", null,
                state.annotations().withTaxonomy(taxonomy().withIssue(i.withColor(color.toLowerCase())))));
    }

    /** Moves {@code id} to {@code index} in the issue order (which gives keys 1–9). */
    public void moveIssue(String id, int index) {
        List<Issue> issues = new ArrayList<>(taxonomy().issues());
        int from = taxonomy().issueIndex(id);
        if (from < 0) {
            return;
        }
        Issue i = issues.remove(from);
        issues.add(Math.max(0, Math.min(index, issues.size())), i);
        applyAnnotations("Reorder issues", null,
                state.annotations().withTaxonomy(new Taxonomy(issues, taxonomy().actors())));
    }

    public void renameActor(String id, String name) {
        taxonomy().actor(id).ifPresent(a -> applyAnnotations("Rename actor", null,
                state.annotations().withTaxonomy(taxonomy().withActor(a.withName(name.strip())))));
    }

    public void setActorAliases(String id, List<String> aliases) {
        taxonomy().actor(id).ifPresent(a -> applyAnnotations("Edit aliases", null,
                state.annotations().withTaxonomy(taxonomy().withActor(a.withAliases(
                        aliases.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList())))));
    }

    /** How many claims are tagged with the issue. */
    public int issueUsage(String id) {
        return (int) claims().stream().filter(c -> c.issueIds().contains(id)).count();
    }

    public int actorUsage(String id) {
        return (int) claims().stream().filter(c -> c.actorIds().contains(id)).count();
    }

    /** Merges issue {@code from} into {@code into}: claims tagged with {@code from} get {@code into}. */
    public void mergeIssues(String from, String into) {
        if (from.equals(into) || taxonomy().issue(from).isEmpty() || taxonomy().issue(into).isEmpty()) {
            return;
        }
        List<Claim> cs = claims().stream().map(c -> c.issueIds().contains(from)
                ? c.withIssueIds(distinct(replace(c.issueIds(), from, into))) : c).toList();
        applyAnnotations("Merge issues", null, new AnnotationSet(taxonomy().withoutIssue(from), cs));
    }

    /** Merges actor {@code from} into {@code into}; {@code from}'s name and aliases become aliases of {@code into}. */
    public void mergeActors(String from, String into) {
        Actor a = taxonomy().actor(from).orElse(null);
        Actor b = taxonomy().actor(into).orElse(null);
        if (from.equals(into) || a == null || b == null) {
            return;
        }
        Set<String> aliases = new LinkedHashSet<>(b.aliases());
        aliases.add(a.name());
        aliases.addAll(a.aliases());
        aliases.removeIf(s -> s.equalsIgnoreCase(b.name()));
        List<Claim> cs = claims().stream().map(c -> c.actorIds().contains(from)
                ? c.withActorIds(distinct(replace(c.actorIds(), from, into))) : c).toList();
        Taxonomy t = taxonomy().withoutActor(from).withActor(b.withAliases(List.copyOf(aliases)));
        applyAnnotations("Merge actors", null, new AnnotationSet(t, cs));
    }

    /** Deletes the issue and untags every claim that used it (one undo step). */
    public void deleteIssue(String id) {
        if (taxonomy().issue(id).isEmpty()) {
            return;
        }
        List<Claim> cs = claims().stream().map(c -> c.issueIds().contains(id)
                ? c.withIssueIds(c.issueIds().stream().filter(x -> !x.equals(id)).toList()) : c).toList();
        applyAnnotations("Delete issue", null, new AnnotationSet(taxonomy().withoutIssue(id), cs));
    }

    public void deleteActor(String id) {
        if (taxonomy().actor(id).isEmpty()) {
            return;
        }
        List<Claim> cs = claims().stream().map(c -> c.actorIds().contains(id)
                ? c.withActorIds(c.actorIds().stream().filter(x -> !x.equals(id)).toList()) : c).toList();
        applyAnnotations("Delete actor", null, new AnnotationSet(taxonomy().withoutActor(id), cs));
    }

    // ---- article text --------------------------------------------------------------------------

    /** Brings a removed block back into the text; claims re-anchor, none is dropped. */
    public void restoreBlock(int blockIndex) {
        if (!article().blocks().get(blockIndex).isKept()) {
            changeArticle("Restore block", article().withBlockRestored(blockIndex));
        }
    }

    /** Removes a kept block from the text; claims inside it become orphans, kept for re-attaching. */
    public void removeBlock(int blockIndex) {
        if (article().blocks().get(blockIndex).isKept()) {
            changeArticle("Remove block", article().withBlockRemoved(blockIndex, "removed by the reader"));
        }
    }

    /**
     * Makes {@code next}'s kept and removed blocks the article's (the whole page, or a chosen start and end), as one
     * undoable step; claims re-anchor, none is dropped. {@code next} must hold the same blocks (only kept states
     * may differ); nothing happens when no block changes.
     */
    public void chooseBlocks(String label, Article next) {
        List<Block> now = article().blocks();
        List<Block> then = next.blocks();
        if (now.size() != then.size()) {
            throw new IllegalArgumentException("a choice of blocks must keep the page's " + now.size() + " blocks");
        }
        for (int i = 0; i < now.size(); i++) {
            if (!now.get(i).text().equals(then.get(i).text()) || now.get(i).kind() != then.get(i).kind()) {
                throw new IllegalArgumentException("a choice of blocks must not change block " + i);
            }
        }
        if (!now.equals(then)) {
            changeArticle(label, next);
        }
    }

    private void changeArticle(String label, Article next) {
        List<Claim> placed = placer.reanchor(claims(), next.text());
        apply(label, null, new State(next, state.annotations().withClaims(placed)));
    }

    // ---- helpers -------------------------------------------------------------------------------

    private String newId(String kind, String name) {
        String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-|-$", "");
        if (slug.isEmpty()) {
            slug = kind;
        }
        if (slug.length() > 40) {
            slug = slug.substring(0, 40);
        }
        Set<String> taken = new HashSet<>();
        taxonomy().issues().forEach(i -> taken.add(i.id()));
        taxonomy().actors().forEach(a -> taken.add(a.id()));
        String id = slug;
        for (int n = 2; taken.contains(id); n++) {
            id = slug + "-" + n;
        }
        return id;
    }

    private static List<String> replace(List<String> ids, String from, String into) {
        return ids.stream().map(x -> x.equals(from) ? into : x).toList();
    }

    private static List<String> distinct(List<String> ids) {
        return List.copyOf(new LinkedHashSet<>(ids));
    }
}
