package org.rehabplan.planning.solver;

import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.solver.scope.SolverScope;
import org.optaplanner.core.impl.solver.termination.AbstractTermination;
import org.optaplanner.core.impl.solver.termination.Termination;
import org.optaplanner.core.impl.solver.thread.ChildThreadType;
import org.rehabplan.planning.model.ExercisePlan;

/**
 * Ends the quick anneal after a number of steps that shrinks with the plan's size: a routine move in a long plan
 * changes a family in every session of every later week, so one step of a 52-week plan costs several times one of a
 * 12-week plan. {@value #SLOT_STEPS} / slots steps, between {@value #MIN_STEPS} and {@value #MAX_STEPS} (600 for
 * 12 weeks × 5 sessions × 6 slots; 150 for 52 weeks), chosen by the benchmark (README, "Solver quality"). Counted in
 * steps, not seconds, so a solve stays reproducible. Public for the solver, which instantiates it by class.
 */
public final class QuickAnnealSteps extends AbstractTermination<ExercisePlan> {

    static final int SLOT_STEPS = 216_000;
    static final int MIN_STEPS = 150;
    static final int MAX_STEPS = 600;

    static int limitFor(int slots) {
        return Math.clamp(SLOT_STEPS / Math.max(1, slots), MIN_STEPS, MAX_STEPS);
    }

    private int limit(AbstractPhaseScope<ExercisePlan> phase) {
        return limitFor(phase.getWorkingSolution().getSlots().size());
    }

    @Override
    public boolean isSolverTerminated(SolverScope<ExercisePlan> solverScope) {
        throw new UnsupportedOperationException("A phase limit only");
    }

    @Override
    public boolean isPhaseTerminated(AbstractPhaseScope<ExercisePlan> phase) {
        return phase.getNextStepIndex() >= limit(phase);
    }

    @Override
    public double calculateSolverTimeGradient(SolverScope<ExercisePlan> solverScope) {
        throw new UnsupportedOperationException("A phase limit only");
    }

    @Override
    public double calculatePhaseTimeGradient(AbstractPhaseScope<ExercisePlan> phase) {
        return Math.min(1.0, (double) phase.getNextStepIndex() / limit(phase));
    }

    @Override
    public Termination<ExercisePlan> createChildThreadTermination(SolverScope<ExercisePlan> solverScope,
                                                                  ChildThreadType childThreadType) {
        return new QuickAnnealSteps();
    }
}
