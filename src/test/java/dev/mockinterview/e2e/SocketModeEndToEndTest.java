package dev.mockinterview.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.mockinterview.app.MockInterviewServer;
import dev.mockinterview.config.Config;
import dev.mockinterview.testutil.FakeSlack;
import dev.mockinterview.testutil.SignedClient;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Socket Mode: the bot fetches its WebSocket URL from SLACK_API_URL, takes a slash command over it, and acks. */
class SocketModeEndToEndTest {
    @TempDir
    Path tmp;

    /** A minimal Socket Mode endpoint: says hello, then relays envelopes and collects the bot's acks. */
    static final class FakeSocketMode extends WebSocketServer {
        final CountDownLatch connected = new CountDownLatch(1);
        final BlockingQueue<String> received = new LinkedBlockingQueue<>();
        volatile WebSocket client;

        final CountDownLatch started = new CountDownLatch(1);

        FakeSocketMode(int port) {
            super(new InetSocketAddress("127.0.0.1", port));
            setReuseAddr(true);
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            client = conn;
            conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
                    + "\"connection_info\":{\"app_id\":\"A0001\"}}");
            connected.countDown();
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            received.add(message);
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }

    @Test
    @DisplayName("a slash command over Socket Mode is acked on the socket and the question is posted to the DM")
    void slashCommandOverSocket() throws Exception {
        try (FakeSlack slack = new FakeSlack()) {
            int port;
            try (var probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                port = probe.getLocalPort();
            }
            FakeSocketMode socket = new FakeSocketMode(port);
            socket.start();
            assertTrue(socket.started.await(10, TimeUnit.SECONDS), "fake socket listening");
            try {
                // given Slack hands out our fake WebSocket URL
                slack.stub("apps.connections.open", 200, Map.of(),
                        "{\"ok\":true,\"url\":\"ws://127.0.0.1:" + socket.getPort() + "/link/?ticket=t\"}");
                Config config = new Config(RunningBot.BOT_TOKEN, null, "xapp-1-A0001-socket-test", 0, slack.apiUrl(),
                        tmp.resolve("mi.db"), Path.of("questions"));

                try (MockInterviewServer server = MockInterviewServer.start(config, new MockInterviewServer.Runtime(
                        Clock.systemUTC(), RandomGenerator.of("L64X128MixRandom"), d -> { }, Ticker.systemTicker()))) {
                    assertTrue(socket.connected.await(10, TimeUnit.SECONDS), "bot connected to the socket");
                    var open = slack.await("apps.connections.open", RunningBot.WAIT);
                    assertEquals("xapp-1-A0001-socket-test", open.token());

                    // when a slash command envelope arrives
                    ObjectMapper json = new ObjectMapper();
                    ObjectNode payload = json.createObjectNode()
                            .put("token", "x").put("team_id", FakeSlack.TEAM_ID).put("team_domain", "fake")
                            .put("channel_id", "C1").put("channel_name", "general").put("user_id", "U0SOCK")
                            .put("user_name", "sock").put("command", "/mockinterview").put("text", "")
                            .put("api_app_id", "A0001").put("is_enterprise_install", "false")
                            .put("response_url", slack.responseUrl("sock")).put("trigger_id", "trigger.sock");
                    ObjectNode envelope = json.createObjectNode().put("envelope_id", "env-1")
                            .put("type", "slash_commands").put("accepts_response_payload", true);
                    envelope.set("payload", payload);
                    socket.client.send(envelope.toString());

                    // then the bot acks that envelope on the socket, with the ephemeral reply
                    String ack = socket.received.poll(10, TimeUnit.SECONDS);
                    JsonNode ackJson = json.readTree(ack);
                    assertEquals("env-1", ackJson.path("envelope_id").asText());
                    assertTrue(ackJson.path("payload").toString().contains("your question is in your DM"), ack);

                    // and posts the question to the user's DM through the Web API
                    var card = slack.await("chat.postMessage", c -> c.body().contains("Question"), RunningBot.WAIT);
                    assertEquals("DU0SOCK", card.param("channel"));

                    // and health is served on PORT in Socket Mode too
                    var health = SignedClient.get("http://127.0.0.1:" + server.port() + "/healthz");
                    assertEquals(200, health.statusCode());
                    var events = SignedClient.post("http://127.0.0.1:" + server.port() + "/slack/events",
                            SignedClient.FORM, "x=1", "secret");
                    assertEquals(404, events.statusCode(), "no HTTP request URL in Socket Mode");
                }
            } finally {
                socket.stop(1000);
            }
        }
    }
}
