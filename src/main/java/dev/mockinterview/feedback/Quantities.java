package dev.mockinterview.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds quantified statements in an answer: percentages ({@code 45%}, {@code 45 percent}), durations and latencies
 * ({@code 200ms}, {@code 2 s}, {@code 3 weeks}), latency percentiles ({@code p99}), money ({@code $20k}, {@code €3M},
 * {@code 500 dollars}), multipliers ({@code 10x}, {@code 3×}, {@code 2 times}, "doubled", "halved") and counts
 * ({@code 50k}, {@code 2 million}, {@code 12 engineers}). A year on its own ({@code 2019}), a list number at the
 * start of a line and version-like words ({@code k8s}, {@code 2pc}, {@code s3}, {@code p0}) are not quantities.
 * One pass over the tokens.
 */
final class Quantities {

    enum Kind {
        PERCENT("percentage"), TIME("duration"), PERCENTILE("percentile"), MONEY("money"),
        MULTIPLIER("multiplier"), COUNT("count");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** A quantity as written (at most 24 characters), its kind, and the sentence it is in. */
    record Quantity(String text, Kind kind, int token, int sentence) {
    }

    private static final Set<String> TIME_UNITS = Set.of("ms", "msec", "millisecond", "milliseconds", "s", "sec",
            "secs", "second", "seconds", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours", "day",
            "days", "week", "weeks", "month", "months", "year", "years", "us", "µs", "ns", "microseconds",
            "nanoseconds", "sprint", "sprints", "quarter", "quarters");
    private static final Set<String> MAGNITUDES = Set.of("k", "m", "mm", "bn", "b", "thousand", "million",
            "millions", "billion", "billions", "trillion");
    private static final Set<String> MONEY_WORDS = Set.of("dollars", "usd", "eur", "euros", "euro", "gbp", "pounds");
    private static final Set<String> MULTIPLIER_WORDS = Set.of("x", "times", "fold");
    private static final Set<String> CHANGE_WORDS = Set.of("doubled", "tripled", "quadrupled", "halved");
    private static final Set<String> SUFFIX_UNITS = Set.of("ms", "s", "sec", "min", "h", "hr", "hrs", "d", "us",
            "ns");

    private Quantities() {
    }

