package org.rehabplan.planning.ui;

import com.vaadin.flow.component.Component;
import org.rehabplan.planning.service.SolveRefusedException;

/** What a therapist reads when the solver did not take a plan on: too many of their own, or the solver busy. */
public final class SolveRefusals {

    private SolveRefusals() {
    }

    /** The sentence for {@code refused}, in {@code where}'s language. */
    public static String text(Component where, SolveRefusedException refused) {
        return refused.reason() == SolveRefusedException.Reason.ACCOUNT_LIMIT
                ? where.getTranslation("solve.refused.account", refused.limit())
                : where.getTranslation("solve.refused.busy", refused.retryAfterSeconds());
    }
}
