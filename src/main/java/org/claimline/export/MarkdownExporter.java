package org.claimline.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimline.model.Actor;
import org.claimline.model.Article;
import org.claimline.model.Claim;
import org.claimline.model.Issue;

/**
 * A Markdown note to paste into an email, a wiki or Obsidian: header, claims grouped by issue in taxonomy
 * order, then an index of actors. Every user- or file-derived string is escaped for its context by
 * {@link MarkdownText}, so CommonMark and GitHub-flavoured readers show exactly the analyst's text and none of
 * it opens a heading, list, link, table or HTML.
 */
public final class MarkdownExporter {
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    /** The whole note for one article. */
    public String write(ExportDocument doc) {
        StringBuilder sb = new StringBuilder();
        write(doc, sb, 1);
        return sb.toString();
    }

    /**
     * Appends the note for one article; {@code level} is the heading level of its title (1 alone, 2 inside a
     * corpus note), the other headings follow it.
     */
    public void write(ExportDocument doc, Appendable out, int level) {
        StringBuilder sb = new StringBuilder();
        header(doc, sb, level);
        Map<Issue, List<Claim>> groups = doc.claimsByIssue();
        if (groups.isEmpty()) {
            sb.append("*No claims recorded.*\n\n");
        }
        for (Map.Entry<Issue, List<Claim>> g : groups.entrySet()) {
            sb.append(heading(level + 1)).append(g.getKey() == null ? "No issue" : inline(g.getKey().name()))
                    .append(" (").append(g.getValue().size()).append(")\n\n");
            for (Claim c : g.getValue()) {
                claim(doc, c, sb, level + 2);
            }
        }
        actorIndex(doc, sb, level + 1);
        Markup.append(out, sb);
    }

    /** "Copy as Markdown": the chosen claims, in reading order, with a line saying where they come from. */
    public String copyClaims(ExportDocument doc, List<Claim> selected) {
        StringBuilder sb = new StringBuilder();
        for (Claim c : doc.claims()) {
            if (selected.stream().anyMatch(s -> s.id().equals(c.id()))) {
                claim(doc, c, sb, 3);
            }
        }
        sb.append("— from ").append(titleOf(doc));
        if (!doc.sourceFileName().isEmpty()) {
            sb.append(" (").append(MarkdownText.fileName(doc.sourceFileName())).append(')');
        }
        sb.append('\n');
        return sb.toString();
    }

    private static void header(ExportDocument doc, StringBuilder sb, int level) {
        Article.Metadata m = doc.article().metadata();
        sb.append(heading(level)).append(titleOf(doc)).append("\n\n");
        List<String> info = new ArrayList<>();
        if (m.bylineText() != null) {
            info.add("By " + inline(m.bylineText()));
        }
        if (m.published() != null) {
            info.add("Published " + org.claimline.model.HumanDates.format(m.published()));
        }
        if (m.siteName() != null) {
            info.add(inline(m.siteName()));
        }
        if (!doc.sourceFileName().isEmpty()) {
            info.add("Source: " + MarkdownText.fileName(doc.sourceFileName()));
        }
        if (!info.isEmpty()) {
            sb.append(String.join(" · ", info)).append("\n\n");
        }
    }

    private static String titleOf(ExportDocument doc) {
        String t = doc.article().title();
        return Markup.isEmpty(t) ? "Untitled article" : inline(t);
    }

    private static void claim(ExportDocument doc, Claim c, StringBuilder sb, int level) {
        sb.append(heading(level)).append(doc.numberOf(c)).append(". ")
                .append(Markup.isEmpty(c.summary()) ? "(no summary)" : inline(c.summary()))
                .append("\n\n");
        for (String line : LINE_BREAK.split(c.quote(), -1)) {
            sb.append(line.isBlank() ? ">" : "> " + block(line)).append('\n');
        }
        sb.append('\n');
        List<Issue> issues = doc.issuesOf(c);
        if (issues.size() > 1) {
            sb.append("- **Issues:** ").append(String.join("; ", issues.stream().map(i -> inline(i.name())).toList()))
                    .append('\n');
        }
        List<Actor> actors = doc.actorsOf(c);
        if (!actors.isEmpty()) {
            sb.append("- **Actors:** ").append(String.join(", ", actors.stream().map(a -> inline(a.name())).toList()))
                    .append('\n');
        }
        sb.append("- **Stance:** ").append(c.stance().id()).append('\n');
        if (!Markup.isEmpty(c.note())) {
            sb.append("- **Note:** ");
            String[] lines = LINE_BREAK.split(c.note().strip(), -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    // Two trailing spaces make a hard break; the indent keeps the line inside the list item.
                    sb.append(lines[i - 1].isBlank() ? "\n" : "  \n");
                    if (!lines[i].isBlank()) {
                        sb.append("  ");
                    }
                }
                // Leading indentation would turn a continuation line into a code block.
                sb.append(block(lines[i].stripLeading()));
            }
            sb.append('\n');
        }
        if (!c.tags().isEmpty()) {
            sb.append("- **Tags:** ").append(String.join(", ", c.tags().stream().map(MarkdownExporter::inline).toList()))
                    .append('\n');
        }
        if (c.anchor().isOrphan()) {
            sb.append("- *Not found in the current text (orphaned).*\n");
        }
        sb.append('\n');
    }

    private static void actorIndex(ExportDocument doc, StringBuilder sb, int level) {
        Map<Actor, List<Integer>> uses = new LinkedHashMap<>();
        for (Actor a : doc.taxonomy().actors()) {
            uses.put(a, new ArrayList<>());
        }
        for (Claim c : doc.claims()) {
            for (Actor a : doc.actorsOf(c)) {
                List<Integer> ns = uses.get(a);
                int n = doc.numberOf(c);
                if (ns != null && !ns.contains(n)) {
                    ns.add(n);
                }
            }
        }
        uses.values().removeIf(List::isEmpty);
        if (uses.isEmpty()) {
            return;
        }
        sb.append(heading(level)).append("Actors\n\n");
        for (Map.Entry<Actor, List<Integer>> e : uses.entrySet()) {
            Actor a = e.getKey();
            sb.append("- **").append(inline(a.name())).append("**");
            if (!a.aliases().isEmpty()) {
                sb.append(" (also ").append(String.join(", ", a.aliases().stream().map(MarkdownExporter::inline).toList()))
                        .append(')');
            }
            sb.append(": ").append(e.getValue().size() == 1 ? "claim " : "claims ")
                    .append(String.join(", ", e.getValue().stream().map(String::valueOf).toList())).append('\n');
        }
        sb.append('\n');
    }

    private static String heading(int level) {
        return "#".repeat(Math.min(6, level)) + " ";
    }

    /** One line of user text starting a Markdown line (a quote or note line). */
    static String block(String line) {
        return MarkdownText.lineStart(line);
    }

    /** User text inside a line (heading, list item, name): escaped, line breaks as spaces. */
    static String inline(String s) {
        return MarkdownText.inline(s);
    }
}
