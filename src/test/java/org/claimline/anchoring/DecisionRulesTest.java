package org.claimline.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.claimline.anchoring.DecisionRule.Verdict;
import org.claimline.model.Anchor;
import org.claimline.model.AnchorStatus;
import org.claimline.model.TextQuote;
import org.claimline.model.TextRange;
import org.junit.jupiter.api.Test;

/**
 * Each decision rule on its own: a {@link Decision} built from a real text and hand-scored candidates, and the
 * rule's verdict (accept or veto with its name and reason, or pass).
 */
class DecisionRulesTest {
    private static final String RUNNING = "The committee met on Tuesday and agreed to publish the full report";
    private static final String TEXT = RUNNING + " next spring, after the elections.\n\n"
            + "Annual report on the state of the rivers\n\n"
            + "Critics said the report ignores the drought of the last three summers in the south.\n\n"
            + "In 2019 sales rose by a tenth. In 2020 sales rose by a tenth again.\n\n"
            + "Officials declined to comment on the findings before the vote.";

    private final TargetText text = new TargetText(TEXT, TEXT.length());
    private final ContextEvidence evidence = new ContextEvidence(text);

    /** An anchor recorded on the {@code occurrence}-th {@code quote} in {@link #TEXT}. */
    private static Anchor recorded(String quote, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = TEXT.indexOf(quote, at + 1);
        }
        assertTrue(at >= 0, quote);
        return Anchor.exact(TEXT, new TextRange(at, at + quote.length()));
    }

    /** The same anchor with a recorded context that reads like neither side of any place in {@link #TEXT}. */
    private static Anchor foreignContext(Anchor a) {
        return new Anchor(new TextQuote(a.quote().exact(), "zq vx wj kf zq vx wj kf zq vx wj k",
                " jk fw xv qz jk fw xv qz jk fw xv"), a.range(), AnchorStatus.ANCHORED, 1.0);
    }

    /** A candidate on the {@code occurrence}-th {@code words} in {@link #TEXT}, with the given scores. */
    private Candidate on(String words, int occurrence, double quote, double prefix, double suffix, double position,
            Origin origin) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = TEXT.indexOf(words, at + 1);
        }
        assertTrue(at >= 0, words);
        NormalizedText n = text.norm();
        return new Candidate(n.normalizedIndex(at), n.normalizedIndex(at + words.length()), quote, prefix, suffix,
                position, origin);
    }

    private Decision decision(Anchor a, Candidate... cands) {
        List<Candidate> all = new ArrayList<>(List.of(cands));
        return new Decision(a, all, new ArrayList<>(all), evidence, text);
    }

    private static void assertVeto(DecisionRule rule, Decision d, String reasonPart) {
        Verdict v = rule.judge(d);
        assertEquals(Verdict.Kind.VETO, v.kind(), rule.name() + ": " + v);
        assertEquals(rule.name(), v.rule());
        assertTrue(v.reason().contains(reasonPart), v.reason());
    }

    private static Verdict assertAccept(DecisionRule rule, Decision d, String reasonPart) {
        Verdict v = rule.judge(d);
        assertEquals(Verdict.Kind.ACCEPT, v.kind(), rule.name() + ": " + v);
        assertEquals(rule.name(), v.rule());
        assertTrue(v.reason().contains(reasonPart), v.reason());
        return v;
    }

    private static void assertPass(DecisionRule rule, Decision d) {
        Verdict v = rule.judge(d);
        assertEquals(Verdict.Kind.PASS, v.kind(), rule.name() + ": " + v);
    }

    // ---- the pipeline

    @Test
    void rulesHaveDistinctNamesAndTheLastAlwaysDecides() {
        Set<String> names = new HashSet<>();
        for (DecisionRule r : DecisionPipeline.RULES) {
            assertTrue(r.name().matches("[a-z]+(-[a-z]+)*"), r.name());
            assertTrue(names.add(r.name()), "twice: " + r.name());
        }
        DecisionRule last = DecisionPipeline.RULES.get(DecisionPipeline.RULES.size() - 1);
        Anchor a = recorded("state of the rivers", 0);
        assertVeto(last, decision(a, on("state of the rivers", 0, 1.0, 0.2, 0.2, 0.4, Origin.UNKNOWN)),
                "no accepting rule holds");
    }

    // ---- veto rules

    @Test
    void noCandidateVetoesAnEmptyDecision() {
        Anchor a = recorded("state of the rivers", 0);
        assertVeto(new VetoRules.NoCandidate(), decision(a), "no place");
        assertPass(new VetoRules.NoCandidate(), decision(a, on("state of the rivers", 0, 1.0, 1, 1, 1, Origin.NEAR)));
    }

    @Test
    void quoteTooDifferentVetoesBelowTheMinimumSimilarity() {
        Anchor a = recorded("state of the rivers", 0);
        assertVeto(new VetoRules.QuoteTooDifferent(), decision(a, on("state of the rivers", 0, 0.6, 1, 1, 1,
                Origin.NEAR)), "0.60 like the quote, below 0.75");
        assertPass(new VetoRules.QuoteTooDifferent(), decision(a, on("state of the rivers", 0, 0.8, 1, 1, 1,
                Origin.NEAR)));
    }

    @Test
    void displacedByTypoVetoesWhenTheLandmarksParagraphHoldsANearCopy() {
        Anchor a = recorded("sales rose by a tenth", 0);
        Candidate best = on("sales rose by a tenth", 0, 1.0, 0.9, 0.9, 1.0, Origin.UNKNOWN);
        Candidate typo = on("sales rose by a tenth", 1, 0.95, 0.5, 0.5, 1.0, Origin.PARAGRAPH);
        assertVeto(new VetoRules.DisplacedByTypo(), decision(a, best, typo), "may have got a typo");
        Candidate near = on("sales rose by a tenth", 0, 1.0, 0.9, 0.9, 1.0, Origin.NEAR);
        assertPass(new VetoRules.DisplacedByTypo(), decision(a, near, typo));
    }

    @Test
    void numbersDifferVetoesAnApproximateMatchWhileAnotherPlaceReadsTheQuotesNumbers() {
        Anchor a = recorded("In 2019 sales rose", 0);
        Candidate other = on("In 2020 sales rose", 0, 0.95, 0.9, 0.9, 1.0, Origin.UNKNOWN);
        Candidate verbatim = on("In 2019 sales rose", 0, 1.0, 0.1, 0.1, 0.4, Origin.UNKNOWN);
        assertVeto(new VetoRules.NumbersDiffer(), decision(a, other, verbatim), "other numbers");
        assertPass(new VetoRules.NumbersDiffer(), decision(a, other));
    }

    @Test
    void numbersFarApartVetoesDigitsThatDifferByMoreThanATypo() {
        Anchor a = recorded("In 2019 sales rose", 0);
        Anchor far = new Anchor(new TextQuote("In 1987 sales rose", a.quote().prefix(), a.quote().suffix()),
                a.range(), AnchorStatus.ANCHORED, 1.0);
        Candidate approximate = on("In 2020 sales rose", 0, 0.8, 0.9, 0.9, 1.0, Origin.UNKNOWN);
        assertVeto(new VetoRules.NumbersFarApart(), decision(far, approximate), "more than a typo");
        // 2019 → 2020 is two edits: a typo or two
        assertPass(new VetoRules.NumbersFarApart(), decision(a, approximate));
    }

    @Test
    void edgeRivalVetoesOnlyPassagesRecordedAtTheTextsEdge() {
        // recorded at the text's start, its suffix since changed: nothing but the edge holds it there
        Anchor first = new Anchor(new TextQuote("The committee met", "", " jk fw xv qz jk fw xv qz jk fw xv"),
                recorded("The committee met", 0).range(), AnchorStatus.ANCHORED, 1.0);
        assertTrue(ContextEvidence.edgeBound(first));
        Candidate best = on("The committee met", 0, 1.0, 0.6, 1.0, 1.0, Origin.UNKNOWN);
        // another place reads as well up to its paragraph's edge
        Candidate rival = on("Critics said the", 0, 1.0, 0.6, 1.0, 0.4, Origin.UNKNOWN);
        assertVeto(new VetoRules.EdgeRival(), decision(first, best, rival), "by the text's edge");
        Anchor inside = recorded("the full report", 0);
        assertFalse(ContextEvidence.edgeBound(inside));
        assertPass(new VetoRules.EdgeRival(), decision(inside, on("the full report", 0, 1.0, 1, 1, 1, Origin.NEAR),
                rival));
    }

    @Test
    void tooCloseVetoesALeadBelowTheMargin() {
        Anchor a = recorded("sales rose by a tenth", 0);
        Candidate best = on("sales rose by a tenth", 0, 1.0, 0.8, 0.8, 1.0, Origin.UNKNOWN);
        Candidate close = on("sales rose by a tenth", 1, 1.0, 0.8, 0.75, 1.0, Origin.UNKNOWN);
        assertVeto(new VetoRules.TooClose(), decision(a, best, close), "less than 0.05 apart");
        Candidate far = on("sales rose by a tenth", 1, 0.8, 0.1, 0.1, 0.4, Origin.UNKNOWN);
        assertPass(new VetoRules.TooClose(), decision(a, best, far));
    }

    // ---- rival rules

    @Test
    void repeatedWithinReachVetoesShortWordsRecurringWithinTheContext() {
        // the whole recorded context does not tell the two apart (it agrees with neither)
        Anchor a = foreignContext(recorded("sales rose", 0));
        Candidate best = on("sales rose", 0, 1.0, 0.8, 0.8, 1.0, Origin.NEAR);
        Candidate again = on("sales rose", 1, 1.0, 0.8, 0.3, 1.0, Origin.UNKNOWN);
        assertVeto(new RivalRules.RepeatedWithinReach(), decision(a, best, again), "within the context's reach");
        Candidate elsewhere = on("the rivers", 0, 1.0, 0.8, 0.3, 0.4, Origin.UNKNOWN);
        assertPass(new RivalRules.RepeatedWithinReach(), decision(a, best, elsewhere));
    }

    @Test
    void verbatimElsewhereVetoesAChangedCopyWhenTheQuoteReadsVerbatimWithContext() {
        Anchor a = recorded("drought of the last three summers", 0);
        Candidate changed = on("drought of the last three summers", 0, 0.9, 0.9, 0.9, 1.0, Origin.NEAR);
        Candidate verbatim = on("Officials declined to comment on the", 0, 1.0, 0.8, 0.1, 0.4, Origin.UNKNOWN);
        assertVeto(new RivalRules.VerbatimElsewhere(), decision(a, changed, verbatim), "reads it verbatim");
        Candidate lonely = on("Officials declined to comment on the", 0, 1.0, 0.1, 0.1, 0.4, Origin.UNKNOWN);
        assertPass(new RivalRules.VerbatimElsewhere(), decision(a, changed, lonely));
    }

    @Test
    void conflictingContextVetoesARivalWhoseContextAgreesBetterOnOneSide() {
        Anchor a = recorded("sales rose by a tenth", 0);
        Candidate best = on("sales rose by a tenth", 0, 1.0, 1.0, 0.5, 1.0, Origin.NEAR);
        Candidate rival = on("sales rose by a tenth", 1, 1.0, 0.3, 0.8, 0.4, Origin.UNKNOWN);
        assertVeto(new RivalRules.ConflictingContext(), decision(a, best, rival), "agrees better on one side");
        Candidate weaker = on("sales rose by a tenth", 1, 1.0, 0.3, 0.6, 0.4, Origin.UNKNOWN);
        assertPass(new RivalRules.ConflictingContext(), decision(a, best, weaker));
    }

    @Test
    void rivalReadsAsWellVetoesUnlessOnlyThePositionInTheNarrowWindowTellsThemApart() {
        // the whole recorded selector is at neither place (with it, the best would be named by it)
        Anchor a = foreignContext(recorded("sales rose by a tenth", 0));
        Candidate best = on("sales rose by a tenth", 0, 1.0, 0.9, 0.9, 1.0, Origin.UNKNOWN);
        Candidate rival = on("sales rose by a tenth", 1, 1.0, 0.9, 0.9, 0.4, Origin.UNKNOWN);
        assertVeto(new RivalRules.RivalReadsAsWell(), decision(a, best, rival), "reads as well");
        Candidate nearBest = on("sales rose by a tenth", 0, 1.0, 0.9, 0.9, 1.0, Origin.NEAR);
        assertPass(new RivalRules.RivalReadsAsWell(), decision(a, nearBest, rival));
    }

    @Test
    void typoApartVetoesAVerbatimCopyWhenTheRivalHasTheWholeContext() {
        // recorded on the second "sales rose by a tenth": the first occurrence is verbatim but in other
        // surroundings, the recorded place reads it with a typo (scored 0.95) and keeps its context
        Anchor a = recorded("sales rose by a tenth", 1);
        Candidate copy = on("sales rose by a tenth", 0, 1.0, 0.8, 0.8, 1.0, Origin.UNKNOWN);
        Candidate passage = on("sales rose by a tenth", 1, 0.95, 0.8, 0.8, 0.4, Origin.UNKNOWN);
        assertVeto(new RivalRules.TypoApart(), decision(a, copy, passage), "only a typo");
        Candidate nearCopy = on("sales rose by a tenth", 0, 1.0, 0.8, 0.8, 1.0, Origin.NEAR);
        assertPass(new RivalRules.TypoApart(), decision(a, nearCopy, passage));
    }

    // ---- accepting rules

    @Test
    void landmarksMapBackAcceptsThePlaceTheLandmarksMapToTheOldOffset() {
        Anchor a = recorded("drought of the last three summers", 0);
        Candidate same = on("drought of the last three summers", 0, 0.9, 0.2, 0.2, 1.0, Origin.SAME);
        Verdict v = assertAccept(new AcceptRules.LandmarksMapBack(), decision(a, same), "map this place back");
        assertSame(same, v.chosen());
        assertEquals(0.0, v.runnerUp());
        Candidate unknown = on("drought of the last three summers", 0, 0.9, 0.2, 0.2, 1.0, Origin.UNKNOWN);
        assertPass(new AcceptRules.LandmarksMapBack(), decision(a, unknown));
        // the text's edge set the passage apart: the landmarks may sit in a copy
        assertPass(new AcceptRules.LandmarksMapBack(), decision(recorded("The committee met", 0),
                on("The committee met", 0, 1.0, 1.0, 1.0, 1.0, Origin.SAME)));
    }

    @Test
    void bothSidesAgreeAcceptsAboveTheFloor() {
        Anchor a = recorded("drought of the last three summers", 0);
        Candidate best = on("drought of the last three summers", 0, 1.0, 0.9, 0.8, 1.0, Origin.UNKNOWN);
        Verdict v = assertAccept(new AcceptRules.BothSidesAgree(), decision(a, best), "agrees on both sides");
        assertSame(best, v.chosen());
        assertPass(new AcceptRules.BothSidesAgree(), decision(a, on("drought of the last three summers", 0, 1.0,
                0.9, 0.5, 1.0, Origin.UNKNOWN)));
    }

    @Test
    void oneSideAgreesAcceptsALongQuoteFarAheadOfItsRivals() {
        Anchor a = recorded("Critics said the report ignores the drought", 0);
        Candidate best = on("Critics said the report ignores the drought", 0, 1.0, 0.9, 0.2, 1.0, Origin.UNKNOWN);
        assertAccept(new AcceptRules.OneSideAgrees(), decision(a, best), "prefix side only");
        Candidate close = on("Officials declined to comment on the findings", 0, 0.9, 0.3, 0.9, 1.0,
                Origin.UNKNOWN);
        assertPass(new AcceptRules.OneSideAgrees(), decision(a, best, close));
    }

    @Test
    void singledOutAcceptsAVerbatimPhraseWhoseOtherSideChangedBeyondALineBreak() {
        // recorded before the paragraph after it was replaced
        Anchor now = recorded("the south.", 0);
        Anchor a = new Anchor(new TextQuote("the south.", now.quote().prefix(), "\n\nAn older paragraph was here."),
                now.range(), AnchorStatus.ANCHORED, 1.0);
        Candidate best = on("the south.", 0, 1.0, 1.0, 0.3, 1.0, Origin.UNKNOWN);
        assertAccept(new AcceptRules.SingledOut(), decision(a, best), "only beyond a line break");
        Candidate rival = on("the report", 0, 1.0, 0.8, 0.2, 0.4, Origin.UNKNOWN);
        assertPass(new AcceptRules.SingledOut(), decision(a, best, rival));
    }

    @Test
    void distinctiveQuoteAcceptsALongVerbatimQuoteNothingElseReadsLike() {
        Anchor a = recorded("ignores the drought of the last three summers", 0);
        Candidate best = on("ignores the drought of the last three summers", 0, 1.0, 0.1, 0.1, 1.0,
                Origin.UNKNOWN);
        assertAccept(new AcceptRules.DistinctiveQuote(), decision(a, best), "characters long");
        Candidate alike = on("Officials declined to comment on the findings", 0, 0.8, 0.1, 0.1, 0.4,
                Origin.UNKNOWN);
        assertPass(new AcceptRules.DistinctiveQuote(), decision(a, best, alike));
    }

    @Test
    void wholeLineAcceptsAHeadingFoundAsAWholeLine() {
        Anchor a = recorded("Annual report on the state of the rivers", 0);
        Candidate line = on("Annual report on the state of the rivers", 0, 1.0, 0.1, 0.1, 0.4, Origin.UNKNOWN);
        assertAccept(new AcceptRules.WholeLine(), decision(a, line), "a whole line");
        Anchor part = recorded("report on the state of the rivers", 0);
        assertPass(new AcceptRules.WholeLine(), decision(part, on("report on the state of the rivers", 0, 1.0, 0.1,
                0.1, 0.4, Origin.UNKNOWN)));
    }

    @Test
    void ownParagraphAcceptsAShortParagraphBesideRunningText() {
        String old = RUNNING + " next spring.\n\nRivers\n\nCritics said the report ignores the drought of the"
                + " last three summers.";
        int at = old.indexOf("Rivers");
        Anchor a = Anchor.exact(old, new TextRange(at, at + "Rivers".length()));
        String now = "Officials met again in the capital to talk about water and the report.\n\nRivers\n\n"
                + "Critics said the report ignores the drought of the last three summers.";
        TargetText t = new TargetText(now, old.length());
        Candidate c = new Candidate(t.norm().normalizedIndex(now.indexOf("Rivers")),
                t.norm().normalizedIndex(now.indexOf("Rivers") + 6), 1.0, 0.6, 0.6, 0.4, Origin.UNKNOWN);
        Decision d = new Decision(a, List.of(c), new ArrayList<>(List.of(c)), new ContextEvidence(t), t);
        assertAccept(new AcceptRules.OwnParagraph(), d, "a paragraph of its own");
        Anchor inLine = recorded("state of the rivers", 0);
        assertPass(new AcceptRules.OwnParagraph(), decision(inLine, on("state of the rivers", 0, 1.0, 0.1, 0.1,
                0.4, Origin.UNKNOWN)));
    }

    @Test
    void heldBySideAcceptsAVerbatimPassageInTheWindowHeldByOneWholeSide() {
        Anchor now = recorded("agreed to publish", 0);
        Anchor a = new Anchor(new TextQuote("agreed to publish", now.quote().prefix(), " a summary of the findings"),
                now.range(), AnchorStatus.ANCHORED, 1.0);
        Candidate best = on("agreed to publish", 0, 1.0, 1.0, 0.4, 1.0, Origin.UNKNOWN);
        assertAccept(new AcceptRules.HeldBySide(), decision(a, best), "one side of the whole context intact");
        Candidate outside = on("agreed to publish", 0, 1.0, 1.0, 0.4, 0.4, Origin.UNKNOWN);
        assertPass(new AcceptRules.HeldBySide(), decision(a, outside));
    }

    // ---- placements name their rule

    @Test
    void placementsNameTheStepOrRuleThatDecided() {
        Anchorer anchorer = new Anchorer();
        Anchor a = recorded("drought of the last three summers", 0);
        Placement same = anchorer.place(a, TEXT, TEXT.length());
        assertEquals(Placer.RECORDED_RANGE, same.decidedBy());
        String moved = "A new first paragraph.\n\n" + TEXT;
        assertEquals(Placer.UNIQUE_WITH_CONTEXT, anchorer.placeAll(List.of(a), moved, TEXT.length()).get(0)
                .decidedBy());
        String gone = TEXT.replace("drought of the last three summers", "weather");
        Placement orphan = anchorer.place(a, gone, TEXT.length());
        assertTrue(orphan.anchor().isOrphan());
        assertFalse(orphan.reason().isEmpty());
        assertTrue(DecisionPipeline.RULES.stream().anyMatch(r -> r.name().equals(orphan.decidedBy())),
                orphan.decidedBy());
    }
}
