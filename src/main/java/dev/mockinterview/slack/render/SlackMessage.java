package dev.mockinterview.slack.render;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** A message to post: blocks plus the plain-text fallback Slack shows in notifications. */
public record SlackMessage(String text, List<LayoutBlock> blocks) {
    public SlackMessage {
        blocks = List.copyOf(blocks);
    }
}
