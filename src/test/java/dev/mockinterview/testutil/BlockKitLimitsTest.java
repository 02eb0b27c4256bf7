package dev.mockinterview.testutil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@DisplayName("BlockKitLimits")
class BlockKitLimitsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    // valid_message.json: [0] header, [1] section+button accessory, [2] section fields, [3] divider, [4] context,
    // [5] actions (answer, stop, docs-url), [6] actions (answer again), [7] image, [8] rich_text
    private static JsonNode validMessage() {
        return load("/payloads/blocks/valid_message.json");
    }

    // valid_modal.json: [0] section, [1] input "situation" (hint, max_length 3000, initial_value, placeholder),
    // [2] optional input "result"
    private static JsonNode validModal() {
        return load("/payloads/blocks/valid_modal.json");
    }

    @Test
    @DisplayName("a valid message with every block type passes")
    void validMessagePasses() {
        // given
        JsonNode blocks = validMessage();

        // when
        List<String> violations = BlockKitLimits.check(blocks);

        // then
        assertEquals(9, blocks.size());
        assertEquals(List.of(), violations);
    }

    @Test
    @DisplayName("a valid modal passes, including the same action_id in two different blocks")
    void validModalPasses() {
        // given
        JsonNode view = validModal();

        // when
        List<String> violations = BlockKitLimits.checkView(view);

        // then
        assertEquals(List.of(), violations);
    }

    @Test
    @DisplayName("limits are inclusive: exactly 50 blocks, 3000-char section, 24-char title all pass")
    void limitsAreInclusive() {
        // given
        ArrayNode fifty = MAPPER.createArrayNode();
        for (int i = 0; i < 50; i++) {
            fifty.addObject().put("type", "divider");
        }
        ObjectNode section = (ObjectNode) validMessage().get(1);
        ((ObjectNode) section.get("text")).put("text", "x".repeat(3000));
        ObjectNode view = (ObjectNode) validModal();
        ((ObjectNode) view.get("title")).put("text", "t".repeat(24));

        // when / then
        assertEquals(List.of(), BlockKitLimits.check(fifty));
        assertEquals(List.of(), BlockKitLimits.check(MAPPER.createArrayNode().add(section)));
        assertEquals(List.of(), BlockKitLimits.checkView(view));
    }

    @Test
    @DisplayName("lengths count code points: 3000 emoji (6000 UTF-16 units) fit a section, 3001 do not")
    void countsCodePoints() {
        // given
        String emoji = "\uD83C\uDF89"; // U+1F389, two UTF-16 units
        ObjectNode ok = (ObjectNode) validMessage().get(1);
        ((ObjectNode) ok.get("text")).put("text", emoji.repeat(3000));
        ObjectNode tooLong = ok.deepCopy();
        ((ObjectNode) tooLong.get("text")).put("text", emoji.repeat(3001));

        // when / then
        assertEquals(List.of(), BlockKitLimits.check(MAPPER.createArrayNode().add(ok)));
        assertEquals(List.of("blocks[0].text.text: 3001 chars > 3000"),
                BlockKitLimits.check(MAPPER.createArrayNode().add(tooLong)));
    }

    static Stream<Arguments> messageRules() {
        return Stream.of(
                rule("at most 50 blocks in a message", b -> {
                    for (int i = 0; i < 42; i++) {
                        ((ArrayNode) b).addObject().put("type", "divider");
                    }
                }, "blocks: 51 blocks > 50"),
                rule("block_id at most 255", b -> obj(b, "/3").put("block_id", "b".repeat(256)),
                        "blocks[3].block_id: 256 chars > 255"),
                rule("block_id unique in the message", b -> obj(b, "/3").put("block_id", "question"),
                        "blocks[3].block_id: duplicate 'question' (first at blocks[1])"),
                rule("section text at most 3000", b -> obj(b, "/1/text").put("text", "x".repeat(3001)),
                        "blocks[1].text.text: 3001 chars > 3000"),
                rule("section at most 10 fields", b -> {
                    ArrayNode fields = (ArrayNode) b.at("/2/fields");
                    for (int i = 0; i < 9; i++) {
                        fields.addObject().put("type", "mrkdwn").put("text", "f" + i);
                    }
                }, "blocks[2].fields: 11 fields > 10"),
                rule("section field at most 2000", b -> obj(b, "/2/fields/1").put("text", "x".repeat(2001)),
                        "blocks[2].fields[1].text: 2001 chars > 2000"),
                rule("section needs text or fields", b -> obj(b, "/2").remove("fields"),
                        "blocks[2]: a section needs text or fields"),
                rule("header text at most 150", b -> obj(b, "/0/text").put("text", "h".repeat(151)),
                        "blocks[0].text.text: 151 chars > 150"),
                rule("header text is plain_text", b -> obj(b, "/0/text").put("type", "mrkdwn"),
                        "blocks[0].text.type: must be plain_text, got 'mrkdwn'"),
                rule("context at most 10 elements", b -> {
                    ArrayNode elements = (ArrayNode) b.at("/4/elements");
                    for (int i = 0; i < 9; i++) {
                        elements.addObject().put("type", "mrkdwn").put("text", "c" + i);
                    }
                }, "blocks[4].elements: 11 elements > 10"),
                rule("actions at most 25 elements", b -> {
                    ArrayNode elements = (ArrayNode) b.at("/5/elements");
                    for (int i = 0; i < 23; i++) {
                        ObjectNode button = elements.addObject().put("type", "button").put("action_id", "a" + i);
                        button.putObject("text").put("type", "plain_text").put("text", "B" + i);
                    }
                }, "blocks[5].elements: 26 elements > 25"),
                rule("button text at most 75", b -> obj(b, "/5/elements/0/text").put("text", "b".repeat(76)),
                        "blocks[5].elements[0].text.text: 76 chars > 75"),
                rule("button text is plain_text", b -> obj(b, "/1/accessory/text").put("type", "mrkdwn"),
                        "blocks[1].accessory.text.type: must be plain_text, got 'mrkdwn'"),
                rule("button value at most 2000", b -> obj(b, "/5/elements/0").put("value", "v".repeat(2001)),
                        "blocks[5].elements[0].value: 2001 chars > 2000"),
                rule("action_id at most 255", b -> obj(b, "/5/elements/0").put("action_id", "a".repeat(256)),
                        "blocks[5].elements[0].action_id: 256 chars > 255"),
                rule("action_id unique in its block", b -> obj(b, "/5/elements/1").put("action_id", "answer"),
                        "blocks[5].elements[1].action_id: duplicate 'answer' in the block "
                                + "(first at blocks[5].elements[0])"),
                rule("button url at most 3000", b -> obj(b, "/5/elements/2")
                                .put("url", "https://example.com/" + "u".repeat(3000 - 19)),
                        "blocks[5].elements[2].url: 3001 chars > 3000"),
                rule("text object type is plain_text or mrkdwn", b -> obj(b, "/1/text").put("type", "markdown"),
                        "blocks[1].text.type: must be plain_text or mrkdwn, got 'markdown'"),
                rule("text object text is not empty", b -> obj(b, "/1/text").put("text", ""),
                        "blocks[1].text.text: must not be empty"),
                rule("context text element is not empty", b -> obj(b, "/4/elements/0").remove("text"),
                        "blocks[4].elements[0].text: must not be empty"),
                rule("block type is known", b -> obj(b, "/3").put("type", "video_player"),
                        "blocks[3].type: unknown block type 'video_player'"),
                rule("image needs alt_text", b -> obj(b, "/7").remove("alt_text"),
                        "blocks[7].alt_text: required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messageRules")
    @DisplayName("each message rule fires on its own fixture, with its location")
    void messageRuleFires(String rule, Consumer<JsonNode> breakIt, String expected) {
        // given
        JsonNode blocks = validMessage();
        breakIt.accept(blocks);

        // when
        List<String> violations = BlockKitLimits.check(blocks);

        // then
        assertEquals(List.of(expected), violations, rule);
    }

    static Stream<Arguments> viewRules() {
        return Stream.of(
                rule("at most 100 blocks in a view", v -> {
                    for (int i = 0; i < 98; i++) {
                        ((ArrayNode) v.get("blocks")).addObject().put("type", "divider");
                    }
                }, "view.blocks: 101 blocks > 100"),
                rule("title at most 24", v -> obj(v, "/title").put("text", "t".repeat(25)),
                        "view.title.text: 25 chars > 24"),
                rule("submit at most 24", v -> obj(v, "/submit").put("text", "s".repeat(25)),
                        "view.submit.text: 25 chars > 24"),
                rule("close at most 24", v -> obj(v, "/close").put("text", "c".repeat(25)),
                        "view.close.text: 25 chars > 24"),
                rule("private_metadata at most 3000", v -> obj(v, "").put("private_metadata", "m".repeat(3001)),
                        "view.private_metadata: 3001 chars > 3000"),
                rule("callback_id at most 255", v -> obj(v, "").put("callback_id", "c".repeat(256)),
                        "view.callback_id: 256 chars > 255"),
                rule("a modal needs a title", v -> obj(v, "").remove("title"),
                        "view.title: required for a modal"),
                rule("a modal with inputs needs submit", v -> obj(v, "").remove("submit"),
                        "view.submit: required when the modal has an input block"),
                rule("input label at most 2000", v -> obj(v, "/blocks/1/label").put("text", "l".repeat(2001)),
                        "view.blocks[1].label.text: 2001 chars > 2000"),
                rule("input needs a label", v -> obj(v, "/blocks/1").remove("label"),
                        "view.blocks[1].label: required"),
                rule("input hint at most 2000", v -> obj(v, "/blocks/1/hint").put("text", "h".repeat(2001)),
                        "view.blocks[1].hint.text: 2001 chars > 2000"),
                rule("placeholder at most 150", v -> obj(v, "/blocks/1/element/placeholder")
                                .put("text", "p".repeat(151)),
                        "view.blocks[1].element.placeholder.text: 151 chars > 150"),
                rule("initial_value at most max_length", v -> obj(v, "/blocks/1/element").put("max_length", 10),
                        "view.blocks[1].element.initial_value: 21 chars > 10 (max_length)"),
                rule("max_length at most 3000", v -> obj(v, "/blocks/1/element").put("max_length", 3001),
                        "view.blocks[1].element.max_length: 3001 > 3000"),
                rule("initial_value at most 3000 without max_length", v -> {
                    ObjectNode element = obj(v, "/blocks/1/element");
                    element.remove("max_length");
                    element.put("initial_value", "i".repeat(3001));
                }, "view.blocks[1].element.initial_value: 3001 chars > 3000"),
                rule("message rules apply inside views too", v -> obj(v, "/blocks/0/text").put("text", ""),
                        "view.blocks[0].text.text: must not be empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewRules")
    @DisplayName("each view rule fires on its own fixture, with its location")
    void viewRuleFires(String rule, Consumer<JsonNode> breakIt, String expected) {
        // given
        JsonNode view = validModal();
        breakIt.accept(view);

        // when
        List<String> violations = BlockKitLimits.checkView(view);

        // then
        assertEquals(List.of(expected), violations, rule);
    }

    @Test
    @DisplayName("a home view needs no title and may hold 100 blocks; a non-array blocks is reported")
    void homeViewAndShapes() {
        // given
        ObjectNode home = MAPPER.createObjectNode().put("type", "home");
        ArrayNode blocks = home.putArray("blocks");
        for (int i = 0; i < 100; i++) {
            blocks.addObject().put("type", "divider");
        }

        // when / then
        assertEquals(List.of(), BlockKitLimits.checkView(home));
        assertEquals(List.of("blocks: must be a JSON array"),
                BlockKitLimits.check(MAPPER.createObjectNode().put("type", "section")));
        assertEquals(List.of("view: must be a JSON object"), BlockKitLimits.checkView(null));
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static Arguments rule(String name, Consumer<JsonNode> breakIt, String expected) {
        return arguments(name, breakIt, expected);
    }

    private static ObjectNode obj(JsonNode root, String pointer) {
        JsonNode n = pointer.isEmpty() ? root : root.at(pointer);
        assertNotNull(n, pointer);
        return (ObjectNode) n;
    }

    private static JsonNode load(String resource) {
        try (InputStream in = BlockKitLimitsTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