    static List<Quantity> find(Text text) {
        List<Quantity> out = new ArrayList<>();
        String src = text.source();
        int i = 0;
        while (i < text.size()) {
            Text.Token t = text.get(i);
            String w = t.raw();
            if (CHANGE_WORDS.contains(w)) {
                out.add(new Quantity(w, Kind.MULTIPLIER, i, t.sentence()));
                i++;
                continue;
            }
            if (!t.hasDigit()) {
                i++;
                continue;
            }
            if (isClockOrRatio(src, t)) {
                i++;
                continue;
            }
            int numEnd = numberPrefix(w);
            String suffix = w.substring(numEnd);
            Kind kind = null;
            int last = i;
            if (numEnd == 0) {
                // letters first: p99 / p95 / p50 / p999 are percentiles; k8s, s3, ec2 are names
                if (w.length() >= 3 && w.charAt(0) == 'p' && allDigits(w, 1) && w.length() <= 5
                        && Integer.parseInt(w.substring(1)) >= 50) {
                    kind = Kind.PERCENTILE;
                }
            } else if (suffix.isEmpty()) {
                char before = t.start() > 0 ? src.charAt(t.start() - 1) : ' ';
                char after = t.end() < src.length() ? src.charAt(t.end()) : ' ';
                String next = i + 1 < text.size() && text.get(i + 1).sentence() == t.sentence()
                        ? text.get(i + 1).raw() : "";
                boolean nextAdjacent = i + 1 < text.size() && gapIsSpace(src, t.end(), text.get(i + 1).start());
                if (before == '$' || before == '€' || before == '£') {
                    kind = Kind.MONEY;
                    if (nextAdjacent && MAGNITUDES.contains(next)) {
                        last = i + 1;
                    }
                } else if (after == '%') {
                    kind = Kind.PERCENT;
                } else if (after == '×') {
                    kind = Kind.MULTIPLIER;
                } else if (nextAdjacent && (next.equals("percent") || next.equals("pct"))) {
                    kind = Kind.PERCENT;
                    last = i + 1;
                } else if (nextAdjacent && TIME_UNITS.contains(next)) {
                    kind = Kind.TIME;
                    last = i + 1;
                } else if (nextAdjacent && MONEY_WORDS.contains(next)) {
                    kind = Kind.MONEY;
                    last = i + 1;
                } else if (nextAdjacent && MULTIPLIER_WORDS.contains(next)) {
                    kind = Kind.MULTIPLIER;
                    last = i + 1;
                } else if (nextAdjacent && MAGNITUDES.contains(next)) {
                    kind = Kind.COUNT;
                    last = i + 1;
                } else if (isYear(w) || isListNumber(text, i)) {
                    kind = null;
                } else {
                    kind = Kind.COUNT;
                }
            } else if (suffix.equals("x")) {
                kind = Kind.MULTIPLIER;
            } else if (SUFFIX_UNITS.contains(suffix)) {
                kind = Kind.TIME;
            } else if (MAGNITUDES.contains(suffix)) {
                char before = t.start() > 0 ? src.charAt(t.start() - 1) : ' ';
                kind = before == '$' || before == '€' || before == '£' ? Kind.MONEY : Kind.COUNT;
            } else if (suffix.equals("th") || suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd")) {
                kind = i + 1 < text.size() && text.get(i + 1).raw().startsWith("percentile") ? Kind.PERCENTILE : null;
            }
            if (kind != null) {
                int start = t.start();
                if (start > 0 && "$€£".indexOf(src.charAt(start - 1)) >= 0) {
                    start--;
                }
                int end = text.get(last).end();
                if (end < src.length() && (src.charAt(end) == '%' || src.charAt(end) == '×')) {
                    end++;
                }
                String shown = src.substring(start, Math.min(end, start + 24)).replaceAll("\\s+", " ");
                out.add(new Quantity(shown, kind, i, t.sentence()));
                i = last + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Length of the leading number (digits with inner , or .). */
    private static int numberPrefix(String w) {
        int j = 0;
        while (j < w.length() && (Character.isDigit(w.charAt(j))
                || (j > 0 && (w.charAt(j) == '.' || w.charAt(j) == ',')))) {
            j++;
        }
        return j;
    }

    private static boolean allDigits(String w, int from) {
        for (int j = from; j < w.length(); j++) {
            if (!Character.isDigit(w.charAt(j))) {
                return false;
            }
        }
        return from < w.length();
    }

    private static boolean isYear(String w) {
        if (w.length() != 4 || !allDigits(w, 0)) {
            return false;
        }
        int y = Integer.parseInt(w);
        return y >= 1950 && y <= 2100;
    }

    /** "1." or "2)" at the start of a line (or of the text). */
    private static boolean isListNumber(Text text, int i) {
        Text.Token t = text.get(i);
        String src = text.source();
        if (t.end() >= src.length() || (src.charAt(t.end()) != '.' && src.charAt(t.end()) != ')')) {
            return false;
        }
        int p = t.start() - 1;
        while (p >= 0 && (src.charAt(p) == ' ' || src.charAt(p) == '\t')) {
            p--;
        }
        return p < 0 || src.charAt(p) == '\n' || src.charAt(p) == '\r';
    }

    /** "10:30", "1:1s": digits joined by a colon are a time of day or a meeting name, not a measurement. */
    private static boolean isClockOrRatio(String src, Text.Token t) {
        int s = t.start();
        int e = t.end();
        boolean colonBefore = s >= 2 && src.charAt(s - 1) == ':' && Character.isDigit(src.charAt(s - 2));
        boolean colonAfter = e + 1 < src.length() && src.charAt(e) == ':' && Character.isDigit(src.charAt(e + 1));
        return colonBefore || colonAfter;
    }

    private static boolean gapIsSpace(String src, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(src.charAt(k)) && src.charAt(k) != '-') {
                return false;
            }
        }
        return true;
    }
}
