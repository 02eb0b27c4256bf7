package dev.mockinterview.feedback;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Labels each sentence of an answer as Situation, Task, Action or Result by cue phrases, falling back on position.
 *
 * <p>Cues (matched by stem, so "reduced" matches "reduce"); a listed phrase weighs 2, a pattern 1:
 * <ul>
 *   <li><b>Situation</b>: "the situation", "at my last/previous company|job", "in my previous/last/current role",
 *       "in a previous role", "in a recent|previous project", "on a project", "at a previous", "when I was", "we
 *       had", "we were", "there was/were", "our team|system|service|platform", "the context", "background", "a few
 *       years ago", "last year", "when I joined", "the problem|issue|challenge was", "we noticed", "started to",
 *       "was/were experiencing".</li>
 *   <li><b>Task</b>: "my|our|the task", "I was asked|tasked|responsible|in charge|expected", "we were
 *       asked|tasked", "my responsibility", "my role|job was", "our job was", "my|the|our goal", "the|my objective",
 *       "I needed to", "I had to", "we needed|had to", "I owned", "asked me to", "I set out to", "the aim".</li>
 *   <li><b>Action</b>: "I did|built|led|decided|proposed|implemented|designed|introduced|created|set up|started|
 *       ran|wrote|organized|added|changed|chose|drove|…", "so I", "first/then/next I", "I then", "I also", "my
 *       approach"; pattern: "I" or "we" followed (after at most one adverb) by a past-tense verb (-ed or an
 *       irregular one), except needed/wanted/learned/realized/noticed/joined.</li>
 *   <li><b>Result</b>: "as a result", "the result|outcome|impact", "resulted in", "in the end", "ended up", "led
 *       to", "this|which reduced", "went from", "down|up from", "since then", "(I) learned", "learning experience",
 *       "lesson", "takeaway", "looking back", "in hindsight", "next time"; pattern: a change verb (reduced,
 *       dropped, fell, cut, improved, increased, decreased, saved, eliminated, exceeded, achieved, delivered,
 *       shipped, launched); a change verb together with a number in the same sentence weighs 2 more.</li>
 * </ul>
 * Position adds weight too: 3 for Situation to the first sentence and 1 for Result to the last (of two or more).
 * A sentence that starts with a heading ("Situation:", "Task:", "Action:", "Result:", also "Context:", "Goal:",
 * "Outcome:") gets 6 for that part. A sentence takes the part with the highest cue weight; on a tie, the first tied
 * part not earlier than the previous sentence's; with no cue at all it continues the previous sentence's part (the
 * first sentence: Situation). A Result before any Action (a before-number, "latency went from 80 ms to 1.2 s")
 * describes the problem: it becomes the Task or Action when those cues are as strong, otherwise it continues the
 * previous part (Situation first).
 */
final class Star {

    enum Part {
        SITUATION("Situation"), TASK("Task"), ACTION("Action"), RESULT("Result");

        final String label;

        Part(String label) {
            this.label = label;
        }
    }

    /** Per-sentence parts, words per part, and the parts in order of first appearance. */
    record Analysis(List<Part> sentenceParts, Map<Part, Integer> words, List<Part> order, int totalWords) {
        boolean has(Part p) {
            return words.getOrDefault(p, 0) > 0;
        }

        int wordsIn(Part p) {
            return words.getOrDefault(p, 0);
        }

        double share(Part p) {
            return totalWords == 0 ? 0 : (double) wordsIn(p) / totalWords;
        }

        List<Part> missing() {
            List<Part> out = new ArrayList<>();
            for (Part p : Part.values()) {
                if (!has(p)) {
                    out.add(p);
                }
            }
            return out;
        }

        /** Share of pairs of present parts that appear in S, T, A, R order (1 when fewer than two parts). */
        double orderScore() {
            int pairs = 0;
            int ordered = 0;
            for (int i = 0; i < order.size(); i++) {
                for (int j = i + 1; j < order.size(); j++) {
                    pairs++;
                    if (order.get(i).ordinal() < order.get(j).ordinal()) {
                        ordered++;
                    }
                }
            }
            return pairs == 0 ? 1 : (double) ordered / pairs;
        }
    }

