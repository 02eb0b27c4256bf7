package dev.mockinterview.testutil;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Request bodies shaped like the ones Slack really sends to an app (modelled on payloads from Slack's own SDK test
 * suites): slash commands as flat forms, interactivity as one {@code payload} form field holding URL-encoded JSON,
 * Events API requests as JSON. JSON is built with Jackson from templates in {@code /payloads/*.json} on the test
 * classpath. All encoding is UTF-8, percent-encoded with {@code +} for a space.
 *
 * <p>IDs not given as parameters use the fake workspace of {@link FakeSlack} (app {@value FakeSlack#APP_ID}, bot user
 * {@value FakeSlack#BOT_USER_ID}, domain {@value FakeSlack#TEAM_DOMAIN}).
 */
public final class SlackRequests {

    /** The deprecated verification token Slack still sends in every payload. */
    public static final String VERIFICATION_TOKEN = "fake-verification-token";
    public static final String API_APP_ID = FakeSlack.APP_ID;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, ObjectNode> TEMPLATES = new ConcurrentHashMap<>();

    private SlackRequests() {
    }

    // ------------------------------------------------------------------------------------------- slash command

    /**
     * A slash command body ({@code application/x-www-form-urlencoded}), fields in the order Slack sends them.
     * {@code responseUrl} / {@code triggerId} may be null to leave the field out.
     */
    public static String slashCommand(String teamId, String userId, String channelId, String command, String text,
                                      String responseUrl, String triggerId) {
        return formEncode(slashCommandFields(teamId, userId, channelId, command, text, responseUrl, triggerId));
    }

    /**
     * The same slash command as Socket Mode carries it: the form's fields as one JSON object of strings, in the same
     * order (the {@code payload} of a {@code slash_commands} envelope).
     */
    public static ObjectNode slashCommandPayload(String teamId, String userId, String channelId, String command,
                                                 String text, String responseUrl, String triggerId) {
        ObjectNode p = MAPPER.createObjectNode();
        slashCommandFields(teamId, userId, channelId, command, text, responseUrl, triggerId).forEach(p::put);
        return p;
    }

    private static Map<String, String> slashCommandFields(String teamId, String userId, String channelId,
                                                          String command, String text, String responseUrl,
                                                          String triggerId) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("token", VERIFICATION_TOKEN);
        f.put("team_id", teamId);
        f.put("team_domain", FakeSlack.TEAM_DOMAIN);
        f.put("channel_id", channelId);
        f.put("channel_name", channelName(channelId));
        f.put("user_id", userId);
        f.put("user_name", userName(userId));
        f.put("command", command);
        f.put("text", text == null ? "" : text);
        f.put("api_app_id", API_APP_ID);
        f.put("is_enterprise_install", "false");
        if (responseUrl != null) {
            f.put("response_url", responseUrl);
        }
        if (triggerId != null) {
            f.put("trigger_id", triggerId);
        }
        return f;
    }

    // ------------------------------------------------------------------------------------------ block_actions

    /** A button click in a (non-ephemeral) message, on the wire: {@code payload=<url-encoded JSON>}. */
    public static String blockAction(String teamId, String userId, String channelId, String messageTs,
                                     String actionId, String blockId, String value, String buttonText,
                                     String responseUrl, String triggerId) {
        return interactivityForm(blockActionPayload(teamId, userId, channelId, messageTs, actionId, blockId, value,
                buttonText, responseUrl, triggerId, null));
    }

    /** As {@link #blockAction}, with the clicked message's blocks in {@code message.blocks} (null: empty). */
    public static String blockAction(String teamId, String userId, String channelId, String messageTs,
                                     String actionId, String blockId, String value, String buttonText,
                                     String responseUrl, String triggerId, JsonNode messageBlocks) {
        return interactivityForm(blockActionPayload(teamId, userId, channelId, messageTs, actionId, blockId, value,
                buttonText, responseUrl, triggerId, messageBlocks));
    }

    /** The decoded block_actions JSON, to tweak before {@link #interactivityForm(JsonNode)}. */
    public static ObjectNode blockActionPayload(String teamId, String userId, String channelId, String messageTs,
                                                String actionId, String blockId, String value, String buttonText,
                                                String responseUrl, String triggerId, JsonNode messageBlocks) {
        ObjectNode p = template("block_actions_message.json");
        setUser(p, teamId, userId);
        p.put("api_app_id", API_APP_ID);
        p.put("token", VERIFICATION_TOKEN);
        p.withObjectProperty("container").put("message_ts", messageTs).put("channel_id", channelId).put("is_ephemeral", false);
        putOrRemove(p, "trigger_id", triggerId);
        p.withObjectProperty("team").put("id", teamId).put("domain", FakeSlack.TEAM_DOMAIN);
        p.withObjectProperty("channel").put("id", channelId).put("name", channelName(channelId));
        ObjectNode message = p.withObjectProperty("message");
        message.put("ts", messageTs).put("team", teamId);
        if (messageBlocks != null) {
            message.set("blocks", messageBlocks.deepCopy());
        }
        putOrRemove(p, "response_url", responseUrl);
        ObjectNode action = (ObjectNode) p.withArrayProperty("actions").get(0);
        action.put("action_id", actionId);
        action.put("block_id", blockId);
        action.withObjectProperty("text").put("text", buttonText);
        putOrRemove(action, "value", value);
        action.put("action_ts", nowTs());
        return p;
    }

    // ---------------------------------------------------------------------------------------- view_submission

    /**
     * A modal submission on the wire ({@code payload=...}). {@code plainTextValues} maps block_id → action_id →
     * typed text; each becomes an input block with a plain_text_input and its {@code view.state.values} entry
     * ({@code {"block": {"action": {"type": "plain_text_input", "value": "..."}}}}). A null value is an empty,
     * optional input (Slack sends {@code "value": null}).
     */
    public static String viewSubmission(String teamId, String userId, String callbackId, String privateMetadata,
                                        Map<String, Map<String, String>> plainTextValues) {
        return interactivityForm(viewSubmissionPayload(teamId, userId, callbackId, privateMetadata,
                plainTextValues));
    }

    /** The decoded view_submission JSON, to tweak before {@link #interactivityForm(JsonNode)}. */
    public static ObjectNode viewSubmissionPayload(String teamId, String userId, String callbackId,
                                                   String privateMetadata,
                                                   Map<String, Map<String, String>> plainTextValues) {
        ObjectNode p = template("view_submission.json");
        p.withObjectProperty("team").put("id", teamId).put("domain", FakeSlack.TEAM_DOMAIN);
        setUser(p, teamId, userId);
        p.put("api_app_id", API_APP_ID);
        p.put("token", VERIFICATION_TOKEN);
        p.put("trigger_id", nowTs() + ".fake");
        ObjectNode view = p.withObjectProperty("view");
        view.put("team_id", teamId);
        view.put("callback_id", callbackId);
        view.put("private_metadata", privateMetadata == null ? "" : privateMetadata);
        view.put("app_installed_team_id", teamId);
        ArrayNode blocks = view.putArray("blocks");
        ObjectNode values = view.withObjectProperty("state").putObject("values");
        plainTextValues.forEach((blockId, actions) -> actions.forEach((actionId, text) -> {
            ObjectNode input = blocks.addObject().put("type", "input").put("block_id", blockId);
            input.putObject("label").put("type", "plain_text").put("text", blockId).put("emoji", true);
            input.put("optional", text == null);
            input.putObject("element").put("type", "plain_text_input").put("action_id", actionId)
                    .put("dispatch_action", false);
            values.withObjectProperty(blockId).putObject(actionId).put("type", "plain_text_input").put("value", text);
        }));
        return p;
    }

    /** {@code payload=} + the URL-encoded compact JSON: how Slack posts interactivity to an app. */
    public static String interactivityForm(JsonNode payload) {
        return "payload=" + encode(toJson(payload));
    }

    // --------------------------------------------------------------------------------------------- Events API

    /** An {@code event_callback} envelope (application/json) around {@code event}, with {@code authorizations}. */
    public static String eventCallback(String teamId, JsonNode event, String eventId) {
        return toJson(eventCallbackPayload(teamId, event, eventId));
    }

    /**
     * The {@code event_callback} JSON itself: the body of an Events API request over HTTP, and the {@code payload}
     * of an {@code events_api} envelope in Socket Mode. Send the same object again for a redelivery.
     */
    public static ObjectNode eventCallbackPayload(String teamId, JsonNode event, String eventId) {
        ObjectNode e = template("event_callback.json");
        e.put("token", VERIFICATION_TOKEN);
        e.put("team_id", teamId);
        e.put("api_app_id", API_APP_ID);
        e.set("event", event.deepCopy());
        e.put("event_id", eventId);
        e.put("event_time", Instant.now().getEpochSecond());
        ((ObjectNode) e.withArrayProperty("authorizations").get(0)).put("team_id", teamId);
        return e;
    }

    /** As {@link #eventCallback(String, JsonNode, String)} with the event as JSON text. */
    public static String eventCallback(String teamId, String eventJson, String eventId) {
        try {
            return eventCallback(teamId, MAPPER.readTree(eventJson), eventId);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event is not JSON: " + eventJson, e);
        }
    }

    /** An {@code app_home_opened} event ({@code tab} "home" or "messages"), without a {@code view}. */
    public static ObjectNode appHomeOpened(String userId, String channelId, String tab) {
        return MAPPER.createObjectNode()
                .put("type", "app_home_opened")
                .put("user", userId)
                .put("channel", channelId)
                .put("tab", tab)
                .put("event_ts", nowTs());
    }

    /** A {@code message.im} event: a user's plain message in their DM with the app. */
    public static ObjectNode messageIm(String userId, String channelId, String text, String ts) {
        return MAPPER.createObjectNode()
                .put("client_msg_id", UUID.nameUUIDFromBytes(ts.getBytes(StandardCharsets.UTF_8)).toString())
                .put("type", "message")
                .put("text", text)
                .put("user", userId)
                .put("ts", ts)
                .put("channel", channelId)
                .put("event_ts", ts)
                .put("channel_type", "im");
    }

    /** A {@code url_verification} request (application/json, no envelope). */
    public static String urlVerification(String challenge) {
        ObjectNode v = template("url_verification.json");
        v.put("token", VERIFICATION_TOKEN);
        v.put("challenge", challenge);
        return toJson(v);
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** {@code k=v&k=v}, UTF-8 percent-encoded, {@code +} for a space, in the map's order. */
    public static String formEncode(Map<String, String> fields) {
        StringBuilder sb = new StringBuilder();
        fields.forEach((k, v) -> {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(encode(k)).append('=').append(encode(v == null ? "" : v));
        });
        return sb.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Compact JSON text, as Slack sends it. */
    public static String toJson(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode template(String name) {
        return TEMPLATES.computeIfAbsent(name, SlackRequests::load).deepCopy();
    }

    private static ObjectNode load(String name) {
        String resource = "/payloads/" + name;
        try (InputStream in = SlackRequests.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return (ObjectNode) MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static void setUser(ObjectNode p, String teamId, String userId) {
        p.withObjectProperty("user").put("id", userId).put("username", userName(userId)).put("name", userName(userId))
                .put("team_id", teamId);
    }

    private static void putOrRemove(ObjectNode o, String field, String value) {
        if (value == null) {
            o.remove(field);
        } else {
            o.put(field, value);
        }
    }

    /** Slack names a DM "directmessage" in slash command bodies. */
    private static String channelName(String channelId) {
        if (channelId.startsWith("D")) {
            return "directmessage";
        }
        return "channel-" + channelId.toLowerCase(Locale.ROOT);
    }

    private static String userName(String userId) {
        return "user-" + userId.toLowerCase(Locale.ROOT);
    }

    /** An action_ts / event_ts for now: seconds.microseconds. */
    private static String nowTs() {
        Instant now = Instant.now();
        return String.format(Locale.ROOT, "%d.%06d", now.getEpochSecond(), now.getNano() / 1000);
    }
}
