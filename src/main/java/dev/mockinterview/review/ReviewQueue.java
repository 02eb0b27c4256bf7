package dev.mockinterview.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Decides which questions to ask today, in order. Pure: no state, no clock; the caller passes {@code today}.
 *
 * <ol>
 *   <li><b>Reviews first.</b> Scheduled questions due on or before today, most overdue first (earliest
 *   {@code dueOn}; equal dates by question id, so the order is stable). Questions not due yet are left out. A
 *   question listed twice counts once, at its earliest due date.</li>
 *   <li><b>Then new questions</b>, in the order given, skipping blanks, repeats and questions already in the
 *   schedule.</li>
 *   <li><b>One daily cap for both.</b> At most {@code dailyCap − doneToday} questions in all (none when the cap is
 *   already reached). Because reviews come first, new questions only fill what reviews leave: a new question never
 *   takes a due review's place, and on a day with more due reviews than room no new question is introduced.</li>
 * </ol>
 */
public final class ReviewQueue {
    private ReviewQueue() {
    }

    /**
     * The question ids to ask today, in order.
     *
     * @param scheduled      questions already in the schedule, with their due dates (due or not)
     * @param newQuestionIds questions never reviewed, in the order they should be introduced
     * @param today          the day to plan for
     * @param dailyCap       the most questions to ask per day, reviews and new together
     * @param doneToday      questions already asked today (reviews and new)
     */
    public static List<String> order(List<DueItem> scheduled, List<String> newQuestionIds, LocalDate today,
            int dailyCap, int doneToday) {
        Objects.requireNonNull(scheduled, "scheduled");
        Objects.requireNonNull(newQuestionIds, "newQuestionIds");
        Objects.requireNonNull(today, "today");
        if (dailyCap < 0 || doneToday < 0) {
            throw new IllegalArgumentException("dailyCap and doneToday must not be negative");
        }
        int room = Math.max(0, dailyCap - doneToday);
        Map<String, LocalDate> earliest = new LinkedHashMap<>();
        for (DueItem item : scheduled) {
            earliest.merge(item.questionId(), item.dueOn(), (a, b) -> a.isBefore(b) ? a : b);
        }
        List<Map.Entry<String, LocalDate>> due = new ArrayList<>();
        for (Map.Entry<String, LocalDate> e : earliest.entrySet()) {
            if (!e.getValue().isAfter(today)) {
                due.add(e);
            }
        }
        due.sort(Map.Entry.<String, LocalDate>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        List<String> out = new ArrayList<>(Math.min(room, due.size() + newQuestionIds.size()));
        for (Map.Entry<String, LocalDate> e : due) {
            if (out.size() >= room) {
                return List.copyOf(out);
            }
            out.add(e.getKey());
        }
        Set<String> fresh = new LinkedHashSet<>();
        for (String id : newQuestionIds) {
            if (id != null && !id.isBlank() && !earliest.containsKey(id)) {
                fresh.add(id);
            }
        }
        for (String id : fresh) {
            if (out.size() >= room) {
                break;
            }
            out.add(id);
        }
        return List.copyOf(out);
    }
}
