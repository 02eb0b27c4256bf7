package dev.mockinterview.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.testutil.FakeSlack;
import dev.mockinterview.testutil.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The daily question in a real workspace, end to end with an injected clock, over both transports: any channel member
 * sets up a channel's first daily question; {@code daily now} without a schedule; {@code daily on} refused in DMs
 * and group DMs; {@code app_uninstalled} and {@code tokens_revoked} pause the workspace's daily questions; errors
 * that will not go away ({@code channel_not_found}, {@code token_revoked}) are not retried. Each test has its own bot,
 * since pausing a workspace touches every channel in it.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Transport.class)
class WorkspaceDailyEndToEndTest {
    /** Plain members: neither admin nor owner. */
    private static final String LEAD = "U0LEAD";
    private static final String PEER = "U0PEER";
    private static final String CHANNEL = "C0TEAM";
    private static final String OTHER_CHANNEL = "C0OTHERTEAM";
    private static final Path BANK = dev.mockinterview.testutil.FixtureBanks.E2E;
    private static final Duration TICK = Duration.ofMillis(100);
    /** Five daily ticks: long enough for a retry or a stray post to show. */
    private static final Duration QUIET = Duration.ofMillis(500);
    private static final String REFUSAL = "Only workspace admins, workspace owners or whoever set up the daily "
            + "question can change this channel's daily question.";

