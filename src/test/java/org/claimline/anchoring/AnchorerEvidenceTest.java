package org.claimline.anchoring;

import static org.claimline.anchoring.AnchorerTest.P1;
import static org.claimline.anchoring.AnchorerTest.P2;
import static org.claimline.anchoring.AnchorerTest.P3;
import static org.claimline.anchoring.AnchorerTest.P4;
import static org.claimline.anchoring.AnchorerTest.anchorOn;
import static org.claimline.anchoring.AnchorerTest.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.claimline.model.Anchor;
import org.claimline.model.TextRange;
import org.junit.jupiter.api.Test;


/** The evidence beyond quote and context: landmarks, collisions, line edges, text edges. */
class AnchorerEvidenceTest {
    private static final String REPEATED = "Officials repeated the same statement about the harbour project twice this week, and nobody objected.";

    /** P1 with one doubled space: everything after it shifts by one, so the recorded ranges no longer hold. */
    private static final String SHIFTED_P1 = P1.replace("Seoul and", "Seoul  and");

    private final Anchorer anchorer = new Anchorer();

    @Test
    void theDistanceFromTheOldPositionDecidesBetweenEquallyGoodCopiesInANarrowWindow() {
        String old = String.join("\n\n", P1, REPEATED, P3, P4);
        Anchor quote = anchorOn(old, "the same statement about the harbour", 0);
        List<Anchor> anchors = withLandmarks(old, quote);
        // one doubled space shifts the passage by one; a copy of its paragraph is appended at the end
        String now = String.join("\n\n", P1.replace("Seoul and", "Seoul  and"), REPEATED, P3, P4, REPEATED);
        Placement p = anchorer.placeAll(anchors, now, old.length()).get(1);
        // both copies read the same within their paragraph; the landmarks either side moved alike
        assertEquals(quote.range().shift(1), p.anchor().range(), p.toString());
    }

    @Test
    void placementsOfTheFirstPassAreLandmarksForTheOrphans() {
        String old = String.join("\n\n", P1, REPEATED, P3, P4);
        Anchor quote = anchorOn(old, "the same statement about the harbour", 0);
        // the neighbours' quotes are too short to be certain; they are placed, but only after the first
        // pass has given up on the repeated quote for want of a narrow window
        List<Anchor> anchors = List.of(anchorOn(old, "Tokyo", 0), quote, anchorOn(old, "talks", 0));
        String now = String.join("\n\n", SHIFTED_P1, REPEATED, P3, P4, REPEATED);
        List<Placement> got = anchorer.placeAll(anchors, now, old.length());
        assertEquals(anchors.get(0).range().shift(1), got.get(0).anchor().range());
        assertEquals(quote.range().shift(1), got.get(1).anchor().range(), got.get(1).toString());
    }

    @Test
    void aPassageHeldInPlaceByLandmarksIsNotLookedForElsewhere() {
        String p2 = "The committee said the plan was final and binding. It met on Monday.";
        String old = String.join("\n\n", P1, p2, P3, P4);
        Anchor quote = anchorOn(old, "The committee said", 0);
        List<Anchor> anchors = List.of(anchorOn(old, "resume regular summits", 0), quote,
                anchorOn(old, "It met on Monday", 0), anchorOn(old, "declined to give a date", 0));
        // the quoted words were rewritten in place; a sentence starting like them is appended at the end
        String now = String.join("\n\n", P1, p2.replace("committee", "panel"), P3, P4,
                "The committee said the plan was final and binding, said a source.");
        // alone, the appended sentence reads like the passage
        assertFalse(anchorer.place(quote, now, old.length()).anchor().isOrphan());
        // the landmarks either side kept their distance with one paragraph break between them: the
        // passage is still between them, so the appended sentence is other text
        assertTrue(anchorer.placeAll(anchors, now, old.length()).get(1).anchor().isOrphan());
    }

    @Test
    void twoClaimsOnDifferentPassagesAreNotBothPlacedOnTheSameText() {
        String p2 = "The committee said on Monday that it met in the town hall for hours.";
        String p3 = "The committee said the plan was final. It will meet again in May.";
        String old = String.join("\n\n", P1, p2, p3, P4);
        Anchor deleted = anchorOn(old, "The committee said", 0);
        Anchor survivor = anchorOn(old, "The committee said", 1);
        String now = String.join("\n\n", SHIFTED_P1, p3, P4);
        // each alone would take the one copy left; together they cannot both be right
        assertFalse(anchorer.place(deleted, now, old.length()).anchor().isOrphan());
        List<Placement> got = anchorer.placeAll(List.of(deleted, survivor), now, old.length());
        assertTrue(got.get(0).anchor().isOrphan(), got.get(0).toString());
        assertTrue(got.get(1).anchor().isOrphan(), "no certainty either way: " + got.get(1));
    }

    @Test
    void aPassageRecordedAtALineEdgeIsNotFoundInsideALine() {
        String old = String.join("\n\n", P1, "Tempor", "incididunt ut labore et dolore", P4);
        Anchor heading = anchorOn(old, "Tempor", 0);
        String now = String.join("\n\n", SHIFTED_P1, "Tempor incididunt ut labore et dolore", P4);
        // prefix and suffix read almost the same, but the line ended right after the word and now goes on
        assertTrue(anchorer.place(heading, now, old.length()).anchor().isOrphan());
    }

