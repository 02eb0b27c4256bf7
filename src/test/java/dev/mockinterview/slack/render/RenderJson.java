package dev.mockinterview.slack.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Test helper: renders Block Kit objects to JSON the way the Slack SDK sends them, and reads their text back. */
final class RenderJson {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Gson GSON = GsonFactory.createSnakeCase();

    private RenderJson() {
    }

    /** The blocks exactly as the SDK would serialise them, as a Jackson tree. */
    static JsonNode blocks(List<LayoutBlock> blocks) {
        return read(GSON.toJson(blocks));
    }

    static JsonNode view(View view) {
        return read(GSON.toJson(view));
    }

    static String pretty(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every "text" string in the tree (section, context, header, button labels...), in document order. */
    static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    /** All texts joined with line breaks. */
    static String joinedText(JsonNode node) {
        return String.join("\n", texts(node));
    }

    /** The mrkdwn texts only (what Slack parses for formatting, links and mentions). */
    static List<String> mrkdwnTexts(JsonNode node) {
        List<String> out = new ArrayList<>();
        collectMrkdwn(node, out);
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("text") && e.getValue().isTextual()) {
                    // A page's "(continued)" note is navigation, not content.
                    if (!e.getValue().asText().matches("_\\(continued, part \\d+\\)_")) {
                        out.add(e.getValue().asText());
                    }
                } else {
                    collect(e.getValue(), out);
                }
            }
        }
    }

    private static void collectMrkdwn(JsonNode node, List<String> out) {
        if (node.isArray()) {
            node.forEach(n -> collectMrkdwn(n, out));
        } else if (node.isObject()) {
            if ("mrkdwn".equals(node.path("type").asText()) && node.path("text").isTextual()) {
                out.add(node.get("text").asText());
            }
            node.forEach(n -> collectMrkdwn(n, out));
        }
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
