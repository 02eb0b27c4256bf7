package dev.mockinterview.slack.render;

/** Slack's Block Kit limits that the renderers design around. */
public final class BlockLimits {
    public static final int MESSAGE_BLOCKS = 50;
    public static final int VIEW_BLOCKS = 100;
    public static final int SECTION_TEXT = 3000;
    public static final int HEADER_TEXT = 150;
    public static final int BUTTON_TEXT = 75;
    public static final int ACTION_ID = 255;
    public static final int BUTTON_VALUE = 2000;
    public static final int CONTEXT_ELEMENTS = 10;
    public static final int MODAL_TITLE = 24;
    public static final int PRIVATE_METADATA = 3000;
    public static final int INPUT_MAX_LENGTH = 3000;
    public static final int MESSAGE_TEXT = 40_000;

    private BlockLimits() {
    }
}
