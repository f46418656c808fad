package org.rehabplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first start creates exactly one admin: from the environment, or with a random password shown once. */
class AdminBootstrapTest {

    @Nested
    @SpringBootTest(properties = {
            "spring.datasource.url=jdbc:h2:mem:bootstrap-env;DB_CLOSE_DELAY=-1",
            "rehabplan.admin.username=Clinic-Admin", "rehabplan.admin.password=from-the-environment-42"})
    @ExtendWith(OutputCaptureExtension.class)
    class FromTheEnvironment {

        @Autowired
        UserAccountService accounts;

        @Autowired
        PasswordEncoder encoder;

        @Autowired
        JdbcTemplate jdbc;

        @Test
        void theAdminGetsTheConfiguredNameAndPasswordStoredOnlyAsABcryptHash(CapturedOutput output) {
            AppUser admin = accounts.find("clinic-admin").orElseThrow();
            assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
            assertThat(admin.isEnabled()).isTrue();
            String hash = jdbc.queryForObject("select password_hash from app_user where username = 'clinic-admin'",
                    String.class);
            assertThat(hash).doesNotContain("from-the-environment-42").startsWith("$2");
            assertThat(encoder.matches("from-the-environment-42", hash)).isTrue();
            assertThat(output.getAll()).doesNotContain("from-the-environment-42").doesNotContain("random password");
        }

        @Test
        void theDemoPatientsBelongToTheFirstAdmin() {
            Integer seeds = jdbc.queryForObject("select count(*) from patient where owner_username = 'clinic-admin'",
                    Integer.class);
            assertThat(seeds).isPositive();
        }
    }

    @Nested
    @SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:bootstrap-random;DB_CLOSE_DELAY=-1")
    @ExtendWith(OutputCaptureExtension.class)
    class WithoutAConfiguredPassword {

        private static final Pattern PRINTED = Pattern.compile("Created the admin account 'admin' with the random "
                + "password: (\\S+)");

        @Autowired
        AdminBootstrap bootstrap;

        @Autowired
        PasswordEncoder encoder;

        @Autowired
        JdbcTemplate jdbc;

        @Test
        void aRandomPasswordIsPrintedOnceAndWorksAndASecondStartCreatesNoOtherAdmin(CapturedOutput output)
                throws Exception {
            Matcher printed = PRINTED.matcher(output.getAll());
            assertThat(printed.find()).as("the password is printed at the first start").isTrue();
            String password = printed.group(1);
            assertThat(password).hasSizeGreaterThanOrEqualTo(20);
            String hash = jdbc.queryForObject("select password_hash from app_user where username = 'admin'",
                    String.class);
            assertThat(encoder.matches(password, hash)).isTrue();

            bootstrap.run(null); // as on the next start
            assertThat(PRINTED.matcher(output.getAll()).results().count()).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from app_user where role = 'ADMIN'", Integer.class))
                    .isEqualTo(1);
        }

        @Test
        void twoRandomPasswordsDiffer() {
            assertThat(AdminBootstrap.randomPassword()).isNotEqualTo(AdminBootstrap.randomPassword());
        }
    }
}
