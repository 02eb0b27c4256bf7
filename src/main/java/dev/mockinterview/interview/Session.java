package dev.mockinterview.interview;

import java.time.Instant;
import java.util.Optional;

/**
 * One interview: a run of questions for one user. {@code current} is empty only before the first question.
 *
 * @param category       the chosen category, or null for all
 * @param questionsAsked questions shown in this session, the current one included
 * @param hintsUsed      hints revealed over all of this session's questions
 * @param answersWritten answers submitted in this session
 */
public record Session(
        long id,
        UserRef user,
        Category category,
        boolean active,
        Instant startedAt,
        Instant endedAt,
        Optional<QuestionProgress> current,
        int questionsAsked,
        int hintsUsed,
        int answersWritten,
        int modelAnswersViewed) {
}
