package org.rehabplan.planning.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.rehabplan.base.ui.DisplayFormats;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.planning.PlanEditor.Candidate;
import org.rehabplan.planning.PlanWeek;

/**
 * Why an exercise offered in the add or swap list is safe there, in the therapist's words: its level against the
 * week's cap, that it respects the restrictions in force, what equipment it needs, its balance demand against the
 * fall risk and, when adding, the session time it leaves.
 */
final class SafeReasons {

    private SafeReasons() {
    }

    static String forAdd(Component ui, Candidate candidate, PlanWeek week) {
        List<String> parts = common(ui, candidate.exercise(), week);
        parts.add(ui.getTranslation("reason.time", candidate.minutes(), Math.max(0, candidate.minutesLeftAfter())));
        if (candidate.helpsTargets()) {
            parts.add(ui.getTranslation("reason.targets"));
        }
        return sentence(parts);
    }

    static String forSwap(Component ui, Exercise exercise, PlanWeek week) {
        List<String> parts = common(ui, exercise, week);
        parts.add(ui.getTranslation("reason.fits"));
        return sentence(parts);
    }

    private static String sentence(List<String> parts) {
        String text = String.join("; ", parts) + ".";
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static List<String> common(Component ui, Exercise e, PlanWeek week) {
        List<String> parts = new ArrayList<>();
        parts.add(ui.getTranslation("reason.level", e.level(), week.levelCap()));
        if (!week.activeRestrictions().isEmpty()) {
            parts.add(ui.getTranslation("reason.restrictions"));
        }
        parts.add(e.equipment().isEmpty() ? ui.getTranslation("reason.no.equipment")
                : ui.getTranslation("reason.equipment", e.equipment().stream()
                .map(q -> q.label().toLowerCase(java.util.Locale.ROOT)).sorted().collect(Collectors.joining(", "))));
        parts.add(ui.getTranslation("reason.balance", DisplayFormats.label(e.balanceDemand()).toLowerCase(java.util.Locale.ROOT),
                DisplayFormats.label(week.profile().fallRisk()).toLowerCase(java.util.Locale.ROOT)));
        return parts;
    }
}