    private static final Cues SITUATION = Cues.of("the situation", "situation was", "at my last company",
            "at my previous company", "at my previous job", "at my last job", "in my previous role",
            "in my last role", "in a previous role", "at my current company", "in my current role",
            "in a recent project", "in a previous project", "in my last project", "on a project", "at a previous",
            "at a startup", "when i was", "we had",
            "we were", "there was", "there were", "our team", "our system", "our service", "our platform",
            "the context", "background", "a few years ago", "last year", "when i joined", "the problem was",
            "the issue was", "the challenge was", "we noticed", "started to", "was experiencing",
            "were experiencing");
    private static final Cues TASK = Cues.of("my task", "the task", "i was asked", "i was tasked",
            "i was responsible", "i was in charge", "i was expected", "my responsibility", "my role was",
            "my job was", "my goal", "the goal", "our goal", "the objective", "my objective", "i needed to",
            "i had to", "we needed to", "we had to", "i owned", "asked me to", "i set out to", "the aim",
            "our task", "our job was", "we were asked", "we were tasked");
    private static final Cues ACTION = Cues.of("i did", "i built", "i led", "so i", "i decided", "i proposed",
            "i implemented", "i designed", "i introduced", "i created", "i set up", "i started", "i ran", "i wrote",
            "i organized", "i worked with", "i paired", "i added", "i moved", "i changed", "i refactored",
            "i migrated", "i profiled", "i analyzed", "i investigated", "i facilitated", "i met", "i talked",
            "i spoke", "i reviewed", "i rolled out", "first i", "then i", "next i", "i then", "i also",
            "my approach", "i chose", "i drove", "i put", "i brought", "i scheduled", "i instrumented");
    private static final Cues RESULT = Cues.of("as a result", "the result", "the outcome", "the impact",
            "resulted in", "in the end", "ended up", "led to", "this reduced", "which reduced", "went from",
            "down from", "up from", "since then", "i learned", "i learnt", "learned", "learning experience", "lesson",
            "takeaway", "looking back", "in hindsight", "next time");
    private static final Cues CHANGE = Cues.of("reduced", "dropped", "fell", "cut", "improved", "increased",
            "decreased", "saved", "eliminated", "exceeded", "achieved", "delivered", "shipped", "launched", "halved",
            "doubled");
    /** Explicit part headings, as in "Situation: …" or "**Result**: …". */
    private static final java.util.Map<String, Part> HEADINGS = java.util.Map.ofEntries(
            java.util.Map.entry("situation", Part.SITUATION), java.util.Map.entry("context", Part.SITUATION),
            java.util.Map.entry("background", Part.SITUATION), java.util.Map.entry("task", Part.TASK),
            java.util.Map.entry("goal", Part.TASK), java.util.Map.entry("action", Part.ACTION),
            java.util.Map.entry("actions", Part.ACTION), java.util.Map.entry("result", Part.RESULT),
            java.util.Map.entry("results", Part.RESULT), java.util.Map.entry("outcome", Part.RESULT));
    private static final int HEADING_WEIGHT = 6;

    private static final Set<String> IRREGULAR_PAST = Set.of("built", "led", "ran", "wrote", "set", "took", "made",
            "drove", "brought", "chose", "gave", "held", "met", "spoke", "put", "began", "kept", "found", "got",
            "sent", "spent", "did", "went", "sought", "taught", "told", "thought", "split", "cut", "shut",
            "rebuilt", "rewrote", "oversaw", "undertook");
    private static final Set<String> NOT_ACTION = Set.of("needed", "wanted", "learned", "realized", "realised",
            "noticed", "joined", "liked", "loved", "hoped", "felt", "had", "was", "were", "used", "believed",
            "assumed", "expected", "seemed", "started", "inherited");
    private static final Set<String> ADVERBS = Set.of("then", "also", "first", "quickly", "immediately",
            "personally", "next", "finally", "eventually", "proactively", "carefully", "initially", "later");

    private Star() {
    }