    @Parameter
    Transport transport;
    @TempDir
    Path tmp;
    private FakeSlack slack;
    private RunningBot bot;
    private final AtomicInteger replies = new AtomicInteger();
    // Wednesday 25 November 2026, 08:00 in Berlin (UTC+1).
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T07:00:00Z"));

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlack();
        slack.setUser(LEAD, "Europe/Berlin", false, false);
        slack.setUser(PEER, "America/New_York", false, false);
        bot = new RunningBot(transport, slack, tmp.resolve("mi.db"), BANK, clock, TICK);
    }

    @AfterEach
    void stop() {
        try {
            slack.assertNoViolations();
        } finally {
            bot.close();
            slack.close();
        }
    }

    // ------------------------------------------------------------------------------------ who may set it up

    @Test
    @DisplayName("a plain member sets up the channel's first daily question; another plain member may not change it")
    void anyMemberSetsUpTheFirstDailyQuestion() {
        // when a plain channel member (not admin, not owner) turns on the channel's first daily question
        var on = say(LEAD, CHANNEL, "daily on 09:00 Europe/Berlin weekdays");

        // then they are told it is on, privately, and the bot joins the channel to post there
        assertTrue(on.body().contains(":white_check_mark: Daily question on: 09:00 Europe/Berlin, weekdays"),
                on.body());
        assertTrue(on.body().contains("Next question: Wed 25 Nov 09:00 Europe/Berlin"), on.body());
        assertEquals("ephemeral", on.bodyJson().path("response_type").asText());
        slack.await("conversations.join", c -> CHANNEL.equals(c.param("channel")), RunningBot.WAIT);

        // when another plain member tries to change it, or to turn it off
        var change = say(PEER, CHANNEL, "daily on 07:00");
        var off = say(PEER, CHANNEL, "daily off");

        // then both are refused, naming who can change it
        assertTrue(change.body().contains(REFUSAL), change.body());
        assertTrue(off.body().contains(REFUSAL), off.body());

        // and nothing changed: status still shows the first member's schedule
        var status = say(PEER, CHANNEL, "daily status");
        assertTrue(status.body().contains("Daily question on: 09:00 Europe/Berlin, weekdays"), status.body());
        assertTrue(status.body().contains("Set up by <@" + LEAD + ">"), status.body());

        // and whoever set it up may change it (still a plain member), and it is posted at the new time
        var changed = say(LEAD, CHANNEL, "daily on 10:00");
        assertTrue(changed.body().contains("Daily question on: 10:00 Europe/Berlin, weekdays"), changed.body());
        clock.set(Instant.parse("2026-11-25T08:30:00Z"));
        slack.assertNoCall("chat.postMessage", c -> isDailyPost(c, CHANNEL), QUIET);
        clock.set(Instant.parse("2026-11-25T09:00:00Z"));
        slack.await("chat.postMessage", c -> isDailyPost(c, CHANNEL), RunningBot.WAIT);
    }

    @Test
    @DisplayName("daily now without a schedule posts one question at once and sets up no schedule")
    void dailyNowWithoutASchedule() {
        // when a plain member asks for a question now in a channel that has no daily question
        var ack = bot.command(PEER, OTHER_CHANNEL, "daily now");
        assertEquals(200, ack.statusCode());

        // then one daily question is posted in the channel at once, tagged as a daily question
        var post = slack.await("chat.postMessage", c -> isDailyPost(c, OTHER_CHANNEL), RunningBot.WAIT);
        assertEquals("mockinterview_daily_question", post.json("metadata").path("event_type").asText(),
                post.toString());
        assertTrue(post.answerJson().path("ok").asBoolean(), post.toString());
        assertEquals(List.of("Hint", "Model answer"), RunningBot.buttonLabels(post));

        // and no schedule was created: status says there is none
        var status = say(PEER, OTHER_CHANNEL, "daily status");
        assertTrue(status.body().contains("This channel has no daily question"), status.body());

        // and the next morning, at the default time in the asker's zone or any other, nothing more is posted
        clock.set(Instant.parse("2026-11-26T14:00:00Z"));
        slack.assertNoCall("chat.postMessage", c -> isDailyPost(c, OTHER_CHANNEL) && c != post, QUIET);

        // and the channel can still be set up, by any member since it has no schedule
        var on = say(PEER, OTHER_CHANNEL, "daily on 09:00 Europe/Berlin everyday");
        assertTrue(on.body().contains("Daily question on: 09:00 Europe/Berlin, every day"), on.body());
    }

    @Test
    @DisplayName("daily on in a DM or a group DM is refused up front: no schedule, no users.info, no join")
    void dailyOnRefusedInDirectMessages() {
        // when a member types daily on in their DM with the bot (Slack names it "directmessage")
        String dm = "D0LEADDM";
        var inDm = reply(WorkspaceTraffic.command(bot, LEAD, dm, "directmessage", "daily on 09:00 Europe/Berlin",
                slack.responseUrl(nextReply())));

        // and in a group DM, whose id looks like a channel's but whose name says what it is
        String mpdm = "C0MPDM0001";
        var inGroup = reply(WorkspaceTraffic.command(bot, LEAD, mpdm, "mpdm-user-u0lead--user-u0peer-1",
                "daily on", slack.responseUrl(nextReply())));

        // then both are refused, saying the daily question is for channels
        for (var refusal : List.of(inDm, inGroup)) {
            assertTrue(refusal.body().contains("The daily question is for channels"), refusal.body());
            assertEquals("ephemeral", refusal.bodyJson().path("response_type").asText());
            assertFalse(refusal.body().contains("Daily question on"), refusal.body());
        }

        // and the bot neither asked Slack who the user is nor tried to join either conversation
        slack.assertNoCall(null, c -> c.method().equals("users.info") || c.method().equals("conversations.join"),
                QUIET);

        // and no schedule exists there: status says so, and no question is posted at 09:00
        var dmStatus = reply(WorkspaceTraffic.command(bot, LEAD, dm, "directmessage", "daily status",
                slack.responseUrl(nextReply())));
        assertTrue(dmStatus.body().contains("This channel has no daily question"), dmStatus.body());
        var groupStatus = reply(WorkspaceTraffic.command(bot, LEAD, mpdm, "mpdm-user-u0lead--user-u0peer-1",
                "daily status", slack.responseUrl(nextReply())));
        assertTrue(groupStatus.body().contains("This channel has no daily question"), groupStatus.body());
        clock.set(Instant.parse("2026-11-25T08:00:00Z"));
        slack.assertNoCall("chat.postMessage", c -> dm.equals(c.param("channel")) || mpdm.equals(c.param("channel")),
                QUIET);

        // and the same member can set it up in a channel at once
        var on = say(LEAD, CHANNEL, "daily on 10:00 Europe/Berlin everyday");
        assertTrue(on.body().contains("Daily question on: 10:00 Europe/Berlin, every day"), on.body());
        slack.await("users.info", c -> LEAD.equals(c.param("user")), RunningBot.WAIT);
        slack.await("conversations.join", c -> CHANNEL.equals(c.param("channel")), RunningBot.WAIT);
    }

    // ---------------------------------------------------------------------------------------- uninstalled

    @Test
    @DisplayName("app_uninstalled pauses every daily question of the workspace, settings kept, nothing posted")
    void appUninstalledPausesTheWorkspace() {
        // given two channels with a daily question on, at 09:00 and 10:00 Berlin time
        say(LEAD, CHANNEL, "daily on 09:00 Europe/Berlin everyday reveal 17:00");
        say(PEER, OTHER_CHANNEL, "daily on 10:00 Europe/Berlin weekdays");

        // when Slack says the app was uninstalled from the workspace
        assertEquals(200, bot.event(WorkspaceTraffic.appUninstalled(), "EvUNINSTALL").statusCode());

        // then both are paused, their settings kept
        var status = awaitStatus(LEAD, CHANNEL, "Daily question off");
        assertTrue(status.body().contains("Daily question off (was: 09:00 Europe/Berlin, every day, all categories, "
                + "model answer at 17:00"), status.body());
        var other = awaitStatus(PEER, OTHER_CHANNEL, "Daily question off");
        assertTrue(other.body().contains("(was: 10:00 Europe/Berlin, weekdays"), other.body());

        // and no question is posted at either slot
        clock.set(Instant.parse("2026-11-25T08:00:00Z"));
        slack.assertNoCall("chat.postMessage", c -> isDailyPost(c, CHANNEL), QUIET);
        clock.set(Instant.parse("2026-11-25T09:00:00Z"));
        slack.assertNoCall("chat.postMessage", c -> isDailyPost(c, OTHER_CHANNEL), QUIET);

        // and once the app is back, daily on turns it on again with the kept settings, and it is posted
        var again = say(LEAD, CHANNEL, "daily on");
        assertTrue(again.body().contains("Daily question on: 09:00 Europe/Berlin, every day, all categories, "
                + "model answer at 17:00"), again.body());
        clock.set(Instant.parse("2026-11-26T08:00:00Z"));
        slack.await("chat.postMessage", c -> isDailyPost(c, CHANNEL), RunningBot.WAIT);
        awaitStatus(LEAD, CHANNEL, "Last question: 2026-11-26 (posted)");
    }

    @Test
    @DisplayName("tokens_revoked with the bot's token pauses the workspace's daily questions; user tokens alone do not")
    void tokensRevokedPausesTheWorkspace() {
        // given a channel with a daily question on
        say(LEAD, CHANNEL, "daily on 09:00 Europe/Berlin everyday");

        // when only a user token is revoked (the bot's works on)
        assertEquals(200, bot.event(WorkspaceTraffic.tokensRevoked(List.of(LEAD), List.of()), "EvREVOKEUSER")
                .statusCode());

        // then the daily question stays on (checked once the event has had time to be acted on)
        settle(Duration.ofMillis(300));
        var still = say(LEAD, CHANNEL, "daily status");
        assertTrue(still.body().contains("Daily question on: 09:00 Europe/Berlin"), still.body());

        // when the bot's token is revoked
        assertEquals(200, bot.event(WorkspaceTraffic.tokensRevoked(List.of(), List.of(FakeSlack.BOT_USER_ID)),
                "EvREVOKEBOT").statusCode());

        // then the daily question is paused, settings kept, and nothing is posted at 09:00
        var status = awaitStatus(LEAD, CHANNEL, "Daily question off");
        assertTrue(status.body().contains("(was: 09:00 Europe/Berlin, every day"), status.body());
        clock.set(Instant.parse("2026-11-25T08:00:00Z"));
        slack.assertNoCall("chat.postMessage", c -> isDailyPost(c, CHANNEL), QUIET);

        // and the bot still answers: an interview starts in the member's DM
        bot.command(LEAD, CHANNEL, "");
        slack.await("chat.postMessage", c -> ("D" + LEAD).equals(c.param("channel"))
                && RunningBot.blocksText(c).contains("Question 1"), RunningBot.WAIT);
    }

    // ------------------------------------------------------------------------------------ permanent errors

    @Test
    @DisplayName("channel_not_found: the post is not retried, its creator gets exactly one DM, the schedule stays on")
    void channelNotFoundIsNotRetried() {
        // given a daily question set up by a plain member
        say(LEAD, CHANNEL, "daily on 09:00 Europe/Berlin everyday");

        // when its post gets channel_not_found
        slack.enqueueError("chat.postMessage", "channel_not_found");
        clock.set(Instant.parse("2026-11-25T08:00:00Z"));

        // then whoever set it up is told, in a DM, naming the error
        var dm = slack.await("chat.postMessage", c -> isNoticeTo(c, LEAD), RunningBot.WAIT);
        assertTrue(dm.param("text").contains("channel_not_found"), dm.param("text"));

        // and over later ticks (minutes later, too) the post is not tried again, and no second DM is sent
        clock.set(Instant.parse("2026-11-25T08:05:00Z"));
        slack.assertNoCall("chat.postMessage", c -> (isDailyPost(c, CHANNEL) && c.answerJson().path("ok").asBoolean())
                || (isNoticeTo(c, LEAD) && c != dm), QUIET);
        assertEquals(1, slack.calls("chat.postMessage").stream().filter(c -> isDailyPost(c, CHANNEL)).count(),
                "one attempt: " + slack.calls("chat.postMessage"));
        var status = say(LEAD, CHANNEL, "daily status");
        assertTrue(status.body().contains("failed: channel_not_found"), status.body());

        // and the schedule stays on: the next day's question is posted
        assertTrue(status.body().contains("Daily question on"), status.body());
        clock.set(Instant.parse("2026-11-26T08:00:00Z"));
        var next = slack.await("chat.postMessage", c -> isDailyPost(c, CHANNEL) && c.answerJson().path("ok")
                .asBoolean(), RunningBot.WAIT);
        assertTrue(next.answerJson().path("ok").asBoolean());
    }

    @Test
    @DisplayName("token_revoked: the post is not retried, nobody is DMed, and the workspace's schedules are paused")
    void tokenRevokedPausesTheWorkspace() {
        // given two channels with a daily question on, at 09:00 and 10:00 Berlin time
        say(LEAD, CHANNEL, "daily on 09:00 Europe/Berlin everyday");
        say(PEER, OTHER_CHANNEL, "daily on 10:00 Europe/Berlin everyday");
        int callsBefore = slack.calls().size();

        // when the 09:00 post gets token_revoked
        slack.enqueueError("chat.postMessage", "token_revoked");
        clock.set(Instant.parse("2026-11-25T08:00:00Z"));
        var failed = slack.await("chat.postMessage", c -> isDailyPost(c, CHANNEL), RunningBot.WAIT);
        assertTrue(failed.answer().contains("token_revoked"), failed.toString());

        // then both schedules are paused
        var status = awaitStatus(LEAD, CHANNEL, "Daily question off");
        assertTrue(status.body().contains("(was: 09:00 Europe/Berlin, every day"), status.body());
        var other = awaitStatus(PEER, OTHER_CHANNEL, "Daily question off");
        assertTrue(other.body().contains("(was: 10:00 Europe/Berlin, every day"), other.body());

        // and the post is not tried again, nobody is DMed, and nothing is posted at 10:00 either
        clock.set(Instant.parse("2026-11-25T09:00:00Z"));
        slack.assertNoCall(null, c -> (isDailyPost(c, CHANNEL) && c != failed) || isDailyPost(c, OTHER_CHANNEL)
                || c.method().equals("conversations.open"), QUIET);
        for (FakeSlack.Call c : slack.calls().subList(callsBefore, slack.calls().size())) {
            assertFalse(c.method().equals("chat.postMessage") && c.param("channel").startsWith("D"),
                    "nobody is DMed: " + c);
        }

        // and once the app is reinstalled (after today's 10:00), the channel's member turns it on again, and the
        // next day's question is posted
        clock.set(Instant.parse("2026-11-25T09:30:00Z"));
        var on = say(PEER, OTHER_CHANNEL, "daily on");
        assertTrue(on.body().contains("Daily question on: 10:00 Europe/Berlin, every day"), on.body());
        clock.set(Instant.parse("2026-11-26T09:00:00Z"));
        var next = slack.await("chat.postMessage", c -> isDailyPost(c, OTHER_CHANNEL), RunningBot.WAIT);
        assertTrue(next.answerJson().path("ok").asBoolean(), next.toString());
        awaitStatus(PEER, OTHER_CHANNEL, "Last question: 2026-11-26 (posted)");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** A command in a channel, and its reply through the response_url. */
    private FakeSlack.Call say(String user, String channel, String text) {
        String name = nextReply();
        assertEquals(200, bot.command(user, channel, text, name).statusCode());
        return slack.await(FakeSlack.RESPONSE_URL, c -> name.equals(c.name()), RunningBot.WAIT);
    }

    /** Asks for the channel's status until it says {@code needle}: the event that changes it is acted on after its ack. */
    private FakeSlack.Call awaitStatus(String user, String channel, String needle) {
        long deadline = System.nanoTime() + RunningBot.WAIT.toNanos();
        while (true) {
            var status = say(user, channel, "daily status");
            if (status.body().contains(needle) || System.nanoTime() > deadline) {
                assertTrue(status.body().contains(needle), status.body());
                return status;
            }
            settle(Duration.ofMillis(100));
        }
    }

    /** Lets background work run for a while (waits on the fake's calls, matching none). */
    private void settle(Duration time) {
        slack.assertNoCall(null, c -> false, time);
    }

    private FakeSlack.Call reply(BotResponse ack) {
        assertEquals(200, ack.statusCode(), ack.body());
        String name = "ws-reply-" + replies.get();
        return slack.await(FakeSlack.RESPONSE_URL, c -> name.equals(c.name()), RunningBot.WAIT);
    }

    private String nextReply() {
        return "ws-reply-" + replies.incrementAndGet();
    }

    private static boolean isDailyPost(FakeSlack.Call c, String channel) {
        return channel.equals(c.param("channel")) && c.param("thread_ts") == null
                && c.param("text") != null && c.param("text").startsWith("Daily interview question");
    }

    private static boolean isNoticeTo(FakeSlack.Call c, String user) {
        return c.method().equals("chat.postMessage") && ("D" + user).equals(c.param("channel"))
                && c.param("text") != null && c.param("text").contains("could not post the daily interview question");
    }
}
