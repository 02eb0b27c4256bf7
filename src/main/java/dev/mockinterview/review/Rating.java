package dev.mockinterview.review;

/**
 * How well the user recalled a question when reviewing it, mapped to the SM-2 response quality {@code q} (0–5):
 * AGAIN = 1 (not recalled), HARD = 3 (recalled with serious difficulty), GOOD = 4 (recalled after some hesitation),
 * EASY = 5 (perfect recall). A quality below 3 is a lapse; see {@link Sm2Scheduler}.
 */
public enum Rating {
    AGAIN(1),
    HARD(3),
    GOOD(4),
    EASY(5);

    private final int quality;

    Rating(int quality) {
        this.quality = quality;
    }

    /** The SM-2 response quality, 0 to 5. */
    public int quality() {
        return quality;
    }
}
