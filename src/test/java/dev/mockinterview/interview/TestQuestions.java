package dev.mockinterview.interview;

import java.util.List;

/** Small hand-made questions for domain tests. */
public final class TestQuestions {
    private TestQuestions() {
    }

    /** An answer that covers these questions' key points, terms, STAR parts and numbers. */
    public static final String STRONG_ANSWER = ("At my last company we had a problem. My task was to fix it. I built "
            + "a system covering point one and point two, using Term A and Term B, instead of the old one as a "
            + "trade-off. As a result latency dropped by 40% and cost by 20% in 3 weeks. ").repeat(4);

    /** Five questions over three categories: two system design, two behavioral, one leadership. */
    public static QuestionBank fiveQuestionBank() {
        return new QuestionBank(List.of(
                question("design-a", Category.SYSTEM_DESIGN),
                question("design-b", Category.SYSTEM_DESIGN),
                question("story-a", Category.BEHAVIORAL),
                question("story-b", Category.BEHAVIORAL),
                question("lead-a", Category.LEADERSHIP)));
    }

    public static Question question(String id, Category category) {
        return new Question(id, "Prompt for " + id + "?", category, "backend", "senior", List.of("tag"),
                "Framework for " + id, StarExample.ofParts("S", "T", "A", "R"),
                List.of("How " + id), List.of("Point one", "Point two"), List.of("Term A", "Term B"),
                List.of("Look for " + id), List.of("Mistake " + id));
    }
}
