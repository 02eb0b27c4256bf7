package dev.mockinterview.feedback;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each content stem occurs in an answer (token positions), with abbreviations expanded both ways: an answer
 * word that is an abbreviation also counts as its long form's words at the same position ({@code DLQ} → dead,
 * letter, queue), and a long form written out (its words within as many consecutive content words, in any order)
 * also counts as the abbreviation ({@code dead-letter queues} → dlq). Built in time linear in the answer length
 * (times the small number of long forms sharing a word).
 */
final class AnswerIndex {
    /** Extra words between the words of a term that still count as the term: span ≤ words + this. */
    static final int TERM_SLACK = 4;

    private final Map<String, int[]> positions;
    private final Set<String> implied;

    /**
     * @param implied stems to treat as present for bag-of-words checks (e.g. an answer with numbers "mentions"
     *                quantify/measure/metrics)
     */
    AnswerIndex(Text answer, Aliases aliases, Set<String> implied) {
        Map<String, List<Integer>> pos = new HashMap<>();
        List<Integer> content = new ArrayList<>();
        for (int i = 0; i < answer.size(); i++) {
            Text.Token t = answer.get(i);
            if (t.stop()) {
                continue;
            }
            content.add(i);
            add(pos, t.stem(), i);
            for (List<String> longForm : aliases.expansionsOf(t.stem())) {
                for (String stem : longForm) {
                    add(pos, stem, i);
                }
            }
        }
        for (int j = 0; j < content.size(); j++) {
            int at = content.get(j);
            for (Aliases.Entry e : aliases.entriesWith(answer.get(at).stem())) {
                List<String> want = e.longStems();
                if (j + want.size() > content.size()) {
                    continue;
                }
                List<String> window = new ArrayList<>(want.size());
                for (int k = 0; k < want.size(); k++) {
                    window.add(answer.get(content.get(j + k)).stem());
                }
                if (window.get(0).equals(answer.get(at).stem()) && sameWords(window, want)) {
                    add(pos, e.shortKey(), at);
                }
            }
        }
        Map<String, int[]> frozen = new HashMap<>();
        pos.forEach((k, v) -> {
            int[] a = v.stream().mapToInt(Integer::intValue).toArray();
            Arrays.sort(a);
            frozen.put(k, a);
        });
        this.positions = frozen;
        this.implied = Set.copyOf(implied);
    }

    private static boolean sameWords(List<String> window, List<String> want) {
        List<String> rest = new ArrayList<>(window);
        for (String w : want) {
            if (!rest.remove(w)) {
                return false;
            }
        }
        return true;
    }

    private static void add(Map<String, List<Integer>> pos, String stem, int at) {
        pos.computeIfAbsent(stem, k -> new ArrayList<>()).add(at);
    }

    /** Whether the stem occurs anywhere (or is implied). */
    boolean contains(String stem) {
        return positions.containsKey(stem) || implied.contains(stem);
    }

    /**
     * Whether all the stems occur within one stretch of at most {@code stems + }{@link #TERM_SLACK} words (so
     * "sharded the databases" matches "database sharding", but two words paragraphs apart do not).
     */
    boolean near(List<String> stems) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(stems));
        if (distinct.isEmpty()) {
            return false;
        }
        int k = distinct.size();
        int[][] lists = new int[k][];
        int total = 0;
        for (int i = 0; i < k; i++) {
            lists[i] = positions.get(distinct.get(i));
            if (lists[i] == null) {
                return false;
            }
            total += lists[i].length;
        }
        if (k == 1) {
            return true;
        }
        if (k > 64) {
            return true; // every stem is present; a phrase this long is not a term, so no window applies
        }
        int maxSpan = k + TERM_SLACK;
        // Merge the position lists (k-way, k is small), then slide a window that covers every stem.
        long[] events = new long[total];
        int e = 0;
        for (int i = 0; i < k; i++) {
            for (int p : lists[i]) {
                events[e++] = ((long) p << 8) | i;
            }
        }
        Arrays.sort(events);
        int[] counts = new int[k];
        int covered = 0;
        int left = 0;
        for (int right = 0; right < total; right++) {
            int idx = (int) (events[right] & 0xff);
            if (counts[idx]++ == 0) {
                covered++;
            }
            while (covered == k) {
                int span = (int) (events[right] >> 8) - (int) (events[left] >> 8) + 1;
                if (span <= maxSpan) {
                    return true;
                }
                int li = (int) (events[left] & 0xff);
                if (--counts[li] == 0) {
                    covered--;
                }
                left++;
            }
        }
        return false;
    }
}
