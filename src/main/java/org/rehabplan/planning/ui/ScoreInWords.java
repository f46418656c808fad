package org.rehabplan.planning.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.rehabplan.base.ui.ReasonLabels;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.PlanResult.ConstraintSummary;

/**
 * The plan's score as a therapist reads it: "Safe" (no hard rule broken), whether it meets the protocol's targets or
 * what it is short of and how to fix that, and a quality bar for the soft rules. The raw score stays in the details.
 */
class ScoreInWords extends Composite<VerticalLayout> {

    /** Soft penalty per session at which the quality bar is empty; 0 penalty fills it. */
    static final double EMPTY_BAR_PENALTY_PER_SESSION = 60;

    final Span safety = new Span();
    final Span targets = new Span();
    final UnorderedList shortOf = new UnorderedList();
    final ProgressBar quality = new ProgressBar(0, 1);
    private final Span qualityText = new Span();

    ScoreInWords() {
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setSpacing(false);
        content.addClassName("rp-score-words");
        safety.addClassName("rp-score-safety");
        targets.addClassName("rp-score-targets");
        quality.setWidth("10em");
        quality.setId("rp-quality-bar");
        qualityText.setId("rp-quality-label");
        quality.getElement().setAttribute("aria-labelledby", "rp-quality-label");
        HorizontalLayout line = new HorizontalLayout(safety, targets);
        line.setWrap(true);
        line.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        HorizontalLayout bar = new HorizontalLayout(qualityText, quality);
        bar.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        shortOf.addClassName("rp-short-of");
        content.add(line, shortOf, bar);
        getElement().setAttribute("role", "status");
    }

    void show(PlanResult plan) {
        HardMediumSoftScore score = plan.score() == null ? null : HardMediumSoftScore.parseScore(plan.score());
        boolean safe = plan.feasible();
        safety.setText(getTranslation(safe ? "score.safe" : "score.unsafe"));
        safety.getElement().getClassList().set("rp-score-bad", !safe);
        shortOf.removeAll();
        List<ConstraintSummary> missing = plan.explanation().stream().filter(c -> "MEDIUM".equals(c.level())).toList();
        if (missing.isEmpty()) {
            targets.setText(getTranslation("score.targets.met"));
            targets.getElement().getClassList().remove("rp-score-warn");
        } else {
            targets.setText(getTranslation("score.targets.short"));
            targets.getElement().getClassList().add("rp-score-warn");
            missing.forEach(c -> c.matches().stream().limit(4).forEach(m -> shortOf.add(new ListItem(ReasonLabels.of(m)))));
            shortOf.add(new ListItem(getTranslation("score.targets.fix")));
        }
        shortOf.setVisible(!missing.isEmpty());
        double value = quality(score, sessions(plan));
        quality.setValue(value);
        qualityText.setText(getTranslation(value >= 0.75 ? "score.quality.good"
                : value >= 0.4 ? "score.quality.fair" : "score.quality.low"));
    }

    /** Share of the quality bar: 1 with no soft penalty, 0 at {@link #EMPTY_BAR_PENALTY_PER_SESSION} a session. */
    static double quality(HardMediumSoftScore score, int sessions) {
        if (score == null || sessions == 0) {
            return 0;
        }
        double perSession = -score.softScore() / (double) sessions;
        return Math.max(0, Math.min(1, 1 - perSession / EMPTY_BAR_PENALTY_PER_SESSION));
    }

    private static int sessions(PlanResult plan) {
        return plan.weeks().stream().mapToInt(w -> w.sessions().size()).sum();
    }

}
