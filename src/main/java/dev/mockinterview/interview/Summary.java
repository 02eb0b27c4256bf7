package dev.mockinterview.interview;

import java.time.Duration;

/** The end-of-interview summary. {@code alreadyEnded} is true when the session had ended before this request. */
public record Summary(Session session, Duration duration, boolean alreadyEnded) {
}
