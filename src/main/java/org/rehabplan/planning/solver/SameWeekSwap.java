package org.rehabplan.planning.solver;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.optaplanner.core.impl.heuristic.selector.move.generic.SwapMove;
import org.rehabplan.planning.model.ExercisePlan;
import org.rehabplan.planning.model.Slot;

/**
 * Swaps only between slots of the same week: slots of different weeks have different safe exercises and doses, so
 * a swap across weeks is rarely allowed and rarely helps. Public for the solver, which instantiates it by class.
 */
public final class SameWeekSwap implements SelectionFilter<ExercisePlan, SwapMove<ExercisePlan>> {

    @Override
    public boolean accept(ScoreDirector<ExercisePlan> scoreDirector, SwapMove<ExercisePlan> move) {
        return ((Slot) move.getLeftEntity()).getWeek() == ((Slot) move.getRightEntity()).getWeek();
    }
}
