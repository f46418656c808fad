package org.rehabplan.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.rehabplan.audit.AuditEvent;
import org.rehabplan.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** Admins read the audit log in the app; therapists can't open it. */
@SpringBootTest
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired
    AuditLog audit;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdminSeesTheLatestEventsAndFiltersThem() {
        audit.recordAs("someone-audited", "PATIENT_VIEWED", AuditLog.PATIENT, 4242L, null);
        AuditLogView view = navigate(AuditLogView.class);
        test(view.filter).setValue("someone-audited");
        assertThat(view.grid.getListDataView().getItems()).isNotEmpty()
                .allMatch(e -> e.getUsername().equals("someone-audited"))
                .extracting(AuditEvent::getEntityId).contains(4242L);
    }

    @Test
    @WithMockUser(username = "therapist", roles = "THERAPIST")
    void aTherapistCannotOpenTheAuditLog() {
        navigate("admin/audit", com.vaadin.flow.router.RouteNotFoundError.class);
        assertThat($(AuditLogView.class).all()).isEmpty();
    }
}
