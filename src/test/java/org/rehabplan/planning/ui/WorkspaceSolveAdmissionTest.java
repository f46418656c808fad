package org.rehabplan.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.patient.Profiles;
import org.rehabplan.planning.HeldSolves;
import org.rehabplan.planning.service.SolveGate;
import org.rehabplan.planning.service.SolveRefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The workspace's solves go through the same gate as the API's: one solver at a time and two waiting, at most two
 * per account, and solves that would run for a minute (no step limit) unless stopped.
 */
@SpringBootTest(properties = {"rehabplan.solver.parallel-solvers=1", "rehabplan.solver.queue-limit=2",
        "rehabplan.solver.per-user-limit=2", "rehabplan.solver.unimproved-limit=0s",
        "rehabplan.solver.unimproved-steps=2000000000", "rehabplan.solver.time-limit=60s",
        "rehabplan.solver.deadline=45s"})
@WithMockUser(username = WorkspaceSolveAdmissionTest.USER, roles = "THERAPIST")
class WorkspaceSolveAdmissionTest extends SpringBrowserlessTest {

    static final String USER = "therapist";

    @Autowired
    PatientService patients;

    @Autowired
    SolveGate gate;

    private final List<SolveGate.Solve> others = new ArrayList<>();
    private final HeldSolves held = new HeldSolves();
    private PatientProfile profile;
    private WorkspaceView view;

    @BeforeEach
    void openTheWorkspaceOfANewPatient() {
        profile = Profiles.aProfile().ref("admission-" + System.nanoTime()).weeksOut(2).weeks(4).build();
        long id = patients.create(profile, null).getId();
        view = navigate("patients/" + id + "/workspace", WorkspaceView.class);
    }

    @AfterEach
    void stopEveryOtherSolve() {
        held.release();
        others.forEach(SolveGate.Solve::stop);
        waitUntil(gate::admitted, 0);
    }

    private void occupy(String user) {
        others.add(gate.start(user, profile, List.of(), held.holding(), d -> { }, e -> { }));
    }

    private String lastNotification() {
        return test($(Notification.class).last()).getText();
    }

    @Test
    void aThirdSolveOfOneAccountIsRefusedWithAClearMessageAndNothingStarts() {
        occupy(USER);
        occupy(USER);

        test(view.generate).click();

        assertThat(lastNotification()).startsWith("You already have 2 plans being worked out");
        assertThat(gate.admitted()).isEqualTo(2);
        assertThat(view.generate.isEnabled()).as("the therapist can try again later").isTrue();
        assertThat(view.stop.isEnabled()).isFalse();
    }

    @Test
    void aSolveWhenThePlannerIsBusyIsRefusedSayingWhenToTryAgain() {
        occupy("someone-else");
        occupy("a-third-therapist");
        occupy("a-third-therapist");

        test(view.generate).click();

        assertThat(lastNotification()).matches("The planner is busy with other therapists’ plans; try again in "
                + "\\d+ seconds?\\.");
        assertThat(gate.admitted()).isEqualTo(3);
        assertThat(view.generate.isEnabled()).isTrue();
    }

    @Test
    void theWorkspacesSolveCountsTowardsTheAccountsLimitForTheApiToo() {
        test(view.generate).click();
        assertThat(gate.admitted()).isEqualTo(1);
        occupy(USER);

        assertThatThrownBy(() -> occupy(USER)).isInstanceOf(SolveRefusedException.class)
                .extracting(e -> ((SolveRefusedException) e).reason())
                .isEqualTo(SolveRefusedException.Reason.ACCOUNT_LIMIT);
        test(view.stop).click();
    }

    @Test
    void leavingTheWorkspaceStopsItsSolveAndFreesItsPlace() {
        test(view.generate).click();
        assertThat(gate.admitted()).isEqualTo(1);

        long left = System.nanoTime();
        navigate(org.rehabplan.caseload.ui.PatientListView.class);

        waitUntil(gate::admitted, 0);
        assertThat(Duration.ofNanos(System.nanoTime() - left)).as("stopped, not run on to the 45-s deadline")
                .isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void closingTheBrowserTabStopsItsSolveAndFreesItsPlace() {
        test(view.generate).click();
        assertThat(gate.admitted()).isEqualTo(1);

        long closed = System.nanoTime();
        UI ui = UI.getCurrent();
        ui.getSession().removeUI(ui); // what Vaadin does when the tab closes or stops sending heartbeats

        waitUntil(gate::admitted, 0);
        assertThat(Duration.ofNanos(System.nanoTime() - closed)).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void aSolveWaitingForTheSolverIsDroppedAtOnceWhenTheWorkspaceCloses() {
        occupy("someone-else"); // takes the only solver: the workspace's solve waits
        test(view.generate).click();
        assertThat(gate.admitted()).isEqualTo(2);

        navigate(org.rehabplan.caseload.ui.PatientListView.class);

        assertThat(gate.admitted()).as("nothing to hand over: freed immediately").isEqualTo(1);
    }

    private static void waitUntil(IntSupplier count, int expected) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (count.getAsInt() != expected && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(count.getAsInt()).isEqualTo(expected);
    }
}
