package dev.mockinterview.interview;

import java.util.List;

/** Small hand-made questions for domain tests. */
public final class TestQuestions {
    private TestQuestions() {
    }

    public static Question question(String id, Category category) {
        return new Question(id, "Prompt for " + id + "?", category, "backend", "senior", List.of("tag"),
                "Framework for " + id, StarExample.ofParts("S", "T", "A", "R"),
                List.of("How " + id), List.of("Point one", "Point two"), List.of("Term A", "Term B"),
                List.of("Look for " + id), List.of("Mistake " + id));
    }
}
