package dev.mockinterview.interview;

/** One answer in a user's history, with its question (null when the question has left the bank). */
public record HistoryEntry(Answer answer, Question question) {
}
