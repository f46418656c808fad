package org.rehabplan.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.rehabplan.base.CurrentUser;
import org.rehabplan.security.LoginThrottledException;
import org.springframework.security.web.WebAttributes;

/** The sign-in page. The form posts to Spring Security; a failed or throttled sign-in comes back with {@code ?error}. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

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
        texts.getForm().setTitle(getTranslation("login.form.title"));
        texts.getForm().setUsername(getTranslation("login.username"));
        texts.getForm().setPassword(getTranslation("login.password"));
        texts.getForm().setSubmit(getTranslation("login.submit"));
        form.setI18n(texts);
        add(new H1("RehabPlan"), new Paragraph(getTranslation("login.text")), form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page.title");
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
                long minutes = Math.max(1, (throttled.remaining().toSeconds() + 59) / 60);
                showError(getTranslation("login.throttled.title"), getTranslation("login.throttled.text", minutes));
            } else {
                showError(getTranslation("login.failed.title"), getTranslation("login.failed.text"));
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
