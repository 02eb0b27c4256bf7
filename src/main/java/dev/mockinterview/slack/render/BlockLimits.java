package dev.mockinterview.slack.render;

/** Slack's Block Kit limits that the renderers design around. */
public final class BlockLimits {
    public static final int MESSAGE_BLOCKS = 50;
    public static final int VIEW_BLOCKS = 100;
    public static final int SECTION_TEXT = 3000;
    public static final int BUTTON_VALUE = 2000;
    public static final int INPUT_MAX_LENGTH = 3000;
    public static final int MESSAGE_TEXT = 40_000;

    private BlockLimits() {
    }
}
