package dev.mockinterview.interview;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The scored feedback on one answer. Computed only from the question and the answer text, so the same stored
 * answer always gives the same feedback (see {@link AnswerScorer}).
 *
 * @param score        overall score, 0 to 100: the weighted average of the dimensions that apply
 * @param dimensions   the dimensions that apply to the question, in {@link Dimension} order
 * @param coverage     key points and terms covered and missed
 * @param words        number of words in the answer
 * @param speakingTime estimated time to say the answer aloud, at {@value AnswerScorer#WORDS_PER_MINUTE} words a
 *                     minute
 * @param empty        the answer was empty or blank (then the score is 0)
 */
public record Feedback(int score, List<DimensionScore> dimensions, Coverage coverage, int words,
        Duration speakingTime, boolean empty) {

    public Feedback {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be 0..100, was " + score);
        }
        dimensions = List.copyOf(dimensions);
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(speakingTime, "speakingTime");
    }

    /** The score on one dimension, or empty when it does not apply to this question. */
    public Optional<DimensionScore> dimension(Dimension dimension) {
        return dimensions.stream().filter(d -> d.dimension() == dimension).findFirst();
    }
}
