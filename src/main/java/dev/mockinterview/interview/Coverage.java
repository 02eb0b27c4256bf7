package dev.mockinterview.interview;

import java.util.List;

/**
 * Which of the question's key points and key terms the answer covers, each quoted as in the bank (Markdown
 * emphasis and a final full stop removed), in bank order.
 */
public record Coverage(List<String> coveredPoints, List<String> missedPoints, List<String> coveredTerms,
        List<String> missedTerms) {

    public Coverage {
        coveredPoints = List.copyOf(coveredPoints);
        missedPoints = List.copyOf(missedPoints);
        coveredTerms = List.copyOf(coveredTerms);
        missedTerms = List.copyOf(missedTerms);
    }

    /** Nothing covered: every point and term missed. */
    public static Coverage noneOf(List<String> points, List<String> terms) {
        return new Coverage(List.of(), points, List.of(), terms);
    }
}