    @Test
    void aWholeLineFoundOnceFollowsItsMovedParagraph() {
        String line = "WeWork declined to comment.";
        String old = String.join("\n\n", P1, line, P3, P4);
        Anchor a = anchorOn(old, line, 0);
        String now = String.join("\n\n", P3, P4, "A new paragraph was added here.", line);
        Placement p = anchorer.place(a, now, old.length());
        // both neighbours changed and the place is far from the old one, but the line is there once
        assertEquals(line, at(now, p.anchor()), p.toString());
    }

    @Test
    void aShortHeadingFollowsItsMovedSectionButAShortMenuItemDoesNot() {
        String old = String.join("\n\n", P1, "Reactions", P2, P3, P4);
        Anchor heading = anchorOn(old, "Reactions", 0);
        // the heading's paragraph moved: both neighbours changed, it is far away, and its words also occur
        // inside a sentence; as a paragraph of its own beside running text it is there once
        String now = String.join("\n\n", P3, P4, "Reactions", "Reactions were mixed, a spokesman said.", P1);
        Placement p = anchorer.place(heading, now, old.length());
        assertEquals(new TextRange(now.indexOf("Reactions"), now.indexOf("Reactions") + 9), p.anchor().range(), p.toString());
        // the same short line among other short lines (a menu) recurs: the item left may be another one
        String menu = String.join("\n\n", P1, "Home", "Reactions", "Archive", P4);
        Anchor item = anchorOn(menu, "Reactions", 0);
        String changed = String.join("\n\n", P4, "Archive", "Home", "Reactions", P1);
        assertTrue(anchorer.place(item, changed, menu.length()).anchor().isOrphan());
    }

    @Test
    void theTextStartCountsAsAParagraphEdge() {
        String line = "Raspberry Pi - Various Usage";
        String old = String.join("\n\n", P1, line, P3);
        Anchor a = anchorOn(old, "Pi - Various", 0);
        // the line moved to the top: its own part of the prefix now follows the text start, not a break
        String now = String.join("\n\n", line, P1, P3);
        Placement p = anchorer.place(a, now, old.length());
        assertEquals(new TextRange(10, 22), p.anchor().range(), p.toString());
    }

    @Test
    void anEmptyContextNextToAFullOneMeansTheTextEnded() {
        String last = "Excepteur sint occaecat cupidatat non proident.";
        String old = String.join("\n\n", P1, P3, last);
        Anchor a = anchorOn(old, last, 0);
        assertEquals("", a.quote().suffix());
        // the copy with the recorded prefix now goes on; the other one ends the text, as recorded
        String now = String.join("\n\n", SHIFTED_P1, P3, last + " More words.", P4, last);
        Placement p = anchorer.place(a, now, old.length());
        assertEquals(now.lastIndexOf(last), p.anchor().range().start(), p.toString());
    }

    @Test
    void aShortQuoteRepeatedWithinItsOwnContextIsNotGuessed() {
        String list = String.join("\n\n", Collections.nCopies(7, "link"));
        String old = String.join("\n\n", P1, "Links", list, "Images", P3);
        Anchor a = anchorOn(old, "link", 2);
        // the fourth line deleted, a typo in the first: every context shifts by one line and the one
        // that reads best is the wrong line (the previous anchorer took it)
        String now = String.join("\n\n", P1, "Links", String.join("\n\n", "lenk", "link", "link", "link", "link", "link"),
                "Images", P3);
        assertTrue(anchorer.place(a, now, old.length()).anchor().isOrphan());
    }

    @Test
    void aChangedCopyDoesNotWinOnContextOverTheQuoteFoundVerbatimElsewhere() {
        String p2 = "Critics said the deal ignores the question of wartime labour compensation. They spoke in Seoul.";
        String old = String.join("\n\n", P1, p2, P3);
        Anchor a = anchorOn(old, "the deal ignores the question of wartime labour compensation", 0);
        // a typo appeared at the old place; the paragraph also appears verbatim at the end, with its own
        // beginning but another ending (as long): quote and context point to different places
        String now = String.join("\n\n", P1, p2.replace("labour", "labuor"), P3, P4,
                p2.replace("They spoke in Seoul.", "They spoke in Busan."));
        assertTrue(anchorer.place(a, now, old.length()).anchor().isOrphan());
    }

    /** Two paragraphs that end alike: the last two sentences of each are the same. */
    private static final String SHARED_END = " The harbour will reopen in spring. Nobody expects the talks to fail.";
    private static final String ENDS_ALIKE_1 = "Officials in Busan described the first round as constructive." + SHARED_END;
    private static final String ENDS_ALIKE_2 = "Diplomats in Osaka called the second round a step forward." + SHARED_END;

    @Test
    void theFirstParagraphMovedDownStillStartsAParagraph() {
        String first = "We messed up. As technologists, tasked with delivering content, we lost sight of the reader.";
        String old = String.join("\n\n", first, P1, P3, P4);
        Anchor a = anchorOn(old, "We messed up.", 0);
        assertEquals("", a.quote().prefix());
        // the paragraph moved below two others: "at the text start" now reads "at a paragraph start"
        String now = String.join("\n\n", P3, P4, first, P1);
        Placement p = anchorer.place(a, now, old.length());
        assertEquals("We messed up.", at(now, p.anchor()), p.toString());
    }

    @Test
    void theTextEndDoesNotTellAPassageFromACopyThatNowEndsTheText() {
        String old = String.join("\n\n", P1, ENDS_ALIKE_1, ENDS_ALIKE_2);
        Anchor a = anchorOn(old, "Nobody expects the talks to fail.", 1);
        assertEquals("", a.quote().suffix());
        // the last paragraph moved to the top: the other one, ending with the same words, now ends the text
        String now = String.join("\n\n", ENDS_ALIKE_2, P1, ENDS_ALIKE_1);
        assertTrue(anchorer.place(a, now, old.length()).anchor().isOrphan());
        assertTrue(anchorer.placeAll(List.of(a), now, old.length()).get(0).anchor().isOrphan());
    }

