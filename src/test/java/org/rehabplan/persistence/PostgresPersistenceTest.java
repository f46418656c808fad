package org.rehabplan.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The repository contract on a real PostgreSQL server, with the app's "postgres" profile. Needs
 * REHABPLAN_TEST_POSTGRES_URL (plus _USERNAME/_PASSWORD): {@code eval "$(.ci/start-postgres)"} starts a throwaway
 * server and prints them; {@code .ci/run} does that. Skipped, with this reason, when the URL is not set.
 */
@SpringBootTest
@ActiveProfiles("postgres")
@WithMockUser(username = "therapist", roles = "THERAPIST")
class PostgresPersistenceTest extends PersistenceContract {

    private static final String URL = System.getenv("REHABPLAN_TEST_POSTGRES_URL");

    @BeforeAll
    static void requirePostgres() {
        Assumptions.assumeTrue(URL != null && !URL.isBlank(), "REHABPLAN_TEST_POSTGRES_URL is not set: no PostgreSQL "
                + "server to test against (eval \"$(.ci/start-postgres)\" starts one; .ci/run does)");
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> System.getenv("REHABPLAN_TEST_POSTGRES_USERNAME"));
        registry.add("spring.datasource.password", () -> System.getenv().getOrDefault(
                "REHABPLAN_TEST_POSTGRES_PASSWORD", ""));
    }

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void theseTestsReallyRunOnPostgreSql() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }
}
