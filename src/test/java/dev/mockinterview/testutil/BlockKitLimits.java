package dev.mockinterview.testutil;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks Block Kit JSON against the limits in Slack's Block Kit reference, the way Slack's servers reject a payload
 * with {@code invalid_blocks} / {@code invalid_arguments}.
 *
 * <p>Pure and stateless. Every violation is one human-readable line that starts with a JSON-path-ish location, e.g.
 * {@code blocks[3].text.text: 3120 chars > 3000}. Lengths are counted in Unicode code points (an emoji is 1), not
 * UTF-16 units. An empty list means "Slack would accept this" as far as these rules go; it is not a full schema
 * validator (element types other than buttons and plain_text_input are only checked for action_id/placeholder).
 */
public final class BlockKitLimits {

    public static final int MAX_MESSAGE_BLOCKS = 50;
    public static final int MAX_VIEW_BLOCKS = 100;
    public static final int MAX_BLOCK_ID = 255;
    public static final int MAX_ACTION_ID = 255;
    public static final int MAX_SECTION_TEXT = 3000;
    public static final int MAX_SECTION_FIELDS = 10;
    public static final int MAX_SECTION_FIELD_TEXT = 2000;
    public static final int MAX_HEADER_TEXT = 150;
    public static final int MAX_CONTEXT_ELEMENTS = 10;
    public static final int MAX_ACTIONS_ELEMENTS = 25;
    public static final int MAX_BUTTON_TEXT = 75;
    public static final int MAX_BUTTON_VALUE = 2000;
    public static final int MAX_URL = 3000;
    public static final int MAX_INPUT_LABEL = 2000;
    public static final int MAX_INPUT_HINT = 2000;
    public static final int MAX_PLACEHOLDER = 150;
    public static final int MAX_PLAIN_TEXT_INPUT_LENGTH = 3000;
    public static final int MAX_IMAGE_ALT_TEXT = 2000;
    public static final int MAX_VIEW_TITLE = 24;
    public static final int MAX_VIEW_BUTTON = 24;
    public static final int MAX_PRIVATE_METADATA = 3000;
    public static final int MAX_CALLBACK_ID = 255;

    public static final Set<String> KNOWN_BLOCK_TYPES =
            Set.of("section", "header", "divider", "context", "actions", "input", "rich_text", "image");

    private BlockKitLimits() {
    }

    /** Checks the {@code blocks} array of a message (chat.postMessage, chat.update, a response_url body...). */
    public static List<String> check(JsonNode blocks) {
        List<String> out = new ArrayList<>();
        checkBlocks(blocks, "blocks", MAX_MESSAGE_BLOCKS, out);
        return List.copyOf(out);
    }

