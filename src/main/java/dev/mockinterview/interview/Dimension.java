package dev.mockinterview.interview;

/**
 * What an answer is scored on. Each dimension has a label for people and a weight in the overall score; a
 * dimension that does not apply to a question is left out and the remaining weights are scaled up to 100 (see
 * {@link AnswerScorer}).
 */
public enum Dimension {
    /** The question's key points and key terminology the answer covers. */
    COVERAGE("Coverage of key points and terms", 35),
    /** STAR for behavioral and leadership questions; the steps of the answer framework otherwise. */
    STRUCTURE("Structure", 20),
    /** Numbers: percentages, latencies, money, multipliers, counts. */
    IMPACT("Quantified impact", 15),
    /** Common mistakes the answer appears to make. */
    MISTAKES("Common mistakes", 15),
    /** Word count and estimated speaking time against the category's target range. */
    LENGTH("Length and speaking time", 15);

    private final String label;
    private final int weight;

    Dimension(String label, int weight) {
        this.label = label;
        this.weight = weight;
    }

    /** The name shown to people, e.g. "Quantified impact". */
    public String label() {
        return label;
    }

    /** The weight in the overall score when every dimension applies; the weights add up to 100. */
    public int weight() {
        return weight;
    }
}
