package org.rehabplan.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.rehabplan.security.ui.ChangePasswordView;
import org.rehabplan.security.ui.LoginView;
import org.springframework.stereotype.Component;

/** A user whose password an admin set reaches no view but the change-password one until they chose their own. */
@Component
class PasswordChangeRequired implements VaadinServiceInitListener {

    private final UserAccountService accounts;

    PasswordChangeRequired(UserAccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target != ChangePasswordView.class && target != LoginView.class && accounts.mustChangePassword()) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