    @Test
    void aVerbatimCopyAtTheTextEndDoesNotOutweighTheMovedPassageWithATypo() {
        String old = String.join("\n\n", P1, ENDS_ALIKE_1, ENDS_ALIKE_2);
        Anchor a = anchorOn(old, "Nobody expects the talks to fail.", 1);
        // as above, and a typo fixed in the moved passage: the only verbatim occurrence ends the text
        String now = String.join("\n\n", ENDS_ALIKE_2.replace("Nobody expects", "Nobody expetcs"), SHIFTED_P1, ENDS_ALIKE_1);
        assertTrue(anchorer.placeAll(List.of(a), now, old.length()).get(0).anchor().isOrphan());
    }

    @Test
    void theRecordedRangeAtTheTextStartIsNotCertainWhenItsParagraphRecurs() {
        String lead = "Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod tempor.";
        String old = String.join("\n\n", lead, "Secondary header", lead, P3);
        Anchor a = anchorOn(old, "Lorem ipsum dolor sit amet", 0);
        // the header deleted and the first copy moved down: which copy is at the top cannot be told
        String now = String.join("\n\n", lead, P3, lead);
        assertTrue(anchorer.placeAll(List.of(a), now, old.length()).get(0).anchor().isOrphan());
    }

    @Test
    void aSentenceRepeatedInASiblingParagraphIsNotTakenForCertainOverTheChangedPassage() {
        String caption = "(Oleg Urusov/ Roscosmos Space Agency Press Service photo via AP)";
        String docked = "The capsule docked on time. " + caption;
        String launched = "The rocket lifted off at dawn. " + caption;
        String old = String.join("\n\n", P1, docked, P3, launched, P4);
        Anchor a = anchorOn(old, "Service photo via AP", 1);
        // a typo fixed inside the passage: the only verbatim occurrence is the other caption, which agrees
        // with the recorded context as far as its paragraph's edges, but not beyond them
        String now = String.join("\n\n", SHIFTED_P1, docked, P3, launched.replace("photo via", "pheto via"), P4);
        Placement p = anchorer.placeAll(List.of(a), now, old.length()).get(0);
        assertTrue(p.anchor().isOrphan() || p.anchor().range().start() > now.indexOf(launched.substring(0, 20)),
                p.toString());
    }

    @Test
    void aVerbatimCopyOutsideTheWindowIsNotCertainOverThePassageWithATypoInItsContext() {
        String council = "By the end of the week the city council said that the harbour expansion will be finished"
                + " by spring, weeks ahead of the schedule agreed last year.";
        String old = String.join("\n\n", P1, council, P3, P4);
        Anchor quote = anchorOn(old, "the harbour expansion will be finished", 0);
        List<Anchor> anchors = withLandmarks(old, quote);
        // a typo inside the passage, whose context stays whole; the only verbatim occurrence is a copy far
        // from the passage's place, its context agreeing on one side and changed by a word on the other
        String now = String.join("\n\n", SHIFTED_P1, council.replace("expansion", "expnasion"), P3, P4,
                council.replace("by spring", "by summer"));
        Placement p = anchorer.placeAll(anchors, now, old.length()).get(1);
        assertTrue(p.anchor().isOrphan() || p.anchor().range().start() < now.indexOf(P3), p.toString());
    }

    @Test
    void contextCannotPreferAChangedCopyInARunOfRepeatedLinesOverTheVerbatimOne() {
        String caption = "Caption of the figure: the harbour at dawn";
        String old = String.join("\n\n", P1, caption, caption, caption, P3, P4);
        Anchor a = anchorOn(old, caption, 2);
        // the passage's line moved to the top; the lines left in the run got a typo: a changed copy there
        // has the recorded context, because in a run every line's context reads like its neighbour's
        String typo = "Caption of he figure: the harbour at dawn";
        String now = String.join("\n\n", caption, P1, typo, typo, P3, P4);
        assertTrue(anchorer.placeAll(List.of(a), now, old.length()).get(0).anchor().isOrphan());
    }

    @Test
    void aQuoteWithinOneLineIsNotMatchedApproximatelyAcrossAParagraphBreak() {
        String old = String.join("\n\n", P1, "File-by-File Patch Size (% vs original)", "Farm Heroes Super Saga", P3);
        Anchor a = anchorOn(old, "Patch Size (% vs original", 0);
        // the passage's paragraph deleted; one paragraph now ends with the quote's first words and the next
        // starts with the rest but for a typo: normalised, the break reads as a space
        String now = String.join("\n\n", P1, "Previous (BSDiff) Patch Size", "(% vvs original)", "Farm Heroes Super Saga", P3);
        assertTrue(anchorer.placeAll(List.of(a), now, old.length()).get(0).anchor().isOrphan());
    }

    @Test
    void aShortVerbatimPhraseInTheWindowIsHeldByOneSideOfItsContextIntactButForTypos() {
        String sentence = "Such stories are intriguing, yet many readers lack empathy for people who experienced trauma.";
        String next = "The survey asked nine hundred adults about the books they had read.";
        String other = "Most people who answered read fewer than ten books a year.";
        String old = String.join("\n\n", P1, sentence, next, P3, other, P4);
        Anchor a = anchorOn(old, "people who", 0);
        // a typo before the phrase, its sentence re-wrapped after it, and the paragraph after it replaced:
        // the prefix is intact but for the typo, the suffix changed; the other occurrence shares nothing
        String now = String.join("\n\n", P1,
                sentence.replace("readers", "raeders").replace("experienced trauma", "experienced\ntrauma"),
                "Publishers did not respond to requests for comment.", P3, other, P4);
        Placement p = anchorer.placeAll(List.of(a), now, old.length()).get(0);
        assertFalse(p.anchor().isOrphan(), p.toString());
        assertEquals(now.indexOf("people who"), p.anchor().range().start(), p.toString());
    }

