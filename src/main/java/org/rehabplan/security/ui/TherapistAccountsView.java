package org.rehabplan.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import org.rehabplan.base.ui.Notifications;
import org.rehabplan.security.AppUser;
import org.rehabplan.security.InvalidAccountException;
import org.rehabplan.security.Role;
import org.rehabplan.security.UserAccountService;

/** Admins create therapist accounts, reset their passwords and disable accounts that are no longer used. */
@Route("admin/therapists")
@PageTitle("Therapist accounts · RehabPlan")
@Menu(order = 90, icon = "vaadin:user-card", title = "Therapist accounts")
@RolesAllowed("ADMIN")
public class TherapistAccountsView extends VerticalLayout {


    private final UserAccountService accounts;
    final Grid<AppUser> grid = new Grid<>();
    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Name");
    final PasswordField password = new PasswordField("First password");
    final Select<Role> role = new Select<>();
    final Button create = new Button("Create account", VaadinIcon.PLUS.create());
    /** Why the last "Create account" was refused, next to the form instead of a notification over it. */
    final com.vaadin.flow.component.html.Div formError = new com.vaadin.flow.component.html.Div();

    TherapistAccountsView(UserAccountService accounts) {
        this.accounts = accounts;
        addClassName("rp-page");
        setMaxWidth("1100px");
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(org.rehabplan.base.ui.DisplayFormats::label);
        role.setValue(Role.THERAPIST);
        username.setRequiredIndicatorVisible(true);
        password.setRequiredIndicatorVisible(true);
        formError.addClassName("rp-form-error");
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);
        password.setHelperText("At least 10 characters, not a common password; the therapist chooses their own at the first sign-in");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        FormLayout form = new FormLayout(username, displayName, password, role);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));

        grid.addColumn(AppUser::getUsername).setHeader("Username").setSortable(true).setWidth("6.5em");
        grid.addColumn(AppUser::getDisplayName).setHeader("Name").setSortable(true).setWidth("6.5em");
        grid.addColumn(u -> org.rehabplan.base.ui.DisplayFormats.label(u.getRole())).setHeader("Role")
                .setWidth("8.5em").setFlexGrow(0); // "Administrator" in full
        grid.addColumn(u -> u.isEnabled() ? "Active" : "Disabled").setHeader("Status").setWidth("5.5em")
                .setFlexGrow(0);
        grid.addColumn(u -> org.rehabplan.base.ui.DisplayFormats.date(
                u.getCreatedAt().atZone(ZoneId.systemDefault()).toLocalDate(), getLocale())).setHeader("Created")
                .setWidth("6.5em").setFlexGrow(0);
        // as wide as its widest button: on narrow screens the buttons go one under the other, never cut off
        grid.addComponentColumn(this::actions).setHeader("Actions").setWidth("10.5em").setFlexGrow(1);
        // long names and the action buttons wrap inside their cells instead of being cut off at narrow widths
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        add(new H1("Therapist accounts"), grid, new H3("New account"), form, formError, create);
        refresh();
    }

    private HorizontalLayout actions(AppUser user) {
        Button reset = new Button("Reset password", VaadinIcon.KEY.create(), e -> openResetDialog(user));
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reset.setAriaLabel("Reset password for " + user.getUsername()); // starts with the visible text
        Button toggle = new Button(user.isEnabled() ? "Disable" : "Enable", e -> setEnabled(user, !user.isEnabled()));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL,
                user.isEnabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        toggle.setAriaLabel((user.isEnabled() ? "Disable " : "Enable ") + user.getUsername());
        HorizontalLayout buttons = new HorizontalLayout(reset, toggle);
        buttons.setWrap(true);
        buttons.addClassName("rp-actions");
        return buttons;
    }

    void create() {
        try {
            AppUser user = accounts.create(username.getValue(), displayName.getValue(), password.getValue(),
                    role.getValue());
            Notifications.success("Created the account " + user.getUsername());
            username.clear();
            displayName.clear();
            password.clear();
            username.setInvalid(false);
            password.setInvalid(false);
            formError.setVisible(false);
            refresh();
        } catch (InvalidAccountException e) {
            // the message goes under the field it is about, and once above the button; the form keeps what was typed
            username.setInvalid("username".equals(e.field()));
            password.setInvalid("password".equals(e.field()));
            if ("username".equals(e.field())) {
                username.setErrorMessage(e.getMessage());
            } else if ("password".equals(e.field())) {
                password.setErrorMessage(e.getMessage());
            }
            formError.setText("Not created: " + e.getMessage() + ".");
            formError.setVisible(true);
        }
    }

    private void setEnabled(AppUser user, boolean enabled) {
        try {
            accounts.setEnabled(user.getId(), enabled);
            Notifications.success((enabled ? "Enabled " : "Disabled ") + user.getUsername());
            refresh();
        } catch (InvalidAccountException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void openResetDialog(AppUser user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New password for " + user.getUsername());
        PasswordField newPassword = new PasswordField("New password");
        newPassword.setHelperText("At least 10 characters, not a common password. Their open sessions end now and they choose their own password at the next sign-in");
        newPassword.setWidthFull();
        Button save = new Button("Set password", e -> {
            try {
                accounts.resetPassword(user.getId(), newPassword.getValue());
                Notifications.success("Password changed for " + user.getUsername());
                dialog.close();
            } catch (InvalidAccountException ex) {
                newPassword.setInvalid(true);
                newPassword.setErrorMessage(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(newPassword);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(accounts.list());
    }
}
