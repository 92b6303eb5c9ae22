package org.claimline.anchoring;

import java.util.List;
import org.claimline.anchoring.DecisionRule.Verdict;
import org.claimline.model.Anchor;

/**
 * The decision stage: one anchor's candidates, narrowed by {@link CandidateFilter}, are judged by the named
 * rules in {@link #RULES} order, and the first rule that accepts or vetoes decides. The order is part of the
 * behaviour: {@code landmarks-map-back} may accept before the best candidate is even looked at; every veto
 * runs before any other accepting rule; {@code too-little-evidence} vetoes what no rule accepted.
 */
final class DecisionPipeline {
    static final List<DecisionRule> RULES = List.of(
            new AcceptRules.LandmarksMapBack(),
            new VetoRules.NoCandidate(),
            new VetoRules.QuoteTooDifferent(),
            new VetoRules.DisplacedByTypo(),
            new VetoRules.NumbersDiffer(),
            new VetoRules.NumbersFarApart(),
            new VetoRules.EdgeRival(),
            new RivalRules.RepeatedWithinReach(),
            new RivalRules.VerbatimElsewhere(),
            new RivalRules.ConflictingContext(),
            new RivalRules.RivalReadsAsWell(),
            new RivalRules.TypoApart(),
            new VetoRules.TooClose(),
            new AcceptRules.BothSidesAgree(),
            new AcceptRules.OneSideAgrees(),
            new AcceptRules.SingledOut(),
            new AcceptRules.DistinctiveQuote(),
            new AcceptRules.WholeLine(),
            new AcceptRules.OwnParagraph(),
            new AcceptRules.HeldBySide(),
            new VetoRules.TooLittleEvidence());

    private final TargetText text;
    private final ContextEvidence evidence;
    private final CandidateFilter filter;

    DecisionPipeline(TargetText text, ContextEvidence evidence, CandidateFilter filter) {
        this.text = text;
        this.evidence = evidence;
        this.filter = filter;
    }

    /** The verdict on {@code all} candidates of {@code a}: an accepted candidate, or a veto. */
    Verdict decide(Anchor a, List<Candidate> all) {
        Decision d = new Decision(a, all, filter.reduce(a, all), evidence, text);
        for (DecisionRule rule : RULES) {
            Verdict v = rule.judge(d);
            if (v.decides()) {
                return v;
            }
        }
        throw new IllegalStateException("the last decision rule always decides");
    }
}
