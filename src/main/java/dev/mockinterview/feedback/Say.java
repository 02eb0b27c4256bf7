package dev.mockinterview.feedback;

import java.util.List;

/** Wording helpers for findings and suggestions: lists that fit a length budget, "and N more". */
final class Say {
    /** Longest finding or suggestion. */
    static final int MAX = 300;

    private Say() {
    }

    /** The text cut at a word boundary to at most {@code max} characters, ending in "…" when cut. */
    static String shorten(String text, int max) {
        String t = text.strip();
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        String head = t.substring(0, cut).strip();
        while (!head.isEmpty() && ",;:.(-".indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1).strip();
        }
        return head + "…";
    }

    /**
     * Items joined with {@code separator}, each shortened to {@code itemMax} characters, as many as fit in
     * {@code budget} characters, then "and N more".
     */
    static String list(List<String> items, String separator, int itemMax, int budget) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            String item = shorten(items.get(i), itemMax);
            int remaining = items.size() - i - 1;
            String more = remaining > 0 ? " and " + remaining + " more" : "";
            String next = (i == 0 ? "" : separator) + item;
            // Leave room for a later "and N more".
            int reserve = remaining > 0 ? (" and " + remaining + " more").length() : 0;
            if (out.length() + next.length() + reserve > budget && i > 0) {
                out.append(" and ").append(items.size() - i).append(" more");
                return out.toString();
            }
            if (out.length() + next.length() > budget && i == 0) {
                out.append(shorten(item, Math.max(10, budget - (" and " + remaining + " more").length())));
                if (remaining > 0) {
                    out.append(" and ").append(remaining).append(" more");
                }
                return out.toString();
            }
            out.append(next);
            if (more.isEmpty()) {
                break;
            }
        }
        return out.toString();
    }

    /** Like {@link #list(List, String, int, int)} but naming at most {@code maxItems} items. */
    static String list(List<String> items, String separator, int itemMax, int budget, int maxItems) {
        if (items.size() <= maxItems) {
            return list(items, separator, itemMax, budget);
        }
        String more = " and " + (items.size() - maxItems) + " more";
        String head = list(items.subList(0, maxItems), separator, itemMax, budget - more.length());
        if (head.matches(".* and \\d+ more")) {
            int cut = head.lastIndexOf(" and ");
            int shown = maxItems - Integer.parseInt(head.substring(cut + 5, head.length() - 5));
            return head.substring(0, cut) + " and " + (items.size() - shown) + " more";
        }
        return head + more;
    }

    /** A sentence kept within {@link #MAX} characters. */
    static String cap(String sentence) {
        return shorten(sentence, MAX);
    }

    /** "1 word" / "3 words". */
    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** "m min s s" for a speaking time. */
    static String minutes(long seconds) {
        long m = seconds / 60;
        long s = seconds % 60;
        if (m == 0) {
            return s + " s";
        }
        return s == 0 ? m + " min" : m + " min " + s + " s";
    }
}
