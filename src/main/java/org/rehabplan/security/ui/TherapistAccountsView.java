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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import org.rehabplan.base.ui.DisplayFormats;
import org.rehabplan.base.ui.Notifications;
import org.rehabplan.security.AppUser;
import org.rehabplan.security.InvalidAccountException;
import org.rehabplan.security.Role;
import org.rehabplan.security.UserAccountService;

/** Admins create therapist accounts, reset their passwords and disable accounts that are no longer used. */
@Route("admin/therapists")
@Menu(order = 90, icon = "vaadin:user-card", title = "Therapist accounts")
@RolesAllowed("ADMIN")
public class TherapistAccountsView extends VerticalLayout implements HasDynamicTitle {


    private final UserAccountService accounts;
    final Grid<AppUser> grid = new Grid<>();
    final TextField username = new TextField(getTranslation("accounts.username"));
    final TextField displayName = new TextField(getTranslation("accounts.name"));
    final PasswordField password = new PasswordField(getTranslation("accounts.first.password"));
    final Select<Role> role = new Select<>();
    final Button create = new Button(getTranslation("accounts.create"), VaadinIcon.PLUS.create());
    /** Why the last "Create account" was refused, next to the form instead of a notification over it. */
    final com.vaadin.flow.component.html.Div formError = new com.vaadin.flow.component.html.Div();

    TherapistAccountsView(UserAccountService accounts) {
        this.accounts = accounts;
        addClassName("rp-page");
        setMaxWidth("1100px");
        role.setLabel(getTranslation("accounts.role"));
        role.setItemLabelGenerator(DisplayFormats::label);
        role.setItems(Role.values());
        role.setItemLabelGenerator(org.rehabplan.base.ui.DisplayFormats::label);
        role.setValue(Role.THERAPIST);
        username.setRequiredIndicatorVisible(true);
        password.setRequiredIndicatorVisible(true);
        formError.addClassName("rp-form-error");
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);
        password.setHelperText(getTranslation("accounts.first.password.help"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        FormLayout form = new FormLayout(username, displayName, password, role);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));

        grid.addColumn(AppUser::getUsername).setHeader(getTranslation("accounts.username")).setSortable(true)
                .setWidth("6.5em");
        grid.addColumn(AppUser::getDisplayName).setHeader(getTranslation("accounts.name")).setSortable(true)
                .setWidth("6.5em");
        grid.addColumn(u -> DisplayFormats.label(u.getRole())).setHeader(getTranslation("accounts.role"))
                .setWidth("8.5em").setFlexGrow(0); // "Administrator" in full
        grid.addColumn(u -> getTranslation(u.isEnabled() ? "accounts.active" : "accounts.disabled"))
                .setHeader(getTranslation("accounts.status")).setWidth("5.5em").setFlexGrow(0);
        grid.addColumn(u -> DisplayFormats.date(u.getCreatedAt().atZone(ZoneId.systemDefault()).toLocalDate(),
                getLocale())).setHeader(getTranslation("share.col.created")).setWidth("6.5em").setFlexGrow(0);
        // as wide as its widest button: on narrow screens the buttons go one under the other, never cut off
        grid.addComponentColumn(this::actions).setHeader(getTranslation("accounts.actions")).setWidth("10.5em")
                .setFlexGrow(1);
        // long names and the action buttons wrap inside their cells instead of being cut off at narrow widths
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("menu.admin.therapists")), grid, new H3(getTranslation("accounts.new")), form,
                formError, create);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.page.title");
    }

    private HorizontalLayout actions(AppUser user) {
        Button reset = new Button(getTranslation("accounts.reset"), VaadinIcon.KEY.create(), e -> openResetDialog(user));
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reset.setAriaLabel(getTranslation("accounts.reset.aria", user.getUsername())); // starts with the visible text
        Button toggle = new Button(getTranslation(user.isEnabled() ? "accounts.disable" : "accounts.enable"), e -> setEnabled(user, !user.isEnabled()));
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
            Notifications.success(getTranslation("accounts.created", user.getUsername()));
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
            formError.setText(getTranslation("accounts.not.created", e.getMessage()));
            formError.setVisible(true);
        }
    }

    private void setEnabled(AppUser user, boolean enabled) {
        try {
            accounts.setEnabled(user.getId(), enabled);
            Notifications.success(getTranslation(enabled ? "accounts.enabled" : "accounts.disabled.now", user.getUsername()));
            refresh();
        } catch (InvalidAccountException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void openResetDialog(AppUser user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("accounts.reset.title", user.getUsername()));
        PasswordField newPassword = new PasswordField(getTranslation("password.new"));
        newPassword.setHelperText(getTranslation("accounts.reset.help"));
        newPassword.setWidthFull();
        Button save = new Button(getTranslation("accounts.set.password"), e -> {
            try {
                accounts.resetPassword(user.getId(), newPassword.getValue());
                Notifications.success(getTranslation("accounts.password.changed", user.getUsername()));
                dialog.close();
            } catch (InvalidAccountException ex) {
                newPassword.setInvalid(true);
                newPassword.setErrorMessage(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(newPassword);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(accounts.list());
    }
}
