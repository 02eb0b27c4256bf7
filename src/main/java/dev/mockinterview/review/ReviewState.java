package dev.mockinterview.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Where a question stands in the user's spaced-repetition schedule, after its latest review.
 *
 * @param repetitions  successful reviews in a row (quality 3 or more) since the last lapse
 * @param easeFactor   the SM-2 E-Factor, at least {@value Sm2Scheduler#MIN_EASE}
 * @param intervalDays days between {@code lastReviewed} and {@code dueOn}
 * @param lastReviewed the day of the latest review
 * @param dueOn        the day the question is next due
 */
public record ReviewState(int repetitions, double easeFactor, int intervalDays, LocalDate lastReviewed,
        LocalDate dueOn) {

    public ReviewState {
        Objects.requireNonNull(lastReviewed, "lastReviewed");
        Objects.requireNonNull(dueOn, "dueOn");
        if (repetitions < 0) {
            throw new IllegalArgumentException("repetitions must not be negative: " + repetitions);
        }
        if (!(easeFactor >= Sm2Scheduler.MIN_EASE) || Double.isInfinite(easeFactor)) {
            throw new IllegalArgumentException("easeFactor must be at least " + Sm2Scheduler.MIN_EASE + ": "
                    + easeFactor);
        }
        if (intervalDays < 0) {
            throw new IllegalArgumentException("intervalDays must not be negative: " + intervalDays);
        }
    }

    /** Whether the question is due on {@code today} (due today or overdue). */
    public boolean isDue(LocalDate today) {
        return !dueOn.isAfter(today);
    }

    /** Days past the due date on {@code today}: 0 when due today, negative when not due yet. */
    public long daysOverdue(LocalDate today) {
        return ChronoUnit.DAYS.between(dueOn, today);
    }
}
