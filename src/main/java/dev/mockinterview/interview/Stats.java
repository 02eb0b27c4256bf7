package dev.mockinterview.interview;

import java.util.List;

/**
 * A user's progress overall and by category, as shown by {@code stats} and the App Home.
 *
 * @param categories   one entry per category that has questions in the bank
 * @param streakDays   consecutive days practised, up to today (or yesterday when not yet today)
 * @param averageScore mean feedback score of every scored answer, or null when none
 */
public record Stats(List<CategoryStats> categories, int streakDays, boolean practisedToday, int reviewsDue,
                    int doneToday, int dailyCap, int answers, Integer averageScore, boolean hasActiveSession) {

    public Stats {
        categories = List.copyOf(categories);
    }

    public boolean empty() {
        return answers == 0 && categories.stream().allMatch(c -> c.done() == 0) && !hasActiveSession;
    }
}
