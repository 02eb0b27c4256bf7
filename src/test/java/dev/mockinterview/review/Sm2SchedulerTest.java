package dev.mockinterview.review;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Sm2Scheduler")
class Sm2SchedulerTest {
    private static final double EPS = 1e-9;
    private static final OptionalInt NO_SCORE = OptionalInt.empty();

    private final Sm2Scheduler scheduler = new Sm2Scheduler();

    /** The published E-Factor formula, written out for expected values. */
    private static double ef(double ef, int q) {
        return Math.max(1.3, ef + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)));
    }

    private static void assertState(ReviewState s, int repetitions, double ease, int interval, LocalDate reviewed) {
        assertAll(
                () -> assertEquals(repetitions, s.repetitions(), "repetitions"),
                () -> assertEquals(ease, s.easeFactor(), EPS, "easeFactor"),
                () -> assertEquals(interval, s.intervalDays(), "intervalDays"),
                () -> assertEquals(reviewed, s.lastReviewed(), "lastReviewed"),
                () -> assertEquals(reviewed.plusDays(interval), s.dueOn(), "dueOn"));
    }

    @Nested
    @DisplayName("SM-2 as published")
    class Published {

        @Test
        @DisplayName("a new question rated GOOD three times: intervals 1, 6, round(6 × EF)")
        void goodGoodGood() {
            // given
            LocalDate day1 = LocalDate.of(2027, 3, 1);
            // q = 4 each time: EF' = 2.5 + (0.1 − 1 × (0.08 + 1 × 0.02)) = 2.5
            double ef1 = ef(2.5, 4);
            double ef2 = ef(ef1, 4);
            double ef3 = ef(ef2, 4);
            int third = (int) Math.round(6 * ef2); // the interval uses EF before this review's update: 6 × 2.5 = 15

            // when
            ReviewState s1 = scheduler.schedule(null, Rating.GOOD, NO_SCORE, day1);
            ReviewState s2 = scheduler.schedule(s1, Rating.GOOD, NO_SCORE, s1.dueOn());
            ReviewState s3 = scheduler.schedule(s2, Rating.GOOD, NO_SCORE, s2.dueOn());

            // then
            assertState(s1, 1, ef1, 1, day1);
            assertState(s2, 2, ef2, 6, day1.plusDays(1));
            assertState(s3, 3, ef3, third, day1.plusDays(7));
            assertEquals(2.5, ef3, EPS);
            assertEquals(15, third);
        }

        @Test
        @DisplayName("the worked example of the Javadoc, with HARD, EASY and feedback scores")
        void workedExample() {
            // given
            LocalDate d = LocalDate.of(2028, 2, 27);
            double ef = 2.5;

            // when / then
            ReviewState s = scheduler.schedule(null, Rating.GOOD, NO_SCORE, d);
            ef = ef(ef, 4);
            assertState(s, 1, ef, 1, d);
            assertEquals(LocalDate.of(2028, 2, 28), s.dueOn());

            s = scheduler.schedule(s, Rating.GOOD, NO_SCORE, s.dueOn());
            ef = ef(ef, 4);
            assertState(s, 2, ef, 6, LocalDate.of(2028, 2, 28));
            assertEquals(LocalDate.of(2028, 3, 5), s.dueOn(), "6 days after 28 February in a leap year");

            s = scheduler.schedule(s, Rating.GOOD, OptionalInt.of(35), s.dueOn()); // score < 40: q 4 → 3
            int interval = (int) Math.round(6 * ef); // 15
            ef = ef(ef, 3); // 2.5 − 0.14 = 2.36
            assertState(s, 3, ef, interval, LocalDate.of(2028, 3, 5));
            assertEquals(2.36, s.easeFactor(), EPS);

            s = scheduler.schedule(s, Rating.AGAIN, NO_SCORE, s.dueOn());
            ef = ef(ef, 1); // 2.36 − 0.54 = 1.82
            assertState(s, 0, ef, 1, LocalDate.of(2028, 3, 20));
            assertEquals(1.82, s.easeFactor(), EPS);

            s = scheduler.schedule(s, Rating.HARD, OptionalInt.of(90), s.dueOn()); // score ≥ 85: q 3 → 4
            ef = ef(ef, 4);
            assertState(s, 1, ef, 1, LocalDate.of(2028, 3, 21));

            s = scheduler.schedule(s, Rating.EASY, NO_SCORE, s.dueOn());
            ef = ef(ef, 5); // 1.92
            assertState(s, 2, ef, 6, LocalDate.of(2028, 3, 22));

            s = scheduler.schedule(s, Rating.GOOD, NO_SCORE, s.dueOn());
            interval = (int) Math.round(6 * ef); // round(11.52) = 12
            ef = ef(ef, 4);
            assertState(s, 3, ef, interval, LocalDate.of(2028, 3, 28));
            assertEquals(12, interval);
            assertEquals(LocalDate.of(2028, 4, 9), s.dueOn());
        }

        @Test
        @DisplayName("AGAIN resets repetitions and the interval to 1, and still lowers EF")
        void againResets() {
            // given
            LocalDate day = LocalDate.of(2027, 6, 1);
            ReviewState s = scheduler.schedule(null, Rating.GOOD, NO_SCORE, day);
            s = scheduler.schedule(s, Rating.GOOD, NO_SCORE, s.dueOn());
            s = scheduler.schedule(s, Rating.GOOD, NO_SCORE, s.dueOn());
            assertEquals(15, s.intervalDays());

            // when
            ReviewState lapsed = scheduler.schedule(s, Rating.AGAIN, NO_SCORE, s.dueOn());

            // then: EF' = 2.5 + (0.1 − 4 × (0.08 + 4 × 0.02)) = 2.5 − 0.54
            assertState(lapsed, 0, 2.5 - 0.54, 1, s.dueOn());

            // and the next success starts over at 1 day, then 6
            ReviewState again1 = scheduler.schedule(lapsed, Rating.GOOD, NO_SCORE, lapsed.dueOn());
            ReviewState again2 = scheduler.schedule(again1, Rating.GOOD, NO_SCORE, again1.dueOn());
            assertEquals(1, again1.intervalDays());
            assertEquals(6, again2.intervalDays());
        }

        @Test
        @DisplayName("EF never falls below 1.3, however many lapses")
        void easeFloor() {
            // given
            LocalDate day = LocalDate.of(2027, 1, 1);
            ReviewState s = null;
            double expected = 2.5;

            // when / then: 2.5 → 1.96 → 1.42 → 1.3 (floored) → 1.3 …
            for (int i = 0; i < 20; i++) {
                s = scheduler.schedule(s, Rating.AGAIN, NO_SCORE, day.plusDays(i));
                expected = ef(expected, 1);
                assertEquals(expected, s.easeFactor(), EPS);
                assertTrue(s.easeFactor() >= 1.3);
                assertEquals(1, s.intervalDays());
                assertEquals(0, s.repetitions());
            }
            assertEquals(1.3, s.easeFactor(), EPS);
        }

        @Test
        @DisplayName("EASY grows intervals and EF faster than GOOD")
        void easyFasterThanGood() {
            // given
            LocalDate day = LocalDate.of(2027, 1, 1);
            ReviewState easy = null;
            ReviewState good = null;

            // when
            for (int i = 0; i < 4; i++) {
                easy = scheduler.schedule(easy, Rating.EASY, NO_SCORE, easy == null ? day : easy.dueOn());
                good = scheduler.schedule(good, Rating.GOOD, NO_SCORE, good == null ? day : good.dueOn());
            }

            // then: EASY 1, 6, round(6 × 2.7) = 16, round(16 × 2.8) = 45; GOOD 1, 6, 15, round(15 × 2.5) = 38
            assertEquals(45, easy.intervalDays());
            assertEquals(38, good.intervalDays());
            assertEquals(2.5 + 4 * 0.1, easy.easeFactor(), EPS);
            assertEquals(2.5, good.easeFactor(), EPS);
        }

        @Test
        @DisplayName("HARD passes but lowers EF by 0.14")
        void hard() {
            // given / when
            ReviewState s = scheduler.schedule(null, Rating.HARD, NO_SCORE, LocalDate.of(2027, 1, 1));

            // then
            assertState(s, 1, 2.5 - 0.14, 1, LocalDate.of(2027, 1, 1));
        }
    }

    @Nested
    @DisplayName("combining the rating with the feedback score")
    class FeedbackScore {

        @ParameterizedTest(name = "{0} with score {1} → q {2}")
        @CsvSource({
                "AGAIN, , 1", "HARD, , 3", "GOOD, , 4", "EASY, , 5",
                "GOOD, 39, 3", "GOOD, 40, 4", "EASY, 0, 4", "EASY, 39, 4", "EASY, 40, 5",
                "HARD, 84, 3", "HARD, 85, 4", "HARD, 100, 4", "HARD, 10, 3",
                "AGAIN, 100, 1", "AGAIN, 0, 1", "GOOD, 100, 4", "EASY, 100, 5"})
        @DisplayName("a low score lowers GOOD/EASY by one, a high score raises HARD by one, AGAIN never changes")
        void quality(Rating rating, Integer score, int expected) {
            // given
            OptionalInt feedback = score == null ? OptionalInt.empty() : OptionalInt.of(score);

            // when
            int q = scheduler.quality(rating, feedback);

            // then
            assertEquals(expected, q);
        }

        @Test
        @DisplayName("GOOD with a poor answer is scheduled like HARD; HARD with an excellent answer like GOOD")
        void scheduling() {
            // given
            LocalDate day = LocalDate.of(2027, 1, 1);

            // when / then
            assertEquals(scheduler.schedule(null, Rating.HARD, NO_SCORE, day),
                    scheduler.schedule(null, Rating.GOOD, OptionalInt.of(20), day));
            assertEquals(scheduler.schedule(null, Rating.GOOD, NO_SCORE, day),
                    scheduler.schedule(null, Rating.HARD, OptionalInt.of(95), day));
            ReviewState lapse = scheduler.schedule(null, Rating.AGAIN, OptionalInt.of(100), day);
            assertEquals(0, lapse.repetitions());
            assertEquals(2.5 - 0.54, lapse.easeFactor(), EPS);
        }

        @Test
        @DisplayName("a score outside 0..100 is refused")
        void outOfRange() {
            assertThrows(IllegalArgumentException.class,
                    () -> scheduler.schedule(null, Rating.GOOD, OptionalInt.of(101), LocalDate.of(2027, 1, 1)));
            assertThrows(IllegalArgumentException.class, () -> scheduler.quality(Rating.GOOD, OptionalInt.of(-1)));
        }
    }

    @Nested
    @DisplayName("due dates")
    class DueDates {

        @ParameterizedTest(name = "reviewed {0}, interval {1} → due {2}")
        @CsvSource({"2028-02-28, 1, 2028-02-29", "2028-02-29, 1, 2028-03-01", "2027-02-28, 1, 2027-03-01",
                "2028-01-31, 1, 2028-02-01", "2027-12-31, 1, 2028-01-01", "2028-02-25, 6, 2028-03-02",
                "2027-02-25, 6, 2027-03-03"})
        @DisplayName("due = review day + interval, across month ends, year ends and leap days")
        void arithmetic(LocalDate reviewed, int interval, LocalDate due) {
            // given: a question whose next interval is the one wanted (1 = first success, 6 = second)
            ReviewState previous = interval == 1 ? null
                    : new ReviewState(1, 2.5, 1, reviewed.minusDays(1), reviewed);

            // when
            ReviewState s = scheduler.schedule(previous, Rating.GOOD, NO_SCORE, reviewed);

            // then
            assertEquals(interval, s.intervalDays());
            assertEquals(due, s.dueOn());
        }

        @Test
        @DisplayName("a late review counts from the day it happens, not from the old due date")
        void lateReview() {
            // given
            ReviewState previous = new ReviewState(2, 2.5, 6, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 7));
            LocalDate late = LocalDate.of(2027, 1, 20);

            // when
            ReviewState s = scheduler.schedule(previous, Rating.GOOD, NO_SCORE, late);

            // then
            assertEquals(15, s.intervalDays());
            assertEquals(late, s.lastReviewed());
            assertEquals(LocalDate.of(2027, 2, 4), s.dueOn());
            assertTrue(previous.isDue(late));
            assertEquals(13, previous.daysOverdue(late));
        }
    }

    @Test
    @DisplayName("a state with an E-Factor below 1.3 or negative counts is refused")
    void stateValidation() {
        LocalDate d = LocalDate.of(2027, 1, 1);
        assertThrows(IllegalArgumentException.class, () -> new ReviewState(0, 1.2, 1, d, d));
        assertThrows(IllegalArgumentException.class, () -> new ReviewState(-1, 2.5, 1, d, d));
        assertThrows(IllegalArgumentException.class, () -> new ReviewState(0, Double.NaN, 1, d, d));
        assertThrows(NullPointerException.class, () -> new ReviewState(0, 2.5, 1, null, d));
    }
}
