package org.rehabplan.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
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
@PermitAll
public class ChangePasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UserAccountService accounts;
    final Paragraph reason = new Paragraph();
    final PasswordField current = new PasswordField(getTranslation("password.current"));
    final PasswordField newPassword = new PasswordField(getTranslation("password.new"));
    final PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
    final Button save = new Button(getTranslation("menu.change.password"));

    ChangePasswordView(UserAccountService accounts) {
        this.accounts = accounts;
        addClassName("rp-page");
        setMaxWidth("32em");
        newPassword.setHelperText(getTranslation("password.help"));
        for (PasswordField field : new PasswordField[] {current, newPassword, repeat}) {
            field.setWidthFull();
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> change());
        add(new H2(getTranslation("menu.change.password")), reason, current, newPassword, repeat, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.page.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean forced = accounts.mustChangePassword();
        reason.setVisible(forced);
        reason.setText(forced ? getTranslation("password.forced") : "");
    }

    private void change() {
        current.setInvalid(false);
        newPassword.setInvalid(false);
        repeat.setInvalid(false);
        if (!newPassword.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password.mismatch"));
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
        Notifications.success(getTranslation("password.changed"));
        getUI().ifPresent(ui -> ui.navigate(""));
    }
}
