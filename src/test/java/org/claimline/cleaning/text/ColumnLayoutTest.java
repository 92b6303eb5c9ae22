package org.claimline.cleaning.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Side-by-side columns of a text browser's dump are read column by column; tables are read as printed. */
class ColumnLayoutTest {

    static final String[] ITEMS = {
        "+ Added granite, andesite and diorite stone blocks, with smooth versions",
        "+ Added the slime block and the iron trapdoor",
        "+ Added prismarine and sea lantern blocks for the ocean monument",
        "+ Added red sandstone, banners and armor stands",
        "+ Added coarse dirt, on which the grass will not grow again",
        "+ Villagers will harvest crops and plant new ones where they can",
        "+ Mossy cobblestone and mossy stone bricks are now craftable",
        "+ Doors and fences now come in all of the wood type variants",
        "+ Added a spectator game mode for those who only want to watch",
        "+ Worlds can now have a world barrier that players cannot cross",
    };
    static final String[] SIDEBAR = {"Official links:", "Facebook", "Merchandise", "Bug tracker"};

    static String pad(String s, int width) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < width) {
            sb.append(' ');
        }
        return sb.toString();
    }

    /** The changelog items, the first few with a sidebar link printed beside them at column 90. */
    static List<String> articleBesideSidebar() {
        return beside(ITEMS, SIDEBAR, 90);
    }

    /** The {@code main} lines, the first of them with a {@code side} line printed beside them at {@code column}. */
    static List<String> beside(String[] main, String[] side, int column) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < main.length; i++) {
            lines.add(i < side.length ? pad(main[i], column) + side[i] : main[i]);
        }
        return lines;
    }

    /** The text of {@code lines} comes out as the {@code main} column, then the {@code side} column. */
    static void assertReadColumnByColumn(List<String> lines, String[] main, String[] side) {
        List<String> want = new ArrayList<>(List.of(main));
        want.addAll(List.of(side));
        assertEquals(want, nonBlank(ColumnLayout.reflow(String.join("\n", lines))));
    }

    static List<String> nonBlank(String text) {
        List<String> out = new ArrayList<>();
        for (String l : text.split("\n")) {
            if (!l.isBlank()) {
                out.add(l.strip());
            }
        }
        return out;
    }

    @Test
    void aSidebarPrintedBesideTheArticleIsReadAfterIt() {
        assertReadColumnByColumn(articleBesideSidebar(), ITEMS, SIDEBAR);
    }

    @Test
    void aTableIsReadRowByRow() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            lines.add(pad("  " + (i + 1) + "  Driver number " + (i + 1), 40) + "Team " + (char) ('A' + i) + "    "
                    + (5000 - 40 * i) + " points, " + (10 - i) + " wins in the season so far");
        }
        String text = String.join("\n", lines);
        assertEquals(text, ColumnLayout.reflow(text));
    }

    @Test
    void theTextBelowATableIsNotTakenForItsLeftColumn() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            lines.add(pad("      Film " + (i + 1), 30) + "A description of the film that runs on for a while "
                    + "and tells the story of the loop.");
            if (i == 3) {
                lines.add(pad("", 30) + "This one wraps onto a second row of the table.");
            }
        }
        lines.add("");
        lines.add("See also");
        lines.add("");
        for (int i = 0; i < 8; i++) {
            lines.add("  • Related list " + i);
        }
        String text = String.join("\n", lines);
        assertEquals(text, ColumnLayout.reflow(text));
    }

    @Test
    void wideCharactersTakeTwoColumnsSoACjkArticleColumnComesOutWhole() {
        String[] story = {"肉をくわえたイヌが、橋を渡っていました。ふと下を見ると、川の中にも肉を", "くわえたイヌがいます。イヌはそれを見て、思いました。あいつの肉の方が、",
            "大きそうだ。イヌは、くやしくてたまりません。そこでイヌは、川の中のイヌに", "向かって思いっきり吠えました。そのとたん、くわえていた肉は川に落ちまし",
            "た。川の中には、がっかりしたイヌの顔がうつっています。さっきのイヌは、水", "にうつった自分の顔だったのです。欲張るとけっきょく損をするというお話です。"};
        String[] side = {"きょうの記念日", "元旦", "きょうの誕生花", "松(まつ)"};
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < story.length; i++) {
            // the sidebar starts at the same display column on every row, though the rows have fewer characters
            StringBuilder row = new StringBuilder("    ").append(story[i]);
            while (new ColumnLayout.Row(row.toString()).width() < 84) {
                row.append(' ');
            }
            lines.add(row + (i < side.length ? side[i] : ""));
            assertTrue(story[i].length() < 60);
        }
        List<String> read = nonBlank(ColumnLayout.reflow(String.join("\n", lines)));
        List<String> want = new ArrayList<>(List.of(story));
        want.addAll(List.of(side));
        assertEquals(want, read);
    }

    @Test
    void aDumpWithoutGuttersIsLeftAsItIs() {
        String text = "Headline\n\nA paragraph of the article.   Then more of it.\n\n  • Home\n  • News";
        assertSame(text, ColumnLayout.reflow(text));
    }

    @Test
    void manyRowsSharingAGutterAreReadOnceAsATable() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ColumnLayout.MAX_LINES - 1; i++) {
            sb.append("cell ").append(i).append("      value ").append(i).append('\n');
        }
        String text = sb.toString();
        assertEquals(text, ColumnLayout.reflow(text));
        assertTrue(ColumnLayout.mayHaveColumns(text));
    }

    @Test
    void aLineTooWideForAScreenEndsABlockAndIsKeptWhole() {
        String wide = "x".repeat(ColumnLayout.MAX_COLUMNS + 500);
        List<String> lines = articleBesideSidebar();
        lines.add(wide);
        List<String> read = nonBlank(ColumnLayout.reflow(String.join("\n", lines)));
        assertEquals(wide, read.get(read.size() - 1));
        assertEquals(ITEMS[0], read.get(0));
        assertEquals(ITEMS.length + SIDEBAR.length + 1, read.size());
    }

    @Test
    void aSidebarDrawnInABoxBesideTheArticleIsReadAfterIt() {
        // the text browser draws the sidebar's box right next to the article column: its border leaves a single
        // blank column, and a rule under the box's heading runs across the page
        int longest = 0;
        for (String item : ITEMS) {
            longest = Math.max(longest, item.length());
        }
        List<String> lines = new ArrayList<>();
        lines.add(pad("", longest + 1) + "┌" + "─".repeat(20) + "┐");
        for (int i = 0; i < ITEMS.length; i++) {
            String side = i < SIDEBAR.length ? SIDEBAR[i] : "";
            lines.add(pad(ITEMS[i], longest + 1) + "│ " + pad(side, 18) + " │");
            if (i == 1) {
                lines.add("━".repeat(longest + 30));
            }
        }
        lines.add(pad("", longest + 1) + "└" + "─".repeat(20) + "┘");
        List<String> read = new ArrayList<>();
        for (String l : nonBlank(ColumnLayout.reflow(String.join("\n", lines)))) {
            String text = l.replaceAll("[\\u2500-\\u257F]", "").strip();
            if (!text.isEmpty()) {
                read.add(text);
            }
        }
        List<String> want = new ArrayList<>(List.of(ITEMS));
        want.addAll(List.of(SIDEBAR));
        assertEquals(want, read);
    }

    @Test
    void aMastheadAcrossTheTopDoesNotHideTheColumnsBelowIt() {
        // the site's name at the left margin, its links running over the whole width; the article column is
        // indented, so the masthead's own gap lines up with the article's margin and not with the gutter
        List<String> lines = new ArrayList<>();
        lines.add(pad("Daily Planet", 40) + "Home | World | Business | Science | Opinion | Weather | Contact us | About us");
        lines.add("");
        for (int i = 0; i < ITEMS.length; i++) {
            String item = pad("", 20) + ITEMS[i];
            lines.add(i < SIDEBAR.length ? pad(item, 100) + SIDEBAR[i] : item);
        }
        List<String> read = nonBlank(ColumnLayout.reflow(String.join("\n", lines)));
        List<String> want = new ArrayList<>();
        want.add(lines.get(0).strip());
        want.addAll(List.of(ITEMS));
        want.addAll(List.of(SIDEBAR));
        assertEquals(want, read);
    }

    static final String[] PROSE = {
        "The council met on Tuesday evening to decide what should become",
        "of the old railway station, which has stood empty for eleven years",
        "and which most of the town would like to see used again. Three plans",
        "were on the table, and each of them had its friends in the room.",
        "The first would turn the hall into a market for local farmers, open",
        "on weekends and run by a cooperative that has already raised money.",
        "The second would make it a library and a place for the town's clubs,",
        "paid for by the county, which has promised to cover the first years.",
        "The third, favoured by the mayor, would sell the building to a firm",
        "that wants to build flats on the land behind it and keep the front.",
        "After three hours the council voted to ask the town what it wants,",
        "and a survey will be sent to every household before the summer.",
        "Residents who spoke at the meeting said they were glad to be asked,",
        "though several of them wondered why it had taken so many years.",
        "The results will be published in the autumn, the clerk said, and",
        "the council will decide at its first meeting after the holidays.",
    };
    static final String[] LINKS = {
        "Most read", "Flood warning lifted", "School fees to rise", "New bus timetable", "Road closed for works",
        "Market moves indoors", "Choir wins prize", "Library hours cut", "Bridge repairs start", "Mayor on holiday",
        "Fair returns in June", "Park gets new trees", "Pool to reopen", "Letters to the editor",
    };

    @Test
    void anArticleBesideASidebarAsLongAsItselfIsReadColumnByColumn() {
        // the sidebar runs beside nearly every line of the article: 14 of its 16 rows hold both sides
        assertReadColumnByColumn(beside(PROSE, LINKS, 80), PROSE, LINKS);
    }

    @Test
    void aShortTableWithOneWrappedCellIsReadRowByRow() {
        // eight rows of three cells, the header's second cell wrapped onto a row of its own: 7 of 8 rows hold both
        // sides of the first gutter, a share a long layout may have but a short block is a table
        List<String> lines = new ArrayList<>();
        lines.add(pad("Application", 25) + pad("Original size", 30) + "Patch size (% vs original)");
        lines.add(pad("", 25) + "(% vs original)");
        String[] apps = {"Maps", "Mail", "Reader", "Player", "Weather", "Notes"};
        for (int i = 0; i < apps.length; i++) {
            lines.add(pad(apps[i], 25) + pad((20 + i) + ".4 MB", 30) + (3 + i) + ".1 MB (-" + (70 + i) + "%)");
        }
        String text = String.join("\n", lines);
        assertEquals(text, ColumnLayout.reflow(text));
    }
}
