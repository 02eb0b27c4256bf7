package dev.mockinterview.interview;

import java.util.List;

/** The model answer for the current question, with what the user wrote to it so they can compare. */
public record ModelAnswer(Card card, List<Answer> userAnswers) {
    public Question question() {
        return card.question();
    }
}
