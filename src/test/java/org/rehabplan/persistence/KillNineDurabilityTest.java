package org.rehabplan.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The crash test: the app (its own JVM, the default embedded database settings of application.yaml) takes patient
 * writes from four clients, is killed with SIGKILL mid-stream, and is started again on the same files: every write
 * it acknowledged (201) is there. Also checks the data folder is private to the app's OS user.
 */
class KillNineDurabilityTest {

    private static final String ADMIN = "crash-admin";
    private static final String PASSWORD = "kill-nine-durable-writes";

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String auth = "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes());

    @Test
    void everyAcknowledgedWriteSurvivesAKillNine() throws Exception {
        int port = freePort();
        Process app = start(port);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try {
            awaitHealthy(port, app);
            String seed = Files.readString(Path.of("seeds", "05-high-pain.json"));
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger counter = new AtomicInteger();
            ExecutorService writers = Executors.newFixedThreadPool(4);
            for (int w = 0; w < 4; w++) {
                writers.submit(() -> {
                    while (writing.get()) {
                        String ref = "crash-" + counter.incrementAndGet();
                        ObjectNode profile = (ObjectNode) JsonMapper.shared().readTree(seed);
                        profile.put("patientRef", ref);
                        try {
                            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(api(port, "/api/patients"))
                                    .header("Authorization", auth).header("Content-Type", "application/json")
                                    .timeout(Duration.ofSeconds(10))
                                    .POST(HttpRequest.BodyPublishers.ofString(profile.toString())).build(),
                                    HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() == 201) {
                                acknowledged.add(ref);
                            }
                        } catch (IOException e) {
                            return null; // the app is gone
                        }
                    }
                    return null;
                });
            }
            // kill in the middle of the stream: once 50 writes are acknowledged (or after 40 s on a slow machine)
            for (int i = 0; i < 400 && acknowledged.size() < 50; i++) {
                Thread.sleep(100);
            }
            app.destroyForcibly(); // SIGKILL: no shutdown hook, no close of the database
            app.waitFor(30, TimeUnit.SECONDS);
            writing.set(false);
            writers.shutdown();
            writers.awaitTermination(30, TimeUnit.SECONDS);
        } finally {
            app.destroyForcibly();
        }
        assertThat(acknowledged).hasSizeGreaterThan(20);

        Process again = start(port);
        try {
            awaitHealthy(port, again);
            var listed = JsonMapper.shared().readTree(http.send(HttpRequest.newBuilder(api(port, "/api/patients"))
                    .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString()).body());
            List<String> stored = new ArrayList<>();
            listed.forEach(p -> stored.add(p.get("patientRef").asString()));
            System.out.printf("kill -9: %d writes acknowledged, %d stored after restart%n", acknowledged.size(),
                    stored.size());
            assertThat(stored).containsAll(acknowledged);
        } finally {
            again.destroy();
            again.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
    }

    private Process start(int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.rehabplan.Application",
                "--spring.config.location=classpath:/application.yaml", // the shipped defaults, not the tests'
                "--server.port=" + port, "--rehabplan.data-dir=" + dataDir,
                "--rehabplan.admin.username=" + ADMIN, "--rehabplan.admin.password=" + PASSWORD,
                "--rehabplan.seeds.enabled=false", "--rehabplan.security.login-throttle.max-failures=1000")
                .redirectErrorStream(true).redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + ".log")
                        .toFile()).start();
    }

    private void awaitHealthy(int port, Process app) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < until) {
            assertThat(app.isAlive()).as("the app stopped during start-up").isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(api(port, "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the app did not become ready within 180 s");
    }

    private static URI api(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
