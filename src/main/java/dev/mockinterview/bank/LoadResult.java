package dev.mockinterview.bank;

import dev.mockinterview.interview.QuestionBank;
import java.util.List;
import java.util.stream.Collectors;

/** What loading a bank folder produced: the bank, when there were no problems, and every problem found. */
public record LoadResult(QuestionBank bank, List<BankProblem> problems, List<String> files) {

    public LoadResult {
        problems = List.copyOf(problems);
        files = List.copyOf(files);
    }

    public boolean ok() {
        return problems.isEmpty() && bank != null;
    }

    /** A human-readable report: one line per problem, then a count. */
    public String report() {
        if (ok()) {
            return "OK: " + bank.size() + " questions in " + files.size() + " file(s).";
        }
        return problems.stream().map(BankProblem::toString).collect(Collectors.joining("\n"))
                + "\n" + problems.size() + " problem(s) found in " + files.size() + " file(s).";
    }
}
