package dev.mockinterview.slack.render;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The value a button (or a modal's private_metadata) carries: which session and question it acts on. */
public record ButtonValue(long sessionId, String questionId) {
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,18}):([a-z0-9][a-z0-9-]{0,99})");

    public static String of(long sessionId, String questionId) {
        return sessionId + ":" + questionId;
    }

    /** Parses a value; anything malformed (forged, truncated) is empty. */
    public static Optional<ButtonValue> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(value);
        return m.matches() ? Optional.of(new ButtonValue(Long.parseLong(m.group(1)), m.group(2))) : Optional.empty();
    }
}