    @Test
    void aLineRepeatingTheLastPassageIsNoRivalWhenTheWholeContextAwayFromTheEdgeTellsThemApart() {
        String more = "Continue reading the main story";
        String old = String.join("\n\n", P1, P3, more, P4, more);
        Anchor a = anchorOn(old, "reading the main story", 1);
        // the passage ends the text and its paragraph stays last; the other line reads the same up to its
        // paragraph's edges, but the whole prefix (the end of P4) is only around the passage
        String now = String.join("\n\n", SHIFTED_P1, P3, more, P4, more);
        Placement p = anchorer.placeAll(List.of(a), now, old.length()).get(0);
        assertFalse(p.anchor().isOrphan(), p.toString());
        assertEquals(now.lastIndexOf("reading the main story"), p.anchor().range().start(), p.toString());
    }

    @Test
    void aShortPhraseNearbyInALineOfItsOwnIsNoListNeighbourWhenTheWholeContextTellsThemApart() {
        String old = String.join("\n\n", P1, "Harbour plan news", "More on the Harbour plan news \u203a", P3);
        Anchor a = anchorOn(old, "Harbour", 1);
        // the heading above repeats the phrase and reads like it within its line, but the whole recorded
        // context agrees on both sides with the passage only: no shift by one list item confuses the two
        String now = String.join("\n\n", SHIFTED_P1, "Harbour plan news", "More on the Harbour plan news \u203a", P3);
        Placement p = anchorer.placeAll(List.of(a), now, old.length()).get(0);
        assertFalse(p.anchor().isOrphan(), p.toString());
        assertEquals(now.indexOf("Harbour", now.indexOf("More on")), p.anchor().range().start(), p.toString());
    }

    @Test
    void aShortChinesePhraseWithItsLineIntactOnOneSideIsPlacedInTheWindow() {
        String line = "法学专业热议法定婚龄 很多人关心供给侧改革";
        String old = String.join("\n\n", P1, "关注点多与所学专业相关", line, "在谈及对两会的哪些话题比较感兴趣时", P3);
        Anchor a = anchorOn(old, "很多人关心供给侧改革", 0);
        // the paragraphs either side replaced: only the start of the phrase's own line is left of its context;
        // ten ideographs say as much as twenty Latin letters
        String now = String.join("\n\n", SHIFTED_P1, "总部的近影。", line, "不少学子时刻关注着国内动态", P3);
        Placement p = anchorer.placeAll(List.of(a), now, old.length()).get(0);
        assertFalse(p.anchor().isOrphan(), p.toString());
        assertEquals(now.indexOf("很多人关心供给侧改革"), p.anchor().range().start(), p.toString());
    }

    @Test
    void aVerbatimCopyAwayFromWhereALandmarkInThePassagesParagraphPutsItIsNotTakenOverThePassageWithATypo() {
        String mayor = "The mayor spoke first at the harbour meeting on Tuesday evening.";
        String board = "The board approved the new pier plan after a long and heated debate.";
        String paragraph = mayor + " " + board;
        String old = String.join("\n\n", P1, paragraph, P3, paragraph);
        Anchor landmark = anchorOn(old, mayor, 0);
        Anchor a = anchorOn(old, board, 0);
        // the passage got a typo and a paragraph was inserted after it; further down, the copy of its paragraph
        // (whose first sentence got a typo) now comes before P3: the words verbatim with the whole recorded
        // context, while the landmark in the passage's own paragraph kept its place
        String now = String.join("\n\n", P1, paragraph.replace("heated", "haeted"), "Update.",
                paragraph.replace("spoke first", "spoke frist"), P3);
        Placement p = anchorer.placeAll(List.of(landmark, a), now, old.length()).get(1);
        int copy = now.lastIndexOf(board);
        assertTrue(p.anchor().isOrphan() || p.anchor().range().start() != copy, p.toString());
        // without the copy, the passage with its typo is found
        String alone = String.join("\n\n", P1, paragraph.replace("heated", "haeted"), "Update.", P3);
        Placement q = anchorer.placeAll(List.of(landmark, a), alone, old.length()).get(1);
        assertEquals(alone.indexOf(mayor) + mayor.length() + 1, q.anchor().range().start(), q.toString());
    }

    @Test
    void twoEqualLinesNextToEachOtherAreNotMergedAsADuplicateWhenTheLineWasAlreadyRepeated() {
        String old = String.join("\n\n", P1, "Links", "link", "link", "link", "link", "link", "link", "link", "link",
                "Images", P3);
        Anchor a = anchorOn(old, "\n\nlink\n\n", 2);
        a = Anchor.exact(old, new TextRange(a.range().start() + 2, a.range().start() + 6));
        // the first line got a typo and a line after the passage went: the two lines after the typo read like
        // a paragraph and its duplicate, but the passage had copies of itself next to it all along, and
        // taking the first of the two would pick the line before the passage
        String now = String.join("\n\n", P1, "Links", "liikn", "link", "link", "lenk", "link", "link", "link", "Imaes",
                P3);
        Placement p = anchorer.placeAll(List.of(a), now, old.length()).get(0);
        int second = now.indexOf("\n\nlink\n\n") + 2;
        assertTrue(p.anchor().isOrphan() || p.anchor().range().start() != second, p.toString());
    }

