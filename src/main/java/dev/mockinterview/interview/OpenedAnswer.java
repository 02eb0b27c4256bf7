package dev.mockinterview.interview;

import dev.mockinterview.interview.Feedback;

/**
 * An answer from history, opened again: the answer, its question and its feedback, recomputed from the stored
 * text. {@code question} and {@code feedback} are null when the question has left the bank.
 */
public record OpenedAnswer(Answer answer, Question question, Feedback feedback) {
}
