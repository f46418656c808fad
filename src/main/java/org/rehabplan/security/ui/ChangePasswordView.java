package org.rehabplan.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.rehabplan.base.ui.Notifications;
import org.rehabplan.security.InvalidAccountException;
import org.rehabplan.security.UserAccountService;
import org.rehabplan.security.WrongCurrentPasswordException;

/**
 * Every signed-in user changes their own password here; users whose password an admin set are sent here first.
 * Changing it ends the account's other sessions (another browser, a forgotten tab).
 */
@Route("account/password")
@PageTitle("Change password · RehabPlan")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements BeforeEnterObserver {

    private final UserAccountService accounts;
    final Paragraph reason = new Paragraph();
    final PasswordField current = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("New password again");
    final Button save = new Button("Change password");

    ChangePasswordView(UserAccountService accounts) {
        this.accounts = accounts;
        addClassName("rp-page");
        setMaxWidth("32em");
        newPassword.setHelperText("At least 10 characters, not a common password and not your username. "
                + "A few unrelated words are easy to remember and hard to guess");
        for (PasswordField field : new PasswordField[] {current, newPassword, repeat}) {
            field.setWidthFull();
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> change());
        add(new H2("Change password"), reason, current, newPassword, repeat, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean forced = accounts.mustChangePassword();
        reason.setVisible(forced);
        reason.setText(forced ? "Your password was set by an admin. Choose your own password to continue." : "");
    }

    private void change() {
        current.setInvalid(false);
        newPassword.setInvalid(false);
        repeat.setInvalid(false);
        if (!newPassword.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage("The two new passwords are not the same");
            repeat.setInvalid(true);
            return;
        }
        try {
            accounts.changeOwnPassword(current.getValue(), newPassword.getValue());
        } catch (InvalidAccountException e) {
            PasswordField field = e instanceof WrongCurrentPasswordException ? current : newPassword;
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
            return;
        }
        Notifications.success("Password changed. You stay signed in here; other sessions of your account ended.");
        getUI().ifPresent(ui -> ui.navigate(""));
    }
}
