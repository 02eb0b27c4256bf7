package dev.mockinterview.interview;

import java.time.Instant;

/** An answer a user wrote to a question, kept verbatim so later feedback can be computed from it. */
public record Answer(long id, long sessionId, String questionId, UserRef user, String text, Instant createdAt) {
}
