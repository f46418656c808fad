package org.rehabplan.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.rehabplan.caseload.ui.PatientListView;
import org.rehabplan.security.Role;
import org.rehabplan.security.TestAccounts;
import org.rehabplan.security.UserAccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

/** Users change their own password; one an admin set must be changed before any other page opens. */
@SpringBootTest
class ChangePasswordViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAccountService accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    @WithMockUser(username = "forced-change", roles = "THERAPIST")
    void aPasswordSetByAnAdminSendsTheUserToChangeItFirst() {
        TestAccounts.ensure(accounts, "forced-change", "first-own-password", Role.THERAPIST);
        long id = accounts.find("forced-change").orElseThrow().getId();
        TestAccounts.asAdmin(() -> accounts.resetPassword(id, "admin-picked-this"));

        navigate("", ChangePasswordView.class);
        ChangePasswordView view = $(ChangePasswordView.class).single();
        assertThat(view.reason.getText()).contains("set by an admin");

        test(view.current).setValue("admin-picked-this");
        test(view.newPassword).setValue("password12");
        test(view.repeat).setValue("password12");
        test(view.save).click();
        assertThat(view.newPassword.isInvalid()).isTrue();
        assertThat(view.newPassword.getErrorMessage()).contains("common");

        test(view.newPassword).setValue("kettle lantern river");
        test(view.repeat).setValue("kettle lantern river");
        test(view.save).click();
        assertThat(accounts.find("forced-change").orElseThrow().isMustChangePassword()).isFalse();
        assertThat($(PatientListView.class).all()).hasSize(1);
    }

    @Test
    @WithMockUser(username = "own-change", roles = "THERAPIST")
    void theCurrentPasswordMustBeRight() {
        TestAccounts.ensure(accounts, "own-change", "first-own-password", Role.THERAPIST);
        ChangePasswordView view = navigate(ChangePasswordView.class);
        test(view.current).setValue("not-my-password");
        test(view.newPassword).setValue("kettle lantern river");
        test(view.repeat).setValue("kettle lantern river");
        test(view.save).click();
        assertThat(view.current.isInvalid()).isTrue();
    }
}