    static Analysis analyze(Text text, List<Quantities.Quantity> quantities) {
        int n = text.sentenceCount();
        int[][] score = new int[4][];
        score[0] = weighted(SITUATION.countBySentence(text), 2);
        score[1] = weighted(TASK.countBySentence(text), 2);
        score[2] = weighted(ACTION.countBySentence(text), 2);
        score[3] = weighted(RESULT.countBySentence(text), 2);
        int[] change = CHANGE.countBySentence(text);
        boolean[] hasNumber = new boolean[n];
        for (Quantities.Quantity q : quantities) {
            hasNumber[q.sentence()] = true;
        }
        for (int s = 0; s < n; s++) {
            score[3][s] += change[s] + (change[s] > 0 && hasNumber[s] ? 2 : 0);
        }
        for (int i = 0; i < text.size(); i++) {
            String w = text.get(i).raw();
            if ((w.equals("i") || w.equals("we")) && pastVerbFollows(text, i)) {
                score[2][text.get(i).sentence()]++;
            }
        }
        // Position: the opening sentence sets the scene, the closing one usually tells how it ended.
        if (n > 1) {
            score[0][0] += 3;
            score[3][n - 1] += 1;
        }
        boolean[] headed = new boolean[n];
        int previousSentence = -1;
        for (Text.Token t : text.tokens()) {
            if (t.sentence() != previousSentence) {
                previousSentence = t.sentence();
                Part heading = HEADINGS.get(t.raw());
                if (heading != null && colonFollows(text.source(), t.end())) {
                    score[heading.ordinal()][t.sentence()] += HEADING_WEIGHT;
                    headed[t.sentence()] = true;
                }
            }
        }
        int[] wordsPerSentence = new int[n];
        for (Text.Token t : text.tokens()) {
            wordsPerSentence[t.sentence()]++;
        }
        List<Part> labels = new ArrayList<>(n);
        Map<Part, Integer> words = new EnumMap<>(Part.class);
        List<Part> order = new ArrayList<>();
        Part previous = null;
        for (int s = 0; s < n; s++) {
            int best = 0;
            for (int p = 0; p < 4; p++) {
                best = Math.max(best, score[p][s]);
            }
            Part chosen;
            if (best == 0) {
                chosen = previous == null ? Part.SITUATION : previous;
            } else {
                chosen = null;
                Part lastTied = null;
                for (Part p : Part.values()) {
                    if (score[p.ordinal()][s] == best) {
                        lastTied = p;
                        if (chosen == null && (previous == null || p.ordinal() >= previous.ordinal())) {
                            chosen = p;
                        }
                    }
                }
                if (chosen == null) {
                    chosen = lastTied;
                }
                if (chosen == Part.RESULT && !order.contains(Part.ACTION) && !headed[s]) {
                    // Numbers and change before anything was done describe the problem, not the result.
                    chosen = Part.SITUATION;
                    for (Part p : List.of(Part.TASK, Part.ACTION)) {
                        if (score[p.ordinal()][s] > 0 && score[p.ordinal()][s] >= score[chosen.ordinal()][s]) {
                            chosen = p;
                        }
                    }
                    if (score[Part.SITUATION.ordinal()][s] == 0 && chosen == Part.SITUATION && previous != null) {
                        chosen = previous;
                    }
                }
            }
            labels.add(chosen);
            words.merge(chosen, wordsPerSentence[s], Integer::sum);
            if (!order.contains(chosen)) {
                order.add(chosen);
            }
            previous = chosen;
        }
        return new Analysis(List.copyOf(labels), Map.copyOf(words), List.copyOf(order), text.size());
    }

    /** Whether a ':' follows, allowing Markdown emphasis and spaces in between ("**Result**:"). */
    private static boolean colonFollows(String source, int from) {
        for (int i = from; i < source.length() && i < from + 4; i++) {
            char c = source.charAt(i);
            if (c == ':') {
                return true;
            }
            if (c != '*' && c != '_' && c != ' ') {
                return false;
            }
        }
        return false;
    }

    private static int[] weighted(int[] counts, int weight) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] *= weight;
        }
        return counts;
    }

    private static boolean pastVerbFollows(Text text, int i) {
        int j = i + 1;
        if (j < text.size() && ADVERBS.contains(text.get(j).raw())) {
            j++;
        }
        if (j >= text.size() || text.get(j).sentence() != text.get(i).sentence()) {
            return false;
        }
        String w = text.get(j).raw();
        if (NOT_ACTION.contains(w)) {
            return false;
        }
        return IRREGULAR_PAST.contains(w) || (w.length() > 4 && w.endsWith("ed"));
    }
}
