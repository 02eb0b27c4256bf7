package dev.mockinterview.interview;

import java.time.Instant;

/** Where a session stands on one question: how many hints are out and whether the model answer was shown. */
public record QuestionProgress(
        String questionId, int position, int hintsRevealed, boolean modelAnswerRevealed, Instant shownAt) {
}
