package dev.mockinterview.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as Slack sends it, made plain. Slack escapes {@code &}, {@code <} and {@code >} in message and command text
 * ({@code &amp;}, {@code &lt;}, {@code &gt;}), and writes mentions, channels and links as markup
 * ({@code <@U123>}, {@code <#C123|general>}, {@code <https://x|label>}).
 */
public final class SlackText {
    private static final Pattern MARKUP = Pattern.compile("<([^<>]*)>");

    private SlackText() {
    }

    /** Undoes Slack's escaping, once: {@code &amp;lt;} (a typed "&lt;") stays "&lt;". */
    public static String unescape(String text) {
        if (text == null) {
            return null;
        }
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /**
     * Message text as its author sees it: mentions as {@code @name} (or {@code @U123} when Slack sent no name),
     * channels as {@code #name}, links as {@code label (url)}, special mentions as {@code @here}; then unescaped.
     */
    public static String plain(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = MARKUP.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(token(m.group(1))));
        }
        m.appendTail(out);
        return unescape(out.toString());
    }

    private static String token(String inner) {
        int bar = inner.indexOf('|');
        String target = bar < 0 ? inner : inner.substring(0, bar);
        String label = bar < 0 ? null : inner.substring(bar + 1);
        if (target.startsWith("@")) {
            return "@" + (label != null && !label.isEmpty() ? label : target.substring(1));
        }
        if (target.startsWith("#")) {
            return "#" + (label != null && !label.isEmpty() ? label : target.substring(1));
        }
        if (target.startsWith("!")) {
            String special = target.substring(1);
            if (label != null && !label.isEmpty()) {
                return label; // <!subteam^S1|@team>, <!date^…|fallback>
            }
            int caret = special.indexOf('^');
            return "@" + (caret < 0 ? special : special.substring(0, caret));
        }
        if (target.startsWith("mailto:")) {
            return label != null && !label.isEmpty() ? label : target.substring("mailto:".length());
        }
        if (label == null || label.isEmpty() || label.equals(target)) {
            return target;
        }
        return label + " (" + target + ")";
    }
}
