package dev.mockinterview.interview;

/**
 * A worked STAR example: either its four parts, or one {@code summary} paragraph where the source gives no parts.
 * Absent parts are {@code null}.
 */
public record StarExample(String situation, String task, String action, String result, String summary) {

    public static StarExample ofParts(String situation, String task, String action, String result) {
        return new StarExample(situation, task, action, result, null);
    }

    public static StarExample ofSummary(String summary) {
        return new StarExample(null, null, null, null, summary);
    }

    public boolean hasParts() {
        return situation != null || task != null || action != null || result != null;
    }
}