    @Test
    void aVerbatimCopyIsNotPreferredOnlyForLackingTheTypoThePassageGot() {
        String caption = "In this photo dated Tuesday, Nov. 29, 2016 the rocket booster with the cargo ship blasts off.";
        String old = String.join("\n\n", "1 / 5", caption, caption, P1, P3, P4);
        Anchor a = anchorOn(old, "photo dated Tuesday, Nov", 1);
        // the second caption got a typo in the quote and a paragraph moved in front of it, and the text lost two
        // paragraphs (the window is wide): the first caption, in the window, reads like the recorded selector as
        // well as the passage does, but for the typo
        String now = String.join("\n\n", "1 /  5", caption, P3, caption.replace("Tuesday,", "Tuesdaye"));
        Placement p = anchorer.placeAll(List.of(a), now, old.length()).get(0);
        assertTrue(p.anchor().isOrphan() || p.anchor().range().start() > now.indexOf(P3), p.toString());
    }

    @Test
    void aNarrowWindowIsSearchedWhenRepetitiveTextTakesAllTheApproximateRegions() {
        String quote = "zscore > 3 AS alert FROM with_zscore";
        String[] topics = {"harbour", "ministry", "summit", "budget", "tariff", "treaty", "border", "council", "ballot",
            "pension"};
        StringBuilder copies = new StringBuilder();
        for (String t : topics) {
            copies.append("\n\nThe ").append(t).append(" appendix quotes ").append(quote).append(" among its ").append(t)
                    .append(" examples.");
        }
        String own = "Our monitoring query flags " + quote + " before the nightly summary runs.";
        String old = String.join("\n\n", P1, own, P3) + copies + "\n\n" + P4;
        Anchor a = anchorOn(old, quote, 0);
        // the passage got a typo; ten verbatim copies elsewhere, in other contexts, hold more of its grams
        String now = old.replace(own, own.replace("with_zscore", "wiht_zscore"));
        Placement p = anchorer.placeAll(List.of(a), now, old.length()).get(0);
        assertFalse(p.anchor().isOrphan(), p.toString());
        assertEquals(now.indexOf("zscore > 3 AS alert FROM wiht_zscore"), p.anchor().range().start(), p.toString());
    }

    @Test
    void theCopyOfAParagraphTheLandmarksPlaceElsewhereIsOtherTextToo() {
        String first = "Regarding item 11111, under extreme conditions quarks may become free particles. The phase of"
                + " matter is then called quark-gluon plasma by most physicists.";
        String second = first.replace("11111", "22222");
        String old = String.join("\n\n", P1, first, second, P3, P4);
        List<Anchor> anchors = List.of(anchorOn(old, "resume regular summits", 0), anchorOn(old, "quark-gluon plasma", 0),
                anchorOn(old, "Regarding item 22222, under extreme conditions quarks may become free particles.", 0));
        // the first paragraph stays in place (its claims are landmarks) and gets a duplicate; the second
        // gets a typo and P4 moves in front of it: the duplicate reads like the passage but for the number,
        // with the whole recorded context, yet it is the first paragraph's text again
        String now = String.join("\n\n", P1, first, first, P4, second.replace("particles", "pareicles"), P3);
        Placement p = anchorer.placeAll(anchors, now, old.length()).get(2);
        assertFalse(p.anchor().isOrphan(), p.toString());
        assertEquals(now.indexOf("Regarding item 22222"), p.anchor().range().start(), p.toString());
    }

    @Test
    void aLoneLineBreakInsideTheRecordedLineIsARewrapNotTheLinesEnd() {
        String line = "The council met on Tuesday and left.";
        String old = String.join("\n\n", P1, line, P4, P3);
        Anchor a = anchorOn(old, "Tuesday", 0);
        // the paragraphs either side were replaced, and the line was re-wrapped right after the quote: its own
        // line still agrees on both sides once the lone break is read as the space it replaced
        String now = String.join("\n\n", P2, line.replace("Tuesday and", "Tuesday\nand"), P3);
        Placement p = anchorer.placeAll(List.of(a), now, old.length()).get(0);
        assertFalse(p.anchor().isOrphan(), p.toString());
        assertEquals(now.indexOf("Tuesday"), p.anchor().range().start(), p.toString());
    }

    @Test
    void theWholeSelectorDoesNotNameAPlaceWhoseParagraphIsRepeatedNextToIt() {
        String closing = "Excepteur sint occaecat, sunt in culpa qui officia deserunt mollit anim id est laborum.";
        String own = "Lorem ipsum dolor sit amet, consectetur adipisicing elit. " + closing;
        String tempor = "Tempor incididunt ut labore et dolore magna aliqua. " + closing;
        String old = String.join("\n\n", P1, own, tempor, P3);
        Anchor a = anchorOn(old, "officia deserunt mollit anim", 0);
        // the passage's paragraph moved to the end; the other paragraph ending in the same sentence was
        // duplicated, so its first copy is now followed by "Tempor", as the passage was: the whole selector,
        // made of the duplicate's start
        String now = String.join("\n\n", P3, tempor, tempor, P1, own);
        Placement p = anchorer.placeAll(List.of(a), now, old.length()).get(0);
        assertTrue(p.anchor().isOrphan() || p.anchor().range().start() > now.indexOf(own), p.toString());
    }

