package dev.mockinterview.interview;

import dev.mockinterview.review.Rating;
import dev.mockinterview.review.ReviewState;
import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * A self-rating recorded and the question rescheduled.
 *
 * @param feedbackScore the score of the user's latest answer to the question, combined with the rating
 * @param today         the user's local date when they rated
 */
public record RatingSaved(Question question, Rating rating, ReviewState schedule, OptionalInt feedbackScore,
                          LocalDate today) {
}
