package org.rehabplan.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole app, in the clinic's time zone ({@code rehabplan.time-zone}, default the server's): every
 * service that asks for a {@link Clock} gets this one, so "today" (e.g. a visit can't be in the future) is the same
 * day on every instance, whatever each server's own zone. Stored times are instants and don't depend on it.
 */
@Configuration
class ClinicClock {

    @Bean
    Clock clock(@Value("${rehabplan.time-zone:}") String zone) {
        return Clock.system(zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone));
    }
}
