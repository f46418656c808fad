package org.rehabplan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rehabplan.security.Role;
import org.rehabplan.security.TestAccounts;
import org.rehabplan.security.UserAccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Load acceptance, not a unit test ({@code ./mvnw -Pbenchmark verify -Dtest=SolveLoadBenchmark}): 20 concurrent
 * 12-week generations from 10 therapists over HTTP on 127.0.0.1 with the production solver limits. Every request
 * must be answered with a plan, 429 or 503 (no other 5xx), and the accepted ones within 30 s at the 95th percentile.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "rehabplan.solver.unimproved-limit=3s", "rehabplan.solver.time-limit=20s"})
class SolveLoadBenchmark {

    private static final String PASSWORD = "load-test-secret";
    private static final int USERS = 10;
    private static final int PER_USER = 2;

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService accounts;

    @Autowired
    ObjectMapper mapper;

    @Test
    void twentyConcurrentTwelveWeekGenerationsFromTenTherapists() throws Exception {
        ObjectNode profile = (ObjectNode) mapper.readTree(Files.readString(Path.of("seeds",
                "01-early-all-restrictions.json")));
        profile.put("planWeeks", 12);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<CompletableFuture<long[]>> calls = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            String user = "load-" + u;
            TestAccounts.ensure(accounts, user, PASSWORD, Role.THERAPIST);
            String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes());
            for (int i = 0; i < PER_USER; i++) {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                + "/api/plans/generate")).timeout(Duration.ofSeconds(120))
                        .header("Authorization", auth).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(profile.toString())).build();
                long start = System.nanoTime();
                calls.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                        .thenApply(r -> new long[] {r.statusCode(), (System.nanoTime() - start) / 1_000_000})
                        .exceptionally(e -> new long[] {-1, (System.nanoTime() - start) / 1_000_000}));
            }
        }
        Map<Long, Integer> statuses = new TreeMap<>();
        List<Long> accepted = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        for (var call : calls) {
            long[] result = call.get();
            statuses.merge(result[0], 1, Integer::sum);
            all.add(result[1]);
            if (result[0] == 200) {
                accepted.add(result[1]);
            }
        }
        accepted.sort(null);
        all.sort(null);
        System.out.printf("%nLOAD %d requests from %d users: statuses %s%n", calls.size(), USERS, statuses);
        System.out.printf("LOAD accepted (200): n=%d p50=%d ms p95=%d ms max=%d ms; all answers: p50=%d ms max=%d ms%n",
                accepted.size(), percentile(accepted, 50), percentile(accepted, 95),
                accepted.isEmpty() ? 0 : accepted.getLast(), percentile(all, 50), all.getLast());
        assertThat(statuses).doesNotContainKey(-1L); // -1: no answer within 120 s
        assertThat(statuses.keySet()).allMatch(s -> s == 200 || s == 429 || s == 503);
        assertThat(accepted).isNotEmpty();
        assertThat(percentile(accepted, 95)).isLessThanOrEqualTo(30_000);
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
