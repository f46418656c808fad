package org.rehabplan.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import java.lang.reflect.Constructor;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.rehabplan.security.LoginThrottledException;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

@SpringBootTest
class LoginViewTest extends SpringBrowserlessTest {

    private static LoginThrottledException throttledFor(Duration remaining) throws Exception {
        Constructor<LoginThrottledException> constructor =
                LoginThrottledException.class.getDeclaredConstructor(Duration.class);
        constructor.setAccessible(true);
        return constructor.newInstance(remaining);
    }

    private LoginView openAfterFailure(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        com.vaadin.flow.component.UI.getCurrent().navigate("login",
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("error", "")));
        return (LoginView) getCurrentView();
    }

    @Test
    void aThrottledSignInSaysSoAndWhenToTryAgain() throws Exception {
        LoginView view = openAfterFailure(throttledFor(Duration.ofSeconds(170)));
        assertThat(view.form.isError()).isTrue();
        assertThat(view.texts.getErrorMessage().getTitle()).isEqualTo("Too many failed sign-ins");
        assertThat(view.texts.getErrorMessage().getMessage()).contains("Try again in 3 minutes");
    }

    @Test
    void aWrongPasswordSaysSoWithoutSayingWhichPartWasWrong() {
        LoginView view = openAfterFailure(new BadCredentialsException("Bad credentials"));
        assertThat(view.form.isError()).isTrue();
        assertThat(view.texts.getErrorMessage().getTitle()).isEqualTo("Incorrect username or password");
    }

    @Test
    void theLoginPageOpensWithoutAnErrorAtFirst() {
        LoginView view = navigate(LoginView.class);
        assertThat(view.form.isError()).isFalse();
        assertThat(view.form.getAction()).isEqualTo("login");
    }
}
