package org.rehabplan.planning.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import org.rehabplan.base.Reason;
import org.rehabplan.base.ui.ReasonLabels;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.planning.model.PlanWeek;
import org.rehabplan.planning.service.PlanEditor.Candidate;

/**
 * Why an exercise offered in the add or swap list is safe there: its level against the week's cap, that it respects
 * the restrictions in force, what equipment it needs, its balance demand against the fall risk and, when adding, the
 * session time it leaves. Made as a reason ({@code SAFE_HERE} with its parts) and put in the screen's words.
 */
final class SafeReasons {

    private SafeReasons() {
    }

    static String forAdd(Component ui, Candidate candidate, PlanWeek week) {
        List<Reason> parts = common(candidate.exercise(), week);
        parts.add(Reason.of("CHOICE_TIME", null, null, "minutes", candidate.minutes(),
                "left", Math.max(0, candidate.minutesLeftAfter())));
        if (candidate.helpsTargets()) {
            parts.add(Reason.of("CHOICE_TARGETS"));
        }
        return ReasonLabels.of(safeHere(candidate.exercise(), week, parts));
    }

    static String forSwap(Component ui, Exercise exercise, PlanWeek week) {
        List<Reason> parts = common(exercise, week);
        parts.add(Reason.of("CHOICE_FITS"));
        return ReasonLabels.of(safeHere(exercise, week, parts));
    }

    static Reason safeHere(Exercise exercise, PlanWeek week, List<Reason> parts) {
        return Reason.of("SAFE_HERE", week.index(), exercise.id(), "parts", parts);
    }

    private static List<Reason> common(Exercise e, PlanWeek week) {
        List<Reason> parts = new ArrayList<>();
        parts.add(Reason.of("CHOICE_LEVEL", null, null, "level", e.level(), "maxLevel", week.levelCap()));
        if (!week.activeRestrictions().isEmpty()) {
            parts.add(Reason.of("CHOICE_RESTRICTIONS"));
        }
        parts.add(e.equipment().isEmpty() ? Reason.of("SAFE_NO_EQUIPMENT")
                : Reason.of("SAFE_EQUIPMENT", null, null, "equipment", e.equipment().stream().sorted().toList()));
        parts.add(Reason.of("SAFE_BALANCE", null, null, "balance", e.balanceDemand(),
                "fallRisk", week.profile().fallRisk()));
        return parts;
    }
}
