package dev.mockinterview.testutil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.gson.Gson;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.socket_mode.request.SocketModeRequest;
import com.slack.api.bolt.socket_mode.request.SocketModeRequestParser;
import com.slack.api.socket_mode.request.EventsApiEnvelope;
import com.slack.api.socket_mode.request.HelloMessage;
import com.slack.api.util.json.GsonFactory;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("FakeSocketMode: Slack's envelope shapes, hello, and acks by envelope id")
class FakeSocketModeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Gson SDK_GSON = GsonFactory.createSnakeCase();
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static ObjectNode eventCallback(String eventId) {
        return SlackRequests.eventCallbackPayload(FakeSlack.TEAM_ID,
                SlackRequests.messageIm("U0ALICE", "DU0ALICE", "hello", "1700000000.000100"), eventId);
    }

    // ------------------------------------------------------------------------------------------------ shapes

    @Test
    @DisplayName("an events_api first delivery carries retry_attempt 0 and retry_reason \"\", as Slack sends it")
    void eventsApiFirstDelivery() {
        ObjectNode callback = eventCallback("Ev0FIRST");
        ObjectNode envelope = FakeSocketMode.eventsApiEnvelope("env-1", callback, 0, "");

        assertEquals(List.of("envelope_id", "payload", "type", "accepts_response_payload", "retry_attempt",
                "retry_reason"), fieldNames(envelope));
        assertEquals("events_api", envelope.path("type").asText());
        assertFalse(envelope.path("accepts_response_payload").asBoolean());
        assertTrue(envelope.path("retry_attempt").isInt());
        assertEquals(0, envelope.path("retry_attempt").asInt());
        assertTrue(envelope.path("retry_reason").isTextual());
        assertEquals("", envelope.path("retry_reason").asText());
        // the whole event_callback is the payload
        assertEquals(callback, envelope.path("payload"));
        for (String field : List.of("token", "team_id", "api_app_id", "event", "type", "event_id", "event_time",
                "authorizations")) {
            assertTrue(envelope.path("payload").has(field), field);
        }

        // and Slack's own SDK reads it so: retry attempt 0, which Bolt turns into X-Slack-Retry-Num: 0
        EventsApiEnvelope sdk = SDK_GSON.fromJson(envelope.toString(), EventsApiEnvelope.class);
        assertEquals(0, sdk.getRetryAttempt());
        assertEquals("", sdk.getRetryReason());
        SocketModeRequest parsed = new SocketModeRequestParser(AppConfig.builder().build()).parse(envelope.toString());
        assertTrue(parsed.getBoltRequest() instanceof EventRequest, parsed.getBoltRequest().getClass().toString());
        assertEquals("0", parsed.getBoltRequest().getHeaders().getFirstValue("X-Slack-Retry-Num"));
        assertEquals("", parsed.getBoltRequest().getHeaders().getFirstValue("X-Slack-Retry-Reason"));
        assertEquals("env-1", parsed.getEnvelope().getEnvelopeId());
    }

    @Test
    @DisplayName("a redelivery has retry_attempt >= 1 and a reason; attempt and reason must agree")
    void eventsApiRedelivery() {
        ObjectNode envelope = FakeSocketMode.eventsApiEnvelope("env-2", eventCallback("Ev0RETRY"), 1, "timeout");
        assertEquals(1, envelope.path("retry_attempt").asInt());
        assertEquals("timeout", envelope.path("retry_reason").asText());
        SocketModeRequest parsed = new SocketModeRequestParser(AppConfig.builder().build()).parse(envelope.toString());
        assertEquals("1", parsed.getBoltRequest().getHeaders().getFirstValue("X-Slack-Retry-Num"));

        assertThrows(IllegalArgumentException.class,
                () -> FakeSocketMode.eventsApiEnvelope("e", eventCallback("Ev1"), 0, "timeout"));
        assertThrows(IllegalArgumentException.class,
                () -> FakeSocketMode.eventsApiEnvelope("e", eventCallback("Ev1"), 1, ""));
        assertThrows(IllegalArgumentException.class,
                () -> FakeSocketMode.eventsApiEnvelope("e", JSON.createObjectNode().put("type", "app_mention"), 0,
                        ""));
    }

    @Test
    @DisplayName("slash_commands: the form's fields as a JSON object, accepts_response_payload true, no retry fields")
    void slashCommands() {
        String form = SlackRequests.slashCommand(FakeSlack.TEAM_ID, "U0ALICE", "C1", "/mockinterview", "help é",
                "http://127.0.0.1/response/x", "trigger.1");
        ObjectNode payload = SlackRequests.slashCommandPayload(FakeSlack.TEAM_ID, "U0ALICE", "C1", "/mockinterview",
                "help é", "http://127.0.0.1/response/x", "trigger.1");
        ObjectNode envelope = FakeSocketMode.slashCommandsEnvelope("env-3", payload);

        assertEquals(List.of("envelope_id", "payload", "type", "accepts_response_payload"), fieldNames(envelope));
        assertEquals("slash_commands", envelope.path("type").asText());
        assertTrue(envelope.path("accepts_response_payload").asBoolean());
        Map<String, String> fields = FakeSlack.parseForm(form);
        assertEquals(List.copyOf(fields.keySet()), fieldNames(envelope.path("payload")));
        fields.forEach((k, v) -> assertEquals(v, envelope.path("payload").path(k).asText(), k));

        SocketModeRequest parsed = new SocketModeRequestParser(AppConfig.builder().build()).parse(envelope.toString());
        SlashCommandRequest command = (SlashCommandRequest) parsed.getBoltRequest();
        assertEquals("/mockinterview", command.getPayload().getCommand());
        assertEquals("help é", command.getPayload().getText());
        assertEquals("trigger.1", command.getPayload().getTriggerId());
        assertNull(command.getHeaders().getFirstValue("X-Slack-Retry-Num"));
    }

    @Test
    @DisplayName("interactive: accepts_response_payload false for block_actions, true for view_submission")
    void interactive() {
        ObjectNode click = SlackRequests.blockActionPayload(FakeSlack.TEAM_ID, "U0ALICE", "DU0ALICE",
                "1700000000.000100", "mi_hint", "mi_actions", "v", "Hint", "http://127.0.0.1/response/c", "t.1", null);
        ObjectNode clickEnvelope = FakeSocketMode.interactiveEnvelope("env-4", click);
        assertEquals(List.of("envelope_id", "payload", "type", "accepts_response_payload"), fieldNames(clickEnvelope));
        assertEquals("interactive", clickEnvelope.path("type").asText());
        assertFalse(clickEnvelope.path("accepts_response_payload").asBoolean());
        assertEquals(click, clickEnvelope.path("payload"));

        ObjectNode submission = SlackRequests.viewSubmissionPayload(FakeSlack.TEAM_ID, "U0ALICE", "mi_answer_modal",
                "meta", Map.of("answer", Collections.singletonMap("answer_text", "text")));
        assertTrue(FakeSocketMode.interactiveEnvelope("env-5", submission).path("accepts_response_payload")
                .asBoolean());
    }

    @Test
    @DisplayName("hello is the SDK's HelloMessage: num_connections, debug_info, connection_info.app_id")
    void helloShape() {
        ObjectNode hello = FakeSocketMode.hello("A0001", 1);
        HelloMessage sdk = SDK_GSON.fromJson(hello.toString(), HelloMessage.class);
        assertEquals("hello", sdk.getType());
        assertEquals(1, sdk.getNumConnections());
        assertEquals("A0001", sdk.getConnectionInfo().getAppId());
        assertTrue(sdk.getDebugInfo().getApproximateConnectionTime() > 0);
    }

    // ---------------------------------------------------------------------------------------------- the wire

    /** A bare WebSocket client standing in for the app: records what it receives, and acks on request. */
    private static final class App extends WebSocketClient {
        final BlockingQueue<String> received = new LinkedBlockingQueue<>();
        final CountDownLatch open = new CountDownLatch(1);

        App(String url) {
            super(URI.create(url));
        }

        @Override
        public void onOpen(ServerHandshake handshake) {
            open.countDown();
        }

        @Override
        public void onMessage(String message) {
            received.add(message);
        }

        @Override
        public void onClose(int code, String reason, boolean remote) {
        }

        @Override
        public void onError(Exception ex) {
        }

        JsonNode next() throws Exception {
            String m = received.poll(10, TimeUnit.SECONDS);
            assertTrue(m != null, "nothing received");
            return JSON.readTree(m);
        }
    }

    @Test
    @DisplayName("on the wire: hello first, envelopes as sent, acks by envelope id, redeliveries with a new id")
    void wire() throws Exception {
        try (FakeSlack slack = new FakeSlack(); FakeSocketMode socket = new FakeSocketMode()) {
            // apps.connections.open hands out the fake's URL
            socket.answerConnectionsOpen(slack);
            assertTrue(socket.url().startsWith("ws://127.0.0.1:"), socket.url());
            App app = new App(socket.url());
            assertTrue(app.connectBlocking(10, TimeUnit.SECONDS));
            try {
                socket.awaitConnected(WAIT);
                JsonNode hello = app.next();
                assertEquals("hello", hello.path("type").asText());
                assertEquals(FakeSlack.APP_ID, hello.path("connection_info").path("app_id").asText());
                assertEquals(1, socket.connectionsOpened());

                // an event goes out as its first delivery
                ObjectNode callback = eventCallback("Ev0WIRE");
                FakeSocketMode.Envelope first = socket.sendEvent(callback);
                JsonNode received = app.next();
                assertEquals(first.id(), received.path("envelope_id").asText());
                UUID.fromString(first.id());
                assertEquals(0, received.path("retry_attempt").asInt());
                assertEquals("", received.path("retry_reason").asText());
                assertEquals(callback.toString(), received.path("payload").toString());

                // unacked so far; then acked with the id alone
                socket.assertNoAck(first, Duration.ofMillis(50));
                app.send("{\"envelope_id\":\"" + first.id() + "\"}");
                FakeSocketMode.Ack ack = socket.awaitAck(first, WAIT);
                assertFalse(ack.hasPayload());
                assertTrue(ack.latency().compareTo(Duration.ZERO) >= 0);

                // a redelivery: new envelope id, same payload, attempt 1, reason timeout
                FakeSocketMode.Envelope again = socket.redeliver(first, 1, FakeSocketMode.TIMEOUT);
                JsonNode redelivered = app.next();
                assertNotEquals(first.id(), again.id());
                assertEquals(again.id(), redelivered.path("envelope_id").asText());
                assertEquals(1, redelivered.path("retry_attempt").asInt());
                assertEquals("timeout", redelivered.path("retry_reason").asText());
                assertEquals(first.payload().toString(), redelivered.path("payload").toString());
                assertEquals("Ev0WIRE", redelivered.path("payload").path("event_id").asText());

                // a slash command's ack payload is returned
                FakeSocketMode.Envelope command = socket.sendSlashCommand(SlackRequests.slashCommandPayload(
                        FakeSlack.TEAM_ID, "U0ALICE", "C1", "/mockinterview", "", null, "t.2"));
                assertEquals("slash_commands", app.next().path("type").asText());
                app.send("{\"envelope_id\":\"" + command.id() + "\",\"payload\":{\"text\":\"hi\"}}");
                assertEquals("hi", socket.awaitAck(command, WAIT).payload().path("text").asText());
                assertTrue(socket.violations().isEmpty(), socket.violations().toString());

                // what Slack would not accept is recorded: a second ack, an ack for nothing sent, a payload on an
                // envelope that accepts none
                app.send("{\"envelope_id\":\"" + first.id() + "\"}");
                app.send("{\"envelope_id\":\"never-sent\"}");
                app.send("{\"envelope_id\":\"" + again.id() + "\",\"payload\":{\"text\":\"ignored\"}}");
                socket.awaitAck(again, WAIT); // one connection's messages are handled in order: all three are in
                List<String> violations = socket.violations();
                assertEquals(3, violations.size(), violations.toString());
                assertTrue(violations.get(0).startsWith("second ack"), violations.toString());
                assertTrue(violations.get(1).startsWith("ack for an envelope never sent"), violations.toString());
                assertTrue(violations.get(2).startsWith("a payload Slack ignores"), violations.toString());
                assertThrows(AssertionError.class, socket::assertNoViolations);
            } finally {
                app.closeBlocking();
            }
        }
    }

    @Test
    @DisplayName("sending with no app connected fails loudly")
    void noConnection() {
        try (FakeSocketMode socket = new FakeSocketMode()) {
            assertThrows(AssertionError.class, () -> socket.sendEvent(eventCallback("Ev0NONE")));
            assertThrows(AssertionError.class, () -> socket.awaitConnected(Duration.ofMillis(50)));
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
