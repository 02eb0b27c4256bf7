package dev.mockinterview.bank.importer;

import java.util.List;

/**
 * One question as read from the seed page, before it is given an id, prompt, category and tags. The STAR example is
 * either four parts ({@code starSummary} is {@code null}) or one paragraph ({@code starSummary} set, the parts
 * {@code null}). Lists are copied on construction.
 *
 * @param number the question's number on the page
 */
public record ImportedQuestion(
        int number,
        String answerFramework,
        String starSituation,
        String starTask,
        String starAction,
        String starResult,
        String starSummary,
        List<String> howToAnswer,
        List<String> keyPoints,
        List<String> keyTerminology,
        List<String> interviewersLookFor,
        List<String> commonMistakes) {

    public ImportedQuestion {
        howToAnswer = List.copyOf(howToAnswer);
        keyPoints = List.copyOf(keyPoints);
        keyTerminology = List.copyOf(keyTerminology);
        interviewersLookFor = List.copyOf(interviewersLookFor);
        commonMistakes = List.copyOf(commonMistakes);
    }

    /** True when the STAR example has parts rather than a single summary paragraph. */
    public boolean hasStarParts() {
        return starSummary == null;
    }
}
