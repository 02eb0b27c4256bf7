package dev.mockinterview.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Schedules the next review of a question with SuperMemo SM-2 (P. A. Wozniak, 1990), combined with the answer's
 * feedback score. Pure: the result depends only on the arguments; the caller passes {@code today}.
 *
 * <h2>SM-2</h2>
 * Each review has a response quality {@code q} from 0 to 5 and each question an E-Factor {@code EF}, 2.5 for a new
 * question.
 * <ol>
 *   <li>If {@code q < 3} (a lapse): repetitions = 0 and interval = 1 day — the question starts again as if new.</li>
 *   <li>Otherwise: repetitions + 1, and the interval is 1 day after the first success in a row, 6 days after the
 *   second, and {@code round(previous interval × EF)} after that (rounded to the nearest day, halves up), using the
 *   E-Factor the question had before this review.</li>
 *   <li>After every review, lapse or not: {@code EF' = EF + (0.1 − (5 − q) × (0.08 + (5 − q) × 0.02))}, and
 *   {@code EF'} is never below 1.3. So q = 5 adds 0.10, q = 4 keeps EF, q = 3 takes 0.14, q = 1 takes 0.54.</li>
 *   <li>The question is due on {@code today + interval}.</li>
 * </ol>
 * The published step "after each session, repeat the items that scored below 4 until they score 4" is a same-day
 * drill and is left to the caller: a lapse is simply due again tomorrow.
 *
 * <h2>Ratings and the feedback score</h2>
 * The user's {@link Rating} gives {@code q}: AGAIN = 1, HARD = 3, GOOD = 4, EASY = 5. When the answer also has a
 * feedback score (0–100, from the answer scorer), it corrects an over- or under-confident rating by one step: a
 * score below {@value #LOW_SCORE} lowers GOOD or EASY by one ({@code q} 4 → 3, 5 → 4); a score of {@value #HIGH_SCORE}
 * or more raises HARD by one (3 → 4). AGAIN is never changed, so a feedback score can never turn a forgotten answer
 * into a success, nor a success into a lapse.
 *
 * <h2>Worked example</h2>
 * A new question, reviewed each time on the day it falls due:
 * <table>
 *   <caption>SM-2 with feedback scores</caption>
 *   <tr><th>day</th><th>rating</th><th>score</th><th>q</th><th>repetitions</th><th>interval</th><th>EF after</th>
 *       <th>due</th></tr>
 *   <tr><td>2028-02-27</td><td>GOOD</td><td>—</td><td>4</td><td>1</td><td>1</td><td>2.50</td><td>2028-02-28</td></tr>
 *   <tr><td>2028-02-28</td><td>GOOD</td><td>—</td><td>4</td><td>2</td><td>6</td><td>2.50</td><td>2028-03-05</td></tr>
 *   <tr><td>2028-03-05</td><td>GOOD</td><td>35</td><td>3</td><td>3</td><td>round(6 × 2.50) = 15</td><td>2.36</td>
 *       <td>2028-03-20</td></tr>
 *   <tr><td>2028-03-20</td><td>AGAIN</td><td>—</td><td>1</td><td>0</td><td>1</td><td>1.82</td><td>2028-03-21</td></tr>
 *   <tr><td>2028-03-21</td><td>HARD</td><td>90</td><td>4</td><td>1</td><td>1</td><td>1.82</td><td>2028-03-22</td></tr>
 *   <tr><td>2028-03-22</td><td>EASY</td><td>—</td><td>5</td><td>2</td><td>6</td><td>1.92</td><td>2028-03-28</td></tr>
 *   <tr><td>2028-03-28</td><td>GOOD</td><td>—</td><td>4</td><td>3</td><td>round(6 × 1.92) = 12</td><td>1.92</td>
 *       <td>2028-04-09</td></tr>
 * </table>
 * (The E-Factor is kept to six decimals so that floating-point noise never changes a rounding.)
 */
public final class Sm2Scheduler {
    /** E-Factor of a new question. */
    public static final double INITIAL_EASE = 2.5;
    /** Lowest E-Factor. */
    public static final double MIN_EASE = 1.3;
    /** A feedback score below this lowers a GOOD or EASY rating by one quality step. */
    public static final int LOW_SCORE = 40;
    /** A feedback score at or above this raises a HARD rating by one quality step. */
    public static final int HIGH_SCORE = 85;

    /**
     * The state after reviewing a question today.
     *
     * @param previous      the state after the previous review, or {@code null} for a question never reviewed
     * @param rating        how well the user recalled it
     * @param feedbackScore the answer's feedback score (0–100), if it was scored
     * @param today         the day of this review
     */
    public ReviewState schedule(ReviewState previous, Rating rating, OptionalInt feedbackScore, LocalDate today) {
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(feedbackScore, "feedbackScore");
        Objects.requireNonNull(today, "today");
        int repetitions = previous == null ? 0 : previous.repetitions();
        double ease = previous == null ? INITIAL_EASE : previous.easeFactor();
        int interval = previous == null ? 0 : previous.intervalDays();

        int q = quality(rating, feedbackScore);
        if (q < 3) {
            repetitions = 0;
            interval = 1;
        } else {
            if (repetitions == 0) {
                interval = 1;
            } else if (repetitions == 1) {
                interval = 6;
            } else {
                interval = Math.max(1, BigDecimal.valueOf(ease).multiply(BigDecimal.valueOf(interval))
                        .setScale(0, RoundingMode.HALF_UP).intValueExact());
            }
            repetitions++;
        }
        ease = nextEase(ease, q);
        return new ReviewState(repetitions, ease, interval, today, today.plusDays(interval));
    }

    /**
     * The SM-2 quality for a rating, corrected by the feedback score: below {@value #LOW_SCORE} lowers GOOD/EASY by
     * one, {@value #HIGH_SCORE} or more raises HARD by one, AGAIN never changes.
     *
     * @throws IllegalArgumentException when the feedback score is outside 0..100
     */
    public int quality(Rating rating, OptionalInt feedbackScore) {
        Objects.requireNonNull(rating, "rating");
        int q = rating.quality();
        if (feedbackScore.isEmpty()) {
            return q;
        }
        int score = feedbackScore.getAsInt();
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("feedback score must be 0..100: " + score);
        }
        if (score < LOW_SCORE && (rating == Rating.GOOD || rating == Rating.EASY)) {
            return q - 1;
        }
        if (score >= HIGH_SCORE && rating == Rating.HARD) {
            return q + 1;
        }
        return q;
    }

    /** {@code EF + (0.1 − (5 − q) × (0.08 + (5 − q) × 0.02))}, at least {@value #MIN_EASE}, to six decimals. */
    static double nextEase(double ease, int q) {
        double next = ease + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02));
        double rounded = Math.round(next * 1_000_000d) / 1_000_000d;
        return Math.max(MIN_EASE, rounded);
    }
}