    @Test
    void aSiblingSentenceWithTheContextDoesNotOutweighThePassageWithATypoWhereTheLandmarkPutsIt() {
        String[] items = new String[3];
        for (int k = 0; k < 3; k++) {
            String n = String.valueOf(k + 1).repeat(5);
            items[k] = "Regarding item " + n + ", under extreme conditions quarks may become free particles. In the"
                    + " course of asymptotic freedom, " + (k == 2 ? "level 33333 weakens as the theory predicted it would."
                        : "the force weakens as the physicists had predicted.");
        }
        String old = String.join("\n\n", P1, items[0], items[1], items[2], P4);
        List<Anchor> anchors = List.of(anchorOn(old, "resume regular summits", 0), anchorOn(old, "level 33333 weakens", 0),
                anchorOn(old, "Regarding item 33333, under extreme conditions quarks may become free particles.", 0));
        // the third paragraph, with a typo in the quote, moved up after P1 and a paragraph was inserted at the
        // top: the second paragraph's first sentence differs from the quote in its number only and still follows
        // a paragraph ending like the passage's neighbour did, while the landmark in the passage's own paragraph
        // puts it on the changed sentence
        String moved = items[2].replace("extreme conditions", "extreme condtiions");
        String now = String.join("\n\n", "Update.", P1, moved, items[0], items[1], P4);
        Placement p = anchorer.placeAll(anchors, now, old.length()).get(2);
        assertTrue(p.anchor().isOrphan() || p.anchor().range().start() == now.indexOf(moved), p.toString());
    }

    @Test
    void aVerbatimPlaceWhereTheLandmarkInItsParagraphPutsItIsNotDoubtedByANearCopy() {
        String quote = "the harbour board approved the pier plan";
        String own = "At the long meeting in the port city, after hours of debate, " + quote
                + " with seven votes to two and one abstention, the clerk said.";
        String nearCopy = "On Wednesday, in the port city, after hours of debate, " + quote.replace("approved", "approvde")
                + " with seven votes to two and one abstention, a member said.";
        String elsewhere = "Nobody expected that " + quote + " so quickly.";
        String old = String.join("\n\n", P1, own, P3, elsewhere);
        List<Anchor> anchors = List.of(anchorOn(old, "At the long meeting", 0), anchorOn(old, quote, 0));
        // the passage shifted by one character and a paragraph reading like it but for a typo follows it, with
        // the same 32 characters either side; the quote also recurs verbatim further down. The landmark in the
        // passage's paragraph puts it on the verbatim place, so the near copy does not make it doubtful
        String now = String.join("\n\n", SHIFTED_P1, own, nearCopy, P3, elsewhere);
        Placement p = anchorer.placeAll(anchors, now, old.length()).get(1);
        assertFalse(p.anchor().isOrphan(), p.toString());
        assertEquals(now.indexOf(quote), p.anchor().range().start(), p.toString());
    }

    @Test
    void aLookAlikeThatReadsOtherNumbersIsNotTakenWhileAnotherPlaceReadsTheQuotesNumbers() {
        String item = "Regarding item# %s, under sufficiently extreme conditions, quarks may become deconfined.";
        String old = String.join("\n\n", P1, item.formatted("22222"), P3, P4, item.formatted("11111"));
        Anchor quote = anchorOn(old, item.formatted("22222"), 0);
        List<Anchor> anchors = withLandmarks(old, quote);
        // the two items swapped places, and the passage got a typo: the sibling now sits where it was, with its
        // context, and the landmarks either side map it back to the passage's old offset
        String moved = item.formatted("22222").replace("extreme conditions", "extrem econditions");
        String now = String.join("\n\n", P1, item.formatted("11111"), P3, P4, moved);
        Placement p = anchorer.placeAll(anchors, now, old.length()).get(1);
        assertTrue(p.anchor().isOrphan() || p.anchor().range().start() == now.indexOf(moved), p.toString());
    }

    @Test
    void aShortPhraseIsNotTakenOnTheFullStopThatEndsAnotherParagraph() {
        String said = "A source close to the negotiations told Reuters.";
        String other = "Others, speaking to people inside the compound, told Reuters.";
        String old = String.join("\n\n", P1, said, other, P3, P4);
        Anchor quote = anchorOn(old, "told Reuters", 0);
        List<Anchor> anchors = withLandmarks(old, quote);
        // the passage's paragraph is deleted: the other one agrees with the recorded context only on the "."
        String now = String.join("\n\n", P1, other, P3, P4);
        Placement p = anchorer.placeAll(anchors, now, old.length()).get(1);
        assertTrue(p.anchor().isOrphan(), p.toString());
    }

    @Test
    void aVerbatimCopyDoesNotHideThePassageWithATypoRightBesideIt() {
        String more = "Continue reading the main story";
        String old = String.join("\n\n", P1, "Tax issues always loom large.", more, more, P3, P4);
        Anchor a = anchorOn(old, more, 0);
        // the passage got a typo; the copy after it is verbatim but has the passage's typo in its prefix
        String now = String.join("\n\n", P1, "Tax issues always loom large.", more.replace("story", "sotry"), more,
                "In the second step, at the close of the year, the council voted.", P3, P4);
        assertOrphanOrAt(a, old, now, "Continue reading the main sotry");
    }

