package org.rehabplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.rehabplan.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two app instances started at the same moment on one PostgreSQL database (a fresh schema), as behind a load
 * balancer: one first admin, no demo patients (postgres profile), and one sign-in throttle: failures counted on
 * either instance add up and lock sign-in on both. Needs REHABPLAN_TEST_POSTGRES_URL ({@code .ci/run} starts a server).
 */
class TwoInstancesOnPostgresTest {

    private static final String URL = System.getenv("REHABPLAN_TEST_POSTGRES_URL");
    private static final String PASSWORD = "two-instances-secret";

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    private ConfigurableApplicationContext start(String schema) {
        return new SpringApplicationBuilder(Application.class).profiles("postgres").run(
                "--spring.datasource.url=" + URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "--spring.datasource.username=" + System.getenv("REHABPLAN_TEST_POSTGRES_USERNAME"),
                "--spring.datasource.password=" + System.getenv().getOrDefault("REHABPLAN_TEST_POSTGRES_PASSWORD", ""),
                "--spring.flyway.schemas=" + schema, "--spring.flyway.create-schemas=true",
                "--server.port=0", "--rehabplan.admin.username=shared-admin",
                "--rehabplan.admin.password=" + PASSWORD);
    }

    private int status(ConfigurableApplicationContext instance, String user, String password) throws Exception {
        int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/patients"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes())).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void twoInstancesShareTheFirstAdminAndTheSignInThrottle() throws Exception {
        Assumptions.assumeTrue(URL != null && !URL.isBlank(), "REHABPLAN_TEST_POSTGRES_URL is not set: no "
                + "PostgreSQL server (eval \"$(.ci/start-postgres)\" starts one; .ci/run does)");
        String schema = "two_instances_" + System.nanoTime();
        var a = CompletableFuture.supplyAsync(() -> start(schema));
        var b = CompletableFuture.supplyAsync(() -> start(schema));
        instances.add(a.get());
        instances.add(b.get());
        JdbcTemplate db = instances.getFirst().getBean(JdbcTemplate.class);

        assertThat(db.queryForObject("select count(*) from app_user where role = 'ADMIN'", Integer.class)).isEqualTo(1);
        assertThat(db.queryForObject("select count(*) from patient", Integer.class)).isZero();
        assertThat(status(instances.get(0), "shared-admin", PASSWORD)).isEqualTo(200);
        assertThat(status(instances.get(1), "shared-admin", PASSWORD)).isEqualTo(200);

        // five wrong passwords for one account from one address lock it: three on one instance, two on the other
        for (int i = 0; i < 5; i++) {
            assertThat(status(instances.get(i % 2), "shared-admin", "wrong-guess-" + i)).isEqualTo(401);
        }
        assertThat(status(instances.get(0), "shared-admin", PASSWORD)).isEqualTo(401);
        assertThat(status(instances.get(1), "shared-admin", PASSWORD)).isEqualTo(401);

        // the audit log only grows
        assertThat(db.queryForObject("select count(*) from audit_event", Integer.class)).isPositive();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.update("delete from audit_event"))
                .hasMessageContaining("insert-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.update("update audit_event set username = 'x'"))
                .hasMessageContaining("insert-only");
    }
}
