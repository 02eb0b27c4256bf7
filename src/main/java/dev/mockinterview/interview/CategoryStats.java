package dev.mockinterview.interview;

/**
 * A user's progress in one category.
 *
 * @param done         questions answered or self-rated at least once
 * @param averageScore mean feedback score of the answers in this category, or null when none is scored
 */
public record CategoryStats(Category category, int questionsInBank, int done, int answers, Integer averageScore,
                            int reviewsDue) {
}
