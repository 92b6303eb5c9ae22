package org.claimline.anchoring;

/**
 * One named rule of the decision stage: it looks at a {@link Decision} (one anchor's candidates, the best
 * of them and its rivals) and accepts a candidate, vetoes any placement, or passes to the next rule. The
 * rules run in the order {@link DecisionPipeline} lists them; the first that does not pass decides, and its
 * name and reason end up in the {@link Placement}.
 */
interface DecisionRule {
    /** The rule's name as placements and {@code reanchor --explain} show it (lower case, dashes). */
    String name();

    Verdict judge(Decision d);

    /** Accepts {@code chosen}; {@code runnerUp} is the score of the best rival the placement reports. */
    default Verdict accept(Candidate chosen, double runnerUp, String reason) {
        return new Verdict(Verdict.Kind.ACCEPT, name(), reason, chosen, runnerUp);
    }

    default Verdict veto(String reason) {
        return new Verdict(Verdict.Kind.VETO, name(), reason, null, 0.0);
    }

    /** What a rule said: accept {@code chosen}, veto, or pass (no opinion). */
    record Verdict(Kind kind, String rule, String reason, Candidate chosen, double runnerUp) {
        enum Kind {
            ACCEPT, VETO, PASS
        }

        static final Verdict PASS = new Verdict(Kind.PASS, "", "", null, 0.0);

        boolean decides() {
            return kind != Kind.PASS;
        }

        boolean accepts() {
            return kind == Kind.ACCEPT;
        }
    }
}
