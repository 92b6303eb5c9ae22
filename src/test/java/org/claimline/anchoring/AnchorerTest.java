package org.claimline.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimline.model.Anchor;
import org.claimline.model.AnchorStatus;
import org.claimline.model.Claim;
import org.claimline.model.CodePointIndex;
import org.claimline.model.TextQuote;
import org.claimline.model.TextRange;
import org.junit.jupiter.api.Test;

class AnchorerTest {
    static final String P1 = "Seoul and Tokyo agreed on Monday to resume regular summits after a pause of twelve years.";
    static final String P2 = "Critics in both capitals said the deal ignores the question of wartime labour compensation.";
    static final String P3 = "The foreign ministry said talks would continue, and the foreign ministry declined to give a date.";
    static final String P4 = "Analysts expect trade between the two neighbours to grow by a fifth over the next three years.";
    private static final String OLD = String.join("\n\n", P1, P2, P3, P4);

    private final Anchorer anchorer = new Anchorer();

    static Anchor anchorOn(String text, String quote, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = text.indexOf(quote, at + 1);
        }
        return Anchor.exact(text, new TextRange(at, at + quote.length()));
    }

    static String at(String text, Anchor a) {
        return text.substring(a.range().start(), a.range().end());
    }

    @Test
    void stepOneKeepsAnUnchangedPassageAnchored() {
        Anchor old = anchorOn(OLD, "wartime labour compensation", 0);
        Anchor got = anchorer.locate(old, OLD);
        assertEquals(AnchorStatus.ANCHORED, got.status());
        assertEquals(old.range(), got.range());
        assertEquals(1.0, got.score());
    }

    @Test
    void stepTwoFollowsAPassageShiftedByAnInsertedParagraph() {
        Anchor old = anchorOn(OLD, "wartime labour compensation", 0);
        String now = "A new opening paragraph was added by the editors.\n\n" + OLD;
        Anchor got = anchorer.locate(old, now);
        assertEquals(AnchorStatus.MOVED, got.status());
        assertEquals("wartime labour compensation", at(now, got));
        assertEquals(old.range().shift(51), got.range());
    }

    @Test
    void stepTwoTellsRepeatedPhrasesApartByTheirContext() {
        Anchor second = anchorOn(OLD, "foreign ministry", 1);
        String now = OLD.replace(P1, "Seoul and Tokyo agreed to resume summits.");
        Anchor got = anchorer.locate(second, now);
        assertEquals(AnchorStatus.MOVED, got.status());
        assertEquals(now.indexOf("foreign ministry declined"), got.range().start());
    }

    @Test
    void identicalCandidatesWithNothingToChooseBetweenThemBecomeAnOrphan() {
        Anchor orphan = new Anchor(new TextQuote("We repeat this line.", "Intro. ", " End."), null, AnchorStatus.ORPHAN, 0);
        String now = "Intro. We repeat this line. End. Intro. We repeat this line. End.";
        Placement p = anchorer.place(orphan, now, -1);
        assertTrue(p.anchor().isOrphan(), "must not guess between identical passages: " + p);
        assertEquals(p.score(), 0.0);
        assertTrue(p.runnerUp() > Tuning.Score.FLOOR, "both candidates were good, just tied");
        assertEquals(orphan.quote(), p.anchor().quote());
        assertNull(p.anchor().range());
        // with one of them gone the same anchor is placed
        String one = "Intro. We repeat this line. End. Outro.";
        assertEquals(new TextRange(7, 27), anchorer.locate(orphan, one).range());
    }

    @Test
    void aDuplicatedParagraphDoesNotPullAClaimAwayFromItsPlaceByPosition() {
        Anchor old = anchorOn(OLD, "ignores the question", 0);
        String now = String.join("\n\n", P1, P2, P2, P3, P4);
        Placement p = anchorer.place(old, now, OLD.length());
        // the copy has the same 32 characters either side; only the position separates them
        assertTrue(p.anchor().isOrphan() || p.anchor().range().equals(old.range()), p.toString());
    }

    @Test
    void stepThreeFindsAPassageWhoseTypoWasFixed() {
        String typo = OLD.replace("wartime labour", "wartime labuor");
        Anchor old = anchorOn(typo, "the deal ignores the question of wartime labuor compensation", 0);
        String now = "Added line.\n\n" + OLD;
        Placement p = anchorer.place(old, now, typo.length());
        Anchor got = p.anchor();
        assertEquals(AnchorStatus.FUZZY, got.status());
        assertEquals("the deal ignores the question of wartime labour compensation", at(now, got));
        assertTrue(got.score() > Tuning.Score.FLOOR && got.score() < 1.0, "score " + got.score());
        assertEquals("the deal ignores the question of wartime labour compensation", got.quote().exact());
    }

    @Test
    void quoteStyleAndWhitespaceChangesAreFoundThroughNormalisation() {
        String curly = "He said \u201Cwe will not\u00A0 back down\u201D \u2014 and left.\n\n" + P2;
        String straight = "He said \"we will not back down\" - and left.\n\n" + P2;
        Anchor old = anchorOn(curly, "\u201Cwe will not\u00A0 back down\u201D", 0);
        Anchor got = anchorer.locate(old, "Preface.\n\n" + straight);
        assertEquals("\"we will not back down\"", at("Preface.\n\n" + straight, got));
        assertEquals(AnchorStatus.FUZZY, got.status());
    }

    @Test
    void aLookAlikePassageIsRejectedWhenTheOriginalIsGone() {
        String withLookAlike = OLD + "\n\nCritics in Brussels said the plan ignores the question of wartime labour pensions.";
        Anchor old = anchorOn(withLookAlike, "Critics in both capitals said the deal ignores the question of wartime labour compensation.", 0);
        String now = withLookAlike.replace(P2 + "\n\n", "");
        Placement p = anchorer.place(old, now, withLookAlike.length());
        assertTrue(p.anchor().isOrphan(), "attached to a look-alike: " + p);
        assertTrue(p.runnerUp() < Tuning.Score.FLOOR, "best rejected candidate scored " + p.runnerUp());
    }

    @Test
    void aShortPhraseWhosePassageWasDeletedIsNotMovedToAnotherOccurrence() {
        Anchor old = anchorOn(OLD, "two", 0); // in "the two neighbours" of P4
        String now = String.join("\n\n", P1, P2, P3, "Only two people came.");
        assertTrue(anchorer.locate(old, now).isOrphan());
    }

    @Test
    void aMovedParagraphTakesItsClaimsAlong() {
        List<Anchor> anchors = List.of(anchorOn(OLD, "resume regular summits", 0),
                anchorOn(OLD, "wartime labour compensation", 0),
                anchorOn(OLD, "grow by a fifth over the next three years", 0));
        String now = String.join("\n\n", P4, P1, P2, P3);
        List<Placement> got = anchorer.placeAll(anchors, now, OLD.length());
        for (int i = 0; i < anchors.size(); i++) {
            assertEquals(anchors.get(i).quote().exact(), at(now, got.get(i).anchor()));
            assertEquals(AnchorStatus.MOVED, got.get(i).anchor().status());
        }
    }

    @Test
    void aBlockThatMovedAsAWholeTakesItsRepeatedWordsAlong() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            sb.append(sb.length() == 0 ? "" : "\n\n").append("Round ").append(i)
                    .append(": Korea and Japan met again in the ").append(i % 2 == 0 ? "spring" : "autumn")
                    .append(" and Korea said little.");
        }
        String old = sb.append("\n\nNo statement followed.").toString();
        List<Anchor> anchors = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            anchors.add(anchorOn(old, "Korea", 2 * i + 1));
        }
        // a paragraph added on top, and the last one edited: the text's end moved by another distance
        String now = "An editor's note.\n\n" + old.replace("No statement", "No joint statement");
        List<Placement> got = anchorer.placeAll(anchors, now, old.length());
        for (int i = 0; i < 60; i++) {
            Anchor a = got.get(i).anchor();
            assertEquals(AnchorStatus.MOVED, a.status(), "claim " + i);
            assertEquals(anchors.get(i).range().shift(19), a.range(), "claim " + i);
        }
    }

    @Test
    void nonBmpQuotesKeepUtf16Offsets() {
        String text = "Intro \uD83D\uDE00 line.\n\nThe \uD840\uDC00 character is rare and the \uD83D\uDE00 emoji is not.";
        Anchor old = anchorOn(text, "\uD840\uDC00 character is rare", 0);
        String now = "\uD83D\uDE00\uD83D\uDE00 " + text;
        Anchor got = anchorer.locate(old, now);
        assertEquals("\uD840\uDC00 character is rare", at(now, got));
        assertEquals(old.range().shift(5), got.range());
        int[] cps = CodePointIndex.of(now).toCodePoints(got.range());
        assertEquals(got.range(), CodePointIndex.of(now).toUtf16Range(cps[0], cps[1]));
    }

    @Test
    void reanchorKeepsEveryClaimAndOrphansWhatIsGone() {
        Claim kept = new Claim("a", anchorOn(OLD, "resume regular summits", 0), "s", null, null, null, null, null, null, null, null);
        Claim lost = new Claim("b", anchorOn(OLD, "declined to give a date", 0), "t", null, null, null, null, null, null, null, null);
        String now = String.join("\n\n", P1, P2, P4);
        List<Claim> out = anchorer.reanchor(List.of(kept, lost), now);
        assertEquals(2, out.size());
        assertEquals(AnchorStatus.ANCHORED, out.get(0).anchor().status());
        assertTrue(out.get(1).anchor().isOrphan());
        assertEquals("declined to give a date", out.get(1).quote());
        assertEquals("t", out.get(1).summary());
    }

    @Test
    void claimsMovedOrMatchedApproximatelyKeepThatStatusWhenTheSameTextIsOpenedAgain() {
        Claim moved = new Claim("a", anchorOn(OLD, "resume regular summits", 0), "s", null, null, null, null, null, null, null, null);
        Claim fuzzy = new Claim("b", anchorOn(OLD, "the deal ignores the question of wartime labour", 0), "t", null, null, null,
                null, null, null, null, null);
        String now = String.join("\n\n", "An added opening line.", P1, P2.replace("wartime", "war-time"), P3, P4);
        List<Claim> once = anchorer.reanchor(List.of(moved, fuzzy), now, OLD.length());
        assertEquals(AnchorStatus.MOVED, once.get(0).anchor().status());
        assertEquals(AnchorStatus.FUZZY, once.get(1).anchor().status());
        // the reader re-anchors what it is given (a sidecar already re-anchored on load, say): same text, same claims
        List<Claim> twice = anchorer.reanchor(once, now, now.length());
        assertEquals(once, twice);
    }

    @Test
    void aPassageInsideADuplicatedParagraphGoesToTheFirstCopy() {
        Anchor old = anchorOn(OLD, "ignores the question", 0);
        String now = String.join("\n\n", "An added opening line.", P1, P2, P2, P3, P4);
        Placement p = anchorer.place(old, now, OLD.length());
        // both copies have the same text and 32 characters either side: one passage seen twice
        assertEquals(new TextRange(now.indexOf("ignores the question"), now.indexOf("ignores the question") + 20),
                p.anchor().range(), p.toString());
        assertEquals(AnchorStatus.MOVED, p.anchor().status());
    }

    @Test
    void aWholeParagraphDuplicatedTakesTheContextBeforeTheFirstCopyAndAfterTheSecond() {
        String caption = "Photo by Jane Doe for the Herald";
        String old = String.join("\n\n", P1, P2, caption, P3, P4);
        Anchor a = anchorOn(old, caption, 0);
        String now = String.join("\n\n", P1, P2, caption, caption, P3, P4);
        Placement p = anchorer.place(a, now, old.length());
        int first = now.indexOf(caption);
        assertEquals(new TextRange(first, first + caption.length()), p.anchor().range(), p.toString());
        // the same two paragraphs not adjacent are two places, and the context points two ways: orphan
        String apart = String.join("\n\n", P1, P2, caption, P4, caption, P3);
        assertTrue(anchorer.place(a, apart, old.length()).anchor().isOrphan());
    }

    @Test
    void aLineThatWasAlreadyRepeatedKeepsTheOneItsContextNames() {
        String old = String.join("\n\n", P1, "Facebook", "Facebook", P2, P3);
        int second = old.indexOf("Facebook", old.indexOf("Facebook") + 1);
        Anchor a = Anchor.exact(old, new TextRange(second, second + 8));
        String now = "An added opening line.\n\n" + old;
        Placement p = anchorer.place(a, now, old.length());
        assertEquals(new TextRange(second + 24, second + 32), p.anchor().range(), p.toString());
    }

    @Test
    void aPhraseTwiceInADuplicatedParagraphPairsEachOccurrenceWithItsCopy() {
        String twice = "On Monday the minister said the plan was fair; on Friday the minister said the plan was dead.";
        String old = String.join("\n\n", P1, twice, P2);
        Anchor second = anchorOn(old, "the minister said the plan was", 1);
        String now = String.join("\n\n", "An added opening line.", P1, twice, twice, P2);
        Placement p = anchorer.place(second, now, old.length());
        // the first copy's second occurrence lies between the second copy's two in the candidate list; the
        // passage is the second occurrence in either copy (the second copy has the recorded context after it)
        int first = now.indexOf("the minister said the plan was dead");
        int copy = now.lastIndexOf("the minister said the plan was dead");
        int got = p.anchor().isOrphan() ? -1 : p.anchor().range().start();
        assertTrue(got == first || got == copy, p.toString());
        assertEquals(30, p.anchor().range().length());
    }

    @Test
    void aHeadingWhoseNextParagraphChangedFollowsTheContextBeforeIt() {
        String heading = "Stella Kim";
        String bio = "Stella Kim said talks would go on.";
        String old = String.join("\n\n", P1, heading, P2, P3, bio);
        Anchor a = anchorOn(old, heading, 0);
        // the paragraph after the heading is gone; the other "Stella Kim" shares no context with it
        String now = String.join("\n\n", P1, heading, P3, P4, bio);
        Placement p = anchorer.place(a, now, old.length());
        assertEquals(new TextRange(P1.length() + 2, P1.length() + 12), p.anchor().range(), p.toString());
        // the heading moved along with the paragraph before it, out of the window
        String moved = String.join("\n\n", P3, P1, heading, P4, bio);
        assertEquals(new TextRange(moved.indexOf(heading), moved.indexOf(heading) + 10),
                anchorer.place(a, moved, old.length()).anchor().range());
        // the context before it changed inside its own line: no longer the same heading
        String renamed = String.join("\n\n", P1, "Reporter " + heading, P2, P3, bio);
        assertTrue(anchorer.place(a, renamed, old.length()).anchor().isOrphan());
    }

    @Test
    void aContextCutShortByTheEndOfTheTextDoesNotMatchTextThatGoesOn() {
        String quote = "declined to give a date";
        String old = String.join("\n\n", P1, P2, P3);
        Anchor a = anchorOn(old, quote, 0); // suffix "." and the end of the text
        // the copy at the top goes on within its paragraph (at a paragraph's end it could be the moved
        // passage: see AnchorerEvidenceTest.theTextEndDoesNotTellAPassageFromACopyThatNowEndsTheText)
        String now = String.join("\n\n", P3 + " A spokesman added nothing.", P1, P2, P3);
        Placement p = anchorer.place(a, now, old.length());
        int last = now.lastIndexOf(quote);
        assertEquals(new TextRange(last, last + quote.length()), p.anchor().range(), p.toString());
    }

    @Test
    void positionAloneDoesNotChooseBetweenTwoPlacesThatBothReadLikeThePassage() {
        String caption = "The capsule docked on time (Roscosmos Space Agency Press Service photo via AP) and the crew boarded.";
        String old = String.join("\n\n", P1, caption, P2, P3, P4);
        Anchor a = anchorOn(old, "photo via AP", 0);
        // the caption moved down; a look-alike with a typo before the quote took its old place
        String lookAlike = caption.replace("Space", "Spaee");
        String now = String.join("\n\n", "Update.", P1, lookAlike, P2, P3, caption, P4);
        Placement p = anchorer.place(a, now, old.length());
        assertTrue(p.anchor().isOrphan(), "position decided between two matching places: " + p);
        // without the look-alike the moved caption is found
        String moved = String.join("\n\n", P1, P2, P3, caption, P4);
        int at = moved.indexOf("photo via AP");
        assertEquals(new TextRange(at, at + 12), anchorer.place(a, moved, old.length()).anchor().range());
    }

    @Test
    void aLongQuoteWhoseSurroundingsChangedIsNotFollowedWhenTheTextHasANearCopyOfIt() {
        Anchor a = anchorOn(OLD, P2, 0);
        String moved = String.join("\n\n", P1, P3, P4, P2);
        int at = moved.indexOf(P2);
        assertEquals(new TextRange(at, at + P2.length()), anchorer.place(a, moved, OLD.length()).anchor().range());
        String nearCopy = P2.replace("labour", "labor");
        String withCopy = String.join("\n\n", P1, P3, P2, P4, nearCopy);
        at = withCopy.indexOf(P2);
        assertEquals(new TextRange(at, at + P2.length()), anchorer.place(a, withCopy.replace(nearCopy, P3), OLD.length()).anchor().range());
        assertTrue(anchorer.place(a, withCopy, OLD.length()).anchor().isOrphan());
    }

    @Test
    void aBoilerplateLineIsNotFollowedOnTheStrengthOfItsOwnLineAlone() {
        String signUp = "SIGN UP FOR OUR NEWSLETTER";
        String old = String.join("\n\n", P1, signUp, P2, P3, P4);
        Anchor a = anchorOn(old, "SIGN UP FOR OUR", 0);
        // its neighbours on both sides are gone; only " NEWSLETTER" after it still agrees
        String now = String.join("\n\n", "Update.", P2, P3, P4, signUp, "The end of the page.");
        assertTrue(anchorer.place(a, now, old.length()).anchor().isOrphan());
    }

    @Test
    void twoPlacesWithTheWholeSelectorAreAnOrphanWhateverThePosition() {
        // the quote's 32 characters either side lie inside its paragraph
        Anchor a = anchorOn(OLD, "ignores the question", 0);
        // the passage's paragraph now appears twice, apart: both places have the quote and both contexts
        String now = String.join("\n\n", "Update.", P1, P2, P3, P2, P4);
        Placement p = anchorer.place(a, now, OLD.length());
        assertTrue(p.anchor().isOrphan(), p.toString());
        assertTrue(p.runnerUp() > Tuning.Score.FLOOR, "both places were good, just tied: " + p);
    }

    @Test
    void theOnePlaceWithTheWholeSelectorIsTakenOverOneAgreeingOnlyUpToItsParagraphsEdge() {
        // the suffix reaches into the next paragraph: " compensation.\n\nThe foreign minis"
        Anchor a = anchorOn(OLD, "wartime labour", 0);
        // the paragraph appears twice; only the first copy still has P1 before it and P3 after it, so only there
        // does the whole recorded selector read verbatim: that text, in that place, is what the claim was on
        String now = String.join("\n\n", "Update.", P1, P2, P3, P2, P4);
        Placement p = anchorer.place(a, now, OLD.length());
        int first = now.indexOf("wartime labour");
        assertEquals(new TextRange(first, first + 14), p.anchor().range(), p.toString());
        // with a typo in the context the two copies read alike but for it: no place has the whole selector
        String typo = String.join("\n\n", "Update.", P1, P2, P3.replace("foreign", "foriegn"), P2, P4);
        assertTrue(anchorer.place(a, typo, OLD.length()).anchor().isOrphan());
    }

    @Test
    void aSelectorWithoutContextIsNotTakenForOneAtTheEdgeOfTheText() {
        Anchor bare = new Anchor(new TextQuote("wartime labour", "", ""), new TextRange(3, 17), AnchorStatus.ANCHORED, 1);
        int at = OLD.indexOf("wartime labour");
        assertEquals(new TextRange(at, at + 14), anchorer.locate(bare, OLD).range());
    }
}
