package dev.mockinterview.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockinterview.slack.ActionIds;
import dev.mockinterview.testutil.FakeSlack;
import dev.mockinterview.testutil.FakeSocketMode;
import dev.mockinterview.testutil.MutableClock;
import dev.mockinterview.testutil.SlackRequests;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Answers that teach, end to end with an injected clock: feedback on an answer, a self-rating, the question coming
 * back on its due day, stats, history, the App Home, thread-reply answers (and their redeliveries) and the daily cap.
 * Over both transports: the Events API scenarios reach the bot over Socket Mode as Slack sends them there, with
 * {@code retry_attempt: 0} on every first delivery.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Transport.class)
class LearningEndToEndTest {
    private static final String ALICE = "U0ALICE";
    private static final Path BANK = dev.mockinterview.testutil.FixtureBanks.E2E;
    private static final String STRONG_ANSWER = """
            At my previous company our checkout API, which I owned, started timing out at peak: p99 latency went \
            from 120 ms to 2 s and 5% of orders failed. My task was to find the root cause and fix it within a week. \
            I added distributed tracing with OpenTelemetry, found an N+1 query and lock contention on one database, \
            then I added an index, introduced a Redis cache for product reads, and moved email sending to Kafka. \
            I chose caching over sharding because it was cheaper, at the cost of some staleness. \
            As a result p99 dropped to 90 ms, errors fell to 0.1%, and we handled 3x the traffic. \
            I learned to load test early and to add observability from day one.""";

