package org.citebot.answer.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Signals that weigh a candidate against the question's other candidates. */
class CandidateRankerRivalsTest {

    private static CandidateRanker.Measured measured(double clauseCoverage, boolean rareStems) {
        double[] f = new double[AnswerFeature.values().length];
        f[AnswerFeature.CLAUSE_COVERAGE.ordinal()] = clauseCoverage;
        f[AnswerFeature.RARE_STEMS_IN_CLAUSE.ordinal()] = rareStems ? 1 : 0;
        return new CandidateRanker.Measured(null, f);
    }

    private static double feature(CandidateRanker.Measured m, AnswerFeature f) {
        return m.features()[f.ordinal()];
    }

    @Test
    void clauseCoverageCountsAgainstTheBestCandidate() {
        List<CandidateRanker.Measured> all = List.of(measured(0.6, true), measured(0.3, false), measured(0, false));
        CandidateRanker.rivalSignals(all);
        assertEquals(1.0, feature(all.get(0), AnswerFeature.CLAUSE_COVERAGE_RELATIVE), 1e-9);
        assertEquals(0.5, feature(all.get(1), AnswerFeature.CLAUSE_COVERAGE_RELATIVE), 1e-9);
        assertEquals(0.0, feature(all.get(2), AnswerFeature.CLAUSE_COVERAGE_RELATIVE), 1e-9);
    }

    @Test
    void noClauseCoverageAnywhereGivesZero() {
        List<CandidateRanker.Measured> all = List.of(measured(0, false), measured(0, false));
        CandidateRanker.rivalSignals(all);
        assertEquals(0.0, feature(all.get(0), AnswerFeature.CLAUSE_COVERAGE_RELATIVE), 1e-9);
        assertEquals(0.0, feature(all.get(0), AnswerFeature.RARE_STEMS_RIVALS), 1e-9);
    }

    @Test
    void rivalsCountCandidatesWithBothRareStemsCappedAtFive() {
        List<CandidateRanker.Measured> two = List.of(measured(0.5, true), measured(0.5, true), measured(0.5, false));
        CandidateRanker.rivalSignals(two);
        for (CandidateRanker.Measured m : two) {
            assertEquals(2.0 / CandidateRanker.RARE_STEMS_RIVALS_FULL, feature(m, AnswerFeature.RARE_STEMS_RIVALS),
                    1e-9);
        }
        List<CandidateRanker.Measured> many = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            many.add(measured(0.5, true));
        }
        CandidateRanker.rivalSignals(many);
        assertEquals(1.0, feature(many.get(0), AnswerFeature.RARE_STEMS_RIVALS), 1e-9);
    }
}
