package dev.mockinterview.interview;

import dev.mockinterview.interview.Feedback;

/** An answer stored against the current question, with the feedback computed from it. */
public record AnswerSaved(Card card, Answer answer, Feedback feedback) {
}
