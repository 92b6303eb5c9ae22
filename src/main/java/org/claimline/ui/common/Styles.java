package org.claimline.ui.common;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.claimline.model.Issue;
import org.claimline.model.Taxonomy;
import org.claimline.session.Highlighting;

/** Style-sheet locations, CSS class names used from code, and the inline issue-colour variables. */
public final class Styles {
    public static final String READER_AREA = "reader-area";
    public static final String FIND_BAR = "find-bar";
    public static final String CLAIMS_PANEL = "claims-panel";
    public static final String CLAIM_LIST = "claim-list";
    public static final String CLAIM_CARD = "claim-card";
    public static final String CHIP = "chip";
    public static final String ACTOR = "actor";
    public static final String FILTER_CHIP = "filter-chip";
    public static final String ISSUE_DOT = "issue-dot";
    public static final String TAG_FIELD = "tag-field";
    public static final String EDITOR = "editor";
    public static final String STATUS_BAR = "status-bar";
    public static final String BUSY_OVERLAY = "busy-overlay";

    private static final String BASE = "/org/claimline/ui/styles/";

    private Styles() {
    }

    /** The class of issue colour {@code index} (-1: untagged). */
    public static String issueClass(int index) {
        return index < 0 ? "issue-none" : "issue-" + (index % Highlighting.ISSUE_COLORS);
    }

    /** Base, reader, panel and dialog sheets, then the theme's variables (last, so they win). */
    public static List<String> sheets(String theme) {
        return sheets(List.of("base.css", "reader.css", "panel.css", "dialogs.css", "workspace.css", theme + ".css"));
    }

    /** The analysis window: the base sheet, its own, and the light theme's variables. */
    public static List<String> analysisSheets() {
        return sheets(List.of("base.css", "analysis.css", "light.css"));
    }

    /** What the start-up preview needs: the base and reader sheets and the theme's variables. */
    public static List<String> previewSheets(String theme) {
        return sheets(List.of("base.css", "reader.css", theme + ".css"));
    }

    private static List<String> sheets(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String s : names) {
            URL u = Styles.class.getResource(BASE + s);
            if (u != null) {
                out.add(u.toExternalForm());
            }
        }
        return out;
    }

    /**
     * Inline looked-up colours for the taxonomy's issues, set on the window root so highlights and chips
     * use the analyst's colours: {@code -cl-issue-N} (full), {@code -N-soft} (highlight) and {@code -N-strong}
     * (selected highlight). Dark paper needs a denser tint to show.
     */
    public static String issueColorVariables(Taxonomy taxonomy, String theme) {
        boolean dark = "dark".equals(theme);
        String soft = dark ? "66" : "59";
        String strong = dark ? "b3" : "b0";
        StringBuilder sb = new StringBuilder();
        List<Issue> issues = taxonomy.issues();
        for (int i = 0; i < Math.min(issues.size(), Highlighting.ISSUE_COLORS); i++) {
            String c = issues.get(i).color().toLowerCase();
            if (!c.matches("#[0-9a-f]{6}")) {
                continue;
            }
            sb.append("-cl-issue-").append(i).append(": ").append(c).append("; ")
                    .append("-cl-issue-").append(i).append("-soft: ").append(c).append(soft).append("; ")
                    .append("-cl-issue-").append(i).append("-strong: ").append(c).append(strong).append("; ");
        }
        return sb.toString();
    }
}
