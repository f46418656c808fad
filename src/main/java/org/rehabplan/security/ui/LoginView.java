package org.rehabplan.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.rehabplan.base.CurrentUser;
import org.rehabplan.security.LoginThrottledException;
import org.springframework.security.web.WebAttributes;

/** The sign-in page. The form posts to Spring Security; a failed or throttled sign-in comes back with {@code ?error}. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · RehabPlan")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    final LoginForm form = new LoginForm();
    /** The form's texts; its error message says why the last sign-in failed. */
    final LoginI18n texts = LoginI18n.createDefault();

    LoginView() {
        addClassName("rp-login");
        getElement().setAttribute("role", "main"); // the sign-in page has no app frame: it is its own main landmark
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(new H1("RehabPlan"), new Paragraph("Sign in with the account your clinic's admin gave you."), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.isSignedIn()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object failure = lastFailure();
            if (failure instanceof LoginThrottledException throttled) {
                showError("Too many failed sign-ins", "Sign-in for this account is paused for your security. Try "
                        + "again in " + LoginThrottledException.minutes(throttled.remaining()) + ".");
            } else {
                showError("Incorrect username or password",
                        "Check both and try again. After several failed attempts sign-in is paused for a few "
                                + "minutes.");
            }
        }
    }

    private void showError(String title, String message) {
        texts.getErrorMessage().setTitle(title);
        texts.getErrorMessage().setMessage(message);
        form.setI18n(texts);
        form.setError(true);
    }

    /** What Spring Security's failure handler left in the session about the last failed sign-in. */
    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
