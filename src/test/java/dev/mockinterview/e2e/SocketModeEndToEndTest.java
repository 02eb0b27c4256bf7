package dev.mockinterview.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.slack.ActionIds;
import dev.mockinterview.testutil.FakeSlack;
import dev.mockinterview.testutil.FakeSocketMode;
import dev.mockinterview.testutil.SignedClient;
import dev.mockinterview.testutil.SlackRequests;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is about the Socket Mode transport itself: the bot opens its connection with the app token through
 * {@code apps.connections.open}, serves health but no request URL, and acks each envelope by its id, with a payload
 * only where Slack uses one. The scenarios themselves run over both transports in the other end-to-end classes.
 */
class SocketModeEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    private FakeSlack slack;
    private RunningBot bot;

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlack();
        bot = new RunningBot(Transport.SOCKET_MODE, slack, tmp.resolve("mi.db"), dev.mockinterview.testutil.FixtureBanks.E2E);
    }

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        slack.close();
    }

    @Test
    @DisplayName("the bot connects with its app token to the URL apps.connections.open gives; health only on PORT")
    void connects() {
        // the WebSocket URL was asked for with the app-level token, never the bot token
        var open = slack.await("apps.connections.open", RunningBot.WAIT);
        assertEquals(RunningBot.APP_TOKEN, open.token());
        assertTrue(slack.calls("apps.connections.open").stream().allMatch(c -> RunningBot.APP_TOKEN.equals(c.token())));
        assertEquals(1, bot.socket.connectionsOpened(), "one connection: " + bot.socket.handshakes());
        assertTrue(bot.socket.handshakes().get(0).startsWith("/link/?ticket="), bot.socket.handshakes().toString());

        // health is served on PORT, and there is no HTTP request URL
        var health = SignedClient.get(bot.healthUrl());
        assertEquals(200, health.statusCode());
        assertEquals("{\"status\":\"ok\",\"questions\":15}", health.body());
        var events = SignedClient.post("http://127.0.0.1:" + bot.server.port() + "/slack/events",
                SignedClient.FORM, "x=1", "secret");
        assertEquals(404, events.statusCode(), "no HTTP request URL in Socket Mode");
    }

    @Test
    @DisplayName("acks carry the envelope id; a payload only on slash commands and view submissions")
    void ackShapes() throws Exception {
        // a slash command is acked with the ephemeral reply as its payload
        var command = bot.socket.sendSlashCommand(SlackRequests.slashCommandPayload(FakeSlack.TEAM_ID, "U0SOCK",
                "C1", "/mockinterview", "", slack.responseUrl("sock"), "trigger.sock"));
        var commandAck = bot.socket.awaitAck(command, RunningBot.WAIT);
        JsonNode raw = JSON.readTree(commandAck.raw());
        assertEquals(command.id(), raw.path("envelope_id").asText());
        assertEquals("ephemeral", commandAck.payload().path("response_type").asText());
        assertTrue(commandAck.payload().toString().contains("your question is in your DM"), commandAck.raw());
        var card = bot.awaitPost("Question 1");
        assertEquals("DU0SOCK", card.param("channel"));
        String value = RunningBot.buttonValue(card);

        // a click (accepts_response_payload false) is acked with its envelope id alone
        var click = bot.socket.sendInteractive(bot.clickPayload("U0SOCK", ActionIds.HINT, value, "sock-click"));
        assertFalse(click.acceptsResponsePayload());
        var clickAck = bot.socket.awaitAck(click, RunningBot.WAIT);
        assertFalse(clickAck.hasPayload(), clickAck.raw());
        assertEquals(click.id(), JSON.readTree(clickAck.raw()).path("envelope_id").asText());
        bot.awaitPost("Hint 1 of 4");

        // an event (retry_attempt 0, the first delivery) is acked with its envelope id alone, and handled
        var event = bot.socket.sendEvent(bot.eventCallback(SlackRequests.appHomeOpened("U0SOCK", "DU0SOCK", "home"),
                "EvSOCK1"));
        assertEquals(0, event.retryAttempt());
        assertFalse(bot.socket.awaitAck(event, RunningBot.WAIT).hasPayload());
        var published = slack.await("views.publish", c -> "U0SOCK".equals(c.param("user_id")), RunningBot.WAIT);

        // an event that arrives only as redelivery 2 (its earlier copies lost) is acked and handled too
        var retried = bot.socket.send(FakeSocketMode.eventsApiEnvelope(FakeSocketMode.newEnvelopeId(),
                bot.eventCallback(SlackRequests.appHomeOpened("U0SOCK", "DU0SOCK", "home"), "EvSOCK2"), 2,
                FakeSocketMode.TIMEOUT));
        assertFalse(bot.socket.awaitAck(retried, RunningBot.WAIT).hasPayload());
        slack.await("views.publish", c -> c != published && "U0SOCK".equals(c.param("user_id")), RunningBot.WAIT);

        // an invalid view submission is acked with the errors Slack shows in the modal
        var submission = bot.socket.sendInteractive(SlackRequests.viewSubmissionPayload(FakeSlack.TEAM_ID, "U0SOCK",
                ActionIds.ANSWER_MODAL, value, java.util.Map.of(ActionIds.ANSWER_BLOCK,
                        java.util.Collections.singletonMap(ActionIds.ANSWER_INPUT, " "))));
        assertTrue(submission.acceptsResponsePayload());
        var submissionAck = bot.socket.awaitAck(submission, RunningBot.WAIT);
        assertEquals("errors", submissionAck.payload().path("response_action").asText(), submissionAck.raw());
        bot.socket.assertNoViolations();
    }

    @Test
    @DisplayName("an envelope Bolt answers with an error status is left unacked (Slack would retry); the next is acked")
    void noAckWithoutSuccess() {
        // given a click on a button the bot does not know: Bolt answers 404, so SocketModeApp sends no ack
        var unknown = bot.socket.sendInteractive(bot.clickPayload("U0SOCK", "not_a_known_action", "x", "unknown"));
        bot.socket.assertNoAck(unknown, Duration.ofMillis(700));

        // then the connection still serves: a command is acked and answered
        assertEquals(200, bot.command("U0SOCK", "").statusCode());
        bot.awaitPost("Question 1");
    }
}
