package org.claimline.ui.reader;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.claimline.model.Article;
import org.claimline.session.StyleInterner;
import org.claimline.ui.common.Styles;

/**
 * The first frame of a launch: the top of the article laid out as the reader will show it (the same
 * {@link DocumentLayout}, style classes, font size and measure), in the window's frame, with no controls. It is
 * made of a few dozen plain nodes in milliseconds, so the article is on screen while the reader window
 * (RichTextFX, menus, the claims panel) is being built; the window then replaces it. Only what fits in the window
 * is laid out. It uses no controls, so the first frame needs neither the default theme nor any control skin.
 */
public final class ArticlePreview {
    /** Heights of the menu bar plus tool bar, and of the status bar, in units of the default font size. */
    private static final double CHROME_TOP_EM = 4.8;
    private static final double STATUS_EM = 1.92;
    /** Width of the reader's vertical scroll bar (base.css). */
    private static final double SCROLL_BAR_PX = 10;
    /**
     * Line height and average character width of the reader's serif text, in font sizes, and the gap after a
     * paragraph in lines (reader.css), used only to decide how much of the article fills the window.
     */
    private static final double LINE_EM = 1.42;
    private static final double CHAR_EM = 0.5;
    private static final double PARAGRAPH_GAP_LINES = 0.6;

    private ArticlePreview() {
    }

    /**
     * The preview for a window {@code width} × {@code height} whose reader takes {@code divider} of the width, at
     * {@code zoom}; {@code status} is shown in the status bar (the file name). Style sheets come from the scene.
     */
    public static Parent create(Article article, double width, double height, double divider, double zoom,
            String status) {
        double fontPx = ReadingMeasure.fontPx(zoom);
        double em = Font.getDefault().getSize();
        // the split pane gives the reader its share less half of the 2 px divider
        double readerWidth = Math.max(200, width * divider - 1 - SCROLL_BAR_PX);
        double side = ReadingMeasure.sidePadding(readerWidth, fontPx);

        VBox page = new VBox();
        page.getStyleClass().addAll(Styles.READER_AREA, "styled-text-area", "article-preview");
        page.setStyle("-fx-font-size: " + fontPx + "px;");
        page.setPadding(new Insets(0, side, 0, side));
        page.setFillWidth(true);
        DocumentLayout layout = DocumentLayout.of(article, false, new StyleInterner());
        String text = layout.areaText();
        // only what fills the window: lines of the paragraphs at the measure, plus the gap after each
        double visibleLines = height / (fontPx * LINE_EM);
        double charsPerLine = Math.max(20, (readerWidth - 2 * side) / (fontPx * CHAR_EM));
        double lines = 0;
        for (DocumentLayout.Segment s : layout.segments()) {
            if (lines > visibleLines) {
                break;
            }
            page.getChildren().add(paragraph(text.substring(s.areaStart(), s.areaEnd()), s.classes()));
            lines += Math.max(1, Math.ceil(s.length() / charsPerLine)) + PARAGRAPH_GAP_LINES;
        }
        Pane reader = new Pane(page);
        reader.getStyleClass().add("preview-reader");
        page.prefWidthProperty().bind(reader.widthProperty());
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(reader.widthProperty());
        clip.heightProperty().bind(reader.heightProperty());
        reader.setClip(clip);
        reader.setMinWidth(0);
        // the window may get another size than asked for (window manager, small screen): follow the real one
        reader.widthProperty().addListener((o, a, w) -> {
            double pad = ReadingMeasure.sidePadding(w.doubleValue(), fontPx);
            page.setPadding(new Insets(0, pad, 0, pad));
        });

        Region gutter = new Region();
        gutter.getStyleClass().add("preview-gutter");
        gutter.setMinWidth(SCROLL_BAR_PX);
        Region divide = new Region();
        divide.getStyleClass().add("preview-divider");
        divide.setMinWidth(2);
        Text panelTitle = chromeText("Claims", "preview-panel-title");
        HBox panelHead = new HBox(panelTitle);
        panelHead.getStyleClass().add("preview-panel-head");
        VBox panel = new VBox(panelHead);
        panel.getStyleClass().add(Styles.CLAIMS_PANEL);
        HBox center = new HBox(reader, gutter, divide, panel);
        HBox.setHgrow(panel, javafx.scene.layout.Priority.ALWAYS);
        reader.setPrefWidth(readerWidth);
        center.widthProperty().addListener((o, a, w) ->
                reader.setPrefWidth(Math.max(200, w.doubleValue() * divider - 1 - SCROLL_BAR_PX)));

        // the window's chrome as it will be, greyed until it works: the first frame reads as starting, not hung
        HBox menus = new HBox();
        for (String m : MENUS) {
            menus.getChildren().add(chromeText(m, "preview-menu"));
        }
        menus.getStyleClass().addAll("menu-bar", "preview-chrome");
        menus.setAlignment(Pos.CENTER_LEFT);
        HBox tools = new HBox();
        for (String t : TOOLS) {
            tools.getChildren().add(chromeText(t, t.equals(TOOLS.get(1)) ? "preview-tool-primary" : "preview-tool"));
        }
        tools.getStyleClass().addAll("tool-bar", "preview-chrome");
        tools.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(menus, tools);
        top.setMinHeight(em * CHROME_TOP_EM);
        top.setPrefHeight(em * CHROME_TOP_EM);
        VBox.setVgrow(tools, javafx.scene.layout.Priority.ALWAYS);
        menus.setMinHeight(em * CHROME_TOP_EM * 0.46);

        // Text, not Label: the first control would load and apply the default theme (modena.css), which the
        // reader window needs but the first frame does not
        Text file = new Text(status);
        file.getStyleClass().add("preview-status");
        HBox bar = new HBox(file);
        bar.getStyleClass().add(Styles.STATUS_BAR);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setMinHeight(em * STATUS_EM);
        bar.setPrefHeight(em * STATUS_EM);

        BorderPane root = new BorderPane(center, top, null, bar, null);
        root.setId("article-preview");
        return root;
    }

    /** The menus and tool buttons of the window, shown greyed in the first frame. */
    static final List<String> MENUS = List.of("File", "Edit", "View", "Tools", "Help");
    static final List<String> TOOLS = List.of("Open\u2026", "+  Add claim", "\u21B6 Undo", "\u21B7 Redo", "Find",
            "Removed text", "Taxonomy\u2026");

    private static Text chromeText(String s, String cls) {
        Text t = new Text(s);
        t.getStyleClass().addAll("preview-chrome-text", cls);
        return t;
    }

    /** One paragraph as RichTextFX builds it: a paragraph box holding a text flow of styled text. */
    private static Region paragraph(String text, List<String> classes) {
        Text t = new Text(text);
        t.getStyleClass().add("text");
        t.getStyleClass().addAll(classes);
        TextFlow flow = new TextFlow(t);
        flow.getStyleClass().add("paragraph-text");
        VBox box = new VBox(flow);
        box.getStyleClass().add("paragraph-box");
        return box;
    }
}
