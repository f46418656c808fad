package org.rehabplan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabplan.planning.service.SolveGate;
import org.rehabplan.security.Role;
import org.rehabplan.security.TestAccounts;
import org.rehabplan.security.UserAccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The solver is shared, so nobody may take all of it: one solve at a time and no queue here, solves that would run
 * 10 s but must answer within the 2-s deadline.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "rehabplan.solver.parallel-solvers=1", "rehabplan.solver.queue-limit=0", "rehabplan.solver.per-user-limit=1",
        "rehabplan.solver.unimproved-limit=10s", "rehabplan.solver.time-limit=10s", "rehabplan.solver.deadline=2s"})
class SolveLimitsOverHttpTest {

    private static final String PASSWORD = "solver-limits-secret";

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService accounts;

    @Autowired
    SolveGate gate;

    private final HttpClient http = HttpClient.newHttpClient();
    private String profile;

    @BeforeEach
    void accounts() throws Exception {
        TestAccounts.ensure(accounts, "solver-a", PASSWORD, Role.THERAPIST);
        TestAccounts.ensure(accounts, "solver-b", PASSWORD, Role.THERAPIST);
        profile = Files.readString(Path.of("seeds", "04-ten-weeks-restrictions-lifting.json"));
    }

    private HttpRequest generate(String user) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/plans/generate"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes()))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(profile)).build();
    }

    private CompletableFuture<HttpResponse<String>> oneRunning(String user) throws InterruptedException {
        var running = http.sendAsync(generate(user), HttpResponse.BodyHandlers.ofString());
        for (int i = 0; i < 200 && gate.admitted() == 0; i++) {
            Thread.sleep(10);
        }
        assertThat(gate.admitted()).isEqualTo(1);
        return running;
    }

    @Test
    void aSolveBeyondTheAccountsLimitIs429WithRetryAfter() throws Exception {
        var running = oneRunning("solver-a");
        HttpResponse<String> refused = http.send(generate("solver-a"), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(refused.body()).contains("at most 1 at a time");
        assertThat(running.get().statusCode()).isEqualTo(200);
    }

    @Test
    void aSolveWhenTheQueueIsFullIs503WithRetryAfter() throws Exception {
        var running = oneRunning("solver-a");
        HttpResponse<String> refused = http.send(generate("solver-b"), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(running.get().statusCode()).isEqualTo(200);
    }

    @Test
    void aSolveAnswersByTheDeadlineWithItsBestPlanAndFreesItsPlace() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> answer = http.send(generate("solver-b"), HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"feasible\":true");
        assertThat(took).isLessThan(Duration.ofSeconds(8)); // 2-s deadline + explaining, not the 10-s solve
        assertThat(gate.admitted()).isZero();
    }
}
