package dev.mockinterview.interview;

/** An answer stored against the current question. */
public record AnswerSaved(Card card, Answer answer) {
}
