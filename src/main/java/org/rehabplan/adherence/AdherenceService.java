package org.rehabplan.adherence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import org.rehabplan.plan.PlanResult.SessionPlan;
import org.rehabplan.plan.PlanResult.WeekPlan;
import org.rehabplan.plan.PlanVersionService;
import org.rehabplan.plan.SavedPlan;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What patients report from their phone page, and the therapist's view of it per plan week. Recording trusts the
 * caller to have opened a valid share link; reading goes through the owner-checked latest plan version.
 */
@Service
public class AdherenceService {

    private final SessionLogRepository logs;
    private final PlanVersionService versions;
    private final Clock clock = Clock.systemUTC();

    AdherenceService(SessionLogRepository logs, PlanVersionService versions) {
        this.logs = logs;
        this.versions = versions;
    }

    /**
     * Records that the patient did one exercise ({@code exerciseId}) or the whole session (null) of {@code date} in
     * the plan they see; effort and pain are optional, 0-10, and only for a whole session.
     */
    @Transactional
    public void record(long shareLinkId, SavedPlan plan, LocalDate date, String exerciseId, Integer effort,
                       Integer pain) {
        SessionPlan session = sessionOn(plan, date)
                .orElseThrow(() -> new InvalidReportException("There is no session on " + date + " in this plan"));
        if (exerciseId != null && session.exercises().stream().noneMatch(e -> e.exerciseId().equals(exerciseId))) {
            throw new InvalidReportException("That exercise is not part of the session on " + date);
        }
        for (Integer score : new Integer[] {effort, pain}) {
            if (score != null && (score < 0 || score > 10)) {
                throw new InvalidReportException("Effort and pain are numbers from 0 to 10");
            }
        }
        logs.save(new SessionLog(shareLinkId, plan.version().getPatientId(), plan.version().getId(), date,
                exerciseId, exerciseId == null ? effort : null, exerciseId == null ? pain : null, clock.instant()));
    }

    /** What has been reported for the session of {@code date} (the latest effort and pain win). */
    @Transactional(readOnly = true)
    public SessionReport report(long patientId, LocalDate date) {
        Set<String> done = new HashSet<>();
        boolean sessionDone = false;
        Integer effort = null;
        Integer pain = null;
        for (SessionLog log : logs.findByPatientIdAndSessionDateBetweenOrderByRecordedAtAsc(patientId, date, date)) {
            if (log.getExerciseId() != null) {
                done.add(log.getExerciseId());
            } else {
                sessionDone = true;
                effort = log.getEffort() != null ? log.getEffort() : effort;
                pain = log.getPain() != null ? log.getPain() : pain;
            }
        }
        return new SessionReport(date, done, sessionDone, effort, pain);
    }

    /** Per week of the patient's latest saved plan; empty if the patient is not the signed-in therapist's. */
    @Transactional(readOnly = true)
    public Optional<List<WeekAdherence>> weekly(long patientId) {
        return versions.latest(patientId).map(latest -> weekly(patientId, latest));
    }

    private List<WeekAdherence> weekly(long patientId, SavedPlan latest) {
        List<SessionLog> all = logs.findByPatientIdOrderByRecordedAtAsc(patientId);
        List<WeekAdherence> weeks = new ArrayList<>();
        for (WeekPlan week : latest.plan().weeks()) {
            LocalDate from = week.start();
            LocalDate to = from.plusDays(6);
            List<SessionLog> sessions = all.stream().filter(l -> l.getExerciseId() == null)
                    .filter(l -> !l.getSessionDate().isBefore(from) && !l.getSessionDate().isAfter(to)).toList();
            int done = (int) sessions.stream().map(SessionLog::getSessionDate).distinct().count();
            weeks.add(new WeekAdherence(week.week(), from, week.sessions().size(), done,
                    average(sessions, SessionLog::getEffort), average(sessions, SessionLog::getPain)));
        }
        return weeks;
    }

    private static Double average(List<SessionLog> logs, Function<SessionLog, Integer> score) {
        OptionalDouble mean = logs.stream().map(score).filter(v -> v != null).mapToInt(Integer::intValue).average();
        return mean.isPresent() ? Math.round(mean.getAsDouble() * 10) / 10.0 : null;
    }

    static Optional<SessionPlan> sessionOn(SavedPlan plan, LocalDate date) {
        return plan.plan().weeks().stream().flatMap(w -> w.sessions().stream())
                .filter(s -> s.date().equals(date)).findFirst();
    }
}
