package dev.mockinterview.interview;

import java.time.Instant;

/**
 * An answer a user wrote to a question, kept verbatim so its feedback can always be recomputed from it.
 *
 * @param score the feedback score out of 100 when it was saved, or null when not yet scored
 */
public record Answer(long id, long sessionId, String questionId, UserRef user, String text, Instant createdAt,
                     Integer score) {
}
