package org.rehabplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/**
 * A forgotten tab must not stay signed in: Vaadin's heartbeat keeps a UI alive, so the running servlet must be set to
 * close sessions that saw no user action for the session timeout (30 minutes). Checked on the servlet as it runs,
 * not on the configuration file. (Waiting out a real timeout would take minutes; Tomcat counts it in whole minutes.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdleSessionsTest {

    @LocalServerPort
    int port;

    @Autowired
    ServletRegistrationBean<SpringServlet> vaadinServlet;

    @Autowired
    ServletContext servletContext;

    @Test
    void heartbeatsDoNotKeepAForgottenTabSignedInBeyondThirtyIdleMinutes() throws Exception {
        // the first request starts the Vaadin servlet
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.discarding());

        assertThat(vaadinServlet.getServlet().getService().getDeploymentConfiguration().isCloseIdleSessions())
                .as("heartbeats alone do not extend the session").isTrue();
        assertThat(servletContext.getSessionTimeout()).as("minutes without user action before sign-out")
                .isEqualTo(30);
    }
}
