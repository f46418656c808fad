package org.rehabplan.planning.model;

import java.util.ArrayList;
import java.util.List;
import org.rehabplan.catalog.Dose;
import org.rehabplan.catalog.DoseRange;
import org.rehabplan.catalog.DoseTime;
import org.rehabplan.catalog.Exercise;

/**
 * The doses an exercise climbs through, bottom of its ranges first, top last: each step adds at least the protocol's
 * share of work (about 10 %, ACSM progression models) and changes as little as it can: more repetitions, then a
 * further set (repetitions may then start lower), then a longer hold. Timed exercises add minutes the same way.
 */
public final class DoseSteps {

    private DoseSteps() {
    }

    public static List<Prescription> of(Exercise exercise, double minIncrease) {
        Dose dose = exercise.dose();
        if (dose.minutes() != null) {
            return timed(exercise, dose.minutes(), minIncrease);
        }
        List<Prescription> grid = grid(exercise);
        List<Prescription> steps = new ArrayList<>();
        Prescription current = grid.getFirst();
        Prescription top = grid.getLast();
        steps.add(current);
        while (!same(current, top)) {
            Prescription next = null;
            for (Prescription candidate : grid) {
                if (!follows(current, candidate) || candidate.volume() < current.volume() * (1 + minIncrease) - 1e-9) {
                    continue;
                }
                if (next == null || candidate.volume() < next.volume()
                        || (candidate.volume() == next.volume() && changes(current, candidate) < changes(current, next))) {
                    next = candidate;
                }
            }
            current = next == null ? top : next; // close to the top: the last step goes all the way
            steps.add(current);
        }
        return List.copyOf(steps);
    }

    private static List<Prescription> timed(Exercise exercise, DoseRange range, double minIncrease) {
        List<Prescription> steps = new ArrayList<>();
        int minutes = (int) Math.round(range.min());
        int max = (int) Math.round(range.max());
        while (true) {
            steps.add(new Prescription(null, null, null, minutes, DoseTime.seconds(exercise, null, null, null, minutes)));
            if (minutes >= max) {
                return List.copyOf(steps);
            }
            minutes = Math.min(max, Math.max(minutes + 1, (int) Math.ceil(minutes * (1 + minIncrease) - 1e-9)));
        }
    }

    /** Every combination of the ranges, ordered by work (the first is the bottom of all ranges, the last the top). */
    private static List<Prescription> grid(Exercise exercise) {
        Dose dose = exercise.dose();
        List<Prescription> grid = new ArrayList<>();
        for (Integer sets : values(dose.sets(), 1)) {
            for (Integer reps : values(dose.reps(), 1)) {
                for (Integer hold : holds(dose.holdSeconds())) {
                    grid.add(new Prescription(sets, reps, hold, null, DoseTime.seconds(exercise, sets, reps, hold, null)));
                }
            }
        }
        grid.sort(java.util.Comparator.comparingDouble(Prescription::volume));
        return grid;
    }

    private static List<Integer> values(DoseRange range, int step) {
        List<Integer> values = new ArrayList<>();
        if (range == null) {
            values.add(null);
            return values;
        }
        int min = (int) Math.round(range.min());
        int max = (int) Math.round(range.max());
        for (int v = min; v <= max; v += step) {
            values.add(v);
        }
        return values;
    }

    /** Holds grow in about five steps over their range (e.g. 10, 14, 18 ... 30 s), always reaching the top. */
    private static List<Integer> holds(DoseRange range) {
        if (range == null) {
            List<Integer> none = new ArrayList<>();
            none.add(null);
            return none;
        }
        int min = (int) Math.round(range.min());
        int max = (int) Math.round(range.max());
        List<Integer> values = new ArrayList<>(values(range, Math.max(1, (max - min + 4) / 5)));
        if (values.getLast() != max) {
            values.add(max);
        }
        return values;
    }

    /** A step never lowers sets or hold, and lowers repetitions only together with a further set. */
    private static boolean follows(Prescription from, Prescription to) {
        int fromSets = orOne(from.sets());
        int toSets = orOne(to.sets());
        if (toSets < fromSets || orZero(to.holdSeconds()) < orZero(from.holdSeconds())) {
            return false;
        }
        return orZero(to.reps()) >= orZero(from.reps()) || toSets > fromSets;
    }

    private static int changes(Prescription a, Prescription b) {
        return (orOne(a.sets()) != orOne(b.sets()) ? 1 : 0) + (orZero(a.reps()) != orZero(b.reps()) ? 1 : 0)
                + (orZero(a.holdSeconds()) != orZero(b.holdSeconds()) ? 1 : 0);
    }

    private static boolean same(Prescription a, Prescription b) {
        return changes(a, b) == 0;
    }

    private static int orOne(Integer value) {
        return value == null ? 1 : value;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
