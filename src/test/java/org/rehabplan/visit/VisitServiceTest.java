package org.rehabplan.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rehabplan.patient.Profiles.aProfile;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "therapist", roles = "THERAPIST")
class VisitServiceTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    VisitService visits;

    @Autowired
    VisitRepository repository;

    @Autowired
    PatientService patients;

    private Patient patient;

    @BeforeEach
    void aPatientFourWeeksAfterTheProcedure() {
        patient = patients.create(aProfile().ref("visit-" + System.nanoTime()).procedure(TODAY.minusWeeks(4))
                .weeksOut(2).build(), "therapist");
    }

    private static VisitEntry entry(LocalDate date, Integer pain, Double tug, Integer chairStands) {
        return new VisitEntry(date, pain, "Feels steadier", tug, chairStands, Map.of("chin-tuck-seated", true));
    }

    @Test
    void aVisitOutsideTheLimitsIsRefusedFieldByFieldAndNothingIsStored() {
        VisitEntry bad = new VisitEntry(TODAY.minusWeeks(5), 11, null, 300.0, 61, Map.of("no-such-exercise", false));

        assertThatThrownBy(() -> visits.record(patient.getId(), bad))
                .isInstanceOfSatisfying(InvalidVisitException.class, e -> assertThat(e.problems()).containsExactly(
                        new VisitProblem("chairStands30s", "must be between 0 and 60"),
                        new VisitProblem("painLevel", "must be between 0 and 10"),
                        new VisitProblem("timedUpAndGoSeconds", "must be more than 0 and less than 300 seconds"),
                        new VisitProblem("tolerated", "no exercise with id 'no-such-exercise' in the catalog"),
                        new VisitProblem("visitDate", "must not be before the procedure ("
                                + TODAY.minusWeeks(4) + ")")));
        assertThat(visits.visits(patient.getId())).isEmpty();
    }

    @Test
    void aVisitCannotBeInTheFutureOrWithoutDateAndPain() {
        assertThat(visits.problems(patient.getId(), entry(TODAY.plusDays(1), 3, 12.0, 10)))
                .containsExactly(new VisitProblem("visitDate", "must not be in the future"));
        assertThat(visits.problems(patient.getId(), entry(null, null, null, null)))
                .containsExactlyInAnyOrder(new VisitProblem("visitDate", "enter the date of the visit"),
                        new VisitProblem("painLevel", "enter the pain score"));
    }

    @Test
    void timedUpAndGoMustBeAboveZeroWithOneDecimalAtMost() {
        assertThat(visits.problems(patient.getId(), entry(TODAY, 3, 0.0, 10)))
                .containsExactly(new VisitProblem("timedUpAndGoSeconds",
                        "must be more than 0 and less than 300 seconds"));
        assertThat(visits.problems(patient.getId(), entry(TODAY, 3, 12.34, 10)))
                .containsExactly(new VisitProblem("timedUpAndGoSeconds", "give the seconds with at most one decimal"));
        assertThat(visits.problems(patient.getId(), entry(TODAY, 0, 299.9, 0))).isEmpty();
    }

    @Test
    void aRecordedVisitIsStoredWithEveryFieldAndTheTherapistWhoRecordedIt() {
        Visit recorded = visits.record(patient.getId(), new VisitEntry(TODAY.minusDays(1), 6, "Sore after bridges",
                14.5, 9, Map.of("chin-tuck-seated", true, "bridge", false)));

        Visit stored = repository.findById(recorded.getId()).orElseThrow(); // a fresh read from the database
        assertThat(stored).isNotSameAs(recorded);
        assertThat(stored.getPatientId()).isEqualTo(patient.getId());
        assertThat(stored.getVisitDate()).isEqualTo(TODAY.minusDays(1));
        assertThat(stored.getPainLevel()).isEqualTo(6);
        assertThat(stored.getNotes()).isEqualTo("Sore after bridges");
        assertThat(stored.getTimedUpAndGoSeconds()).isEqualTo(14.5);
        assertThat(stored.getChairStands30s()).isEqualTo(9);
        assertThat(stored.getTolerance()).isEqualTo(Map.of("chin-tuck-seated", true, "bridge", false));
        assertThat(stored.notTolerated()).containsExactly("bridge");
        assertThat(stored.getRecordedBy()).isEqualTo("therapist");
        assertThat(visits.visits(patient.getId())).extracting(Visit::getId).containsExactly(recorded.getId());
    }

    @Test
    void aVisitIsReachableOnlyThroughItsOwnPatient() {
        Visit visit = visits.record(patient.getId(), entry(TODAY, 3, 12.0, 10));
        Patient other = patients.create(aProfile().ref("other-" + System.nanoTime()).build(), "therapist");

        assertThat(visits.find(patient.getId(), visit.getId())).isPresent();
        assertThat(visits.find(other.getId(), visit.getId())).isEmpty();
        assertThat(visits.visits(other.getId())).isEmpty();
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.rehabplan.audit.AuditLog audit;

    @org.springframework.beans.factory.annotation.Autowired
    org.rehabplan.plan.PlanVersionService versions;

    @Test
    void aCorrectedVisitKeepsWhoRecordedItSaysWhoCorrectedItAndIsAudited() {
        Visit visit = visits.record(patient.getId(), entry(TODAY.minusDays(3), 5, 12.5, 9));
        Visit corrected = visits.correct(patient.getId(), visit.getId(), visit.getVersion(),
                new VisitEntry(TODAY.minusDays(2), 3, "Pain was 3, not 5", 12.5, 9, Map.of("chin-tuck-seated", true)));

        Visit read = visits.find(patient.getId(), visit.getId()).orElseThrow();
        assertThat(read.getVisitDate()).isEqualTo(TODAY.minusDays(2));
        assertThat(read.getPainLevel()).isEqualTo(3);
        assertThat(read.getNotes()).isEqualTo("Pain was 3, not 5");
        assertThat(read.getRecordedBy()).isEqualTo("therapist");
        assertThat(read.getCorrectedBy()).isEqualTo("therapist");
        assertThat(corrected.getVersion()).isGreaterThan(visit.getVersion());
        assertThat(audit.about("VISIT", visit.getId())).extracting(org.rehabplan.audit.AuditEvent::getAction)
                .containsExactly("VISIT_RECORDED", "VISIT_CORRECTED");
    }

    @Test
    void aCorrectionIsCheckedLikeANewVisitAndNothingChangesWhenItIsRefused() {
        Visit visit = visits.record(patient.getId(), entry(TODAY.minusDays(3), 5, null, null));
        assertThatThrownBy(() -> visits.correct(patient.getId(), visit.getId(), visit.getVersion(),
                entry(TODAY.plusDays(1), 11, null, null))).isInstanceOf(InvalidVisitException.class);
        assertThat(visits.find(patient.getId(), visit.getId()).orElseThrow().getPainLevel()).isEqualTo(5);
    }

    @Test
    void aCorrectionBasedOnAnOutdatedReadIsAConflictAndDoesNotOverwrite() {
        Visit visit = visits.record(patient.getId(), entry(TODAY.minusDays(3), 5, null, null));
        visits.correct(patient.getId(), visit.getId(), visit.getVersion(), entry(TODAY.minusDays(3), 4, null, null));
        assertThatThrownBy(() -> visits.correct(patient.getId(), visit.getId(), visit.getVersion(),
                entry(TODAY.minusDays(3), 6, null, null)))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
        assertThat(visits.find(patient.getId(), visit.getId()).orElseThrow().getPainLevel()).isEqualTo(4);
    }

    @Test
    void aDeletedVisitIsGoneIsAuditedAndThePlanVersionItLedToStaysReadable() {
        Visit visit = visits.record(patient.getId(), entry(TODAY.minusDays(3), 5, null, null));
        var plan = new org.rehabplan.plan.PlanResult(patient.getPatientRef(), TODAY, true, "0hard/0medium/0soft",
                "kyphoplasty", java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of());
        var version = versions.save(patient.getId(), patients.profile(patient), plan, java.util.List.of(), "therapist",
                "re-planned at the visit", visit.getId());

        visits.delete(patient.getId(), visit.getId());

        assertThat(visits.visits(patient.getId())).isEmpty();
        assertThat(audit.about("VISIT", visit.getId())).extracting(org.rehabplan.audit.AuditEvent::getAction)
                .containsExactly("VISIT_RECORDED", "VISIT_DELETED");
        assertThat(versions.versions(patient.getId())).extracting(org.rehabplan.plan.PlanVersion::getId)
                .containsExactly(version.getId());
        assertThat(versions.latest(patient.getId()).orElseThrow().version().getVisitId()).isEqualTo(visit.getId());
    }

    @Test
    void anotherPatientsVisitCanNeitherBeCorrectedNorDeletedThroughThisPatient() {
        Visit visit = visits.record(patient.getId(), entry(TODAY.minusDays(3), 5, null, null));
        Patient other = patients.create(aProfile().ref("other-" + System.nanoTime()).procedure(TODAY.minusWeeks(4))
                .weeksOut(2).build(), "therapist");
        assertThatThrownBy(() -> visits.delete(other.getId(), visit.getId()))
                .isInstanceOf(VisitNotFoundException.class);
        assertThatThrownBy(() -> visits.correct(other.getId(), visit.getId(), visit.getVersion(),
                entry(TODAY.minusDays(3), 1, null, null))).isInstanceOf(VisitNotFoundException.class);
        assertThat(visits.visits(patient.getId())).hasSize(1);
    }
}
