package dev.mockinterview.testutil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("SlackRequests")
class SlackRequestsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String NON_ASCII = "\u00e9 \uD83C\uDF89"; // "é 🎉"

    @Test
    @DisplayName("slashCommand is a fully encoded form with every field Slack sends, in Slack's order")
    void slashCommand() {
        // when
        String body = SlackRequests.slashCommand("T0001", "U123", "C456", "/interview", "start " + NON_ASCII,
                "https://hooks.slack.com/commands/T0001/1/abc", "111.222.xyz");

        // then
        Map<String, String> form = decodeForm(body);
        assertEquals(List.of("token", "team_id", "team_domain", "channel_id", "channel_name", "user_id",
                "user_name", "command", "text", "api_app_id", "is_enterprise_install", "response_url",
                "trigger_id"), new ArrayList<>(form.keySet()));
        assertEquals("T0001", form.get("team_id"));
        assertEquals("C456", form.get("channel_id"));
        assertEquals("U123", form.get("user_id"));
        assertEquals("/interview", form.get("command"));
        assertEquals("start " + NON_ASCII, form.get("text"));
        assertEquals("https://hooks.slack.com/commands/T0001/1/abc", form.get("response_url"));
        assertEquals("111.222.xyz", form.get("trigger_id"));
        assertEquals("false", form.get("is_enterprise_install"));
        assertTrue(body.contains("command=%2Finterview&"), body);
        assertTrue(body.contains("text=start+%C3%A9+%F0%9F%8E%89&"), body);
        assertTrue(body.contains("response_url=https%3A%2F%2Fhooks.slack.com%2F"), body);
        assertAscii(body);
    }

    @Test
    @DisplayName("slashCommand names a DM channel 'directmessage' and leaves out null response_url/trigger_id")
    void slashCommandInDm() {
        // when
        Map<String, String> form = decodeForm(
                SlackRequests.slashCommand("T0001", "U123", "D789", "/interview", "", null, null));

        // then
        assertEquals("directmessage", form.get("channel_name"));
        assertEquals("", form.get("text"));
        assertFalse(form.containsKey("response_url"));
        assertFalse(form.containsKey("trigger_id"));
    }

    @Test
    @DisplayName("blockAction is payload=<url-encoded JSON> shaped like a real message button click")
    void blockAction() throws Exception {
        // when
        String body = SlackRequests.blockAction("T0001", "U123", "C456", "1700000000.000100", "answer_next",
                "controls", "session-1|q2", "Next " + NON_ASCII, "https://hooks.slack.com/actions/T0001/1/x",
                "111.222.xyz");

        // then
        assertTrue(body.startsWith("payload="), body);
        assertAscii(body);
        Map<String, String> form = decodeForm(body);
        assertEquals(List.of("payload"), new ArrayList<>(form.keySet()));
        JsonNode p = MAPPER.readTree(form.get("payload"));
        assertEquals("block_actions", p.path("type").asText());
        assertEquals("U123", p.at("/user/id").asText());
        assertEquals("T0001", p.at("/user/team_id").asText());
        assertEquals("T0001", p.at("/team/id").asText());
        assertEquals("message", p.at("/container/type").asText());
        assertEquals("1700000000.000100", p.at("/container/message_ts").asText());
        assertEquals("C456", p.at("/container/channel_id").asText());
        assertTrue(p.at("/container/is_ephemeral").isBoolean());
        assertFalse(p.at("/container/is_ephemeral").asBoolean());
        assertEquals("C456", p.at("/channel/id").asText());
        assertEquals("1700000000.000100", p.at("/message/ts").asText());
        assertEquals("https://hooks.slack.com/actions/T0001/1/x", p.path("response_url").asText());
        assertEquals("111.222.xyz", p.path("trigger_id").asText());
        assertEquals("A0001", p.path("api_app_id").asText());
        assertEquals(1, p.path("actions").size());
        JsonNode a = p.at("/actions/0");
        assertEquals("button", a.path("type").asText());
        assertEquals("answer_next", a.path("action_id").asText());
        assertEquals("controls", a.path("block_id").asText());
        assertEquals("session-1|q2", a.path("value").asText());
        assertEquals("plain_text", a.at("/text/type").asText());
        assertEquals("Next " + NON_ASCII, a.at("/text/text").asText());
        assertTrue(a.path("action_ts").asText().matches("\\d{10}\\.\\d{6}"), a.path("action_ts").asText());
    }

    @Test
    @DisplayName("blockAction can carry the clicked message's blocks, and templates are not shared between calls")
    void blockActionWithMessageBlocks() throws Exception {
        // given
        JsonNode blocks = MAPPER.readTree("[{\"type\":\"divider\",\"block_id\":\"d1\"}]");

        // when
        JsonNode first = payload(SlackRequests.blockAction("T0001", "U1", "C1", "1.1", "a", "b", "v", "B", "r",
                "t", blocks));
        JsonNode second = payload(SlackRequests.blockAction("T0002", "U2", "C2", "2.2", "a2", "b2", "v2", "B2",
                "r2", "t2"));

        // then
        assertEquals("d1", first.at("/message/blocks/0/block_id").asText());
        assertEquals(0, second.at("/message/blocks").size());
        assertEquals("U2", second.at("/user/id").asText());
        assertEquals("T0002", second.at("/team/id").asText());
    }

    @Test
    @DisplayName("viewSubmission puts typed text into view.state.values as plain_text_input values")
    void viewSubmission() throws Exception {
        // given
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        values.put("situation", Map.of("text", "Line 1\nLine 2 " + NON_ASCII));
        values.put("result", Map.of("text", "We shipped & it worked = 100%"));

        // when
        String body = SlackRequests.viewSubmission("T0001", "U123", "answer_modal",
                "{\"session\":\"s1\",\"q\":2}", values);

        // then
        assertAscii(body);
        JsonNode p = payload(body);
        assertEquals("view_submission", p.path("type").asText());
        assertEquals("U123", p.at("/user/id").asText());
        assertEquals("T0001", p.at("/team/id").asText());
        JsonNode view = p.path("view");
        assertEquals("modal", view.path("type").asText());
        assertEquals("answer_modal", view.path("callback_id").asText());
        assertEquals("{\"session\":\"s1\",\"q\":2}", view.path("private_metadata").asText());
        assertEquals("plain_text_input", view.at("/state/values/situation/text/type").asText());
        assertEquals("Line 1\nLine 2 " + NON_ASCII, view.at("/state/values/situation/text/value").asText());
        assertEquals("We shipped & it worked = 100%", view.at("/state/values/result/text/value").asText());
        assertEquals(2, view.path("blocks").size());
        assertEquals("input", view.at("/blocks/0/type").asText());
        assertEquals("situation", view.at("/blocks/0/block_id").asText());
        assertEquals("text", view.at("/blocks/0/element/action_id").asText());
        assertTrue(p.path("response_urls").isArray());
    }

    @Test
    @DisplayName("eventCallback wraps an event in an event_callback envelope with authorizations")
    void eventCallback() throws Exception {
        // given
        JsonNode event = SlackRequests.messageIm("U123", "D123", "my answer " + NON_ASCII, "1700000001.000200");

        // when
        String body = SlackRequests.eventCallback("T0001", event, "Ev42");

        // then
        JsonNode e = MAPPER.readTree(body);
        assertEquals("event_callback", e.path("type").asText());
        assertEquals("T0001", e.path("team_id").asText());
        assertEquals("A0001", e.path("api_app_id").asText());
        assertEquals("Ev42", e.path("event_id").asText());
        assertTrue(e.path("event_time").canConvertToLong() && e.path("event_time").asLong() > 1_600_000_000L);
        assertEquals("T0001", e.at("/authorizations/0/team_id").asText());
        assertEquals("UBOT", e.at("/authorizations/0/user_id").asText());
        assertTrue(e.at("/authorizations/0/is_bot").asBoolean());
        assertEquals("message", e.at("/event/type").asText());
        assertEquals("im", e.at("/event/channel_type").asText());
        assertEquals("D123", e.at("/event/channel").asText());
        assertEquals("U123", e.at("/event/user").asText());
        assertEquals("my answer " + NON_ASCII, e.at("/event/text").asText());
        assertEquals("1700000001.000200", e.at("/event/ts").asText());
        assertTrue(body.getBytes(StandardCharsets.UTF_8).length > body.length(), "non-ASCII kept as UTF-8 text");
    }

    @Test
    @DisplayName("eventCallback accepts the event as JSON text, e.g. app_home_opened")
    void eventCallbackFromString() throws Exception {
        // given
        String event = SlackRequests.appHomeOpened("U123", "D123", "home").toString();

        // when
        JsonNode e = MAPPER.readTree(SlackRequests.eventCallback("T0001", event, "Ev43"));

        // then
        assertEquals("app_home_opened", e.at("/event/type").asText());
        assertEquals("home", e.at("/event/tab").asText());
        assertEquals("U123", e.at("/event/user").asText());
        assertEquals("Ev43", e.path("event_id").asText());
    }

    @Test
    @DisplayName("urlVerification carries the challenge and no envelope")
    void urlVerification() throws Exception {
        // when
        JsonNode v = MAPPER.readTree(SlackRequests.urlVerification("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMm"));

        // then
        assertEquals("url_verification", v.path("type").asText());
        assertEquals("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMm", v.path("challenge").asText());
        assertEquals(SlackRequests.VERIFICATION_TOKEN, v.path("token").asText());
        assertFalse(v.has("event"));
    }

    // ---------------------------------------------------------------------------------- independent decoders

    private static Map<String, String> decodeForm(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static JsonNode payload(String body) throws Exception {
        return MAPPER.readTree(decodeForm(body).get("payload"));
    }

    private static void assertAscii(String body) {
        assertTrue(body.chars().allMatch(c -> c > 0x20 && c < 0x7f), "not fully percent-encoded: " + body);
    }
}
