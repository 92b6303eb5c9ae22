package org.claimline.ui.reader;

import java.util.Collection;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.claimline.model.Claim;
import org.claimline.model.TextRange;
import org.claimline.ui.common.ScriptFonts;
import org.claimline.ui.common.Styles;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * The article: a read-only RichTextFX area laid out by {@link DocumentLayout}, styled in one
 * {@code setStyleSpans} call per change (only the stretch that changed), with the find bar above it.
 */
public final class ReaderView {
    private final ReaderViewModel vm;
    private final FindViewModel find;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final TextField findField = new TextField();
    private final Label findStatus = new Label();
    private final HBox findBar = new HBox();
    private final BorderPane root = new BorderPane();
    private DocumentLayout layout;
    private org.claimline.session.ReaderSession shownSession;
    private List<DocumentLayout.Run> lastRuns;
    private boolean clickSelecting;
    private java.util.function.IntFunction<List<MenuItem>> blockMenuExtras = i -> List.of();
    private java.util.function.Supplier<List<MenuItem>> selectionMenu = List::of;
    private long lastRestyleNanos;

    public ReaderView(ReaderViewModel vm, FindViewModel find) {
        this.vm = vm;
        this.find = find;
        vm.useFind(find);
    }

    /** The find bar's state (its matches are highlighted in the article). */
    public FindViewModel find() {
        return find;
    }

    public Node createView() {
        area.getStyleClass().add(Styles.READER_AREA);
        area.setEditable(false);
        area.setWrapText(true);
        // a caret for keyboard selection, but no stray caret in the page while the mouse user reads
        area.showCaretProperty().bind(area.focusedProperty().map(f -> f ? Caret.CaretVisibility.ON
                : Caret.CaretVisibility.OFF));
        // restyling must never become an undo step; the session owns the only history
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setUseInitialStyleForInsertion(true);
        area.setId("reader-area");
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);

