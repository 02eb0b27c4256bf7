package dev.mockinterview.bank;

/**
 * Size limits that keep every question displayable within Slack's Block Kit limits (a section holds 3000
 * characters; the renderer needs a little room for labels and bullets).
 */
public final class BankLimits {
    public static final int PROMPT_MAX = 300;
    public static final int TEXT_MAX = 2_900;
    public static final int LIST_MAX_ITEMS = 40;
    public static final int ID_MAX = 100;
    public static final int TAG_MAX = 40;
    public static final int TAGS_MAX = 10;

    private BankLimits() {
    }
}
