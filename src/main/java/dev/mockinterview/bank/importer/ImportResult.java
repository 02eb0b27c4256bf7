package dev.mockinterview.bank.importer;

import java.util.List;

/**
 * What {@link SeedPageImporter} read: the questions in page order, and every problem it met, in line order. An
 * import is clean when {@link #problems()} is empty.
 */
public record ImportResult(List<ImportedQuestion> questions, List<ImportProblem> problems) {

    public ImportResult {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }
}
