package dev.mockinterview.slack;

/** The action, callback and block ids the app registers. Button values are {@code <sessionId>:<questionId>}. */
public final class ActionIds {
    public static final String HINT = "mi_hint";
    public static final String MODEL_ANSWER = "mi_model_answer";
    public static final String ANSWER = "mi_answer";
    public static final String NEXT = "mi_next";
    public static final String END = "mi_end";

    public static final String RATE_AGAIN = "mi_rate_again";
    public static final String RATE_HARD = "mi_rate_hard";
    public static final String RATE_GOOD = "mi_rate_good";
    public static final String RATE_EASY = "mi_rate_easy";
    /** Rates by the key points ticked in the model answer's checkboxes. */
    public static final String RATE_POINTS = "mi_rate_points";
    /** The key-point checkboxes; blocks are {@code mi_points_0}, {@code mi_points_1}, … (ten options each). */
    public static final String POINTS_BLOCK_PREFIX = "mi_points_";
    public static final String POINTS_INPUT = "mi_points";

    /** Opens an answer from history again; the value is the answer id. */
    public static final String HISTORY_OPEN = "mi_history_open";
    public static final String HOME_START = "mi_home_start";
    public static final String HOME_CATEGORY = "mi_home_category";
    /** "Save as my answer" under a message written to the bot outside a question's thread. */
    public static final String SAVE_OFFERED = "mi_save_offered";
    /** "Delete all my data", under {@code /mockinterview forget me}. */
    public static final String FORGET_CONFIRM = "mi_forget_confirm";

    /** Buttons on a channel's daily question; the value is the daily post's id. */
    public static final String DAILY_HINT = "mi_daily_hint";
    public static final String DAILY_MODEL_ANSWER = "mi_daily_model_answer";

    public static final String ANSWER_MODAL = "mi_answer_modal";
    public static final String ANSWER_BLOCK = "answer";
    public static final String ANSWER_INPUT = "answer_text";

    private ActionIds() {
    }
}
