package org.rehabplan.planning;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("benchmark")
class ExactProbe {
    @Test
    void probe() {
        for (boolean sym : new boolean[] {true, false}) {
            ExactReference.BREAK_SYMMETRY = sym;
            ExactReference.Result r = ExactReference.solve(BenchmarkProblems.problem(2, 1), 90, 8);
            System.out.printf("PROBE sym %s workers 8: %s bound %d optimal %s in %.1f s%n", sym, r.score(),
                    r.softBound(), r.optimal(), r.seconds());
        }
    }
}
