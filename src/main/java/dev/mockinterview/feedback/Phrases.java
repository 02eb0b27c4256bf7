package dev.mockinterview.feedback;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The bank's key terms, key points and framework steps, parsed into what an answer must contain to cover them.
 * Parsing is of bank text only (trusted, at most a few thousand characters).
 */
final class Phrases {
    /** Share of a key point's content words an answer must contain. */
    static final double POINT_THRESHOLD = 0.5;
    /** Share of a framework step's content words an answer must contain... */
    static final double STEP_THRESHOLD = 0.25;
    /** ...but never more than this many words, however long the step. */
    static final int STEP_MAX_REQUIRED = 3;

    private Phrases() {
    }

    /** A key term: covered when the words of any one alternative occur near each other. */
    record Term(String text, List<List<String>> alternatives) {
        boolean coveredBy(AnswerIndex answer) {
            for (List<String> alternative : alternatives) {
                if (answer.near(alternative)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A key point: covered when its abbreviation occurs, or when at least half of its main content words occur
     * anywhere, each bracketed example found counting as one more word.
     */
    record Point(String text, List<String> main, List<Term> examples, String abbreviation) {
        int required() {
            return main.isEmpty() ? 1 : (int) Math.ceil(POINT_THRESHOLD * main.size());
        }

        boolean coveredBy(AnswerIndex answer) {
            if (abbreviation != null && answer.contains(abbreviation)) {
                return true;
            }
            int found = 0;
            for (String stem : main) {
                if (answer.contains(stem)) {
                    found++;
                }
            }
            for (Term example : examples) {
                if (found >= required()) {
                    break;
                }
                if (example.coveredBy(answer)) {
                    found++;
                }
            }
            return found >= required();
        }
    }

    /** A step of the answer framework; {@code name} is its label or first words, for findings. */
    record Step(String text, String name, Term label, List<String> main) {
        int required() {
            return Math.max(1, Math.min((int) Math.ceil(STEP_THRESHOLD * main.size()), STEP_MAX_REQUIRED));
        }

        boolean coveredBy(AnswerIndex answer) {
            if (label != null && label.coveredBy(answer)) {
                return true;
            }
            int found = 0;
            for (String stem : main) {
                if (answer.contains(stem)) {
                    found++;
                }
            }
            return !main.isEmpty() && found >= required();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Terms

    /**
     * Parses a key term. Alternatives: the words outside brackets; each side of {@code X/Y} when every side has
     * the same number of words ({@code SLOs/SLAs}, not {@code Blue/Green Deployment}); a bracketed abbreviation
     * ({@code (DLQ)}); a bracketed long form of an abbreviation term ({@code ADRs (Architecture Decision Records)});
     * each bracketed example introduced by "e.g."/"such as"/"like" ({@code Caching strategies (e.g., Redis)} is also
     * covered by "Redis"). Other bracketed text ({@code (for feedback)}, {@code (APM, logging, metrics)}) is a
     * qualifier: neither required nor enough. {@code **Term**: definition} uses the part before the colon.
     */
    static Term term(String text) {
        String t = clean(text);
        int colon = t.indexOf(':');
        String definition = null;
        if (colon > 0 && wordCount(t.substring(0, colon)) <= 6) {
            definition = t.substring(colon + 1).strip();
            t = t.substring(0, colon).strip();
        }
        Split split = splitBrackets(t);
        String main = split.main();
        LinkedHashSet<List<String>> alternatives = new LinkedHashSet<>();
        List<String> sides = slashSides(main);
        if (sides.size() > 1) {
            for (String side : sides) {
                addIfAny(alternatives, Aliases.contentStems(side));
            }
        } else {
            addIfAny(alternatives, Aliases.contentStems(main));
        }
        for (String inner : split.inner()) {
            List<String> examples = examples(inner, false);
            if (!examples.isEmpty()) {
                for (String example : examples) {
                    addIfAny(alternatives, Aliases.contentStems(example));
                }
            } else if (Aliases.isShortForm(inner)) {
                addIfAny(alternatives, List.of(Aliases.key(inner)));
            } else if (spells(main, inner)) {
                addIfAny(alternatives, Aliases.contentStems(inner));
            }
        }
        if (definition != null && spells(t, definition)) {
            addIfAny(alternatives, Aliases.contentStems(definition));
        }
        return new Term(display(text), List.copyOf(alternatives));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Key points

    /**
     * Parses a key point: its main content words (outside brackets, without stopwords and rubric words such as
     * "clearly", "specific", "use of"), its bracketed examples (each as a {@link Term}; bracketed lists count as
     * examples with or without "e.g.") and a bracketed abbreviation, if any.
     */
    static Point point(String text) {
        String t = clean(text);
        Split split = splitBrackets(t);
        List<String> all = distinct(Aliases.contentStems(split.main()));
        List<String> main = new ArrayList<>();
        for (String stem : all) {
            if (!Text.RUBRIC_WORDS.contains(stem)) {
                main.add(stem);
            }
        }
        if (main.isEmpty()) {
            main = all;
        }
        List<Term> examples = new ArrayList<>();
        String abbreviation = null;
        for (String inner : split.inner()) {
            if (Aliases.isShortForm(inner)) {
                abbreviation = Aliases.key(inner);
                continue;
            }
            for (String example : examples(inner, true)) {
                Term term = term(example);
                if (!term.alternatives().isEmpty()) {
                    examples.add(term);
                }
            }
        }
        return new Point(display(text), List.copyOf(main), List.copyOf(examples), abbreviation);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Framework steps

    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "finally", "lastly");

    /** At most this many steps are checked. */
    static final int MAX_STEPS = 10;

    /**
     * Splits an answer framework into steps: numbered ({@code 1. … 2. …}, {@code 1) …}, {@code Step 1: …}); else
     * ordinal words at a sentence start ({@code First, … Second, … Finally, …}), each step one sentence, and any
     * further sentence before the next ordinal a step of its own; else one step per sentence. Text before the first
     * marker is a step only when it has at least three content words ("Employ a MECE approach:" is not). Each step
     * then keeps only its distinctive words (see {@link #distinctive}).
     */
    static List<Step> steps(String framework, String prompt) {
        if (framework == null || framework.isBlank()) {
            return List.of();
        }
        String f = clean(framework);
        List<String> chunks = new ArrayList<>();
        String preamble;
        List<int[]> numbered = numberedMarkers(f);
        if (numbered.size() >= 2) {
            preamble = f.substring(0, numbered.get(0)[0]);
            for (int i = 0; i < numbered.size(); i++) {
                int end = i + 1 < numbered.size() ? numbered.get(i + 1)[0] : f.length();
                chunks.add(f.substring(numbered.get(i)[1], end));
            }
        } else {
            List<String> sentences = sentences(f);
            List<Integer> ordinal = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                if (startsWithOrdinal(sentences.get(i))) {
                    ordinal.add(i);
                }
            }
            if (ordinal.size() >= 2) {
                preamble = String.join(" ", sentences.subList(0, ordinal.get(0)));
                for (int i = ordinal.get(0); i < sentences.size(); i++) {
                    String s = sentences.get(i);
                    chunks.add(startsWithOrdinal(s) ? s.substring(s.indexOf(',') + 1) : s);
                }
            } else {
                preamble = "";
                chunks.addAll(sentences);
            }
        }
        List<Step> steps = new ArrayList<>();
        Step first = step(preamble);
        if (first != null && first.main().size() >= 3) {
            steps.add(first);
        }
        for (String chunk : chunks) {
            Step s = step(chunk);
            if (s != null && steps.size() < MAX_STEPS) {
                steps.add(s);
            }
        }
        return distinctive(steps, prompt);
    }

    /**
     * Each step keeps only the words that tell it apart, so a step is not "covered" by words every answer uses
     * anyway: words of the prompt are dropped, and words of another step too unless fewer than two would remain
     * (a step left with no words keeps them all).
     */
    private static List<Step> distinctive(List<Step> steps, String prompt) {
        java.util.Set<String> promptWords = new java.util.HashSet<>(Aliases.contentStems(prompt == null ? "" : prompt));
        java.util.Map<String, Integer> stepsWith = new java.util.HashMap<>();
        for (Step s : steps) {
            for (String stem : s.main()) {
                stepsWith.merge(stem, 1, Integer::sum);
            }
        }
        List<Step> out = new ArrayList<>();
        for (Step s : steps) {
            List<String> own = new ArrayList<>();
            for (String stem : s.main()) {
                if (!promptWords.contains(stem) && stepsWith.get(stem) == 1) {
                    own.add(stem);
                }
            }
            if (own.size() < 2) {
                // Too few words left: drop only the prompt's words.
                own = new ArrayList<>();
                for (String stem : s.main()) {
                    if (!promptWords.contains(stem)) {
                        own.add(stem);
                    }
                }
            }
            out.add(own.isEmpty() ? s : new Step(s.text(), s.name(), s.label(), List.copyOf(own)));
        }
        return List.copyOf(out);
    }

    private static Step step(String chunk) {
        String text = chunk.strip();
        if (text.isEmpty()) {
            return null;
        }
        String withoutBrackets = splitBrackets(text).main();
        List<String> main = new ArrayList<>();
        for (String stem : distinct(Aliases.contentStems(withoutBrackets))) {
            if (!Text.RUBRIC_WORDS.contains(stem)) {
                main.add(stem);
            }
        }
        if (main.isEmpty()) {
            return null;
        }
        Term label = null;
        String name;
        int colon = withoutBrackets.indexOf(':');
        if (colon > 0 && colon <= 60 && wordCount(withoutBrackets.substring(0, colon)) <= 5) {
            name = withoutBrackets.substring(0, colon).strip();
            List<String> stems = new ArrayList<>();
            for (String stem : distinct(Aliases.contentStems(name))) {
                if (!Text.RUBRIC_WORDS.contains(stem)) {
                    stems.add(stem);
                }
            }
            if (!stems.isEmpty()) {
                label = new Term(name, List.of(List.copyOf(stems)));
            }
        } else {
            name = firstWords(withoutBrackets, 6);
        }
        return new Step(display(text), capitalize(trimPunctuation(name)), label, List.copyOf(main));
    }

    /** Positions [markerStart, contentStart] of "1." "2." … (or "1)", "Step 1:") numbered in sequence from 1. */
    private static List<int[]> numberedMarkers(String f) {
        List<int[]> out = new ArrayList<>();
        int expected = 1;
        int n = f.length();
        for (int i = 0; i < n; i++) {
            if (!Character.isDigit(f.charAt(i)) || (i > 0 && !Character.isWhitespace(f.charAt(i - 1)))) {
                continue;
            }
            int j = i;
            while (j < n && Character.isDigit(f.charAt(j))) {
                j++;
            }
            if (j >= n || j - i > 2 || Integer.parseInt(f.substring(i, j)) != expected) {
                continue;
            }
            char after = f.charAt(j);
            int start = i;
            String before = f.substring(Math.max(0, i - 5), i).toLowerCase(Locale.ROOT);
            boolean stepWord = before.endsWith("step ");
            if (stepWord) {
                start = i - 5;
            }
            boolean punct = after == '.' || after == ')' || (after == ':' && stepWord);
            if (punct && j + 1 < n && Character.isWhitespace(f.charAt(j + 1))) {
                out.add(new int[] {start, j + 1});
                expected++;
            }
        }
        return out;
    }

    private static boolean startsWithOrdinal(String sentence) {
        int comma = sentence.indexOf(',');
        if (comma <= 0) {
            return false;
        }
        return ORDINALS.contains(sentence.substring(0, comma).strip().toLowerCase(Locale.ROOT));
    }

    /** Sentences of bank text, using the tokenizer's sentence boundaries. */
    static List<String> sentences(String text) {
        Text t = Text.of(text);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            int sentence = t.get(i).sentence();
            int start = t.get(i).start();
            int j = i;
            while (j + 1 < t.size() && t.get(j + 1).sentence() == sentence) {
                j++;
            }
            int end = j + 1 < t.size() ? t.get(j + 1).start() : text.length();
            out.add(text.substring(start, end).strip());
            i = j + 1;
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Helpers

    record Split(String main, List<String> inner) {
    }

    /** Text outside top-level brackets (joined with spaces) and each bracketed part; unbalanced brackets tolerated. */
    static Split splitBrackets(String text) {
        StringBuilder main = new StringBuilder();
        StringBuilder inner = new StringBuilder();
        List<String> parts = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                if (depth > 0) {
                    inner.append(c);
                }
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
                if (depth == 0) {
                    parts.add(inner.toString().strip());
                    inner.setLength(0);
                    main.append(' ');
                } else {
                    inner.append(c);
                }
            } else if (depth > 0) {
                inner.append(c);
            } else {
                main.append(c);
            }
        }
        if (inner.length() > 0) {
            parts.add(inner.toString().strip());
        }
        String m = main.toString().replaceAll("\\s+", " ").replaceAll(" ([,.;:])", "$1").strip();
        return new Split(m, List.copyOf(parts));
    }

    private static final List<String> EXAMPLE_PREFIXES = List.of("e.g.", "eg.", "e.g", "i.e.", "ie.",
            "such as", "like", "including", "for example", "for instance");

    /**
     * The examples in a bracketed part: items after "e.g."/"such as"/"like"…, split at commas and semicolons
     * ({@code Parquet/ORC} also at the slash). With {@code plainListsToo}, a bracketed part without such a prefix
     * is split into examples as well.
     */
    static List<String> examples(String inner, boolean plainListsToo) {
        String lower = inner.toLowerCase(Locale.ROOT);
        String rest = null;
        for (String prefix : EXAMPLE_PREFIXES) {
            if (lower.startsWith(prefix) && (lower.length() == prefix.length()
                    || !Character.isLetterOrDigit(lower.charAt(prefix.length())))) {
                rest = inner.substring(prefix.length());
                break;
            }
        }
        if (rest == null) {
            if (!plainListsToo) {
                return List.of();
            }
            rest = inner;
        }
        List<String> out = new ArrayList<>();
        for (String item : rest.split("[,;]")) {
            String s = item.strip();
            if (s.toLowerCase(Locale.ROOT).startsWith("and ") || s.toLowerCase(Locale.ROOT).startsWith("or ")) {
                s = s.substring(s.indexOf(' ') + 1).strip();
            }
            if (s.isEmpty()) {
                continue;
            }
            List<String> sides = s.indexOf(' ') < 0 ? slashSides(s) : List.of(s);
            out.addAll(sides);
        }
        return out;
    }

    /** {@code X/Y} split into sides when every side has the same number of words; otherwise the text itself. */
    static List<String> slashSides(String text) {
        if (text.indexOf('/') < 0) {
            return List.of(text);
        }
        List<String> sides = new ArrayList<>();
        int count = -1;
        for (String side : text.split("/")) {
            String s = side.strip();
            int words = wordCount(s);
            if (s.length() < 2 || (count >= 0 && words != count)) {
                return List.of(text);
            }
            count = words;
            sides.add(s);
        }
        return sides.size() > 1 ? sides : List.of(text);
    }

    /** Whether {@code longForm} spells the abbreviation {@code shortForm} (Schwartz–Hearst over the whole text). */
    private static boolean spells(String shortForm, String longForm) {
        String s = shortForm.strip();
        if (!Aliases.isShortForm(s)) {
            return false;
        }
        String letters = s.length() > 2 && s.endsWith("s") && Character.isUpperCase(s.charAt(s.length() - 2))
                ? s.substring(0, s.length() - 1) : s;
        String found = Aliases.schwartzHearst(letters.toLowerCase(Locale.ROOT), longForm);
        return found != null && found.equals(longForm.strip());
    }

    private static void addIfAny(LinkedHashSet<List<String>> alternatives, List<String> stems) {
        if (!stems.isEmpty()) {
            alternatives.add(List.copyOf(stems));
        }
    }

    private static List<String> distinct(List<String> stems) {
        return List.copyOf(new LinkedHashSet<>(stems));
    }

    /** Bank text without Markdown emphasis and surrounding space. */
    static String clean(String text) {
        return text == null ? "" : text.replace("**", "").replace("`", "").strip();
    }

    /** How an item is quoted in findings: cleaned, without a final full stop. */
    static String display(String text) {
        return trimPunctuation(clean(text));
    }

    private static String trimPunctuation(String s) {
        String out = s.strip();
        while (!out.isEmpty() && ".,;:".indexOf(out.charAt(out.length() - 1)) >= 0) {
            out = out.substring(0, out.length() - 1).strip();
        }
        return out;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static int wordCount(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static String firstWords(String s, int max) {
        String[] words = s.strip().split("\\s+");
        if (words.length <= max) {
            return s.strip();
        }
        return trimPunctuation(String.join(" ", java.util.Arrays.copyOf(words, max))) + "…";
    }
}
