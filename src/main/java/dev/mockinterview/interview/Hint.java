package dev.mockinterview.interview;

import java.util.ArrayList;
import java.util.List;

/**
 * One rung of a question's hint ladder: a title and either a paragraph ({@code items} of one element, not a list)
 * or a list of items.
 */
public record Hint(HintKind kind, List<String> items, boolean isList) {

    public Hint {
        items = List.copyOf(items);
    }

    public String title() {
        return kind.title();
    }

    /** The ladder for a question, least revealing first; empty sections are skipped. */
    public static List<Hint> ladder(Question q) {
        List<Hint> hints = new ArrayList<>(4);
        if (q.answerFramework() != null && !q.answerFramework().isBlank()) {
            hints.add(new Hint(HintKind.FRAMEWORK, List.of(q.answerFramework()), false));
        }
        addList(hints, HintKind.KEY_POINTS, q.keyPoints());
        addList(hints, HintKind.TERMINOLOGY, q.keyTerminology());
        addList(hints, HintKind.LOOK_FOR, q.interviewersLookFor());
        return List.copyOf(hints);
    }

    private static void addList(List<Hint> hints, HintKind kind, List<String> items) {
        if (!items.isEmpty()) {
            hints.add(new Hint(kind, items, true));
        }
    }
}
