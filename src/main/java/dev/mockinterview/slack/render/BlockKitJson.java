package dev.mockinterview.slack.render;

import com.google.gson.Gson;
import com.slack.api.util.json.GsonFactory;

/** Blocks as JSON, exactly as the Slack SDK sends them; for tools that show messages outside Slack. */
public final class BlockKitJson {
    private static final Gson GSON = GsonFactory.createSnakeCase();

    private BlockKitJson() {
    }

    public static String blocks(SlackMessage message) {
        return GSON.toJson(message.blocks());
    }
}
