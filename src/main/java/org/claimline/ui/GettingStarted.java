package org.claimline.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Help ▸ Getting Started: what an analyst needs to know to begin, in their words (also on the start page). */
public final class GettingStarted {
    /** Heading and text of each section, in reading order. */
    static final List<String[]> SECTIONS = List.of(
            new String[] {"Read, then record claims",
                "Open an op-ed (File \u25B8 Open, a saved web page or a text file) and read it as it appears, "
                        + "cleaned of menus and adverts. A claim is a passage where the author asserts something: "
                        + "select it with the mouse or Shift+arrows and press Ctrl+Enter (Ctrl+Alt+Enter takes the "
                        + "whole sentence; a caret in the sentence is enough). Write what the passage claims in "
                        + "your own words in the summary."},
            new String[] {"Issues and actors",
                "Issues are what a claim is about (trade, security, history); actors are who it is about "
                        + "(governments, parties, people). Type them in the claim's Issues and Actors fields: new "
                        + "names are added to your list, which Tools \u25B8 Taxonomy lets you rename, merge, recolour "
                        + "and order. Keys 1\u20139 toggle the first nine issues on the selected claim."},
            new String[] {"Stance",
                "The stance is the author's stance toward the tagged actors: Supports, Opposes, Neutral (reports "
                        + "without taking a side), or Unclear until you decide. It describes the author, not you, "
                        + "and only means something once actors are tagged."},
            new String[] {"Moving around with the keyboard",
                "Alt+\u2193 and Alt+\u2191 go to the next and previous claim; Escape leaves the claim editor and "
                        + "puts the caret back in the article, just after the claim. The filter above the list "
                        + "and View \u25B8 Group Claims narrow and arrange the list."},
            new String[] {"Where your work is kept",
                "Claims are saved automatically in a sidecar file beside the article: for op-ed.html it is "
                        + "op-ed.html.annotations.json in the same folder. Keep the two together when you move or "
                        + "copy them. If the article's text changes (a fresh download), Claimline places your "
                        + "claims again; those it cannot place are listed under \u201cNeeds re-attaching\u201d. "
                        + "The built-in sample is not saved: use File \u25B8 Save Annotations As to keep work on it."},
            new String[] {"Sharing",
                "To give a colleague your claims, send the article and its sidecar, or File \u25B8 Export Claims "
                        + "(Markdown for notes, CSV for spreadsheets, an HTML report, W3C annotations or QDPX for "
                        + "other tools). File \u25B8 Import Annotations merges a colleague's claims into yours; "
                        + "where you both changed a claim you choose what to keep."});

    private GettingStarted() {
    }

    /** The page's content: the sections as headed, wrapped paragraphs. */
    static Node content() {
        VBox page = new VBox();
        page.getStyleClass().add("getting-started");
        for (String[] s : SECTIONS) {
            Label h = new Label(s[0]);
            h.getStyleClass().add("getting-started-heading");
            Label p = new Label(s[1]);
            p.setWrapText(true);
            p.getStyleClass().add("getting-started-text");
            page.getChildren().addAll(h, p);
        }
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(600, 460);
        return scroll;
    }

    /** Shows the page in a window of its own over {@code owner} (not modal: the article stays usable). */
    static void show(Window owner, List<String> sheets) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.initModality(Modality.NONE);
        d.setTitle("Getting started with Claimline");
        d.setHeaderText("Getting started");
        d.getDialogPane().setId("getting-started");
        d.getDialogPane().setContent(content());
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.getDialogPane().getStylesheets().setAll(sheets);
        d.setResizable(true);
        d.show();
    }
}
