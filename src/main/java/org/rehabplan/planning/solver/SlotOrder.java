package org.rehabplan.planning.solver;

import java.util.Comparator;
import org.rehabplan.planning.model.Slot;

/**
 * Slots in plan order: week, session, position. Pillar moves take runs of slots that are consecutive in this order and
 * hold one exercise, e.g. the same exercise in Monday to Wednesday of a week, or from the end of one week into the
 * next. Public for the solver, which instantiates it by class.
 */
public final class SlotOrder implements Comparator<Slot> {

    private static final Comparator<Slot> ORDER = Comparator.<Slot>comparingInt(s -> s.getWeek().index())
            .thenComparingInt(s -> s.getSession().number())
            .thenComparingInt(Slot::getPosition);

    @Override
    public int compare(Slot a, Slot b) {
        return ORDER.compare(a, b);
    }
}
