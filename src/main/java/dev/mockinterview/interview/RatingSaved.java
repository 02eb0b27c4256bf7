package dev.mockinterview.interview;

import dev.mockinterview.review.Rating;
import dev.mockinterview.review.ReviewState;
import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * A self-rating recorded and the question rescheduled.
 *
 * @param countedAs       the rating the schedule used: the same as {@code rating} unless the feedback score moved it
 * @param feedbackScore   the score of the user's latest answer to the question, combined with the rating
 * @param keyPointsTicked how many key points the user ticked, when they rated that way; otherwise null
 * @param today           the user's local date when they rated
 */
public record RatingSaved(Question question, Rating rating, Rating countedAs, ReviewState schedule,
                          OptionalInt feedbackScore, Integer keyPointsTicked, LocalDate today) {
}
