package org.rehabplan.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Every instance counts "today" in the configured clinic time zone, not in its server's own. */
class ClinicClockTest {

    @Test
    void theConfiguredClinicTimeZoneIsTheAppsClockZone() {
        Clock clock = new ClinicClock().clock("Pacific/Kiritimati");
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Pacific/Kiritimati"));
    }

    @Test
    void withoutAZoneTheServersIsUsed() {
        assertThat(new ClinicClock().clock("").getZone()).isEqualTo(ZoneId.systemDefault());
    }
}
