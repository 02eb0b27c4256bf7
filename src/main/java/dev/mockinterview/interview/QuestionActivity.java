package dev.mockinterview.interview;

/**
 * What a user has done with one question, over all sessions.
 *
 * @param scoreSum sum of the scores of the scored answers
 */
public record QuestionActivity(String questionId, int timesShown, int answers, int scoredAnswers, long scoreSum,
                               int ratings) {

    /** Practised means answered or self-rated, not merely shown. */
    public boolean done() {
        return answers > 0 || ratings > 0;
    }
}
