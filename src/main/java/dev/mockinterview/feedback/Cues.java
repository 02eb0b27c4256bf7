package dev.mockinterview.feedback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of cue phrases ("as a result", "trade-off", "instead of") matched word by word against a text, by stem, so
 * "trade-offs" matches "trade off" and "reduced" matches "reduce". Matching is one pass over the text, looking up
 * only the phrases that start with each word.
 */
final class Cues {
    /** Cue stems by their first stem; immutable once built. */
    private final Map<String, List<List<String>>> byFirst;
    private final List<String> phrases;

    Cues(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        Map<String, List<List<String>>> index = new HashMap<>();
        for (String phrase : phrases) {
            List<Text.Token> tokens = Text.of(phrase).tokens();
            if (tokens.isEmpty()) {
                continue;
            }
            List<String> stems = tokens.stream().map(Text.Token::stem).toList();
            index.computeIfAbsent(stems.get(0), k -> new ArrayList<>()).add(stems);
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byFirst = Map.copyOf(index);
    }

    static Cues of(String... phrases) {
        return new Cues(List.of(phrases));
    }

    List<String> phrases() {
        return phrases;
    }

    /** Whether a cue starts at token {@code i}. */
    boolean startsAt(Text text, int i) {
        List<List<String>> candidates = byFirst.get(text.get(i).stem());
        if (candidates == null) {
            return false;
        }
        for (List<String> cue : candidates) {
            if (i + cue.size() > text.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < cue.size() && ok; k++) {
                ok = text.get(i + k).stem().equals(cue.get(k));
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    /** Whether any cue occurs in the text. */
    boolean anyIn(Text text) {
        for (int i = 0; i < text.size(); i++) {
            if (startsAt(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** How many cues start in each sentence. */
    int[] countBySentence(Text text) {
        int[] counts = new int[text.sentenceCount()];
        for (int i = 0; i < text.size(); i++) {
            if (startsAt(text, i)) {
                counts[text.get(i).sentence()]++;
            }
        }
        return counts;
    }
}