    @Parameter
    Transport transport;
    @TempDir
    Path tmp;
    private FakeSlack slack;
    private RunningBot bot;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlack();
        bot = new RunningBot(transport, slack, tmp.resolve("mi.db"), BANK, clock);
    }

    @AfterEach
    void stop() {
        bot.close();
        slack.close();
    }

    @Test
    @DisplayName("answer → feedback → self-rating → the question comes back on the day it is due")
    void answerRateAndReview() {
        // given a question, answered through the modal
        bot.command(ALICE, "");
        var card = bot.awaitPost("Question 1");
        String value = RunningBot.buttonValue(card);
        String firstQuestion = questionOf(value);
        slack.await("users.info", c -> ALICE.equals(c.param("user")), RunningBot.WAIT);
        bot.click(ALICE, ActionIds.ANSWER, value);
        slack.await("views.open", RunningBot.WAIT);
        bot.submitAnswer(ALICE, value, STRONG_ANSWER);

        // then the answer gets specific feedback: an overall score and every dimension with a suggestion
        var saved = bot.awaitPost("Answer saved");
        String feedback = RunningBot.blocksText(saved);
        assertTrue(feedback.matches("(?s).*Score: \\d{1,3}/100.*"), feedback);
        assertTrue(feedback.contains("Coverage of key points and terms"), feedback);
        assertTrue(feedback.contains("Length and speaking time"), feedback);
        assertTrue(feedback.contains(":point_right:"), "each dimension has a suggestion: " + feedback);

        // when the model answer is revealed and the user rates themself Good
        bot.click(ALICE, ActionIds.MODEL_ANSWER, value);
        var model = bot.awaitPost("How did you do?");
        assertTrue(RunningBot.blocksText(model).contains("Rate by ticked points"));
        bot.click(ALICE, ActionIds.RATE_GOOD, value);

        // then SM-2 schedules it for tomorrow (first successful review: one day)
        var rated = bot.awaitPost("Rated *Good*");
        assertTrue(RunningBot.blocksText(rated).contains("comes back for review tomorrow"), RunningBot.blocksText(rated));

        // when the user moves on the same day, the rated question is not asked again
        bot.click(ALICE, ActionIds.NEXT, value);
        var second = bot.awaitPost("Question 2");
        String secondValue = RunningBot.buttonValue(second);
        assertNotEquals(firstQuestion, questionOf(secondValue));

        // when a day passes, the due question comes back before any new one, marked as a review
        clock.advance(Duration.ofDays(1));
        bot.click(ALICE, ActionIds.NEXT, secondValue);
        var review = bot.awaitPost("Question 3");
        assertTrue(RunningBot.blocksText(review).contains(":repeat: Review"), RunningBot.blocksText(review));
        assertEquals(firstQuestion, questionOf(RunningBot.buttonValue(review)));

        // and stats show true figures: a 2-day streak, one answer with its score, and the review still due
        // (it stays due until it is rated again)
        bot.command(ALICE, "stats");
        var stats = slack.await(FakeSlack.RESPONSE_URL, c -> c.body().contains("Your interview practice"),
                RunningBot.WAIT);
        String statsText = stats.bodyJson().path("blocks").toString();
        assertTrue(statsText.contains("2-day streak"), statsText);
        assertTrue(statsText.contains("*Answers*\\n1"), statsText);
        assertTrue(statsText.contains("1 due for review"), statsText);
        assertTrue(statsText.contains("Today: 1/20 questions"), statsText);
        assertEquals("ephemeral", stats.bodyJson().path("response_type").asText());
        slack.assertNoViolations();
    }

    @Test
    @DisplayName("history lists answers with scores, and Open shows one again with its feedback")
    void history() {
        bot.command(ALICE, "");
        String value = RunningBot.buttonValue(bot.awaitPost("Question 1"));
        bot.submitAnswer(ALICE, value, STRONG_ANSWER);
        bot.awaitPost("Answer saved");

        bot.command(ALICE, "history");
        var history = slack.await(FakeSlack.RESPONSE_URL, c -> c.body().contains("Your recent answers"),
                RunningBot.WAIT);
        JsonNode blocks = history.bodyJson().path("blocks");
        JsonNode entry = blocks.get(1);
        assertTrue(entry.path("text").path("text").asText().matches("(?s).*Score \\d{1,3}/100.*"), entry.toString());
        assertEquals(ActionIds.HISTORY_OPEN, entry.path("accessory").path("action_id").asText());
        String answerId = entry.path("accessory").path("value").asText();

        bot.click(ALICE, ActionIds.HISTORY_OPEN, answerId);
        var opened = bot.awaitPost("Your answer from");
        String openedText = RunningBot.blocksText(opened);
        assertTrue(openedText.contains("checkout API"), openedText);
        assertTrue(openedText.contains("Score:"), openedText);

        // another user cannot open it
        bot.click("U0MALLORY", ActionIds.HISTORY_OPEN, answerId);
        slack.await(FakeSlack.RESPONSE_URL, c -> c.body().contains("belongs to someone else"), RunningBot.WAIT);
    }

    @Test
    @DisplayName("opening the App Home publishes progress; its button starts the interview in the DM")
    void appHome() {
        // given a user who has never practised
        assertEquals(200, bot.event(SlackRequests.appHomeOpened(ALICE, "DU0ALICE", "home"), "Ev001").statusCode());
        var home = slack.await("views.publish", c -> ALICE.equals(c.param("user_id")), RunningBot.WAIT);
        JsonNode view = home.json("view");
        assertEquals("home", view.path("type").asText());
        assertTrue(view.path("blocks").size() <= 100);
        assertTrue(view.toString().contains("You have not practised yet"), view.toString());
        assertTrue(view.toString().contains("Start interview"), view.toString());

        // when the Messages tab is opened, no Home view is published
        bot.event(SlackRequests.appHomeOpened(ALICE, "DU0ALICE", "messages"), "Ev002");
        slack.assertNoCall("views.publish", c -> c != home, Duration.ofMillis(500));

        // when the Home's start button is clicked, the question is posted to the DM and the Home refreshes
        bot.click(ALICE, ActionIds.HOME_START, "start");
        bot.awaitPost("Question 1");
        var refreshed = slack.awaitCount("views.publish", c -> true, 2, RunningBot.WAIT).get(1);
        assertTrue(refreshed.json("view").toString().contains("Resume interview"), refreshed.json("view").toString());
        slack.assertNoViolations();
        assertFirstDeliveriesOnly();
    }

    @Test
    @DisplayName("a reply in the question's thread is taken as the answer, with feedback in the thread")
    void threadReplyAnswer() {
        bot.command(ALICE, "");
        var card = bot.awaitPost("Question 1");
        String cardTs = card.answerJson().path("ts").asText();
        var event = SlackRequests.messageIm(ALICE, "DU0ALICE", "I would shard by user id and cache reads in Redis.",
                "1700000999.000100");
        event.put("thread_ts", cardTs);
        assertEquals(200, bot.event(event, "Ev100").statusCode());

        var feedback = slack.await("chat.postMessage", c -> cardTs.equals(c.param("thread_ts")), RunningBot.WAIT);
        assertTrue(RunningBot.blocksText(feedback).contains("Answer saved"), RunningBot.blocksText(feedback));
        assertTrue(RunningBot.blocksText(feedback).contains("Score:"));

        // a plain DM message (not in a question's thread) is left alone
        var chat = SlackRequests.messageIm(ALICE, "DU0ALICE", "hello bot", "1700001000.000100");
        assertEquals(200, bot.event(chat, "Ev101").statusCode());
        slack.assertNoCall("chat.postMessage", c -> "1700001000.000100".equals(c.param("thread_ts")),
                Duration.ofMillis(500));

        // and the bot is still answering: Next question is posted
        bot.click(ALICE, ActionIds.NEXT, RunningBot.buttonValue(card));
        bot.awaitPost("Question 2");
        assertFirstDeliveriesOnly();
    }

    @Test
    @DisplayName("a thread answer that arrives only as Slack's redelivery (the first copy lost) gets its feedback")
    void threadAnswerOnlyAsRedelivery() {
        // given a question in the DM
        bot.command(ALICE, "");
        var card = bot.awaitPost("Question 1");
        String cardTs = card.answerJson().path("ts").asText();

        // when the reply in its thread reaches the bot only as redelivery 1 (HTTP: X-Slack-Retry-Num 1, reason
        // http_timeout; Socket Mode: retry_attempt 1, reason "timeout", a new envelope id)
        var event = SlackRequests.messageIm(ALICE, "DU0ALICE", "I would shard by user id and cache reads in Redis.",
                "1700002000.000100");
        event.put("thread_ts", cardTs);
        assertEquals(200, bot.deliver(bot.eventCallback(event, "EvRETRYONLY"), 1).statusCode());

        // then the answer is saved and its feedback posted in the thread
        var feedback = slack.await("chat.postMessage", c -> cardTs.equals(c.param("thread_ts")), RunningBot.WAIT);
        assertTrue(RunningBot.blocksText(feedback).contains("Answer saved"), RunningBot.blocksText(feedback));
        assertTrue(RunningBot.blocksText(feedback).contains("Score:"), RunningBot.blocksText(feedback));
        slack.assertNoViolations();
    }

    @Test
    @DisplayName("a thread answer delivered and then redelivered (same event_id) gets exactly one feedback")
    void threadAnswerDeliveredTwice() {
        // given a question in the DM, answered by a reply in its thread
        bot.command(ALICE, "");
        var card = bot.awaitPost("Question 1");
        String cardTs = card.answerJson().path("ts").asText();
        var event = SlackRequests.messageIm(ALICE, "DU0ALICE", "I would shard by user id and cache reads in Redis.",
                "1700003000.000100");
        event.put("thread_ts", cardTs);
        ObjectNode delivery = bot.eventCallback(event, "EvTWICE");
        assertEquals(200, bot.deliver(delivery, 0).statusCode());
        var feedback = slack.await("chat.postMessage", c -> cardTs.equals(c.param("thread_ts")), RunningBot.WAIT);
        assertTrue(RunningBot.blocksText(feedback).contains("Answer saved"), RunningBot.blocksText(feedback));

        // when Slack redelivers the same event (it took the first ack for lost)
        assertEquals(200, bot.deliver(delivery, 1).statusCode());

        // then no second feedback is posted
        slack.assertNoCall("chat.postMessage", c -> c != feedback && cardTs.equals(c.param("thread_ts")),
                Duration.ofMillis(700));

        // and the bot is still answering: Next question is posted, and history holds the one answer
        bot.click(ALICE, ActionIds.NEXT, RunningBot.buttonValue(card));
        bot.awaitPost("Question 2");
        bot.command(ALICE, "history");
        var history = slack.await(FakeSlack.RESPONSE_URL, c -> c.body().contains("Your recent answers"),
                RunningBot.WAIT);
        long entries = 0;
        for (JsonNode block : history.bodyJson().path("blocks")) {
            if (ActionIds.HISTORY_OPEN.equals(block.path("accessory").path("action_id").asText())) {
                entries++;
            }
        }
        assertEquals(1, entries, "one answer saved: " + history.body());
    }

    /** Over Socket Mode, every event above reached the bot as Slack's first delivery: retry_attempt 0. */
    private void assertFirstDeliveriesOnly() {
        if (bot.socket == null) {
            return;
        }
        var events = bot.socket.sent().stream().filter(e -> FakeSocketMode.EVENTS_API.equals(e.type())).toList();
        assertTrue(!events.isEmpty(), "events went over the socket");
        for (var e : events) {
            assertEquals(0, e.retryAttempt(), e.json().toString());
            assertEquals("", e.json().path("retry_reason").asText(), e.json().toString());
        }
    }

    @Test
    @DisplayName("the daily cap can be changed, and is respected")
    void dailyCap() {
        bot.command(ALICE, "cap 1");
        slack.await(FakeSlack.RESPONSE_URL, c -> c.body().contains("Your daily cap is now *1*"), RunningBot.WAIT);
        bot.command(ALICE, "");
        String value = RunningBot.buttonValue(bot.awaitPost("Question 1"));
        bot.click(ALICE, ActionIds.NEXT, value);
        slack.await(FakeSlack.RESPONSE_URL, c -> c.body().contains("reached your daily cap"), RunningBot.WAIT);
        bot.command(ALICE, "cap 0");
        slack.await(FakeSlack.RESPONSE_URL, c -> c.body().contains("must be a whole number from 1 to"),
                RunningBot.WAIT);

        // the next day the user can go on
        clock.advance(Duration.ofDays(1));
        bot.click(ALICE, ActionIds.NEXT, value);
        bot.awaitPost("Question 2");
    }

    /** The question a button acts on. */
    private static String questionOf(String buttonValue) {
        return dev.mockinterview.slack.render.ButtonValue.parse(buttonValue).orElseThrow().questionId();
    }
}
