package dev.mockinterview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.mockinterview.app.MockInterviewServer;
import dev.mockinterview.config.Config;
import dev.mockinterview.testutil.FakeSlack;
import dev.mockinterview.testutil.SignedClient;
import dev.mockinterview.testutil.SlackRequests;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

/**
 * The real bot, started in HTTP mode through its composition root against a {@link FakeSlack}, and a client that
 * talks to it the way Slack does: signed, form-encoded requests shaped like Slack's own.
 */
final class RunningBot implements AutoCloseable {
    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String BOT_TOKEN = "xoxb-1234-5678-e2etesttoken";
    static final Duration WAIT = Duration.ofSeconds(10);

    final FakeSlack slack;
    final MockInterviewServer server;
    final Clock clock;
    final List<Duration> retryWaits = new CopyOnWriteArrayList<>();
    private final AtomicInteger triggers = new AtomicInteger();

    RunningBot(FakeSlack slack, Path db, Path questions) throws Exception {
        this(slack, db, questions, Clock.systemUTC());
    }

    /** With a clock the test controls; requests are signed at that clock's time, as Slack would sign them then. */
    RunningBot(FakeSlack slack, Path db, Path questions, Clock clock) throws Exception {
        this(slack, db, questions, clock, java.time.Duration.ofSeconds(20));
    }

    /** With the daily-question routine ticking every {@code dailyTick}. */
    RunningBot(FakeSlack slack, Path db, Path questions, Clock clock, java.time.Duration dailyTick) throws Exception {
        this.slack = slack;
        this.clock = clock;
        Config config = new Config(BOT_TOKEN, SECRET, null, 0, slack.apiUrl(), db, questions);
        this.server = MockInterviewServer.start(config, new MockInterviewServer.Runtime(clock,
                RandomGenerator.of("L64X128MixRandom"), retryWaits::add, Ticker.systemTicker(), dailyTick));
    }

    HttpResponse<String> command(String user, String channel, String text) {
        String body = SlackRequests.slashCommand(FakeSlack.TEAM_ID, user, channel, "/mockinterview", text,
                slack.responseUrl("cmd-" + triggers.incrementAndGet()), trigger());
        return SignedClient.post(eventsUrl(), SignedClient.FORM, body, SECRET, now());
    }

    HttpResponse<String> clickIn(String user, String channel, String actionId, String value) {
        String body = SlackRequests.blockAction(FakeSlack.TEAM_ID, user, channel, "1700000000.000100", actionId,
                "mi_daily_actions", value, actionId, slack.responseUrl("daily-" + triggers.incrementAndGet()),
                trigger());
        return SignedClient.post(eventsUrl(), SignedClient.FORM, body, SECRET, now());
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }

    HttpResponse<String> event(ObjectNode event, String eventId) {
        String body = SlackRequests.eventCallback(FakeSlack.TEAM_ID, event, eventId);
        return SignedClient.post(eventsUrl(), SignedClient.JSON, body, SECRET, now());
    }

    String eventsUrl() {
        return "http://127.0.0.1:" + server.port() + "/slack/events";
    }

    HttpResponse<String> command(String user, String text) {
        String body = SlackRequests.slashCommand(FakeSlack.TEAM_ID, user, "C0GENERAL", "/mockinterview", text,
                slack.responseUrl("cmd-" + triggers.incrementAndGet()), trigger());
        return SignedClient.post(eventsUrl(), SignedClient.FORM, body, SECRET, now());
    }

    HttpResponse<String> click(String user, String actionId, String value) {
        return click(user, actionId, value, Map.of());
    }

    HttpResponse<String> click(String user, String actionId, String value, Map<String, String> headers) {
        return SignedClient.post(eventsUrl(), SignedClient.FORM, clickBody(user, actionId, value, "click"),
                SECRET, now(), headers);
    }

    String clickBody(String user, String actionId, String value, String responseName) {
        return SlackRequests.blockAction(FakeSlack.TEAM_ID, user, "D" + user, "1700000000.000100", actionId,
                "mi_actions", value, actionId, slack.responseUrl(responseName + "-" + triggers.incrementAndGet()),
                trigger());
    }

    HttpResponse<String> submitAnswer(String user, String privateMetadata, String answer) {
        String body = SlackRequests.viewSubmission(FakeSlack.TEAM_ID, user, "mi_answer_modal", privateMetadata,
                Map.of("answer", java.util.Collections.singletonMap("answer_text", answer)));
        return SignedClient.post(eventsUrl(), SignedClient.FORM, body, SECRET, now());
    }

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

    private String trigger() {
        return "trigger." + triggers.incrementAndGet() + ".e2e";
    }

    @Override
    public void close() {
        server.close();
    }
}
