package org.rehabplan.api;

import java.util.Locale;
import org.rehabplan.base.ReasonText;
import org.rehabplan.plan.PlanResult;

/**
 * A plan as an API client reads it, in the request's language (Accept-Language): each reason with its {@code text},
 * each exercise's {@code name} from the catalog and each {@code dose} worded from its numbers. A saved plan's stored
 * English is never passed on, except the name of an exercise the catalog no longer has.
 */
final class PlanInWords {

    private PlanInWords() {
    }

    static PlanResult of(PlanResult plan, ReasonText words, Locale locale) {
        return plan.withTexts(r -> words.render(r, locale), (id, saved) -> words.exerciseName(id, locale, saved),
                e -> words.words(e.doseWords(), locale));
    }
}
