package org.claimline.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.claimline.model.Taxonomy;
import org.claimline.model.TextRange;
import org.claimline.ui.UiFixtures;
import org.junit.jupiter.api.Test;

/** The document controller without a toolkit: autosave on a hand-driven timer, two documents side by side. */
class DocumentControllerTest {
    /** A timer moved by hand: tasks run when the time passes their due time, on the test's thread. */
    static final class ManualTimer implements Scheduler {
        private record Task(long due, Runnable run, boolean[] cancelled) {
        }

        private final List<Task> tasks = new ArrayList<>();
        long now;

        @Override
        public Cancellable schedule(Duration delay, Runnable task) {
            boolean[] cancelled = {false};
            tasks.add(new Task(now + delay.toMillis(), task, cancelled));
            return () -> cancelled[0] = true;
        }

        void advance(long millis) {
            now += millis;
            for (Task t : List.copyOf(tasks)) {
                if (t.due() <= now) {
                    tasks.remove(t);
                    if (!t.cancelled()[0]) {
                        t.run().run();
                    }
                }
            }
        }

        long waiting() {
            return tasks.stream().filter(t -> !t.cancelled()[0]).count();
        }
    }

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);

    private DocumentController controller(UiFixtures.Store store, ManualTimer timer) {
        return new DocumentController(new UiFixtures.Source(), store, Runnable::run, Runnable::run, clock,
                new DocumentController.Defaults(Taxonomy::empty, () -> "tester")).autosaveWith(timer);
    }

    @Test
    void autosaveRunsOnceAfterTheLastEditsDelay() {
        UiFixtures.Store store = new UiFixtures.Store();
        ManualTimer timer = new ManualTimer();
        DocumentController doc = controller(store, timer);
        Path file = Path.of("a.txt");
        doc.open(file);
        assertEquals(SaveState.SAVED, doc.saveState());
        String text = doc.session().article().text();
        doc.session().addClaim(UiFixtures.find(text, "distrust"), false);
        assertEquals(SaveState.UNSAVED, doc.saveState());
        timer.advance(500);
        doc.session().addClaim(UiFixtures.find(text, "trade dispute"), false);
        timer.advance(500); // 1,000 ms after the first edit, 500 after the last: not yet
        assertFalse(store.saved.containsKey(file));
        assertTrue(doc.autosavePending());
        timer.advance(300);
        assertEquals(2, store.saved.get(file).claims().size());
        assertEquals(SaveState.SAVED, doc.saveState());
        assertFalse(doc.autosavePending());
        assertEquals(0, timer.waiting());
        // the claims carry the injected clock's time
        assertEquals(Instant.parse("2026-12-07T12:00:00Z"), doc.session().claims().get(0).created());
    }

    @Test
    void twoDocumentsOpenAtOnceShareNoState() {
        UiFixtures.Store store = new UiFixtures.Store();
        ManualTimer timer = new ManualTimer();
        DocumentController first = controller(store, timer);
        DocumentController second = controller(store, timer);
        List<DocumentController.Change> firstChanges = new ArrayList<>();
        first.addListener(firstChanges::add);
        first.open(Path.of("first.txt"));
        second.open(Path.of("second.txt"));
        firstChanges.clear();
        String text = second.session().article().text();
        second.session().addClaim(UiFixtures.find(text, "distrust"), false);
        assertTrue(firstChanges.isEmpty(), "an edit in one document tells only its own listeners");
        assertEquals(SaveState.SAVED, first.saveState());
        assertEquals(SaveState.UNSAVED, second.saveState());
        assertTrue(first.session() != second.session());
        store.fail = true;
        timer.advance(800);
        assertEquals(SaveState.FAILED, second.saveState());
        assertEquals(Problem.Kind.SAVE_FAILED, second.problem().kind());
        assertNull(first.problem());
        store.fail = false;
        first.session().addClaim(UiFixtures.find(text, "trade dispute"), false);
        timer.advance(800);
        assertEquals(1, store.saved.get(Path.of("first.txt")).claims().size());
        assertFalse(store.saved.containsKey(Path.of("second.txt")));
        assertEquals("first.txt", first.name());
        assertEquals("second.txt", second.name());
    }

    @Test
    void openNowOpensOnTheCallingThreadWithTheSameOutcomesAsOpen() {
        UiFixtures.Store store = new UiFixtures.Store();
        java.util.concurrent.Executor never = r -> {
            throw new AssertionError("openNow hands nothing to another thread");
        };
        DocumentController doc = new DocumentController(new UiFixtures.Source(), store, never, never, clock,
                new DocumentController.Defaults(Taxonomy::empty, () -> "tester"));
        List<DocumentController.Change> changes = new ArrayList<>();
        doc.addListener(changes::add);
        doc.openNow(Path.of("a.txt"));
        assertEquals(List.of(DocumentController.Change.OPENED), changes);
        assertEquals("a.txt", doc.name());
        assertFalse(doc.busy());
        assertEquals(SaveState.SAVED, doc.saveState());
        assertTrue(doc.session().article().text().contains("distrust"));
        // only for the first document: a later one opens as usual, off the calling thread
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> doc.openNow(Path.of("b.txt")));

        DocumentController failing = new DocumentController(new UiFixtures.Source(), store, never, never, clock,
                new DocumentController.Defaults(Taxonomy::empty, () -> "tester"));
        failing.openNow(Path.of("bad.txt"));
        assertNull(failing.session());
        assertFalse(failing.busy());
        assertTrue(failing.startFailure().startsWith("Claimline could not open bad.txt."), failing.startFailure());
        assertNull(failing.problem(), "nothing shown yet: the start page says why, no dialog");
    }

    @Test
    void withoutATimerNothingSavesUntilAsked() {
        UiFixtures.Store store = new UiFixtures.Store();
        DocumentController doc = new DocumentController(new UiFixtures.Source(), store, Runnable::run, Runnable::run,
                clock, new DocumentController.Defaults(Taxonomy::empty, () -> "tester"));
        doc.open(Path.of("a.txt"));
        doc.session().addClaim(new TextRange(0, 5), false);
        assertFalse(doc.autosaves());
        assertFalse(doc.autosavePending());
        assertTrue(store.saved.isEmpty());
        assertTrue(doc.saveBeforeClose());
        assertEquals(1, store.saved.get(Path.of("a.txt")).claims().size());
    }

    @Test
    void theSampleIsNeverSavedBesideAFile() {
        ManualTimer timer = new ManualTimer();
        UiFixtures.Store store = new UiFixtures.Store();
        DocumentController doc = controller(store, timer);
        doc.open(null);
        assertTrue(doc.isSample());
        doc.session().addClaim(new TextRange(0, 5), false);
        timer.advance(2_000);
        assertEquals(SaveState.NOT_SAVED_SAMPLE, doc.saveState());
        assertTrue(doc.hasUnsavedWork());
        assertTrue(store.saved.isEmpty());
    }
}