        findField.setPromptText("Find in article");
        findField.setId("find-field");
        Button prev = new Button("\u2191");
        Button next = new Button("\u2193");
        Button close = new Button("\u2715");
        prev.setOnAction(e -> find.previous());
        next.setOnAction(e -> find.next());
        close.setOnAction(e -> hideFind());
        prev.setFocusTraversable(false);
        next.setFocusTraversable(false);
        close.setFocusTraversable(false);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        findBar.getChildren().setAll(findField, prev, next, findStatus, grow, close);
        findBar.getStyleClass().add(Styles.FIND_BAR);
        findBar.setVisible(false);
        findBar.setManaged(false);
        // the bar joins the view when first shown: a hidden bar would still be styled (and its text field's
        // skin made) in the window's first pulse, which every launch waits for
        root.setCenter(scroll);
        return root;
    }

    public void bind() {
        vm.articleProperty().addListener((o, a, b) -> relayout());
        vm.showRemovedProperty().addListener((o, a, b) -> relayout());
        vm.styleRevisionProperty().addListener((o, a, b) -> restyle());
        vm.selectedClaimIdProperty().addListener((o, a, b) -> {
            if (!clickSelecting && b != null && vm.session() != null) {
                vm.session().claim(b).ifPresent(this::reveal);
            }
        });
        find.currentProperty().addListener((o, a, b) -> revealFind());
        find.revisionProperty().addListener((o, a, b) -> revealFind());
        findField.textProperty().bindBidirectional(find.queryProperty());
        findStatus.textProperty().bind(find.statusProperty());
        findField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    find.previous();
                } else {
                    find.next();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hideFind();
                e.consume();
            }
        });
        ChangeListener<Number> measure = (o, a, b) -> applyMeasure();
        area.widthProperty().addListener(measure);
        vm.zoomProperty().addListener((o, a, b) -> {
            applyFont();
            applyMeasure();
        });
        applyFont();

        area.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || area.getSelection().getLength() > 0
                    || layout == null) {
                return;
            }
            int pos = area.hit(e.getX(), e.getY()).getCharacterIndex().orElse(-1);
            clickSelecting = true;
            try {
                vm.navigator().selectClaimAt(pos < 0 ? -1 : layout.toText(pos));
            } finally {
                clickSelecting = false;
            }
        });
        area.setOnContextMenuRequested(e -> {
            int pos = area.hit(e.getX(), e.getY()).getCharacterIndex().orElse(-1);
            ContextMenu menu = contextMenu(pos);
            if (!menu.getItems().isEmpty()) {
                menu.show(area, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        relayout();
    }

    /** The CJK face of the shown article's CJK runs (see {@link ScriptFonts}), or null when it has none. */
    private String scriptFamily;
    private String scriptSheet;

    private void applyFont() {
        area.setStyle("-fx-font-size: " + fontPx() + "px;");
    }

    /**
     * Sets the runs of CJK script (and only them: {@link DocumentLayout#CJK_CLASS}) in {@link #scriptFamily}; the
     * rest of the article keeps the reader's face, weight and leading.
     */
    private void applyScriptFamily() {
        if (scriptSheet != null) {
            area.getStylesheets().remove(scriptSheet);
            scriptSheet = null;
        }
        if (scriptFamily != null) {
            String css = ".reader-area .text." + DocumentLayout.CJK_CLASS + " { -fx-font-family: \"" + scriptFamily
                    + "\"; }";
            scriptSheet = "data:text/css;base64," + java.util.Base64.getEncoder().encodeToString(
                    css.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            area.getStylesheets().add(scriptSheet);
        }
    }

    /** The face of the article's CJK runs, or null (tests and the on-screen check read it). */
    public String scriptFamily() {
        return scriptFamily;
    }

    private double fontPx() {
        return ReadingMeasure.fontPx(vm.zoomProperty().get());
    }

    private void applyMeasure() {
        double side = ReadingMeasure.sidePadding(area.getWidth(), fontPx());
        area.setPadding(new Insets(0, side, 0, side));
    }

    /** Adds items to a block's context menu (given the block's index), after Remove/Restore. */
    /** The context menu's items for a selection (the window's add-claim actions). */
    public void setSelectionMenu(java.util.function.Supplier<List<MenuItem>> items) {
        selectionMenu = items;
    }

    public void setBlockMenuExtras(java.util.function.IntFunction<List<MenuItem>> extras) {
        blockMenuExtras = extras;
    }

    private ContextMenu contextMenu(int areaPos) {
        ContextMenu menu = new ContextMenu();
        TextRange sel = selectionInText();
        if (sel != null) {
            menu.getItems().addAll(selectionMenu.get());
            vm.navigator().selectedClaim().filter(c -> c.anchor().isOrphan()).ifPresent(c -> {
                MenuItem re = new MenuItem("Re-attach selected claim here");
                re.setOnAction(e -> vm.navigator().reattachSelected(sel));
                menu.getItems().add(re);
            });
        }
        DocumentLayout.Segment seg = layout == null || areaPos < 0 ? null : layout.segmentAt(areaPos);
        if (seg != null && seg.blockIndex() >= 0) {
            if (!menu.getItems().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            boolean kept = vm.session().article().blocks().get(seg.blockIndex()).isKept();
            MenuItem block = new MenuItem(kept ? "Remove this block from the text" : "Restore this block");
            block.setOnAction(e -> {
                if (kept) {
                    vm.removeBlock(seg.blockIndex());
                } else {
                    vm.restoreBlock(seg.blockIndex());
                }
            });
            if (kept || vm.showRemovedProperty().get()) {
                menu.getItems().add(block);
            }
            menu.getItems().addAll(blockMenuExtras.apply(seg.blockIndex()));
        }
        return menu;
    }

    /** The area selection as article text, or null when it covers no text. */
    public TextRange selectionInText() {
        if (layout == null || area.getSelection().getLength() == 0) {
            return null;
        }
        return layout.toText(area.getSelection().getStart(), area.getSelection().getEnd());
    }

    /** Selects article text [start, end) in the area (keyboard users get there with Find; tests use it directly). */
    public void selectArticleRange(int start, int end) {
        if (layout != null) {
            area.requestFocus();
            area.selectRange(layout.toArea(start), layout.toArea(end));
        }
    }

    /** The caret's place in the article text, or -1 when it stands in the header (title, byline). */
    public int caretInText() {
        return layout == null ? -1 : layout.toText(area.getCaretPosition());
    }

    /**
     * Records a claim on the current selection; for a whole sentence, the caret alone is enough (the sentence it
     * stands in). False when there are no article words to record.
     */
    public boolean addClaim(boolean wholeSentence) {
        TextRange sel = selectionInText();
        if (sel == null && wholeSentence && area.getSelection().getLength() == 0 && caretInText() >= 0) {
            sel = new TextRange(caretInText(), caretInText());
        }
        if (sel == null) {
            return false;
        }
        String id = vm.addClaim(sel, wholeSentence);
        if (id != null) {
            area.deselect();
        }
        return id != null;
    }

    /**
     * Selects the next (or previous) claim after the selected one, or after the caret; with the keyboard in the
     * article, the caret follows to the claim's start so the next step starts there.
     */
    public void goToAdjacentClaim(boolean forward) {
        if (layout == null) {
            return;
        }
        boolean inArticle = area.isFocused();
        int caret = caretInText();
        if (caret < 0) {
            caret = area.getCaretPosition() < layout.firstTextOffset() ? 0 : Integer.MAX_VALUE;
        }
        vm.navigator().selectAdjacentClaim(caret, forward).ifPresent(c -> {
            if (inArticle && c.range() != null) {
                area.moveTo(layout.toArea(c.range().start()));
            }
        });
    }

    /** Puts the keyboard back in the article, the caret just after the selected claim (Escape in the editor). */
    public void focusAfterSelectedClaim() {
        area.requestFocus();
        int after = vm.navigator().offsetAfterSelectedClaim();
        if (after >= 0 && layout != null) {
            area.moveTo(layout.toArea(after));
            revealArea(layout.toArea(after));
        }
    }

    public void showFind() {
        if (root.getTop() != findBar) {
            root.setTop(findBar);
        }
        findBar.setManaged(true);
        findBar.setVisible(true);
        String sel = area.getSelectedText();
        if (!sel.isEmpty() && sel.length() < 80 && !sel.contains("\n")) {
            findField.setText(sel);
        }
        findField.requestFocus();
        findField.selectAll();
    }

    /** Closes the find bar; the current match stays selected (as in browsers), ready for Ctrl+Enter. */
    public void hideFind() {
        TextRange m = find.currentMatch();
        if (m != null && layout != null) {
            area.selectRange(layout.toArea(m.start()), layout.toArea(m.end()));
        }
        findBar.setVisible(false);
        findBar.setManaged(false);
        find.clear();
        area.requestFocus();
    }

    private void relayout() {
        if (vm.session() == null) {
            return;
        }
        // keep the block the reader was looking at on top when blocks appear or disappear above it
        int keepBlock = -1;
        if (layout != null && area.getLength() > 0) {
            DocumentLayout.Segment top = layout.segmentAt(area.getAbsolutePosition(area.firstVisibleParToAllParIndex(), 0));
            keepBlock = top == null ? -1 : top.blockIndex();
        }
        boolean sameSession = layout != null && vm.session() == shownSession;
        layout = DocumentLayout.of(vm.session().article(), vm.showRemovedProperty().get(), vm.styleInterner());
        shownSession = vm.session();
        String family = layout.hasCjk() ? ScriptFonts.familyFor(layout.areaText()) : null;
        if (!java.util.Objects.equals(family, scriptFamily)) {
            scriptFamily = family;
            applyScriptFamily();
        }
        area.replaceText(layout.areaText());
        lastRuns = null;
        restyle();
        area.moveTo(layout.firstTextOffset());
        int par = -1;
        for (int p = 0; p < layout.segments().size() && keepBlock >= 0 && sameSession; p++) {
            if (layout.segments().get(p).blockIndex() >= keepBlock) {
                par = p;
                break;
            }
        }
        if (par >= 0) {
            area.showParagraphAtTop(par);
        } else {
            area.showParagraphAtTop(0);
        }
        applyMeasure();
        // a claim selected as the article opens (the analysis window's double-click) is shown once laid out
        String selected = vm.selectedClaimIdProperty().get();
        if (selected != null && vm.session() != null) {
            vm.session().claim(selected).ifPresent(c -> Platform.runLater(() -> reveal(c)));
        }
        if (!vm.renderedProperty().get()) {
            afterLayoutInScene(vm::markRendered);
        }
    }

    /**
     * Runs {@code action} once after the first layout of the area in a scene: the next one, or when the area is
     * not in a scene yet (a window being built: a split pane's items join the scene when its skin is made, in
     * the first pulse), the first one after it joins.
     */
    private void afterLayoutInScene(Runnable action) {
        javafx.scene.Scene s = area.getScene();
        if (s != null) {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                s.removePostLayoutPulseListener(once[0]);
                action.run();
            };
            s.addPostLayoutPulseListener(once[0]);
            return;
        }
        javafx.beans.value.ChangeListener<javafx.scene.Scene> joined = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                    javafx.scene.Scene a, javafx.scene.Scene b) {
                if (b != null) {
                    area.sceneProperty().removeListener(this);
                    afterLayoutInScene(action);
                }
            }
        };
        area.sceneProperty().addListener(joined);
    }

    private void restyle() {
        if (layout == null || vm.session() == null) {
            return;
        }
        long t0 = System.nanoTime();
        List<DocumentLayout.Run> runs = layout.runs(vm.highlights());
        DocumentLayout.Window w = DocumentLayout.changed(lastRuns, runs);
        lastRuns = runs;
        if (w != null && !w.runs().isEmpty()) {
            StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>(w.runs().size());
            for (DocumentLayout.Run r : w.runs()) {
                b.add(r.classes(), r.length());
            }
            StyleSpans<Collection<String>> spans = b.create();
            area.setStyleSpans(w.start(), spans);
        }
        lastRestyleNanos = System.nanoTime() - t0;
    }

    private void reveal(Claim c) {
        if (c.range() == null || layout == null) {
            return;
        }
        int a = layout.toArea(c.range().start());
        revealArea(a);
    }

    private void revealFind() {
        TextRange m = find.currentMatch();
        if (m != null && layout != null) {
            revealArea(layout.toArea(m.start()));
        }
    }

    private void revealArea(int a) {
        int par = area.offsetToPosition(a, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        if (area.getCharacterBoundsOnScreen(a, Math.min(a + 1, area.getLength())).isEmpty()) {
            area.showParagraphAtCenter(par);
        }
    }

    public StyleClassedTextArea area() {
        return area;
    }

    public DocumentLayout layout() {
        return layout;
    }

    /** How long the last restyle took (highlights, runs and the StyleSpans call), for benchmarks. */
    public long lastRestyleNanos() {
        return lastRestyleNanos;
    }
}
