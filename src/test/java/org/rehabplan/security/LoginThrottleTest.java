package org.rehabplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class LoginThrottleTest {

    private static final String PASSWORD = "the-right-password";

    /** A clock the test moves forward. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-24T10:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final TestClock clock = new TestClock();
    private final ThrottledAuthenticationProvider provider = provider(clock);

    private static ThrottledAuthenticationProvider provider(Clock clock) {
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);
        DaoAuthenticationProvider accounts = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(
                User.withUsername("ada").password(encoder.encode(PASSWORD)).roles("THERAPIST").build()));
        accounts.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(accounts,
                new LoginThrottle(new LoginThrottleProperties(5, Duration.ofMinutes(5)), Optional.of(clock)));
    }

    private Authentication signIn(String password, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated("ada", password);
        token.setDetails(new WebAuthenticationDetails(request));
        return provider.authenticate(token);
    }

    private void failTimes(int times, String address) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> signIn("wrong", address)).isInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void fourWrongPasswordsStillLetTheRightOneIn() {
        failTimes(4, "10.0.0.1");
        assertThat(signIn(PASSWORD, "10.0.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedUntilTheLockRunsOut() {
        failTimes(5, "10.0.0.1");
        assertThatThrownBy(() -> signIn(PASSWORD, "10.0.0.1")).isInstanceOf(LoginThrottledException.class)
                .hasMessageContaining("try again in 5 minutes");
        clock.now = clock.now.plus(Duration.ofMinutes(4));
        assertThatThrownBy(() -> signIn(PASSWORD, "10.0.0.1")).isInstanceOf(LoginThrottledException.class)
                .hasMessageContaining("1 minute");
        clock.now = clock.now.plus(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(signIn(PASSWORD, "10.0.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void theLockHoldsForThatAddressOnly() {
        failTimes(5, "10.0.0.1");
        assertThat(signIn(PASSWORD, "10.0.0.2").isAuthenticated()).isTrue();
    }

    @Test
    void aSuccessfulSignInStartsTheCountAfresh() {
        failTimes(4, "10.0.0.1");
        signIn(PASSWORD, "10.0.0.1");
        failTimes(4, "10.0.0.1");
        assertThat(signIn(PASSWORD, "10.0.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void failuresSpreadOverMoreThanTheLockDurationDoNotAddUp() {
        failTimes(4, "10.0.0.1");
        clock.now = clock.now.plus(Duration.ofMinutes(6));
        failTimes(4, "10.0.0.1");
        assertThat(signIn(PASSWORD, "10.0.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void tenWrongPasswordsFromTenAddressesLockTheAccountFromEveryAddress() {
        for (int i = 0; i < 10; i++) {
            failTimes(1, "10.0.1." + i);
        }
        assertThatThrownBy(() -> signIn(PASSWORD, "10.0.2.1")).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void thirtyWrongPasswordsForManyUsernamesFromOneAddressLockThatAddress() {
        for (int i = 0; i < 30; i++) {
            String name = "guess-" + i;
            MockHttpServletRequest request = new MockHttpServletRequest();
            request.setRemoteAddr("10.0.3.3");
            var token = UsernamePasswordAuthenticationToken.unauthenticated(name, "wrong");
            token.setDetails(new WebAuthenticationDetails(request));
            assertThatThrownBy(() -> provider.authenticate(token)).isInstanceOf(
                    org.springframework.security.core.AuthenticationException.class);
        }
        assertThatThrownBy(() -> signIn(PASSWORD, "10.0.3.3")).isInstanceOf(LoginThrottledException.class);
        assertThat(signIn(PASSWORD, "10.0.3.4").isAuthenticated()).isTrue();
    }
}
