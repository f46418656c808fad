package org.rehabplan.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.rehabplan.base.i18n.MessagesConfiguration;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.CatalogLoader;
import org.rehabplan.catalog.DoseRange;
import org.rehabplan.catalog.Equipment;
import org.rehabplan.catalog.Exercise;
import org.rehabplan.catalog.picture.ExercisePictures;
import org.rehabplan.patient.FallRisk;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.PlanResult.ScheduledExercise;
import org.rehabplan.plan.PlanResult.SessionPlan;
import org.rehabplan.plan.PlanResult.WeekPlan;
import org.rehabplan.protocol.Restriction;
import org.rehabplan.protocol.RestrictionType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plans built without the solver, for rendering tests and the benchmark: each session takes the next
 * non-contraindicated catalog exercises in turn, dosed at the bottom of their range.
 */
final class SyntheticPlans {

    /** Profile notes are the therapist's record: they must never reach the patient's paper. */
    static final String CLINICAL_NOTE = "Clinical note for the therapist only";
    static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
    static final Catalog CATALOG = new CatalogLoader(MAPPER).load("file:exercises/");
    static final ExercisePictures PICTURES = org.rehabplan.catalog.picture.TestPictures.fromFrontendFolder();

    private SyntheticPlans() {
    }

    static ScheduleTemplate template() {
        return new ScheduleTemplate(CATALOG, MessagesConfiguration.create(), PICTURES);
    }

    /** The patient's words in a language, as the handout uses them. */
    static PatientWords words(String language) {
        return template().words(language);
    }

    static PatientProfile profile(String displayName, int weeks, int sessions) {
        List<DayOfWeek> days = List.of(DayOfWeek.values()).subList(0, sessions);
        return new PatientProfile("synthetic-1", displayName, CLINICAL_NOTE, LocalDate.of(2026, 11, 10),
                LocalDate.of(2026, 11, 24), weeks, sessions, days, 40, 3, FallRisk.MODERATE, false, false,
                EnumSet.allOf(Equipment.class), List.of(),
                List.of(Restriction.of(RestrictionType.NO_SPINAL_FLEXION, 12),
                        Restriction.of(RestrictionType.NO_SPINAL_ROTATION, 12),
                        Restriction.liftLimit(2.0, 4), Restriction.liftLimit(4.5, 8),
                        Restriction.of(RestrictionType.NO_IMPACT, null)));
    }

    /** Every slot a different exercise (the worst case for the booklet's length). */
    static PlanResult plan(PatientProfile profile, int exercisesPerSession) {
        return plan(profile, exercisesPerSession, Integer.MAX_VALUE);
    }

    /**
     * Like a solved plan: each week draws its sessions from a pool of {@code weeklyPool} exercises, and the pool moves
     * on by two exercises a week (progression).
     */
    static PlanResult plan(PatientProfile profile, int exercisesPerSession, int weeklyPool) {
        List<Exercise> usable = CATALOG.exercises().stream().filter(e -> !e.isContraindicated()).toList();
        List<WeekPlan> weeks = new ArrayList<>();
        int next = 0;
        for (int w = 1; w <= profile.planWeeks(); w++) {
            List<SessionPlan> sessions = new ArrayList<>();
            LocalDate start = profile.weekStart(w);
            List<DayOfWeek> days = profile.effectiveSessionDays();
            for (int s = 0; s < days.size(); s++) {
                List<ScheduledExercise> exercises = new ArrayList<>();
                for (int i = 0; i < exercisesPerSession; i++) {
                    int index = weeklyPool == Integer.MAX_VALUE ? next++
                            : 2 * (w - 1) + (s * exercisesPerSession + i) % weeklyPool;
                    exercises.add(scheduled(usable.get(index % usable.size())));
                }
                sessions.add(new SessionPlan(s + 1, days.get(s), start.plusDays(days.get(s).ordinal()),
                        exercisesPerSession * 5, exercises));
            }
            weeks.add(new WeekPlan(w, profile.weeksAfterProcedure(w), "Phase", start, List.of(), sessions));
        }
        return new PlanResult(profile.patientRef(), profile.planStart(), true, "0hard/0medium/0soft", "kyphoplasty",
                weeks, List.of(), List.of(), List.of());
    }

    static ScheduledExercise scheduled(Exercise e) {
        return new ScheduledExercise(e.id(), e.name(), e.category(), e.level(), low(e.dose().sets()),
                low(e.dose().reps()), low(e.dose().holdSeconds()),
                e.dose().minutes() == null ? (int) Math.ceil(e.minutes()) : low(e.dose().minutes()),
                "", false, List.of());
    }

    private static Integer low(DoseRange range) {
        return range == null ? null : (int) range.min();
    }
}
