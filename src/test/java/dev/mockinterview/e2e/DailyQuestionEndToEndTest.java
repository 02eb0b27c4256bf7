package dev.mockinterview.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.slack.ActionIds;
import dev.mockinterview.testutil.FakeSlack;
import dev.mockinterview.testutil.MutableClock;
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
 * The daily question end to end, with an injected clock: {@code daily on} in a channel, exactly one post at 09:00
 * Berlin time across a restart and a second instance, private clicks, the reveal in the thread, and refusals; over
 * both transports.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Transport.class)
class DailyQuestionEndToEndTest {
    private static final String ADMIN = "U0ADMIN";
    private static final String MEMBER = "U0MEMBER";
    private static final String CHANNEL = "C0DAILY";
    private static final Path BANK = dev.mockinterview.testutil.FixtureBanks.E2E;
    private static final Duration TICK = Duration.ofMillis(100);
    private static final Duration QUIET = Duration.ofMillis(800);

    @Parameter
    Transport transport;
    @TempDir
    Path tmp;
    private FakeSlack slack;
    private RunningBot bot;
    // Wednesday 25 November 2026, 08:00 in Berlin (UTC+1).
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T07:00:00Z"));

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlack();
        slack.setUser(ADMIN, "Europe/Berlin", true, false);
        slack.setUser(MEMBER, "America/New_York", false, false);
        bot = new RunningBot(transport, slack, tmp.resolve("mi.db"), BANK, clock, TICK);
    }

    @AfterEach
    void stop() {
        bot.close();
        slack.close();
    }

    private FakeSlack.Call awaitReply(String needle) {
        return slack.await(FakeSlack.RESPONSE_URL, c -> c.body().contains(needle), RunningBot.WAIT);
    }

    private boolean isDailyPost(FakeSlack.Call c) {
        return CHANNEL.equals(c.param("channel")) && c.param("thread_ts") == null
                && c.param("text") != null && c.param("text").startsWith("Daily interview question");
    }

    @Test
    @DisplayName("daily on 09:00 Europe/Berlin weekdays: one post at 09:00 Berlin, across a restart and two instances")
    void exactlyOncePerDay() throws Exception {
        // when an admin turns it on in the channel
        bot.command(ADMIN, CHANNEL, "daily on 09:00 Europe/Berlin weekdays");
        var on = awaitReply("Daily question on");
        assertTrue(on.body().contains("09:00 Europe/Berlin, weekdays"), on.body());
        assertTrue(on.body().contains("Next question: Wed 25 Nov 09:00 Europe/Berlin"), on.body());
        assertEquals("ephemeral", on.bodyJson().path("response_type").asText());
        slack.await("conversations.join", c -> CHANNEL.equals(c.param("channel")), RunningBot.WAIT);

        // then nothing is posted before 09:00 Berlin time
        slack.assertNoCall("chat.postMessage", this::isDailyPost, QUIET);

        // when 09:00 Berlin arrives, with a second instance running on the same database
        RunningBot second = new RunningBot(transport, slack, tmp.resolve("mi.db"), BANK, clock, TICK);
        try {
            clock.set(Instant.parse("2026-11-25T08:00:00Z"));
            var post = slack.await("chat.postMessage", this::isDailyPost, RunningBot.WAIT);
            assertEquals(java.util.List.of("Hint", "Model answer"), RunningBot.buttonLabels(post));
            // then exactly one post is made, by either instance
            slack.assertNoCall("chat.postMessage", c -> isDailyPost(c) && c != post, QUIET);

            // and a restart of one of them changes nothing
            bot.close();
            bot = new RunningBot(transport, slack, tmp.resolve("mi.db"), BANK, clock, TICK);
            slack.assertNoCall("chat.postMessage", c -> isDailyPost(c) && c != post, QUIET);

            // when a member clicks Hint and Model answer, only they see the answers
            String value = RunningBot.buttonValue(post);
            bot.clickIn(MEMBER, CHANNEL, ActionIds.DAILY_HINT, value);
            var hint = awaitReply("Hint 1 of 4");
            assertEquals("ephemeral", hint.bodyJson().path("response_type").asText());
            bot.clickIn(MEMBER, CHANNEL, ActionIds.DAILY_HINT, value);
            awaitReply("Hint 2 of 4");
            bot.clickIn(MEMBER, CHANNEL, ActionIds.DAILY_MODEL_ANSWER, value);
            var model = awaitReply("STAR example");
            assertEquals("ephemeral", model.bodyJson().path("response_type").asText());

            // when Thursday 09:00 Berlin arrives, the next question is posted (a different one) and Wednesday's
            // model answer is revealed in Wednesday's thread
            String firstTs = post.answerJson().path("ts").asText();
            clock.set(Instant.parse("2026-11-26T08:00:00Z"));
            var thursday = slack.await("chat.postMessage", c -> isDailyPost(c) && c != post, RunningBot.WAIT);
            // (the question itself, in the section under the header: the buttons only carry the post's id)
            assertNotEquals(questionOf(post), questionOf(thursday));
            assertTrue(!questionOf(thursday).isBlank());
            var reveal = slack.await("chat.postMessage", c -> firstTs.equals(c.param("thread_ts")), RunningBot.WAIT);
            assertTrue(RunningBot.blocksText(reveal).contains("Time to compare notes"), RunningBot.blocksText(reveal));

            // and Saturday (not a weekday) gets nothing, while the bot still answers
            clock.set(Instant.parse("2026-11-28T08:30:00Z"));
            slack.assertNoCall("chat.postMessage", c -> isDailyPost(c) && c != post && c != thursday, QUIET);
            bot.command(MEMBER, CHANNEL, "daily status");
            assertTrue(awaitReply("Set up by").body().contains("Daily question on: 09:00 Europe/Berlin"));
            slack.assertNoViolations();
        } finally {
            second.close();
        }
    }

    @Test
    @DisplayName("who may change it, status, and precise errors for bad input")
    void permissionsStatusAndErrors() {
        // bad input
        bot.command(ADMIN, CHANNEL, "daily on 25:00");
        awaitReply("\\\"25:00\\\" is not a time of day");
        bot.command(ADMIN, CHANNEL, "daily on Mars/Base");
        awaitReply("Mars/Base");
        bot.command(ADMIN, CHANNEL, "daily on funday");
        awaitReply("funday");

        // the admin turns it on with the defaults: 09:00 in their own Slack time zone, weekdays, all categories
        bot.command(ADMIN, CHANNEL, "daily on");
        awaitReply("09:00 Europe/Berlin, weekdays, all categories");

        // a member who is neither admin, owner nor the one who set it up may not change it
        bot.command(MEMBER, CHANNEL, "daily on 07:00");
        awaitReply("can change this channel's daily question");

        // status, for anyone
        bot.command(MEMBER, CHANNEL, "daily status");
        var status = awaitReply("Set up by");
        assertTrue(status.body().contains("Daily question on: 09:00 Europe/Berlin"), status.body());

        // the member may not turn it off; the admin may
        bot.command(MEMBER, CHANNEL, "daily off");
        slack.awaitCount(FakeSlack.RESPONSE_URL, c -> c.body().contains("can change this channel's daily question"),
                2, RunningBot.WAIT);
        bot.command(ADMIN, CHANNEL, "daily off");
        awaitReply("The daily question is off for this channel");
    }

    @Test
    @DisplayName("a configured reveal time reveals the model answer in the thread the same day")
    void revealTime() {
        bot.command(ADMIN, CHANNEL, "daily on 09:00 Europe/Berlin everyday reveal 17:00");
        var on = awaitReply("Daily question on");
        assertTrue(on.body().contains("model answer at 17:00"), on.body());
        clock.set(Instant.parse("2026-11-25T08:00:00Z"));
        var post = slack.await("chat.postMessage", this::isDailyPost, RunningBot.WAIT);
        String ts = post.answerJson().path("ts").asText();
        clock.set(Instant.parse("2026-11-25T15:59:00Z"));
        slack.assertNoCall("chat.postMessage", c -> ts.equals(c.param("thread_ts")), QUIET);
        clock.set(Instant.parse("2026-11-25T16:00:00Z"));
        var reveal = slack.await("chat.postMessage", c -> ts.equals(c.param("thread_ts")), RunningBot.WAIT);
        assertTrue(RunningBot.blocksText(reveal).contains("Time to compare notes"));
    }

    @Test
    @DisplayName("daily now posts one question at once, without using up the day's scheduled post")
    void postNow() {
        bot.command(ADMIN, CHANNEL, "daily on 09:00 Europe/Berlin everyday");
        awaitReply("Daily question on");
        bot.command(ADMIN, CHANNEL, "daily now");
        var now = slack.await("chat.postMessage", this::isDailyPost, RunningBot.WAIT);
        clock.set(Instant.parse("2026-11-25T08:00:00Z"));
        slack.await("chat.postMessage", c -> isDailyPost(c) && c != now, RunningBot.WAIT);
    }

    /** The question a daily post asks: the text of the section after its header. */
    private static String questionOf(FakeSlack.Call post) {
        var blocks = post.json("blocks");
        for (int i = 0; i + 1 < blocks.size(); i++) {
            if ("header".equals(blocks.get(i).path("type").asText())) {
                return blocks.get(i + 1).path("text").path("text").asText();
            }
        }
        throw new AssertionError("no header in " + post);
    }
}
