package org.rehabplan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;
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
 * A client that hangs up does not keep the solver: its solve is stopped and its place freed long before the deadline.
 * Here solves have no step limit and would run for a minute; the deadline is 40 s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "rehabplan.solver.parallel-solvers=1", "rehabplan.solver.queue-limit=2", "rehabplan.solver.per-user-limit=2",
        "rehabplan.solver.unimproved-limit=0s", "rehabplan.solver.unimproved-steps=2000000000",
        "rehabplan.solver.time-limit=60s", "rehabplan.solver.deadline=40s"})
class AbandonedSolvesOverHttpTest {

    private static final String PASSWORD = "abandoned-solves-secret";
    private static final Duration WELL_BEFORE_THE_DEADLINE = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService accounts;

    @Autowired
    SolveGate gate;

    private String profile;

    @BeforeEach
    void accountsAndProfile() throws Exception {
        TestAccounts.ensure(accounts, "leaver-a", PASSWORD, Role.THERAPIST);
        TestAccounts.ensure(accounts, "leaver-b", PASSWORD, Role.THERAPIST);
        profile = Files.readString(Path.of("seeds", "04-ten-weeks-restrictions-lifting.json"));
        waitUntil(gate::admitted, 0, Duration.ofSeconds(30)); // nothing left over from another test
    }

    /** A generate request written by hand on a socket the test can drop at any moment. */
    private Socket generateOnASocket(String user) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        byte[] body = profile.getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/plans/generate HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        return socket;
    }

    @Test
    void aRunningSolveStopsAndFreesItsPlaceWhenItsClientHangsUp() throws Exception {
        Socket client = generateOnASocket("leaver-a");
        waitUntil(gate::admitted, 1, Duration.ofSeconds(20));
        Thread.sleep(500); // solving by now

        long hungUp = System.nanoTime();
        client.close();

        waitUntil(gate::admitted, 0, Duration.ofSeconds(35));
        Duration freedAfter = Duration.ofNanos(System.nanoTime() - hungUp);
        System.out.printf("ABANDONED running solve freed %d ms after the client hung up (deadline 40 s)%n",
                freedAfter.toMillis());
        assertThat(freedAfter).isLessThan(WELL_BEFORE_THE_DEADLINE);
    }

    @Test
    void aSolveWaitingForTheSolverIsDroppedWhenItsClientHangsUpAndTheRunningOneIsStillAnswered() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Socket first = generateOnASocket("leaver-a"); // takes the only solver
        waitUntil(gate::admitted, 1, Duration.ofSeconds(20));
        Socket waiting = generateOnASocket("leaver-b");
        waitUntil(gate::admitted, 2, Duration.ofSeconds(20));

        long hungUp = System.nanoTime();
        waiting.close();

        waitUntil(gate::admitted, 1, Duration.ofSeconds(35));
        assertThat(Duration.ofNanos(System.nanoTime() - hungUp)).isLessThan(WELL_BEFORE_THE_DEADLINE);
        first.close();
        waitUntil(gate::admitted, 0, Duration.ofSeconds(35));

        // a client that stays gets its plan: the watch does not mistake a quiet connection for a closed one
        CompletableFuture<HttpResponse<String>> stays = http.sendAsync(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/plans/generate"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("leaver-a:" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(profile))
                .build(), HttpResponse.BodyHandlers.ofString());
        waitUntil(gate::admitted, 1, Duration.ofSeconds(20));
        Thread.sleep(3_000);
        assertThat(gate.admitted()).as("still solving for the client that waits").isEqualTo(1);
        assertThat(stays.isDone()).isFalse();

        http.shutdownNow(); // an HTTP client that closes its connections is gone too
        long closed = System.nanoTime();
        waitUntil(gate::admitted, 0, Duration.ofSeconds(35));
        assertThat(Duration.ofNanos(System.nanoTime() - closed)).isLessThan(WELL_BEFORE_THE_DEADLINE);
    }

    private static void waitUntil(IntSupplier count, int expected, Duration atMost) {
        long until = System.nanoTime() + atMost.toNanos();
        while (count.getAsInt() != expected && System.nanoTime() < until) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(count.getAsInt()).isEqualTo(expected);
    }
}
