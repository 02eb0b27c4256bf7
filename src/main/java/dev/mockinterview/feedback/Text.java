package dev.mockinterview.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A tokenized text: words in order with their stems, character offsets and sentence numbers. Tokenizing is one
 * linear pass over the characters; nothing here uses regular expressions, so any input length is safe.
 *
 * <p>A word is a run of letters and digits. Inside a word an apostrophe before a letter is kept ({@code I'd},
 * {@code user's}); a dot or comma between digits is kept ({@code 2.5}, {@code 10,000}). Everything else, hyphens
 * and slashes included, separates words, so {@code dead-letter} is two words. Two single letters joined by
 * {@code /} or {@code +} become one word ({@code A/B → ab}, {@code I/O → io}, {@code N+1 → n1}).
 *
 * <p>A sentence ends at {@code !}, {@code ?}, a line break, or a {@code .} that does not follow a single letter or
 * an abbreviation such as {@code e.g}, {@code etc}, {@code vs} (and not a list number at the start of a line).
 */
final class Text {

    /** Function words ignored when matching content. */
    static final Set<String> STOPWORDS = Set.copyOf(List.of(
            "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "with", "without",
            "from", "into", "onto", "over", "under", "about", "as", "is", "are", "was", "were", "be", "been", "being",
            "it", "its", "it's", "this", "that", "these", "those", "there", "their", "theirs", "them", "they", "we",
            "our", "ours", "us", "you", "your", "i", "me", "my", "mine", "he", "she", "his", "her", "him", "not", "no",
            "do", "does", "did", "done", "have", "has", "had", "can", "could", "would", "should", "will", "shall",
            "may", "might", "must", "so", "if", "then", "than", "such", "e", "g", "eg", "ie", "etc", "vs", "via",
            "per", "each", "any", "all", "both", "either", "more", "most", "some", "other", "also", "very", "just",
            "how", "what", "which", "who", "whom", "why", "when", "where", "while", "up", "out", "own", "same", "too",
            "only", "like", "i'd", "i'm", "i've", "i'll", "we'd", "we're", "we've", "we'll", "they're", "don't",
            "didn't", "re", "s", "t", "after", "before", "between", "through", "during", "within", "across", "again",
            "once", "here", "because", "since", "until", "whether", "well", "even", "much", "many", "one", "two",
            "three", "get", "got", "make", "made", "let"));

    /**
     * Rubric words: how a key point or framework step is phrased ("Clearly articulate…", "Use of…", "Employ a MECE
     * approach") rather than what it is about. Removed from key points and framework steps, never from terms.
     */
    static final Set<String> RUBRIC_WORDS = stems(List.of(
            "specific", "specifically", "clear", "clearly", "detail", "detailed", "describe", "explain", "articulate",
            "articulated", "demonstrate", "discuss", "outline", "highlight", "emphasize", "present", "handling",
            "handle", "use", "using", "used", "choice", "choose", "selection", "consideration", "considering",
            "consider", "ensure", "ensuring", "include", "including", "involved", "key", "various", "different",
            "robust", "proper", "employ", "utilize", "leverage", "leveraging", "implement", "implemented",
            "implementation", "identify", "define", "approach", "framework", "method", "methodology", "detailing",
            "aspect", "overall", "strong", "effective", "understanding", "showcasing", "ability", "able"));

    /** One word. {@code raw} is lowercase with apostrophes normalized to {@code '}. */
    record Token(String raw, String stem, int start, int end, int sentence, boolean stop) {
        boolean hasDigit() {
            for (int i = 0; i < raw.length(); i++) {
                if (Character.isDigit(raw.charAt(i))) {
                    return true;
                }
            }
            return false;
        }
    }

    private final String source;
    private final List<Token> tokens;
    private final int sentences;

    private Text(String source, List<Token> tokens, int sentences) {
        this.source = source;
        this.tokens = tokens;
        this.sentences = sentences;
    }

    String source() {
        return source;
    }

    List<Token> tokens() {
        return tokens;
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    int sentenceCount() {
        return sentences;
    }

    /** The stem of a lowercase word: possessive {@code 's} and apostrophes dropped, then {@link Stemmer}. */
    static String stemOf(String raw) {
        String w = raw;
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.indexOf('\'') >= 0) {
            w = w.replace("'", "");
        }
        return Stemmer.stem(w);
    }

    /** The stems of the words, each tokenized as text (for word lists written as plain words). */
    static Set<String> stems(List<String> words) {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        for (String w : words) {
            for (Token t : of(w).tokens) {
                out.add(t.stem());
            }
        }
        return Set.copyOf(out);
    }

    static Text of(String text) {
        String s = text == null ? "" : text;
        List<Raw> raws = scan(s);
        List<Token> tokens = new ArrayList<>(raws.size());
        int sentence = 0;
        boolean lineStart = true;
        for (int k = 0; k < raws.size(); k++) {
            Raw r = raws.get(k);
            tokens.add(new Token(r.word, stemOf(r.word), r.start, r.end, sentence,
                    STOPWORDS.contains(r.word) || (r.word.length() == 1 && Character.isLetter(r.word.charAt(0)))));
            int gapEnd = k + 1 < raws.size() ? raws.get(k + 1).start : s.length();
            boolean newline = false;
            boolean stop = false;
            boolean dot = false;
            for (int i = r.end; i < gapEnd; i++) {
                char c = s.charAt(i);
                if (c == '\n' || c == '\r') {
                    newline = true;
                } else if (c == '!' || c == '?') {
                    stop = true;
                } else if (c == '.') {
                    dot = true;
                }
            }
            boolean listNumber = lineStart && isDigits(r.word) && r.word.length() <= 2 && !newline;
            if (dot && !stop && !newline && (listNumber || noBreakAfter(r.word))) {
                dot = false;
            }
            if (newline || stop || dot) {
                sentence++;
            }
            lineStart = newline;
        }
        int count = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).sentence() + 1;
        return new Text(s, List.copyOf(tokens), count);
    }

    private static boolean noBreakAfter(String word) {
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true;
        }
        return switch (word) {
            case "eg", "ie", "etc", "vs", "approx", "incl", "cf", "al", "mr", "mrs", "dr" -> true;
            default -> false;
        };
    }

    private static boolean isDigits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    private record Raw(String word, int start, int end) {
    }

    /** Splits into lowercase words in one pass, then joins {@code A/B}, {@code I/O}, {@code N+1}. */
    private static List<Raw> scan(String s) {
        List<Raw> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        StringBuilder word = new StringBuilder();
        while (i < n) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            word.setLength(0);
            while (i < n) {
                c = s.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    word.append(c);
                    i++;
                } else if ((c == '\'' || c == '\u2019') && i + 1 < n && Character.isLetter(s.charAt(i + 1))) {
                    word.append('\'');
                    i++;
                } else if ((c == '.' || c == ',') && Character.isDigit(s.charAt(i - 1)) && i + 1 < n
                        && Character.isDigit(s.charAt(i + 1))) {
                    word.append(c);
                    i++;
                } else {
                    break;
                }
            }
            String w = word.toString().toLowerCase(Locale.ROOT);
            int size = out.size();
            if (size > 0 && w.length() == 1 && start >= 2) {
                Raw prev = out.get(size - 1);
                char joiner = s.charAt(start - 1);
                boolean adjacent = prev.end == start - 1 && (joiner == '/' || joiner == '+');
                boolean atEnd = i >= n || !Character.isLetterOrDigit(s.charAt(i));
                if (adjacent && atEnd && prev.word.length() == 1 && Character.isLetter(prev.word.charAt(0))) {
                    out.set(size - 1, new Raw(prev.word + w, prev.start, i));
                    continue;
                }
            }
            out.add(new Raw(w, start, i));
        }
        return out;
    }
}
