package dev.mockinterview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.mockinterview.app.MockInterviewServer;
import dev.mockinterview.config.Config;
import dev.mockinterview.testutil.FakeSlack;
import dev.mockinterview.testutil.FakeSocketMode;
import dev.mockinterview.testutil.SignedClient;
import dev.mockinterview.testutil.SlackRequests;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

/**
 * The real bot, started through its composition root against a {@link FakeSlack}, and a client that talks to it the
 * way Slack does, over either {@link Transport}: signed requests to {@code /slack/events} (HTTP), or envelopes on a
 * {@link FakeSocketMode} WebSocket the bot connects to with its app token (Socket Mode). Every helper sends the same
 * payload either way and returns once Slack would have its answer: the HTTP response, or the envelope's ack.
 */
final class RunningBot implements AutoCloseable {
    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String BOT_TOKEN = "xoxb-1234-5678-e2etesttoken";
    static final String APP_TOKEN = "xapp-1-A0001-1234-e2etestapptoken";
    static final Duration WAIT = Duration.ofSeconds(10);
    /** What Slack says when it redelivers an HTTP request it got no answer to in time. */
    static final String HTTP_RETRY_REASON = "http_timeout";

    final Transport transport;
    final FakeSlack slack;
    /** The Socket Mode endpoint the bot is connected to; null over HTTP. */
    final FakeSocketMode socket;
    final MockInterviewServer server;
    final Clock clock;
    final List<Duration> retryWaits = new CopyOnWriteArrayList<>();
    private final AtomicInteger triggers = new AtomicInteger();

    RunningBot(FakeSlack slack, Path db, Path questions) throws Exception {
        this(Transport.HTTP, slack, db, questions);
    }

    RunningBot(Transport transport, FakeSlack slack, Path db, Path questions) throws Exception {
        this(transport, slack, db, questions, Clock.systemUTC());
    }

    /** With a clock the test controls; HTTP requests are signed at that clock's time, as Slack would sign them then. */
    RunningBot(FakeSlack slack, Path db, Path questions, Clock clock) throws Exception {
        this(Transport.HTTP, slack, db, questions, clock);
    }

    RunningBot(Transport transport, FakeSlack slack, Path db, Path questions, Clock clock) throws Exception {
        this(transport, slack, db, questions, clock, Duration.ofSeconds(20));
    }

    /** With the daily-question routine ticking every {@code dailyTick}. */
    RunningBot(FakeSlack slack, Path db, Path questions, Clock clock, Duration dailyTick) throws Exception {
        this(Transport.HTTP, slack, db, questions, clock, dailyTick);
    }

    /**
     * In Socket Mode the bot gets an app token and no signing secret, opens its connection through the fake's
     * {@code apps.connections.open}, and this returns once the connection is open.
     */
    RunningBot(Transport transport, FakeSlack slack, Path db, Path questions, Clock clock, Duration dailyTick)
            throws Exception {
        this.transport = transport;
        this.slack = slack;
        this.clock = clock;
        this.socket = transport == Transport.SOCKET_MODE ? new FakeSocketMode() : null;
        try {
            Config config;
            if (socket != null) {
                socket.answerConnectionsOpen(slack);
                config = new Config(BOT_TOKEN, null, APP_TOKEN, 0, slack.apiUrl(), db, questions);
            } else {
                config = new Config(BOT_TOKEN, SECRET, null, 0, slack.apiUrl(), db, questions);
            }
            this.server = MockInterviewServer.start(config, new MockInterviewServer.Runtime(clock,
                    RandomGenerator.of("L64X128MixRandom"), retryWaits::add, Ticker.systemTicker(), dailyTick));
        } catch (Exception | Error e) {
            if (socket != null) {
                socket.close();
            }
            throw e;
        }
        if (socket != null) {
            try {
                socket.awaitConnected(WAIT);
            } catch (AssertionError e) {
                close();
                throw e;
            }
        }
    }

    // ------------------------------------------------------------------------------------------ slash commands

    BotResponse command(String user, String channel, String text) {
        return command(user, channel, text, "cmd-" + triggers.incrementAndGet());
    }

    BotResponse command(String user, String text) {
        return command(user, "C0GENERAL", text);
    }

    /** A command whose response_url calls are recorded under {@code responseName}. */
    BotResponse command(String user, String channel, String text, String responseName) {
        String responseUrl = slack.responseUrl(responseName);
        String trigger = trigger();
        if (socket != null) {
            return acked(socket.sendSlashCommand(SlackRequests.slashCommandPayload(FakeSlack.TEAM_ID, user, channel,
                    "/mockinterview", text, responseUrl, trigger)));
        }
        return post(SignedClient.FORM, SlackRequests.slashCommand(FakeSlack.TEAM_ID, user, channel, "/mockinterview",
                text, responseUrl, trigger), Map.of());
    }

    // ------------------------------------------------------------------------------------------- interactivity

    /** A click on a daily question's button in a channel. */
    BotResponse clickIn(String user, String channel, String actionId, String value) {
        return interactive(SlackRequests.blockActionPayload(FakeSlack.TEAM_ID, user, channel, "1700000000.000100",
                actionId, "mi_daily_actions", value, actionId,
                slack.responseUrl("daily-" + triggers.incrementAndGet()), trigger(), null));
    }

    /** A click on a button of a message in the user's DM. */
    BotResponse click(String user, String actionId, String value) {
        return interactive(clickPayload(user, actionId, value, "click"));
    }

