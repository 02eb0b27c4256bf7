package dev.mockinterview.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("SlackGateway.backoff")
class SlackGatewayBackoffTest {

    @ParameterizedTest(name = "Retry-After \"{0}\" -> {1} s")
    @CsvSource({
            "1, 1",
            "5, 5",
            "' 7 ', 7",
            "30, 30",
            "0, 0",
    })
    @DisplayName("honours Slack's Retry-After (seconds), whatever the attempt")
    void retryAfterHonoured(String retryAfter, long seconds) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertEquals(Duration.ofSeconds(seconds), SlackGateway.backoff(attempt, retryAfter));
        }
    }

    @ParameterizedTest(name = "Retry-After \"{0}\" -> 30 s")
    @CsvSource({"31", "120", "3600", "9223372036854775807"})
    @DisplayName("caps Retry-After at 30 seconds")
    void retryAfterCapped(String retryAfter) {
        assertEquals(Duration.ofSeconds(30), SlackGateway.backoff(1, retryAfter));
    }

    @ParameterizedTest(name = "attempt {0} -> {1} ms")
    @CsvSource({
            "1, 250",
            "2, 500",
            "3, 1000",
            "4, 2000",
            "5, 4000",
            "6, 8000",
            "7, 8000",
            "100, 8000",
    })
    @DisplayName("without Retry-After, backs off exponentially from 250 ms, capped at 8 s")
    void exponentialDefault(int attempt, long millis) {
        assertEquals(Duration.ofMillis(millis), SlackGateway.backoff(attempt, null));
    }

    @ParameterizedTest(name = "Retry-After \"{0}\"")
    @CsvSource({"soon", "''", "1.5", "'Wed, 21 Oct 2026 07:28:00 GMT'"})
    @DisplayName("an unreadable Retry-After falls back to exponential backoff")
    void unreadableRetryAfter(String retryAfter) {
        assertEquals(Duration.ofMillis(500), SlackGateway.backoff(2, retryAfter));
    }

    @Test
    @DisplayName("a negative Retry-After never produces a negative wait")
    void negativeRetryAfter() {
        // when
        Duration wait = SlackGateway.backoff(1, "-5");

        // then
        assertFalse(wait.isNegative(), "wait was " + wait);
    }
}
