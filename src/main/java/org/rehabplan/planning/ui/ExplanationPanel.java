package org.rehabplan.planning.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.rehabplan.base.ui.ReasonLabels;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.PlanResult.ConstraintSummary;
import org.rehabplan.plan.PlanResult.ExcludedExercise;

/** The score by constraint (hard problems first and in red) and the exercises left out, each with why. */
class ExplanationPanel extends Composite<VerticalLayout> {

    private final Grid<ConstraintSummary> score = new Grid<>();
    private final Grid<ExcludedExercise> excluded = new Grid<>();
    private final Span rawScore = new Span();
    private final Details scoreDetails = new Details("", new Div(rawScore), score);
    private final Details excludedDetails = new Details("", excluded);

    ExplanationPanel() {
        score.addColumn(new ComponentRenderer<>(c -> {
            Span level = new Span(getTranslation("score.level." + c.level()));
            level.addClassNames("rp-level", "rp-level-" + c.level().toLowerCase());
            return level;
        })).setHeader(getTranslation("explain.col.level")).setAutoWidth(true).setFlexGrow(0);
        score.addColumn(c -> c.code() == null ? c.constraint() : ReasonLabels.message("constraint." + c.code()))
                .setHeader(getTranslation("explain.col.rule")).setAutoWidth(true);
        score.addColumn(ConstraintSummary::score).setHeader(getTranslation("explain.col.score")).setAutoWidth(true);
        score.addColumn(ConstraintSummary::count).setHeader(getTranslation("explain.col.matches")).setAutoWidth(true);
        score.setItemDetailsRenderer(new ComponentRenderer<>(c -> list(ReasonLabels.of(c.matches()))));
        score.addThemeVariants(GridVariant.LUMO_COMPACT);
        score.setAllRowsVisible(true);
        excluded.addColumn(e -> ReasonLabels.exerciseName(e.exerciseId(), e.name()))
                .setHeader(getTranslation("explain.col.exercise")).setAutoWidth(true).setFlexGrow(0);
        excluded.addColumn(new ComponentRenderer<>(e -> list(ReasonLabels.of(e.reasons()))))
                .setHeader(getTranslation("explain.col.why.not"));
        excluded.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        excluded.setAllRowsVisible(true);
        scoreDetails.setWidthFull();
        excludedDetails.setWidthFull();
        getContent().setPadding(false);
        getContent().add(scoreDetails, excludedDetails);
    }

    void show(PlanResult plan) {
        score.setItems(plan.explanation());
        excluded.setItems(plan.excluded());
        scoreDetails.setSummaryText(getTranslation("score.details"));
        rawScore.setText(getTranslation("score.raw", plan.score()));
        excludedDetails.setSummaryText(getTranslation("score.excluded", plan.excluded().size()));
    }

    private static Div list(java.util.List<String> lines) {
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        return new Div(list);
    }
}