    /** Checks a modal or App Home view object (the {@code view} argument of views.open/push/update/publish). */
    public static List<String> checkView(JsonNode view) {
        List<String> out = new ArrayList<>();
        String p = "view";
        if (view == null || !view.isObject()) {
            out.add(p + ": must be a JSON object");
            return List.copyOf(out);
        }
        String type = view.path("type").asText("");
        if (!type.equals("modal") && !type.equals("home")) {
            out.add(p + ".type: must be modal or home, got '" + type + "'");
        }
        if (type.equals("modal")) {
            if (!view.hasNonNull("title")) {
                out.add(p + ".title: required for a modal");
            }
        }
        checkPlainText(view.get("title"), p + ".title", MAX_VIEW_TITLE, out);
        checkPlainText(view.get("submit"), p + ".submit", MAX_VIEW_BUTTON, out);
        checkPlainText(view.get("close"), p + ".close", MAX_VIEW_BUTTON, out);
        checkLength(view.get("private_metadata"), p + ".private_metadata", MAX_PRIVATE_METADATA, out);
        checkLength(view.get("callback_id"), p + ".callback_id", MAX_CALLBACK_ID, out);
        JsonNode blocks = view.get("blocks");
        checkBlocks(blocks, p + ".blocks", MAX_VIEW_BLOCKS, out);
        if (type.equals("modal") && !view.hasNonNull("submit") && blocks != null && blocks.isArray()) {
            for (JsonNode b : blocks) {
                if ("input".equals(b.path("type").asText())) {
                    out.add(p + ".submit: required when the modal has an input block");
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------------------------------------ blocks

    private static void checkBlocks(JsonNode blocks, String p, int max, List<String> out) {
        if (blocks == null || blocks.isNull() || blocks.isMissingNode()) {
            out.add(p + ": required");
            return;
        }
        if (!blocks.isArray()) {
            out.add(p + ": must be a JSON array");
            return;
        }
        if (blocks.size() > max) {
            out.add(p + ": " + blocks.size() + " blocks > " + max);
        }
        Map<String, String> blockIds = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            checkBlock(blocks.get(i), p + "[" + i + "]", blockIds, out);
        }
    }

    private static void checkBlock(JsonNode b, String p, Map<String, String> blockIds, List<String> out) {
        if (!b.isObject()) {
            out.add(p + ": must be a JSON object");
            return;
        }
        JsonNode blockId = b.get("block_id");
        if (blockId != null) {
            checkLength(blockId, p + ".block_id", MAX_BLOCK_ID, out);
            String first = blockIds.putIfAbsent(blockId.asText(), p);
            if (first != null) {
                out.add(p + ".block_id: duplicate '" + blockId.asText() + "' (first at " + first + ")");
            }
        }
        Map<String, String> actionIds = new HashMap<>(); // unique within the containing block
        String type = b.path("type").asText("");
        switch (type) {
            case "section" -> checkSection(b, p, actionIds, out);
            case "header" -> checkPlainTextRequired(b.get("text"), p + ".text", MAX_HEADER_TEXT, out);
            case "divider", "rich_text" -> { }
            case "context" -> checkContext(b, p, out);
            case "actions" -> checkActions(b, p, actionIds, out);
            case "input" -> checkInput(b, p, actionIds, out);
            case "image" -> checkImage(b, p, out);
            default -> out.add(p + ".type: unknown block type '" + type + "'");
        }
    }

    private static void checkSection(JsonNode b, String p, Map<String, String> actionIds, List<String> out) {
        JsonNode text = b.get("text");
        JsonNode fields = b.get("fields");
        if (text == null && fields == null) {
            out.add(p + ": a section needs text or fields");
        }
        if (text != null) {
            checkTextObject(text, p + ".text", MAX_SECTION_TEXT, false, out);
        }
        if (fields != null) {
            if (!fields.isArray()) {
                out.add(p + ".fields: must be a JSON array");
            } else {
                if (fields.size() > MAX_SECTION_FIELDS) {
                    out.add(p + ".fields: " + fields.size() + " fields > " + MAX_SECTION_FIELDS);
                }
                for (int i = 0; i < fields.size(); i++) {
                    checkTextObject(fields.get(i), p + ".fields[" + i + "]", MAX_SECTION_FIELD_TEXT, false, out);
                }
            }
        }
        JsonNode accessory = b.get("accessory");
        if (accessory != null) {
            checkElement(accessory, p + ".accessory", actionIds, out);
        }
    }

    private static void checkContext(JsonNode b, String p, List<String> out) {
        JsonNode elements = b.get("elements");
        if (elements == null || !elements.isArray()) {
            out.add(p + ".elements: required JSON array");
            return;
        }
        if (elements.size() > MAX_CONTEXT_ELEMENTS) {
            out.add(p + ".elements: " + elements.size() + " elements > " + MAX_CONTEXT_ELEMENTS);
        }
        for (int i = 0; i < elements.size(); i++) {
            JsonNode e = elements.get(i);
            String ep = p + ".elements[" + i + "]";
            if ("image".equals(e.path("type").asText())) {
                checkImage(e, ep, out);
            } else {
                checkTextObject(e, ep, Integer.MAX_VALUE, false, out);
            }
        }
    }

    private static void checkActions(JsonNode b, String p, Map<String, String> actionIds, List<String> out) {
        JsonNode elements = b.get("elements");
        if (elements == null || !elements.isArray()) {
            out.add(p + ".elements: required JSON array");
            return;
        }
        if (elements.size() > MAX_ACTIONS_ELEMENTS) {
            out.add(p + ".elements: " + elements.size() + " elements > " + MAX_ACTIONS_ELEMENTS);
        }
        for (int i = 0; i < elements.size(); i++) {
            checkElement(elements.get(i), p + ".elements[" + i + "]", actionIds, out);
        }
    }

    private static void checkInput(JsonNode b, String p, Map<String, String> actionIds, List<String> out) {
        if (b.get("label") == null) {
            out.add(p + ".label: required");
        } else {
            checkPlainText(b.get("label"), p + ".label", MAX_INPUT_LABEL, out);
        }
        checkPlainText(b.get("hint"), p + ".hint", MAX_INPUT_HINT, out);
        JsonNode element = b.get("element");
        if (element == null) {
            out.add(p + ".element: required");
        } else {
            checkElement(element, p + ".element", actionIds, out);
        }
    }

    private static void checkImage(JsonNode b, String p, List<String> out) {
        if (!b.has("image_url") && !b.has("slack_file")) {
            out.add(p + ".image_url: required (or slack_file)");
        }
        checkLength(b.get("image_url"), p + ".image_url", MAX_URL, out);
        JsonNode alt = b.get("alt_text");
        if (alt == null || alt.asText().isEmpty()) {
            out.add(p + ".alt_text: required");
        } else {
            checkLength(alt, p + ".alt_text", MAX_IMAGE_ALT_TEXT, out);
        }
    }

    // ---------------------------------------------------------------------------------------------- elements

    private static void checkElement(JsonNode e, String p, Map<String, String> actionIds, List<String> out) {
        if (!e.isObject()) {
            out.add(p + ": must be a JSON object");
            return;
        }
        JsonNode actionId = e.get("action_id");
        if (actionId != null) {
            checkLength(actionId, p + ".action_id", MAX_ACTION_ID, out);
            String first = actionIds.putIfAbsent(actionId.asText(), p);
            if (first != null) {
                out.add(p + ".action_id: duplicate '" + actionId.asText() + "' in the block (first at " + first + ")");
            }
        }
        checkPlainText(e.get("placeholder"), p + ".placeholder", MAX_PLACEHOLDER, out);
        String type = e.path("type").asText("");
        switch (type) {
            case "button" -> {
                checkPlainTextRequired(e.get("text"), p + ".text", MAX_BUTTON_TEXT, out);
                checkLength(e.get("value"), p + ".value", MAX_BUTTON_VALUE, out);
                checkLength(e.get("url"), p + ".url", MAX_URL, out);
            }
            case "plain_text_input" -> {
                JsonNode maxLength = e.get("max_length");
                int limit = MAX_PLAIN_TEXT_INPUT_LENGTH;
                if (maxLength != null) {
                    if (!maxLength.canConvertToInt() || maxLength.asInt() > MAX_PLAIN_TEXT_INPUT_LENGTH) {
                        out.add(p + ".max_length: " + maxLength.asText() + " > " + MAX_PLAIN_TEXT_INPUT_LENGTH);
                    } else {
                        limit = maxLength.asInt();
                    }
                }
                JsonNode initial = e.get("initial_value");
                if (initial != null) {
                    int n = length(initial.asText());
                    if (n > limit) {
                        out.add(p + ".initial_value: " + n + " chars > " + limit
                                + (maxLength != null ? " (max_length)" : ""));
                    }
                }
            }
            case "" -> out.add(p + ".type: required");
            default -> { }
        }
    }

    // ------------------------------------------------------------------------------------------ text objects

    private static void checkPlainTextRequired(JsonNode t, String p, int max, List<String> out) {
        if (t == null || t.isNull()) {
            out.add(p + ": required");
            return;
        }
        checkTextObject(t, p, max, true, out);
    }

    /** An optional plain_text object: absent is fine. */
    private static void checkPlainText(JsonNode t, String p, int max, List<String> out) {
        if (t == null || t.isNull()) {
            return;
        }
        checkTextObject(t, p, max, true, out);
    }

    private static void checkTextObject(JsonNode t, String p, int max, boolean plainOnly, List<String> out) {
        if (!t.isObject()) {
            out.add(p + ": must be a text object");
            return;
        }
        String type = t.path("type").asText("");
        if (plainOnly) {
            if (!type.equals("plain_text")) {
                out.add(p + ".type: must be plain_text, got '" + type + "'");
            }
        } else if (!type.equals("plain_text") && !type.equals("mrkdwn")) {
            out.add(p + ".type: must be plain_text or mrkdwn, got '" + type + "'");
        }
        JsonNode text = t.get("text");
        if (text == null || text.isNull() || text.asText().isEmpty()) {
            out.add(p + ".text: must not be empty");
            return;
        }
        checkLength(text, p + ".text", max, out);
    }

    private static void checkLength(JsonNode v, String p, int max, List<String> out) {
        if (v == null || v.isNull()) {
            return;
        }
        int n = length(v.asText());
        if (n > max) {
            out.add(p + ": " + n + " chars > " + max);
        }
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
