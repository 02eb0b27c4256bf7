package dev.mockinterview.bank.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits the run-together list lines of the scraped seed page, where the page lost the separators between list
 * items: {@code "...architectural choices.Quantifiable metrics..."} or
 * {@code "Load testingDomain-Driven Design (DDD)Evolutionary architecture"}.
 *
 * <p>Nothing inside parentheses is ever split, and items are trimmed; empty items are dropped.
 */
public final class ListSplitter {

    /**
     * Names that contain capitals in the middle, or abbreviations that end right where another abbreviation begins,
     * and so cannot be found by the case rules of {@link #splitTerms}. Each is kept whole, and the text either side
     * of it becomes a separate item when it abuts the name directly (e.g. {@code "KafkaPostGISMongoDB"}). To teach
     * the splitter a new name, add it here (case-sensitive; longer names win over shorter ones at the same place).
     */
    static final List<String> KNOWN_NAMES = List.of(
            // databases and data tools
            "PostgreSQL", "MySQL", "NoSQL", "PostGIS", "MongoDB", "DynamoDB", "CockroachDB", "YugabyteDB",
            "ClickHouse", "BigQuery",
            // messaging, protocols, observability
            "RabbitMQ", "GraphQL", "gRPC", "RESTful", "OpenTelemetry",
            // languages and platforms
            "JavaScript", "TypeScript", "DevOps", "GitHub", "XGBoost",
            // "-aaS" models: the trailing capital is not the start of a new term
            "SaaS", "PaaS", "IaaS", "FaaS",
            // abbreviations that the seed runs straight into another abbreviation ("CVSSRICE", "OLAPCDC")
            "CVSS", "OLAP");

    private static final List<String> NAMES_LONGEST_FIRST = KNOWN_NAMES.stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();

    private ListSplitter() {
    }

    /**
     * Splits a run-together "Key Points" line. Most lines are sentences ({@code "...choices.Quantifiable..."});
     * some are short noun phrases with no full stops ({@code "...with rollback strategyPost-incident review (...)"}).
     * A line that ends like a sentence ({@code .}, {@code ?} or {@code !}, optionally followed by a closing quote) is
     * split with {@link #splitSentences}; any other line with {@link #splitTerms}.
     */
    public static List<String> splitKeyPoints(String runTogether) {
        if (runTogether == null) {
            return List.of();
        }
        return endsLikeSentence(runTogether.strip()) ? splitSentences(runTogether) : splitTerms(runTogether);
    }

    /**
     * Splits where a sentence end ({@code .}, {@code ?}, {@code !} or {@code )}, the first three optionally followed
     * by a closing quote) is directly followed by an uppercase letter, outside parentheses. A full stop after a
     * single-letter word ({@code "e.g.X"}, {@code "i.e.X"}, {@code "U.S.A"}) or after {@code "vs"} is not a sentence
     * end; a full stop followed by a lowercase letter ({@code "Node.js"}) never is.
     */
    public static List<String> splitSentences(String runTogether) {
        if (runTogether == null) {
            return List.of();
        }
        String s = runTogether;
        int[] depth = parenDepths(s);
        List<Integer> cuts = new ArrayList<>();
        for (int i = 1; i < s.length(); i++) {
            if (depth[i] != 0 || !Character.isUpperCase(s.charAt(i))) {
                continue;
            }
            int end = i - 1; // the character just before the capital
            if (isClosingQuote(s.charAt(end)) && end > 0) {
                end--;
            }
            char terminator = s.charAt(end);
            boolean sentenceEnd = switch (terminator) {
                case '?', '!' -> true;
                case ')' -> end == i - 1;
                case '.' -> !isAbbreviationBefore(s, end);
                default -> false;
            };
            if (sentenceEnd) {
                cuts.add(i);
            }
        }
        return cut(s, cuts);
    }

