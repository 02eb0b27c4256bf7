package dev.mockinterview.slack;

/** The action, callback and block ids the app registers. Button values are {@code <sessionId>:<questionId>}. */
public final class ActionIds {
    public static final String HINT = "mi_hint";
    public static final String MODEL_ANSWER = "mi_model_answer";
    public static final String ANSWER = "mi_answer";
    public static final String NEXT = "mi_next";
    public static final String END = "mi_end";

    public static final String ANSWER_MODAL = "mi_answer_modal";
    public static final String ANSWER_BLOCK = "answer";
    public static final String ANSWER_INPUT = "answer_text";

    private ActionIds() {
    }
}