    /** The block_actions JSON of a click in the user's DM, to deliver (perhaps more than once) with {@link #interactive}. */
    ObjectNode clickPayload(String user, String actionId, String value, String responseName) {
        return SlackRequests.blockActionPayload(FakeSlack.TEAM_ID, user, "D" + user, "1700000000.000100", actionId,
                "mi_actions", value, actionId, slack.responseUrl(responseName + "-" + triggers.incrementAndGet()),
                trigger(), null);
    }

    BotResponse submitAnswer(String user, String privateMetadata, String answer) {
        return interactive(SlackRequests.viewSubmissionPayload(FakeSlack.TEAM_ID, user, "mi_answer_modal",
                privateMetadata, Map.of("answer", java.util.Collections.singletonMap("answer_text", answer))));
    }

    /** An interaction payload: over HTTP as {@code payload=<JSON>} (signed now), over Socket Mode in an envelope. */
    BotResponse interactive(JsonNode payload) {
        if (socket != null) {
            return acked(socket.sendInteractive(payload));
        }
        return post(SignedClient.FORM, SlackRequests.interactivityForm(payload), Map.of());
    }

    // ----------------------------------------------------------------------------------------------- Events API

    /** Delivers an event for the first time. */
    BotResponse event(ObjectNode event, String eventId) {
        return deliver(eventCallback(event, eventId), 0);
    }

    /** The event_callback around {@code event}, to deliver (perhaps more than once) with {@link #deliver}. */
    ObjectNode eventCallback(ObjectNode event, String eventId) {
        return SlackRequests.eventCallbackPayload(FakeSlack.TEAM_ID, event, eventId);
    }

    /**
     * Delivers an event_callback as Slack does: {@code retryAttempt} 0 is a first delivery (over HTTP no retry
     * headers, over Socket Mode {@code retry_attempt: 0, retry_reason: ""}); 1 or more is a redelivery (over HTTP
     * the same body with {@code X-Slack-Retry-Num} and reason {@value #HTTP_RETRY_REASON}, signed afresh; over
     * Socket Mode a new envelope with that {@code retry_attempt}, reason "timeout" and the same payload).
     */
    BotResponse deliver(ObjectNode eventCallback, int retryAttempt) {
        if (socket != null) {
            return acked(retryAttempt == 0 ? socket.sendEvent(eventCallback)
                    : socket.sendEventRetry(eventCallback, retryAttempt));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (retryAttempt > 0) {
            headers.put("X-Slack-Retry-Num", Integer.toString(retryAttempt));
            headers.put("X-Slack-Retry-Reason", HTTP_RETRY_REASON);
        }
        // Slack signs each redelivery when it sends it, later than the first: with a test clock standing still,
        // the n-th redelivery is signed n seconds on (the same signature twice would be a replay).
        return BotResponse.of(SignedClient.post(eventsUrl(), SignedClient.JSON, SlackRequests.toJson(eventCallback),
                SECRET, now() + retryAttempt, headers));
    }

    // --------------------------------------------------------------------------------------------- transports

    /** {@code /slack/events}; HTTP only (in Socket Mode the bot serves no request URL). */
    String eventsUrl() {
        if (transport != Transport.HTTP) {
            throw new IllegalStateException("no request URL in " + transport);
        }
        return "http://127.0.0.1:" + server.port() + "/slack/events";
    }

    /** Health is served on PORT over both transports. */
    String healthUrl() {
        return "http://127.0.0.1:" + server.port() + "/healthz";
    }

    private BotResponse post(String contentType, String body, Map<String, String> headers) {
        return BotResponse.of(SignedClient.post(eventsUrl(), contentType, body, SECRET, now(), headers));
    }

    private BotResponse acked(FakeSocketMode.Envelope envelope) {
        FakeSocketMode.Ack ack = socket.awaitAck(envelope, WAIT);
        return new BotResponse(200, ack.hasPayload() ? ack.payload().toString() : "");
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }

    // ------------------------------------------------------------------------------------------------ reading

    /** The first DM post whose text or blocks contain {@code needle}. */
    FakeSlack.Call awaitPost(String needle) {
        return slack.await("chat.postMessage", c -> c.body().contains(needle) || blocksText(c).contains(needle), WAIT);
    }

    static String blocksText(FakeSlack.Call c) {
        return c.json("blocks").toString();
    }

    /** The value carried by the buttons of a posted message. */
    static String buttonValue(FakeSlack.Call post) {
        for (JsonNode block : post.json("blocks")) {
            if (block.path("type").asText().equals("actions")) {
                return block.path("elements").get(0).path("value").asText();
            }
        }
        throw new AssertionError("no buttons in " + post);
    }

    static List<String> buttonLabels(FakeSlack.Call post) {
        for (JsonNode block : post.json("blocks")) {
            if (block.path("type").asText().equals("actions")) {
                List<String> labels = new java.util.ArrayList<>();
                block.path("elements").forEach(e -> labels.add(e.path("text").path("text").asText()));
                return labels;
            }
        }
        throw new AssertionError("no buttons in " + post);
    }

    /** Slack's trigger ids are unique, across restarts of the bot too: the journal knows a repeated one. */
    private static final AtomicInteger TRIGGER_IDS = new AtomicInteger();

    private String trigger() {
        return "trigger." + TRIGGER_IDS.incrementAndGet() + ".e2e";
    }

    /** Stops the bot, then (Socket Mode) the fake endpoint, failing if the bot sent what Slack would not accept. */
    @Override
    public void close() {
        try {
            server.close();
        } finally {
            if (socket != null) {
                socket.close();
                socket.assertNoViolations();
            }
        }
    }
}
