package org.rehabplan.patient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rehabplan.protocol.Restriction;

/**
 * Finite limits on everything a profile can carry, so that no input can make a date, a number or a list unreasonable
 * for the planner, the database or a printed schedule (year 57443, "∞ kg", 10 000 restrictions).
 */
final class InputBounds {

    /** Procedures before this are not this app's patients; the upper bound keeps dates printable and storable. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    /** A plan starts at most this many years after the procedure (long-term maintenance included). */
    static final int MAX_YEARS_AFTER_PROCEDURE = 10;
    static final double MAX_LIFT_KG = 100;
    static final int MAX_UNTIL_WEEK = 520;
    /** Beyond one exclusion per catalog exercise (a follow-up can exclude every one not tolerated). */
    static final int EXTRA_RESTRICTIONS = 50;
    static final int MAX_FAVOURITES = 100;
    static final int MAX_ID = 100;
    static final int MAX_REASON = 500;

    private InputBounds() {
    }

    static List<ProfileProblem> problems(PatientProfile profile, int catalogSize) {
        int maxRestrictions = catalogSize + EXTRA_RESTRICTIONS;
        List<ProfileProblem> problems = new ArrayList<>();
        boolean datesInRange = date(problems, "anchorDate", profile.anchorDate())
                & date(problems, "planStart", profile.planStart());
        if (datesInRange && profile.anchorDate() != null && profile.planStart() != null
                && profile.planStart().isAfter(profile.anchorDate().plusYears(MAX_YEARS_AFTER_PROCEDURE))) {
            problems.add(new ProfileProblem("planStart", "must be within " + MAX_YEARS_AFTER_PROCEDURE
                    + " years of the procedure date"));
        }
        if (profile.restrictions().size() > maxRestrictions) {
            problems.add(new ProfileProblem("restrictions", "at most " + maxRestrictions + " restrictions"));
        } else {
            for (int i = 0; i < profile.restrictions().size(); i++) {
                restriction(problems, "restrictions[" + i + "]", profile.restrictions().get(i));
            }
        }
        if (profile.favouriteExerciseIds().size() > MAX_FAVOURITES) {
            problems.add(new ProfileProblem("favouriteExerciseIds", "at most " + MAX_FAVOURITES + " exercises"));
        }
        if (profile.sessionDays() != null && profile.sessionDays().size() > 7) {
            problems.add(new ProfileProblem("sessionDays", "at most 7 days"));
        }
        return problems;
    }

    /** Whether the date is missing or in range (a problem is added otherwise). */
    private static boolean date(List<ProfileProblem> problems, String field, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            problems.add(new ProfileProblem(field, "must be between " + EARLIEST + " and " + LATEST));
            return false;
        }
        return true;
    }

    private static void restriction(List<ProfileProblem> problems, String field, Restriction r) {
        if (r == null) {
            return;
        }
        if (r.maxKg() != null && (!Double.isFinite(r.maxKg()) || r.maxKg() > MAX_LIFT_KG)) {
            problems.add(new ProfileProblem(field + ".maxKg", "must be a number from 0 to " + (int) MAX_LIFT_KG
                    + " kg"));
        }
        if (r.untilWeek() != null && r.untilWeek() > MAX_UNTIL_WEEK) {
            problems.add(new ProfileProblem(field + ".untilWeek", "must be at most week " + MAX_UNTIL_WEEK));
        }
        if (r.exerciseId() != null && r.exerciseId().length() > MAX_ID) {
            problems.add(new ProfileProblem(field + ".exerciseId", "must be at most " + MAX_ID + " characters"));
        }
        if (r.reason() != null && r.reason().length() > MAX_REASON) {
            problems.add(new ProfileProblem(field + ".reason", "must be at most " + MAX_REASON + " characters"));
        }
    }
}
