package dev.mockinterview.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.testutil.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SocketWatch: unhealthy only after the socket has been down for more than 30 s in a row")
class SocketWatchTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final SocketWatch watch = new SocketWatch(clock);

    @Test
    @DisplayName("up: healthy; down for 30 s: still healthy; a moment more: unhealthy; up again: healthy")
    void gracePeriod() {
        assertTrue(watch.healthy());
        watch.down();
        clock.advance(SocketWatch.GRACE);
        assertTrue(watch.healthy(), "exactly 30 s is within the grace period");
        clock.advance(Duration.ofMillis(1));
        assertFalse(watch.healthy());
        watch.up();
        assertTrue(watch.healthy());
    }

    @Test
    @DisplayName("several closes in a row count from the first; a reconnect in between starts the count again")
    void firstCloseCounts() {
        watch.down();
        clock.advance(Duration.ofSeconds(20));
        watch.down(); // the SDK's retries close again while it is still down
        clock.advance(Duration.ofSeconds(11));
        assertFalse(watch.healthy(), "31 s since the first close");
        watch.up();
        clock.advance(Duration.ofSeconds(5));
        watch.down();
        clock.advance(Duration.ofSeconds(29));
        assertTrue(watch.healthy(), "29 s since the latest outage began");
    }
}