    @Test
    void aUniqueVerbatimCopyAwayFromThePassageIsNotCertainOverThePassageWithATypoWhereItShouldBe() {
        String said = "Make them look real, in an exaggerated fashion, think Donald Trump rather than Barack Obama.";
        String quoted = "\"Villains in an exaggerated fashion, think Donald Trump rather than Barack Obama.\" Dempsey talked"
                + " to reporters after the screening in the old cinema downtown.";
        String old = String.join("\n\n", P1, said, "Dempsey talked with the writers for a week.", P2, P3, quoted, P4);
        Anchor a = anchorOn(old, "Donald Trump rather than", 0);
        // the passage got a typo and the paragraph after it was deleted; the quoted copy keeps more of the suffix
        String now = String.join("\n\n", P1, said.replace("rather", "rrather"), P2, P3, quoted, P4);
        assertOrphanOrAt(a, old, now, "Donald Trump rrather");
    }

    /**
     * {@code quote} among three claims on the fixture's other paragraphs, which are placed with certainty and so
     * give it landmarks on both sides.
     */
    private static List<Anchor> withLandmarks(String old, Anchor quote) {
        return List.of(anchorOn(old, "resume regular summits", 0), quote, anchorOn(old, "declined to give a date", 0),
                anchorOn(old, "grow by a fifth", 0));
    }

    /** The passage changed: orphaning it is fine, placing it anywhere but on its changed text is not. */
    private void assertOrphanOrAt(Anchor a, String old, String now, String changed) {
        Placement p = anchorer.placeAll(List.of(a), now, old.length()).get(0);
        assertTrue(p.anchor().isOrphan() || p.anchor().range().start() == now.indexOf(changed), p.toString());
    }

    @Test
    void aShortPhraseWhoseParagraphWasDeletedIsNotPlacedOnASiblingSentenceSharingSomeOfOneSide() {
        String first = "On County Road 600S, a Bartholomew County Sheriff's Department canine was requested at once.";
        String sibling = "A Bartholomew County Sheriff's Department canine later alerted on the car.";
        String old = String.join("\n\n", P1, first, sibling, P3, P4);
        Anchor a = anchorOn(old, "County Sheriff's", 0);
        String now = String.join("\n\n", P1, sibling, P3, P4);
        assertTrue(anchorer.placeAll(List.of(a), now, old.length()).get(0).anchor().isOrphan());
    }

    @Test
    void aPhraseStartingADeletedLineIsNotHeldByThePreviousLineAtTheNextLineWithTheSameStart() {
        String ana = "Ana: We all owe a great deal to this work and to this dedication.";
        String old = String.join("\n\n", P1, ana, "Prof. Carlos: And now we are here to talk about the harbour.",
                "Prof. Carlos: That is all for today, Tadeu. Many thanks.", P3, P4);
        Anchor a = anchorOn(old, "Prof.", 0);
        String now = String.join("\n\n", P1, ana, "Prof. Carlos: That is all for today, Tadeu. Many thanks.", P3, P4);
        assertTrue(anchorer.placeAll(List.of(a), now, old.length()).get(0).anchor().isOrphan());
    }

    @Test
    void aShortWholeLineIsHeldByTheLinesOnOneSideThoughALineWasInsertedThere() {
        String old = String.join("\n\n", P1, "Farm Heroes Super Saga", "71.1 MB", "13.4 MB (-81%)", "8.0 MB (-89%)",
                "Google Maps", "32.7 MB", P3);
        Anchor a = anchorOn(old, "13.4 MB (-81%)", 0);
        // a line inserted on either side: the lines after it are still there, one line further down
        String now = String.join("\n\n", P1, "Farm Heroes Super Saga", "71.1 MB", "0.1%", "13.4 MB (-81%)", "52.4 MB",
                "8.0 MB (-89%)", "Google Maps", "32.7 MB", P3);
        Placement p = anchorer.placeAll(List.of(a), now, old.length()).get(0);
        assertEquals(now.indexOf("13.4 MB"), p.anchor().isOrphan() ? -1 : p.anchor().range().start(), p.toString());
    }

    @Test
    void aTypoInTheShortPartOfTheLineBeforeAPhraseStillLeavesThatSideIntact() {
        String old = String.join("\n\n", P1, "The championship is made up of 36 races.", "www.autoracing.com.br");
        Anchor a = anchorOn(old, "autoracing.com.br", 0);
        String now = String.join("\n\n", P1, "It was won in the last 10 races.", "www..autoracing.com.br", P3);
        Placement p = anchorer.placeAll(List.of(a), now, old.length()).get(0);
        assertEquals(now.indexOf("autoracing"), p.anchor().isOrphan() ? -1 : p.anchor().range().start(), p.toString());
    }

    @Test
    void aPhraseRecordedNearItsParagraphsEdgeIsNotFoundFarFromAnEdge() {
        String heading = "It is easiest to judge the Vision Pro on what will not change";
        String next = "Apple's goal for the headset is clear enough, whatever the first reviews say.";
        String old = String.join("\n\n", P1, heading, next, P3);
        Anchor a = anchorOn(old, "Vision Pro on what", 0);
        // the heading is gone; a sentence ending in the same words now stands before the same paragraph
        String now = String.join("\n\n", P1, "Reviewers agree, which makes it easiest to judge the Vision Pro on what"
                + " will not change.", next, P3);
        assertTrue(anchorer.placeAll(List.of(a), now, old.length()).get(0).anchor().isOrphan());
    }

    @Test
    void aDeletedReferenceIsNotPlacedOnTheNextOneWhoseDatesDifferByMoreThanATypo() {
        String first = "Smith, Jane (2019-02-13). Retrieved 2022-03-23.";
        String second = "Smith, Jane (2013-02-07). Retrieved 2022-03-23.";
        String old = String.join("\n\n", P1, first, second, P3);
        Anchor a = anchorOn(old, "2019-02-13). Retrieved 2022-03-23", 0);
        String now = String.join("\n\n", P1, second, P3);
        assertTrue(anchorer.placeAll(List.of(a), now, old.length()).get(0).anchor().isOrphan());
    }

