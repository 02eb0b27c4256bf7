package dev.mockinterview.bank;

import dev.mockinterview.interview.QuestionBank;
import java.util.List;
import java.util.stream.Collectors;

/** What loading a bank folder produced: the bank, when there were no problems, and every problem found. */
public record LoadResult(QuestionBank bank, List<BankProblem> problems, List<BankProblem> warnings,
                         List<String> files) {

    public LoadResult {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        files = List.copyOf(files);
    }

    public boolean ok() {
        return problems.isEmpty() && bank != null;
    }

    /** A human-readable report: one line per problem and per warning, then a count. */
    public String report() {
        String warned = warnings.stream().map(w -> "warning: " + w + "\n").collect(Collectors.joining());
        if (ok()) {
            return warned + "OK: " + bank.size() + " questions in " + files.size() + " file(s)"
                    + (warnings.isEmpty() ? "." : ", with " + warnings.size() + " warning(s).");
        }
        return warned + problems.stream().map(BankProblem::toString).collect(Collectors.joining("\n"))
                + "\n" + problems.size() + " problem(s) found in " + files.size() + " file(s).";
    }
}