    /**
     * Splits a run-together "Key Terminology" line into terms. A new term starts:
     * <ul>
     *   <li>at a capital directly after a lowercase letter: {@code "Load testingDomain"};</li>
     *   <li>at a capital or digit directly after {@code )}: {@code "(DDD)Evolutionary"};</li>
     *   <li>at the last capital of a run of two or more capitals followed by two lowercase letters, i.e. between an
     *       abbreviation and a capitalised word: {@code "SREKubernetes"}, {@code "SLA/SLOIncident"} (but not
     *       {@code "ADRs"} or {@code "SLOs/SLAs"});</li>
     *   <li>at a capitalised word directly after a digit: {@code "AWS S3Google BigQuery"};</li>
     *   <li>at a number range directly after a lowercase letter: {@code "C4 Model30-60-90 Day Plan"};</li>
     *   <li>before and after a {@linkplain #KNOWN_NAMES known name} that abuts a letter or digit, and never inside
     *       one: {@code "KafkaPostgreSQLCassandra"}.</li>
     * </ul>
     * Nothing inside parentheses is split.
     */
    public static List<String> splitTerms(String runTogether) {
        if (runTogether == null) {
            return List.of();
        }
        String s = runTogether;
        int n = s.length();
        int[] depth = parenDepths(s);
        boolean[] inName = new boolean[n + 1]; // true at i when i is strictly inside a known name
        boolean[] cut = new boolean[n + 1];

        for (int i = 0; i < n; ) {
            String name = knownNameAt(s, i);
            if (name == null || depth[i] != 0) {
                i++;
                continue;
            }
            int end = i + name.length();
            for (int k = i + 1; k < end; k++) {
                inName[k] = true;
            }
            if (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
                cut[i] = true;
            }
            if (end < n && (Character.isUpperCase(s.charAt(end)) || Character.isDigit(s.charAt(end)))) {
                cut[end] = true;
            }
            i = end;
        }

        for (int i = 1; i < n; i++) {
            if (depth[i] != 0 || inName[i] || cut[i]) {
                continue;
            }
            char prev = s.charAt(i - 1);
            char cur = s.charAt(i);
            if (Character.isLowerCase(prev) && Character.isUpperCase(cur)) {
                cut[i] = true;
            } else if (prev == ')' && (Character.isUpperCase(cur) || Character.isDigit(cur))) {
                cut[i] = true;
            } else if (Character.isUpperCase(prev) && Character.isUpperCase(cur)
                    && i >= 2 && Character.isUpperCase(s.charAt(i - 2)) && !inName[i - 1]
                    && lowercaseAt(s, i + 1) && lowercaseAt(s, i + 2)) {
                cut[i] = true;
            } else if (Character.isDigit(prev) && Character.isUpperCase(cur) && lowercaseAt(s, i + 1)) {
                cut[i] = true;
            } else if (Character.isLowerCase(prev) && Character.isDigit(cur) && startsNumberRange(s, i)) {
                cut[i] = true;
            }
        }

        List<Integer> cuts = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            if (cut[i] && depth[i] == 0) {
                cuts.add(i);
            }
        }
        return cut(s, cuts);
    }

    private static String knownNameAt(String s, int i) {
        for (String name : NAMES_LONGEST_FIRST) {
            if (s.startsWith(name, i)) {
                return name;
            }
        }
        return null;
    }

    /** depth[i] = number of '(' still open before index i (never negative). */
    private static int[] parenDepths(String s) {
        int[] depth = new int[s.length() + 1];
        int d = 0;
        for (int i = 0; i < s.length(); i++) {
            depth[i] = d;
            char c = s.charAt(i);
            if (c == '(') {
                d++;
            } else if (c == ')' && d > 0) {
                d--;
            }
        }
        depth[s.length()] = d;
        return depth;
    }

    /** True if the parentheses in {@code s} are balanced; callers report lines where they are not. */
    public static boolean parenthesesBalanced(String s) {
        int d = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                d++;
            } else if (c == ')') {
                if (--d < 0) {
                    return false;
                }
            }
        }
        return d == 0;
    }

    private static boolean lowercaseAt(String s, int i) {
        return i < s.length() && Character.isLowerCase(s.charAt(i));
    }

    /** A run of digits at i followed by '-' and another digit, as in "30-60-90". */
    private static boolean startsNumberRange(String s, int i) {
        int k = i;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        return k + 1 < s.length() && s.charAt(k) == '-' && Character.isDigit(s.charAt(k + 1));
    }

    /** The '.' at {@code dot} ends a single-letter word ("e.g", "i.e", "U.S") or "vs". */
    private static boolean isAbbreviationBefore(String s, int dot) {
        int start = dot;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        String word = s.substring(start, dot);
        return word.length() == 1 || word.equalsIgnoreCase("vs");
    }

    private static boolean endsLikeSentence(String s) {
        int end = s.length() - 1;
        if (end > 0 && isClosingQuote(s.charAt(end))) {
            end--;
        }
        return end >= 0 && (s.charAt(end) == '.' || s.charAt(end) == '?' || s.charAt(end) == '!');
    }

    private static boolean isClosingQuote(char c) {
        return c == '\'' || c == '"' || c == '\u2019' || c == '\u201D';
    }

    private static List<String> cut(String s, List<Integer> cuts) {
        List<String> items = new ArrayList<>();
        int from = 0;
        for (int at : cuts) {
            add(items, s.substring(from, at));
            from = at;
        }
        add(items, s.substring(from));
        return List.copyOf(items);
    }

    private static void add(List<String> items, String item) {
        String trimmed = item.strip();
        if (!trimmed.isEmpty()) {
            items.add(trimmed);
        }
    }
}
