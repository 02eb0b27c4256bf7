package dev.mockinterview.interview;

/**
 * Scores an answer to a question. The interview rules need a score and its feedback, not how they are computed:
 * {@code feedback/AnswerScorer} is the implementation, and depends on this package, never the other way round.
 */
public interface AnswerScoring {
    Feedback score(Question question, String answer);
}
