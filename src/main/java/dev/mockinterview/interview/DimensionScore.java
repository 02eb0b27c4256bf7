package dev.mockinterview.interview;

import java.util.Objects;

/**
 * The score on one dimension with what was seen and what to do next.
 *
 * @param score      0 to 100
 * @param finding    what was seen, one sentence of at most 300 characters, naming what is missing
 * @param suggestion one concrete next step, one sentence of at most 300 characters
 */
public record DimensionScore(Dimension dimension, int score, String finding, String suggestion) {
    /** Longest finding or suggestion, in characters. */
    public static final int MAX_TEXT = 300;

    public DimensionScore {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(suggestion, "suggestion");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be 0..100, was " + score);
        }
        if (finding.isBlank() || suggestion.isBlank()) {
            throw new IllegalArgumentException("finding and suggestion must not be blank");
        }
        if (finding.length() > MAX_TEXT || suggestion.length() > MAX_TEXT) {
            throw new IllegalArgumentException("finding and suggestion are at most " + MAX_TEXT + " characters");
        }
    }
}
