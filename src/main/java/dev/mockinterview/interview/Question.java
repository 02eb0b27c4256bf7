package dev.mockinterview.interview;

import java.util.List;

/**
 * One interview question with all of its coaching material. Immutable; lists are copied on construction.
 *
 * @param id                  stable identifier, unique across the bank; stored with sessions and history
 * @param prompt              the question as an interviewer would ask it
 * @param answerFramework     how to structure the answer
 * @param starExample         a worked Situation/Task/Action/Result example
 * @param howToAnswer         a model answer, paragraph by paragraph
 * @param keyPoints           points a strong answer mentions
 * @param keyTerminology      terms a strong answer uses
 * @param interviewersLookFor what interviewers assess
 * @param commonMistakes      mistakes to avoid
 */
public record Question(
        String id,
        String prompt,
        Category category,
        String role,
        String level,
        List<String> tags,
        String answerFramework,
        StarExample starExample,
        List<String> howToAnswer,
        List<String> keyPoints,
        List<String> keyTerminology,
        List<String> interviewersLookFor,
        List<String> commonMistakes) {

    public Question {
        tags = copy(tags);
        howToAnswer = copy(howToAnswer);
        keyPoints = copy(keyPoints);
        keyTerminology = copy(keyTerminology);
        interviewersLookFor = copy(interviewersLookFor);
        commonMistakes = copy(commonMistakes);
    }

    private static List<String> copy(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
