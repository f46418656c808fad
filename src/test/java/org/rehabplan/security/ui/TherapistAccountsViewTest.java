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
