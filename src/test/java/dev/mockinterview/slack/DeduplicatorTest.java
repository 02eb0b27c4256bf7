package dev.mockinterview.slack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Deduplicator")
class DeduplicatorTest {

    /** A Caffeine ticker that only moves when the test says so. */
    private static final class FakeTicker implements Ticker {
        private final AtomicLong nanos = new AtomicLong();

        @Override
        public long read() {
            return nanos.get();
        }

        void advance(Duration d) {
            nanos.addAndGet(d.toNanos());
        }
    }

    private final FakeTicker ticker = new FakeTicker();
    private final Deduplicator dedup = new Deduplicator(ticker);

    @Test
    @DisplayName("a key is new the first time and a repeat every time after")
    void firstTimeThenRepeat() {
        // when / then
        assertTrue(dedup.firstTime("trigger-1"));
        assertFalse(dedup.firstTime("trigger-1"));
        assertFalse(dedup.firstTime("trigger-1"));
    }

    @Test
    @DisplayName("different keys are independent")
    void keysIndependent() {
        // given
        assertTrue(dedup.firstTime("Ev001"));

        // when / then
        assertTrue(dedup.firstTime("Ev002"));
        assertFalse(dedup.firstTime("Ev001"));
        assertFalse(dedup.firstTime("Ev002"));
    }

    @Test
    @DisplayName("null and empty keys are always first (nothing to deduplicate on)")
    void nullAndEmpty() {
        assertTrue(dedup.firstTime(null));
        assertTrue(dedup.firstTime(null));
        assertTrue(dedup.firstTime(""));
        assertTrue(dedup.firstTime(""));
    }

    @Test
    @DisplayName("a key is still a repeat just under 15 minutes later")
    void stillRememberedBefore15Minutes() {
        // given
        assertTrue(dedup.firstTime("action-ts-1"));

        // when
        ticker.advance(Duration.ofMinutes(15).minusSeconds(1));

        // then
        assertFalse(dedup.firstTime("action-ts-1"));
    }

    @Test
    @DisplayName("a key is forgotten 15 minutes after it was first seen, then remembered again")
    void forgottenAfter15Minutes() {
        // given
        assertTrue(dedup.firstTime("action-ts-1"));
        ticker.advance(Duration.ofMinutes(10));
        assertFalse(dedup.firstTime("action-ts-1"), "a repeat does not extend the 15 minutes");

        // when
        ticker.advance(Duration.ofMinutes(5).plusSeconds(1));

        // then
        assertTrue(dedup.firstTime("action-ts-1"));
        assertFalse(dedup.firstTime("action-ts-1"));
    }
}
