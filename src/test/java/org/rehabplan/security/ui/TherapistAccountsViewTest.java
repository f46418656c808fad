package org.rehabplan.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.rehabplan.security.AppUser;
import org.rehabplan.security.Role;
import org.rehabplan.security.UserAccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
class TherapistAccountsViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAccountService accounts;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdminCreatesATherapistWhoseNameAppearsInTheList() {
        TherapistAccountsView view = navigate(TherapistAccountsView.class);
        String name = "new-therapist-" + System.nanoTime();
        test(view.username).setValue(name);
        test(view.displayName).setValue("New Therapist");
        test(view.password).setValue("a-first-password");
        test(view.create).click();
        AppUser created = accounts.find(name).orElseThrow();
        assertThat(created.getRole()).isEqualTo(Role.THERAPIST);
        assertThat(view.grid.getListDataView().getItems()).extracting(AppUser::getUsername).contains(name);
        assertThat(view.username.getValue()).isEmpty();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aTooShortPasswordIsRefusedAndWhatWasTypedStays() {
        TherapistAccountsView view = navigate(TherapistAccountsView.class);
        String name = "short-" + System.nanoTime();
        test(view.username).setValue(name);
        test(view.password).setValue("short");
        test(view.create).click();
        assertThat(accounts.find(name)).isEmpty();
        assertThat(view.username.getValue()).isEqualTo(name);
        // said under the password field and once above the button, not as a notification over the form
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).startsWith("A password needs at least");
        assertThat(view.username.isInvalid()).isFalse();
        assertThat(view.formError.getText()).startsWith("Not created: A password needs at least");
        assertThat($(com.vaadin.flow.component.notification.Notification.class).all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void rolesAndDatesAreShownInWordsNotAsCodes() {
        TherapistAccountsView view = navigate(TherapistAccountsView.class);
        assertThat(view.role.getItemLabelGenerator().apply(Role.THERAPIST)).isEqualTo("Therapist");
        assertThat(view.role.getItemLabelGenerator().apply(Role.ADMIN)).isEqualTo("Administrator");
        AppUser any = view.grid.getListDataView().getItems().findFirst().orElseThrow();
        String shownRole = test(view.grid).getCellText(0, 2);
        assertThat(shownRole).isIn("Therapist", "Administrator").isNotEqualTo(any.getRole().name());
        assertThat(test(view.grid).getCellText(0, 4)).matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}");
    }

    @Test
    @WithMockUser(username = "therapist", roles = "THERAPIST")
    void aTherapistCannotOpenTheAccountsPageNorManageAccounts() {
        navigate("admin/therapists", com.vaadin.flow.router.RouteNotFoundError.class);
        assertThat($(TherapistAccountsView.class).all()).isEmpty();
        assertThatThrownBy(() -> accounts.create("sneaky-admin", null, "a-long-password", Role.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(accounts::list).isInstanceOf(AccessDeniedException.class);
    }
}