    @Test
    void aShortPhraseAwayFromWhereItShouldBeNeedsOneSideIntactButForATypoOrTwo() {
        String first = "Late on Monday a patrol of the Bartholomew County Sheriff's Department canine unit was requested at the site.";
        String sibling = "Early on Friday a unit from the Bartholomew County Sheriff's Department canine team got requested at the site.";
        String old = String.join("\n\n", P1, first, P2, P3, P4, REPEATED, sibling);
        Anchor a = anchorOn(old, "County Sheriff's", 0);
        // the passage's paragraph is deleted; far from it, a sibling sentence agrees on both sides, each with
        // several words changed
        String now = String.join("\n\n", P1, P2, P3, P4, REPEATED, sibling);
        assertTrue(anchorer.placeAll(List.of(a), now, old.length()).get(0).anchor().isOrphan());
    }

    @Test
    void aShortPhraseWhoseParagraphWasDeletedIsNotPlacedOnAPullQuoteStartingItsOwnParagraph() {
        String said = "He said he had warned them about the political climate. My fears have been realized.";
        String next = "He begged lawmakers not to let the matter rest, and left without taking questions.";
        String old = String.join("\n\n", P1, "\"My fears have been realized\"", P2, said, next, P3);
        Anchor a = anchorOn(old, "been realized", 1);
        // the passage's paragraph is deleted; the pull quote, moved, now stands before the same paragraph,
        // its own paragraph starting a few words before the phrase where the passage's went on
        String now = String.join("\n\n", P1, P2, "\"My fears have been realized.\"", next, P3);
        assertTrue(anchorer.placeAll(List.of(a), now, old.length()).get(0).anchor().isOrphan());
    }

    @Test
    void ofAReferenceCitedTwiceInARowThePassageIsTheCopyWhoseWholeContextAgrees() {
        // a reference list: each entry starts with the same mark, so the words before the quote inside
        // both copies' paragraphs agree with the recorded ones
        String ref = "^ Bogue, Mike (September 26, 2017). Apocalypse Then: American and Japanese Atomic Cinema."
                + " McFarland & Company. p. 80. ISBN 978-1476668413.";
        String old = String.join("\n\n", P1, P2, ref, ref, P3, P4);
        Anchor a = anchorOn(old, "Bogue, Mike (September 26", 1);
        // the paragraph before the pair is deleted: the second copy still has the first before it and P3 after
        String now = String.join("\n\n", P1, ref, ref, P3, P4);
        Placement p = anchorer.placeAll(List.of(a), now, old.length()).get(0);
        assertEquals(now.lastIndexOf("Bogue"), p.anchor().isOrphan() ? -1 : p.anchor().range().start(), p.toString());
    }

    @Test
    void aNoBreakSpaceInTheIndentationBeforeALineStillLeavesItAtTheLinesStart() {
        String listing = "A map in which contained documents\n    appear as entries <item_name> to a document description,"
                + "\nand\n    contained non-empty folders appear as entries <item_name> to a folder description.";
        String old = String.join("\n\n", P1, listing, P3);
        Anchor a = anchorOn(old, "appear as entries", 0);
        // a paragraph inserted above, and one space of the indentation became a no-break space
        String now = String.join("\n\n", P2, P1, listing.replace("\n    appear", "\n   \u00A0appear"), P3);
        Placement p = anchorer.placeAll(List.of(a), now, old.length()).get(0);
        assertEquals(now.indexOf("appear as entries"), p.anchor().isOrphan() ? -1 : p.anchor().range().start(), p.toString());
    }

    @Test
    void aDuplicatedParagraphThatMovedIsOnePassageThoughTheFirstCopysEndResemblesTheRecordedPrefix() {
        String before = "Participants had to say where the grey dots had moved.";
        String moving = "Shortly after the dots had stopped moving, the participants used a stylus to show which way"
                + " the dots had moved.";
        String after = "To determine when the decision was made, the team recorded brain activity throughout.";
        String old = String.join("\n\n", P1, before, moving, after, P3, P4);
        Anchor a = anchorOn(old, moving, 0);
        // the paragraph was duplicated and the pair moved between other paragraphs: the second copy has the
        // first one's end before it, which reads much like the recorded prefix without agreeing with it
        String now = String.join("\n\n", P1, before, after, P3, moving, moving, P4);
        Placement p = anchorer.placeAll(List.of(a), now, old.length()).get(0);
        int got = p.anchor().isOrphan() ? -1 : p.anchor().range().start();
        assertTrue(got == now.indexOf(moving) || got == now.lastIndexOf(moving), p.toString());
    }

    @Test
    void aThirdCopyOfARepeatedParagraphIsNotMergedIntoThePairBeforeIt() {
        String lorem = "Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod incididunt ut labore et"
                + " dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.";
        String old = String.join("\n\n", "The final text here is different", lorem, P3, P4);
        Anchor a = anchorOn(old, "Lorem ipsum dolor sit amet, consectetur adipisicing elit", 0);
        // the heading is gone, the passage's paragraph got a typo after the quote, and an exact copy of
        // the paragraph now stands twice before it: the copies are a pair, the passage's paragraph is not
        String changed = lorem.replace("ullamco", "ulamco");
        String now = String.join("\n\n", lorem, lorem, changed, P3, P4);
        assertOrphanOrAt(a, old, now, changed);
    }
}
