package org.rehabplan.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this username from this address: refused until the lock runs out. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration remaining;

    LoginThrottledException(Duration remaining) {
        super("Too many failed sign-ins; try again in " + minutes(remaining));
        this.remaining = remaining;
    }

    public Duration remaining() {
        return remaining;
    }

    /** "1 minute", "5 minutes": rounded up so "0 minutes" is never shown. */
    public static String minutes(Duration remaining) {
        long minutes = Math.max(1, (remaining.toSeconds() + 59) / 60);
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
