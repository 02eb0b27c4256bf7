package dev.mockinterview.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HintTest {
    @Test
    @DisplayName("the ladder is framework, key points, terminology, what interviewers look for")
    void ladder() {
        Question q = TestQuestions.question("q", Category.TECHNICAL);
        List<Hint> ladder = Hint.ladder(q);
        assertEquals(List.of(HintKind.FRAMEWORK, HintKind.KEY_POINTS, HintKind.TERMINOLOGY, HintKind.LOOK_FOR),
                ladder.stream().map(Hint::kind).toList());
        assertFalse(ladder.get(0).isList());
        assertEquals(List.of("Framework for q"), ladder.get(0).items());
        assertTrue(ladder.get(1).isList());
        assertEquals(q.keyPoints(), ladder.get(1).items());
        assertEquals(q.keyTerminology(), ladder.get(2).items());
        assertEquals(q.interviewersLookFor(), ladder.get(3).items());
    }

    @Test
    @DisplayName("empty sections are skipped")
    void skipsEmpty() {
        Question q = new Question("q", "P?", Category.TECHNICAL, "backend", "senior", List.of(), null,
                StarExample.ofSummary("s"), List.of("h"), List.of(), List.of("t"), List.of(), List.of("m"));
        assertEquals(List.of(HintKind.TERMINOLOGY), Hint.ladder(q).stream().map(Hint::kind).toList());
    }
}
