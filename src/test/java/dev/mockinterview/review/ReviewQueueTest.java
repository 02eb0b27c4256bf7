package dev.mockinterview.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ReviewQueue")
class ReviewQueueTest {
    private static final LocalDate TODAY = LocalDate.of(2028, 3, 1);

    private static DueItem due(String id, int daysFromToday) {
        return new DueItem(id, TODAY.plusDays(daysFromToday));
    }

    @Test
    @DisplayName("due reviews come before new questions, most overdue first; questions not due yet wait")
    void order() {
        // given
        List<DueItem> scheduled = List.of(due("today", 0), due("week-late", -7), due("tomorrow", 1),
                due("day-late", -1), due("leap-day-late", -1));
        List<String> fresh = List.of("new-1", "new-2");

        // when
        List<String> plan = ReviewQueue.order(scheduled, fresh, TODAY, 20, 0);

        // then: 2028-02-29 is "day-late" and "leap-day-late" alike; equal dates go by id
        assertEquals(List.of("week-late", "day-late", "leap-day-late", "today", "new-1", "new-2"), plan);
    }

    @Test
    @DisplayName("the daily cap counts reviews and new questions together, and what was done today")
    void cap() {
        // given
        List<DueItem> scheduled = List.of(due("a", -3), due("b", -2), due("c", 0));
        List<String> fresh = List.of("n1", "n2", "n3");

        // when / then
        assertEquals(List.of("a", "b", "c", "n1"), ReviewQueue.order(scheduled, fresh, TODAY, 6, 2));
        assertEquals(List.of("a", "b", "c", "n1", "n2", "n3"), ReviewQueue.order(scheduled, fresh, TODAY, 10, 0));
    }

    @Test
    @DisplayName("new questions never take the place of due reviews")
    void reviewsNotStarved() {
        // given
        List<DueItem> scheduled = List.of(due("a", -3), due("b", -2), due("c", -1), due("d", 0));

        // when
        List<String> plan = ReviewQueue.order(scheduled, List.of("n1", "n2"), TODAY, 3, 0);

        // then
        assertEquals(List.of("a", "b", "c"), plan);
    }

    @Test
    @DisplayName("with the cap already reached, nothing is asked")
    void capReached() {
        // given
        List<DueItem> scheduled = List.of(due("a", -3));

        // when / then
        assertEquals(List.of(), ReviewQueue.order(scheduled, List.of("n1"), TODAY, 5, 5));
        assertEquals(List.of(), ReviewQueue.order(scheduled, List.of("n1"), TODAY, 5, 9));
        assertEquals(List.of(), ReviewQueue.order(scheduled, List.of("n1"), TODAY, 0, 0));
    }

    @Test
    @DisplayName("with nothing due, new questions are asked in the given order")
    void nothingDue() {
        // given
        List<DueItem> scheduled = List.of(due("later", 3));

        // when
        List<String> plan = ReviewQueue.order(scheduled, List.of("n2", "n1", "n3"), TODAY, 2, 0);

        // then
        assertEquals(List.of("n2", "n1"), plan);
    }

    @Test
    @DisplayName("repeated ids count once; a scheduled question is never offered as new")
    void duplicates() {
        // given
        List<DueItem> scheduled = List.of(due("a", -1), due("a", -5), due("later", 2));
        List<String> fresh = List.of("a", "later", "n1", "n1", " ");

        // when
        List<String> plan = ReviewQueue.order(scheduled, fresh, TODAY, 10, 0);

        // then
        assertEquals(List.of("a", "n1"), plan);
    }

    @Test
    @DisplayName("a negative cap or count is refused")
    void validation() {
        assertThrows(IllegalArgumentException.class, () -> ReviewQueue.order(List.of(), List.of(), TODAY, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> ReviewQueue.order(List.of(), List.of(), TODAY, 1, -1));
    }
}
