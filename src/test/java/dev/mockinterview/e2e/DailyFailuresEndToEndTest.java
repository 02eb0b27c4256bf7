package dev.mockinterview.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * A daily post that Slack refuses is retried within limits or reported to whoever set it up; never dropped silently.
 * Over both transports.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Transport.class)
class DailyFailuresEndToEndTest {
    private static final String ADMIN = "U0ADMIN";
    private static final String CHANNEL = "C0DAILY";

    @Parameter
    Transport transport;
    @TempDir
    Path tmp;
    private FakeSlack slack;
    private RunningBot bot;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T07:00:00Z"));

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlack();
        slack.setUser(ADMIN, "Europe/Berlin", true, false);
        bot = new RunningBot(transport, slack, tmp.resolve("mi.db"), dev.mockinterview.testutil.FixtureBanks.E2E, clock,
                Duration.ofMillis(100));
        bot.command(ADMIN, CHANNEL, "daily on 09:00 Europe/Berlin everyday");
        slack.await(FakeSlack.RESPONSE_URL, c -> c.body().contains("Daily question on"), RunningBot.WAIT);
    }

    @AfterEach
    void stop() {
        bot.close();
        slack.close();
    }

    private boolean dailyPost(FakeSlack.Call c) {
        return CHANNEL.equals(c.param("channel")) && c.param("text") != null
                && c.param("text").startsWith("Daily interview question");
    }

    @Test
    @DisplayName("rate limited: the post waits for Retry-After and goes out once")
    void rateLimited() {
        slack.enqueueRateLimited("chat.postMessage", 7);
        clock.set(Instant.parse("2026-11-25T08:00:00Z"));
        var posts = slack.awaitCount("chat.postMessage", this::dailyPost, 2, RunningBot.WAIT);
        assertEquals(429, posts.get(0).status());
        assertEquals(200, posts.get(1).status());
        assertTrue(bot.retryWaits.contains(Duration.ofSeconds(7)), "Retry-After honoured: " + bot.retryWaits);
        slack.assertNoCall("chat.postMessage", c -> dailyPost(c) && c != posts.get(0) && c != posts.get(1),
                Duration.ofMillis(800));
        bot.command(ADMIN, CHANNEL, "daily status");
        slack.await(FakeSlack.RESPONSE_URL, c -> c.body().contains("2026-11-25 (posted)"), RunningBot.WAIT);
    }

    @Test
    @DisplayName("removed from the channel: the bot joins again and posts")
    void notInChannel() {
        slack.enqueueError("chat.postMessage", "not_in_channel");
        clock.set(Instant.parse("2026-11-25T08:00:00Z"));
        slack.awaitCount("conversations.join", c -> CHANNEL.equals(c.param("channel")), 2, RunningBot.WAIT);
        var posts = slack.awaitCount("chat.postMessage", this::dailyPost, 2, RunningBot.WAIT);
        assertTrue(posts.get(1).answer().contains("\"ok\":true"), posts.get(1).answer());
    }

    @Test
    @DisplayName("channel gone: the post is given up at once and whoever set it up is told in a DM")
    void channelNotFound() {
        slack.enqueueError("chat.postMessage", "channel_not_found");
        clock.set(Instant.parse("2026-11-25T08:00:00Z"));
        var dm = slack.await("chat.postMessage", c -> ("D" + ADMIN).equals(c.param("channel"))
                && c.param("text").contains("could not post the daily interview question"), RunningBot.WAIT);
        assertTrue(dm.param("text").contains("channel_not_found"), dm.param("text"));
        bot.command(ADMIN, CHANNEL, "daily status");
        slack.await(FakeSlack.RESPONSE_URL, c -> c.body().contains("failed: channel_not_found"), RunningBot.WAIT);
        slack.assertNoCall("chat.postMessage", c -> dailyPost(c) && c.answer().contains("\"ok\":true"),
                Duration.ofMillis(800));

        // and the bot still answers: the admin's own interview starts in their DM
        bot.command(ADMIN, "");
        assertEquals("D" + ADMIN, slack.await("chat.postMessage", c -> ("D" + ADMIN).equals(c.param("channel"))
                && RunningBot.blocksText(c).contains("Question 1"), RunningBot.WAIT).param("channel"));
    }
}
