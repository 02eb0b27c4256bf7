package dev.mockinterview.feedback;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Abbreviations and compound spellings that mean the same as a longer phrase: {@code DLQ ⇔ dead letter queue},
 * {@code postmortem ⇔ post mortem}. Immutable; {@link #plus} returns a new table.
 *
 * <p>The {@linkplain #BUILT_IN built-in table} is extended with definitions the bank's own text makes, found by
 * {@link #definitionsIn}:
 * <ul>
 *   <li>{@code Long Form (ABBR)}: the abbreviation in brackets, its long form the words before it whose letters
 *       spell it, found with the Schwartz–Hearst algorithm (each letter of the abbreviation matched right to left
 *       inside the preceding words, the first one at the start of a word). {@code Domain-Driven Design (DDD)},
 *       {@code Change Data Capture (CDC)}, {@code Service Level Objectives (SLOs)},
 *       {@code Two-Phase Commit (2PC)} (a leading digit stands for its number word).</li>
 *   <li>{@code ABBR (Long Form)}: {@code ADRs (Architecture Decision Records)},
 *       {@code MECE (Mutually Exclusive, Collectively Exhaustive)}.</li>
 * </ul>
 * An abbreviation is 2 to 10 letters or digits with at least two capitals, or a capital and a digit, optionally
 * with a plural {@code s}. Bracketed text that is not an abbreviation ({@code (e.g., Redis)}, {@code (Neo4j)}) or
 * whose letters cannot be found in the preceding words ({@code Redis Sorted Set (ZSET)}) defines nothing.
 */
final class Aliases {

    /** An abbreviation (or one-word spelling) and the phrase it stands for, as written. */
    record Definition(String shortForm, String longForm) {
    }

    /**
     * The built-in table, as {@code short = long form}. Abbreviations used across backend interviews, plus
     * one-word spellings of two-word compounds.
     */
    static final List<String> BUILT_IN = List.of(
            "DLQ = dead letter queue",
            "p50 = latency percentile", "p90 = latency percentile", "p95 = latency percentile",
            "p99 = latency percentile", "p999 = latency percentile",
            "SLO = service level objective", "SLA = service level agreement", "SLI = service level indicator",
            "RPS = requests per second", "QPS = queries per second", "TPS = transactions per second",
            "TTL = time to live",
            "ACID = atomicity consistency isolation durability",
            "2PC = two phase commit",
            "K8s = Kubernetes",
            "DDD = domain driven design", "CDC = change data capture", "EDA = event driven architecture",
            "CQRS = command query responsibility segregation",
            "RCA = root cause analysis",
            "MTTR = mean time to recovery", "MTTR = mean time to repair", "MTTD = mean time to detect",
            "SRE = site reliability engineering", "APM = application performance monitoring",
            "PR = pull request", "ADR = architecture decision record", "UX = user experience",
            "DB = database", "LB = load balancer", "AZ = availability zone", "CDN = content delivery network",
            "CI = continuous integration", "IaC = infrastructure as code",
            "OLAP = online analytical processing", "OLTP = online transaction processing",
            "ZSET = sorted set", "MQ = message queue",
            "postmortem = post mortem", "rollback = roll back", "tradeoff = trade off", "backoff = back off",
            "timestamp = time stamp", "runbook = run book", "dataset = data set",
            "microservice = micro service", "frontend = front end", "backend = back end");

    /** Initial of each digit's English word (2 → "two" → t), for abbreviations like 2PC. */
    private static final String DIGIT_WORD_INITIALS = "zottffssen";

    /** Short form key (its stem) → the long forms, each as content stems. Sorted for determinism. */
    private final Map<String, List<List<String>>> expansions;
    /** Each stem of a long form → the (short key, long stems) pairs containing it. */
    private final Map<String, List<Entry>> byStem;

    record Entry(String shortKey, List<String> longStems) {
    }

    private Aliases(Map<String, List<List<String>>> expansions) {
        this.expansions = expansions;
        Map<String, List<Entry>> index = new TreeMap<>();
        for (var e : expansions.entrySet()) {
            for (List<String> stems : e.getValue()) {
                for (String stem : new LinkedHashSet<>(stems)) {
                    index.computeIfAbsent(stem, k -> new ArrayList<>()).add(new Entry(e.getKey(), stems));
                }
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byStem = index;
    }

    static Aliases builtIn() {
        List<Definition> defs = new ArrayList<>();
        for (String line : BUILT_IN) {
            int eq = line.indexOf('=');
            defs.add(new Definition(line.substring(0, eq).strip(), line.substring(eq + 1).strip()));
        }
        return new Aliases(Map.of()).plus(defs);
    }

    /**
     * This table with more definitions. A definition is skipped when its long form keeps fewer than two words once
     * stopwords are removed although it had more ("on call" would make every "call" mean "oncall").
     */
    Aliases plus(Collection<Definition> definitions) {
        Map<String, Set<List<String>>> merged = new TreeMap<>();
        expansions.forEach((k, v) -> merged.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(v));
        for (Definition d : definitions) {
            String key = key(d.shortForm());
            List<String> stems = contentStems(d.longForm());
            boolean lostWords = stems.size() < 2 && Text.of(d.longForm()).size() > 1;
            if (key.isEmpty() || stems.isEmpty() || lostWords || stems.equals(List.of(key))) {
                continue;
            }
            merged.computeIfAbsent(key, x -> new LinkedHashSet<>()).add(stems);
        }
        Map<String, List<List<String>>> out = new TreeMap<>();
        merged.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return new Aliases(out);
    }

    /** The long forms (content stems) an answer word's stem stands for; empty when it is no known abbreviation. */
    List<List<String>> expansionsOf(String stem) {
        return expansions.getOrDefault(stem, List.of());
    }

    /** The (short form, long form) pairs whose long form contains this stem. */
    List<Entry> entriesWith(String stem) {
        return byStem.getOrDefault(stem, List.of());
    }

    boolean isShortKey(String stem) {
        return expansions.containsKey(stem);
    }

    /** The key an abbreviation is stored under: the stem of its lowercase form, as answer words are stemmed. */
    static String key(String shortForm) {
        var tokens = Text.of(shortForm).tokens();
        return tokens.size() == 1 ? tokens.get(0).stem() : "";
    }

    /** Content stems of a phrase: words that are not stopwords, in order. */
    static List<String> contentStems(String phrase) {
        List<String> out = new ArrayList<>();
        for (Text.Token t : Text.of(phrase).tokens()) {
            if (!t.stop()) {
                out.add(t.stem());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Finding definitions in bank text

    /** Every abbreviation definition written in {@code text}, in order of appearance. */
    static List<Definition> definitionsIn(String text) {
        List<Definition> out = new ArrayList<>();
        if (text == null || text.indexOf('(') < 0) {
            return out;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            int open = text.indexOf('(', i);
            if (open < 0) {
                break;
            }
            int close = text.indexOf(')', open + 1);
            int nested = text.indexOf('(', open + 1);
            if (close < 0) {
                break;
            }
            if (nested >= 0 && nested < close) {
                i = nested;
                continue;
            }
            String inner = text.substring(open + 1, close).strip();
            String before = text.substring(Math.max(0, open - 200), open);
            Definition d = null;
            if (isShortForm(inner)) {
                String longForm = longFormBefore(inner, before);
                if (longForm != null) {
                    d = new Definition(inner, longForm);
                }
            } else {
                String word = lastWord(before);
                if (word != null && isShortForm(word)) {
                    String longForm = schwartzHearst(letters(word), inner);
                    if (longForm != null && longForm.equals(inner)) {
                        d = new Definition(word, inner);
                    }
                }
            }
            if (d != null) {
                out.add(d);
            }
            i = close + 1;
        }
        return out;
    }

    /** 2–10 letters/digits, starting with one, at least two capitals or a capital and a digit; may end in "s". */
    static boolean isShortForm(String s) {
        if (s.length() < 2 || s.length() > 10 || !Character.isLetterOrDigit(s.charAt(0))) {
            return false;
        }
        int upper = 0;
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isDigit(c)) {
                digits++;
            }
        }
        return upper >= 2 || (upper >= 1 && digits >= 1);
    }

    private static String lastWord(String before) {
        int end = before.length();
        while (end > 0 && Character.isWhitespace(before.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetterOrDigit(before.charAt(start - 1))) {
            start--;
        }
        return start < end ? before.substring(start, end) : null;
    }

    /**
     * The letters an abbreviation spells, lowercase; a plural "s" after a capital dropped, a leading digit as its
     * word's initial.
     */
    private static String letters(String shortForm) {
        String s = shortForm;
        if (s.length() > 2 && s.endsWith("s") && Character.isUpperCase(s.charAt(s.length() - 2))) {
            s = s.substring(0, s.length() - 1);
        }
        s = s.toLowerCase(Locale.ROOT);
        if (Character.isDigit(s.charAt(0))) {
            s = DIGIT_WORD_INITIALS.charAt(s.charAt(0) - '0') + s.substring(1);
        }
        return s;
    }

    private static String longFormBefore(String shortForm, String before) {
        int cut = 0;
        for (int i = before.length() - 1; i >= 0; i--) {
            char c = before.charAt(i);
            if (c == '(' || c == ')' || c == ':' || c == ';' || c == ',' || c == '.' && i + 1 < before.length()
                    && Character.isWhitespace(before.charAt(i + 1))) {
                cut = i + 1;
                break;
            }
        }
        String candidate = before.substring(cut).strip();
        String letters = letters(shortForm);
        // Keep at most min(|A| + 5, 2|A|) words, as Schwartz and Hearst do.
        int maxWords = Math.min(letters.length() + 5, letters.length() * 2);
        String[] words = candidate.split("\\s+");
        if (words.length > maxWords) {
            candidate = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - maxWords, words.length));
        }
        String longForm = schwartzHearst(letters, candidate);
        if (longForm == null) {
            return null;
        }
        int wordCount = longForm.split("[\\s\\-/]+").length;
        return wordCount >= 2 && longForm.length() > shortForm.length() ? longForm : null;
    }

    /**
     * Schwartz &amp; Hearst (2003): match the abbreviation's letters right to left inside the candidate, the first
     * letter at the start of a word; the long form starts at that word.
     */
    static String schwartzHearst(String letters, String candidate) {
        String lower = candidate.toLowerCase(Locale.ROOT);
        int s = letters.length() - 1;
        int l = lower.length() - 1;
        while (s >= 0) {
            char c = letters.charAt(s);
            if (!Character.isLetterOrDigit(c)) {
                s--;
                continue;
            }
            while (l >= 0 && (lower.charAt(l) != c
                    || (s == 0 && l > 0 && Character.isLetterOrDigit(lower.charAt(l - 1))))) {
                l--;
            }
            if (l < 0) {
                return null;
            }
            l--;
            s--;
        }
        return candidate.substring(l + 1).strip();
    }
}
