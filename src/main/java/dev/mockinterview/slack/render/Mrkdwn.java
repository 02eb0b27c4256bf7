package dev.mockinterview.slack.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Slack mrkdwn helpers: escaping, bold conversion, bullets, and splitting long text without losing any. */
public final class Mrkdwn {
    private static final Pattern DOUBLE_STAR_BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    private Mrkdwn() {
    }

    /**
     * Escapes text for mrkdwn so it displays as written: {@code <!channel>}, {@code <@U123>} and links in user or
     * bank text become inert, and "&lt;30ms" shows as "<30ms".
     */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Escapes bank text and turns its Markdown {@code **bold**} into Slack's {@code *bold*}. */
    public static String fromBank(String text) {
        return DOUBLE_STAR_BOLD.matcher(escape(text)).replaceAll("*$1*");
    }

    /** One bullet line per item, from bank text. */
    public static String bullets(List<String> items) {
        StringBuilder s = new StringBuilder();
        for (String item : items) {
            if (!s.isEmpty()) {
                s.append('\n');
            }
            s.append("• ").append(fromBank(item));
        }
        return s.toString();
    }

    /**
     * User text as block-quote sections of at most {@code max} characters each: escaped, every line (including the
     * continuation of a line too long for one section) starting with the quote marker.
     */
    public static List<String> quotedChunks(String userText, int max) {
        String marker = "&gt; ";
        List<String> quotedLines = new ArrayList<>();
        for (String line : escape(userText).split("\n", -1)) {
            for (String piece : chunks(line, max - marker.length())) {
                quotedLines.add(marker + piece);
            }
        }
        List<String> sections = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : quotedLines) {
            if (!current.isEmpty() && current.length() + 1 + line.length() > max) {
                sections.add(current.toString());
                current.setLength(0);
            }
            if (!current.isEmpty()) {
                current.append('\n');
            }
            current.append(line);
        }
        sections.add(current.toString());
        return sections;
    }

    /**
     * Splits text into pieces of at most {@code max} characters, preferring line breaks, then sentence ends, then
     * spaces. Joining the pieces (with the line breaks they were cut at) gives the text back: nothing is dropped.
     */
    public static List<String> chunks(String text, int max) {
        if (max < 16) {
            throw new IllegalArgumentException("chunk size must be at least 16, not " + max);
        }
        List<String> out = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int cut = lastBreak(rest, max);
            String piece = rest.substring(0, cut).stripTrailing();
            if (!piece.isBlank()) {
                out.add(piece);
            }
            rest = rest.substring(cut);
            rest = rest.startsWith("\n") ? rest.substring(1) : rest.stripLeading();
        }
        if (!rest.isBlank() || out.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    /** Where to cut {@code text} so the first piece has at most {@code max} characters; always in 1..max. */
    private static int lastBreak(String text, int max) {
        int newline = text.lastIndexOf('\n', max);
        if (newline > max / 2) {
            return newline;
        }
        int sentence = text.lastIndexOf(". ", max - 1);
        if (sentence > max / 2) {
            return sentence + 1;
        }
        int space = text.lastIndexOf(' ', max);
        if (space > max / 2) {
            return space;
        }
        // No natural break: cut hard, but never inside a surrogate pair or an escape like "&amp;".
        int cut = max;
        if (Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        int amp = text.lastIndexOf('&', cut - 1);
        if (amp > cut - 6 && amp > 0 && text.indexOf(';', amp) >= cut) {
            cut = amp;
        }
        return cut;
    }

    /** At most {@code max} code points of {@code text}, with an ellipsis when cut; never splits a character. */
    public static String truncate(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max)) + "…";
    }
}
