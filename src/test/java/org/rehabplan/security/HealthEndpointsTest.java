package org.rehabplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A load balancer asks, without signing in, whether an instance is alive and ready (its database reachable); it learns
 * UP or DOWN and nothing more. No other actuator endpoint is reachable, signed in or not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HealthEndpointsTest {

    private static final String ADMIN_PASSWORD = "health-admin-secret";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper mapper;

    @Autowired
    HealthEndpointGroups groups;

    @Autowired
    UserAccountService accounts;

    private HttpResponse<String> anonymous(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void healthLivenessAndReadinessAnswerUpAnonymouslyWithoutDetails(String path) throws Exception {
        HttpResponse<String> answer = anonymous(path);

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode body = mapper.readTree(answer.body());
        assertThat(body.get("status").asString()).isEqualTo("UP");
        assertThat(body.has("components")).as("no component names or details for anonymous callers").isFalse();
        assertThat(body.has("details")).isFalse();
    }

    @Test
    void readinessIncludesTheDatabaseAndLivenessDoesNot() {
        // ready = can serve requests, which needs the database; alive = the process works (a database outage must not
        // make the load balancer restart every instance)
        assertThat(groups.get("readiness").isMember("db")).isTrue();
        assertThat(groups.get("readiness").isMember("readinessState")).isTrue();
        assertThat(groups.get("liveness").isMember("db")).isFalse();
        assertThat(groups.getPrimary().isMember("db")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/info", "/actuator/configprops",
            "/actuator/heapdump", "/actuator/loggers", "/actuator/mappings", "/actuator/metrics",
            "/actuator/health/db", "/actuator/health/diskSpace"})
    void noOtherActuatorEndpointAnswersAnonymously(String path) throws Exception {
        HttpResponse<String> answer = anonymous(path);

        assertThat(answer.statusCode()).as(path).isNotEqualTo(200);
        assertThat(answer.body()).doesNotContain("spring.datasource").doesNotContain("\"beans\"")
                .doesNotContain("propertySources");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/info", "/actuator/configprops",
            "/actuator/heapdump", "/actuator/loggers", "/actuator/mappings", "/actuator/metrics"})
    void otherActuatorEndpointsAreNotExposedEvenToASignedInAdmin(String path) throws Exception {
        TestAccounts.ensure(accounts, "health-admin", ADMIN_PASSWORD, Role.ADMIN);
        BrowserSession admin = new BrowserSession(port).signIn("health-admin", ADMIN_PASSWORD);

        HttpResponse<String> answer = admin.get(path);

        assertThat(answer.statusCode()).as(path).isIn(403, 404); // refused or not there: either way nothing read
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).doesNotContain("actuator");
        assertThat(answer.body()).doesNotContain("propertySources").doesNotContain("\"beans\"")
                .doesNotContain("\"_links\"").doesNotContain("\"names\"");
    }
}
