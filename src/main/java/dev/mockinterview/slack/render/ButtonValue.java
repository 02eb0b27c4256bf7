package dev.mockinterview.slack.render;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value a button (or a modal's private_metadata) carries: which session and question it acts on, and where
 * the question stood in the session when the message was posted. The same question comes back in a later round;
 * its place tells a late click on the earlier showing from one on the current showing.
 *
 * @param position the question's place in the session, or null for values that carry none (posted before
 *                 positions were added, or on messages that act on any showing, such as ratings)
 */
public record ButtonValue(long sessionId, String questionId, Integer position) {
    private static final Pattern FORMAT =
            Pattern.compile("(\\d{1,18}):([a-z0-9][a-z0-9-]{0,99})(?::(\\d{1,9}))?");

    public static String of(long sessionId, String questionId) {
        return sessionId + ":" + questionId;
    }

    public static String of(long sessionId, String questionId, int position) {
        return sessionId + ":" + questionId + ":" + position;
    }

    /** Parses a value; anything malformed (forged, truncated) is empty. */
    public static Optional<ButtonValue> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(value);
        return m.matches() ? Optional.of(new ButtonValue(Long.parseLong(m.group(1)), m.group(2),
                m.group(3) == null ? null : Integer.valueOf(m.group(3)))) : Optional.empty();
    }
}
