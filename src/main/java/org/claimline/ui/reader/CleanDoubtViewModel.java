package org.claimline.ui.reader;

import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.claimline.model.KeptBlocks;
import org.claimline.session.ReaderSession;

/**
 * The quiet banner shown above an article whose clean looks doubtful ({@link Article.Confidence#doubtful()}), never
 * on the built-in sample: the analyst can take the whole page as the article, or choose its first and last
 * paragraph in the removed-text view. Both are kept/removed-block edits of the session (one undo step each, saved
 * beside the article, claims follow). Ports: the open session, whether it is the sample, and View ▸ Show Removed Text.
 */
public final class CleanDoubtViewModel {

    /** What the banner shows. */
    public enum Mode {
        /** No banner. */
        HIDDEN,
        /** The clean looks doubtful: offer the whole page or a chosen start and end. */
        DOUBTFUL,
        /** The analyst is marking the article's first and last paragraph. */
        CHOOSING
    }

    public static final String DOUBT_TEXT = "This page may not have cleaned well.";
    public static final String CHOOSE_TEXT = "Show Removed Text is on: right-click the article's first paragraph "
            + "\u25b8 Article starts here, and its last \u25b8 Article ends here.";
    public static final String START_HERE = "Article starts here";
    public static final String END_HERE = "Article ends here";
    public static final String WHOLE_PAGE = "Show whole page";

    private final ObservableValue<ReaderSession> session;
    private final BooleanSupplier sample;
    private final BooleanProperty showRemoved;
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.HIDDEN);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final java.util.function.Consumer<ReaderSession> edited = s -> update();
    private ReaderSession watched;
    /** The blocks as the cleaner gave them, when that clean is doubtful (else null). */
    private List<Block> doubtfulBlocks;
    private boolean dismissed;
    private boolean choosing;
    private boolean startMarked;
    private boolean endMarked;
    private boolean showRemovedBefore;

    public CleanDoubtViewModel(ObservableValue<ReaderSession> session, BooleanSupplier sample,
                               BooleanProperty showRemoved) {
        this.session = session;
        this.sample = sample;
        this.showRemoved = showRemoved;
        session.addListener((o, was, now) -> opened(now));
        opened(session.getValue());
    }

    private void opened(ReaderSession s) {
        if (watched != null) {
            watched.removeListener(edited);
        }
        watched = s;
        if (s != null) {
            s.addListener(edited);
        }
        startMarked = false;
        endMarked = false;
        dismissed = false;
        choosing = false;
        boolean doubtful = s != null && !sample.getAsBoolean() && s.article().confidence().doubtful();
        doubtfulBlocks = doubtful ? s.article().blocks() : null;
        detail.set(doubtful ? reasons(s.article().confidence()) : "");
        update();
    }

    /**
     * The banner offers its choices while the article is still the doubtful clean (undoing a choice brings it back);
     * it is hidden once the analyst chose other blocks or dismissed it, and says how to choose while choosing.
     */
    private void update() {
        ReaderSession s = session.getValue();
        if (choosing && s != null) {
            setMode(Mode.CHOOSING);
        } else if (s != null && doubtfulBlocks != null && !dismissed && s.article().blocks().equals(doubtfulBlocks)) {
            setMode(Mode.DOUBTFUL);
        } else {
            setMode(Mode.HIDDEN);
        }
    }

    /** Why the clean is doubtful, in the user's words. */
    static String reasons(Article.Confidence c) {
        StringBuilder sb = new StringBuilder("The text kept holds " + Math.round(c.keptProseShare() * 100)
                + "\u202f% of the page's sentences");
        if (c.runnerUp() >= 0.5) {
            sb.append("; another part of the page holds ").append(c.runnerUp() >= 0.995 ? "as many"
                    : Math.round(c.runnerUp() * 100) + "\u202f% as many");
        }
        if (c.safetyNet()) {
            sb.append("; the cleaner's first choice was set aside");
        }
        return sb.append('.').toString();
    }

    /** The whole page's text becomes the article (every removed block kept), as one undoable step. */
    public void showWholePage() {
        ReaderSession s = session.getValue();
        if (s != null) {
            choosing = false;
            s.chooseBlocks(WHOLE_PAGE, KeptBlocks.wholePage(s.article()));
            update();
        }
    }

    /** Starts choosing the article's first and last paragraph: removed text is shown to pick from. */
    public void chooseStartAndEnd() {
        if (session.getValue() == null) {
            return;
        }
        if (!choosing) {
            showRemovedBefore = showRemoved.get();
        }
        startMarked = false;
        endMarked = false;
        choosing = true;
        showRemoved.set(true);
        update();
    }

    /** Hides the banner until the next open (while choosing: stops choosing, removed text as it was). */
    public void dismiss() {
        if (choosing) {
            choosing = false;
            showRemoved.set(showRemovedBefore);
        } else {
            dismissed = true;
        }
        update();
    }

    /** Whether "Article starts here / ends here" apply to a block now (an article is open and removed text shown). */
    public boolean canMark() {
        return session.getValue() != null && showRemoved.get();
    }

    /** Block {@code index} is the article's first: blocks before it are removed, those up to the end kept. */
    public void startHere(int index) {
        ReaderSession s = session.getValue();
        if (s == null || !inRange(s, index)) {
            return;
        }
        int last = lastKept(s.article());
        s.chooseBlocks(START_HERE, KeptBlocks.between(s.article(), index, last < index ? blockCount(s) - 1 : last));
        startMarked = true;
        marked();
    }

    /** Block {@code index} is the article's last: blocks after it are removed, those from the start kept. */
    public void endHere(int index) {
        ReaderSession s = session.getValue();
        if (s == null || !inRange(s, index)) {
            return;
        }
        int first = firstKept(s.article());
        s.chooseBlocks(END_HERE, KeptBlocks.between(s.article(), first < 0 || first > index ? 0 : first, index));
        endMarked = true;
        marked();
    }

    private void marked() {
        if (choosing && startMarked && endMarked) {
            choosing = false;
            showRemoved.set(showRemovedBefore);
        }
        update();
    }

    private void setMode(Mode m) {
        mode.set(m);
        text.set(switch (m) {
            case HIDDEN -> "";
            case DOUBTFUL -> DOUBT_TEXT;
            case CHOOSING -> CHOOSE_TEXT;
        });
    }

    private static boolean inRange(ReaderSession s, int index) {
        return index >= 0 && index < blockCount(s);
    }

    private static int blockCount(ReaderSession s) {
        return s.article().blocks().size();
    }

    private static int firstKept(Article a) {
        List<Block> bs = a.blocks();
        for (int i = 0; i < bs.size(); i++) {
            if (bs.get(i).isKept()) {
                return i;
            }
        }
        return -1;
    }

    private static int lastKept(Article a) {
        List<Block> bs = a.blocks();
        for (int i = bs.size() - 1; i >= 0; i--) {
            if (bs.get(i).isKept()) {
                return i;
            }
        }
        return -1;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Why the clean looks doubtful (shown under the banner's text), or "". */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }
}
