package dev.mockinterview.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mockinterview.daily.DailySchedule;
import dev.mockinterview.slack.SlackGateway;
import dev.mockinterview.storage.Database;
import dev.mockinterview.storage.SqliteDailyStore;
import dev.mockinterview.testutil.FakeSlack;
import dev.mockinterview.testutil.MutableClock;
import dev.mockinterview.testutil.SlackRequests;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A process that died between claiming a day's post and recording it as sent: on restart the bot looks for the
 * message in the channel (by its metadata) before posting, so the crash causes neither a lost nor a second post.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Transport.class)
class DailyCrashRecoveryTest {
    private static final String CHANNEL = "C0DAILY";
    private static final String QUESTION = "backend-senior-13-distributed-rate-limiter";

    @Parameter
    Transport transport;
    @TempDir
    Path tmp;
    private FakeSlack slack;
    private RunningBot bot;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T08:05:00Z"));
    private long postId;

    @BeforeEach
    void crashedMidPost() {
        slack = new FakeSlack();
        // given: yesterday's process claimed today's 09:00 Berlin post two minutes ago, then died
        try (Database db = Database.open(tmp.resolve("mi.db"))) {
            var store = new SqliteDailyStore(db);
            store.saveSchedule(new DailySchedule(FakeSlack.TEAM_ID, CHANNEL, LocalTime.of(9, 0),
                    ZoneId.of("Europe/Berlin"), DailySchedule.EVERY_DAY, null, "U0ADMIN", true, null),
                    clock.instant().minusSeconds(3600));
            postId = store.claim(FakeSlack.TEAM_ID, CHANNEL, LocalDate.parse("2026-11-25"), QUESTION,
                    clock.instant().minusSeconds(120), false).orElseThrow().id();
        }
    }

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        slack.close();
    }

    private boolean dailyPost(FakeSlack.Call c) {
        return CHANNEL.equals(c.param("channel")) && c.param("text") != null
                && c.param("text").startsWith("Daily interview question");
    }

    @Test
    @DisplayName("the message had gone out before the crash: it is found and recorded, not posted again")
    void postedBeforeCrash() throws Exception {
        // given the message is in the channel, tagged with the post id
        Map<String, String> form = new LinkedHashMap<>();
        form.put("channel", CHANNEL);
        form.put("text", "Daily interview question: How would you design a rate limiter?");
        form.put("metadata", "{\"event_type\":\"" + SlackGateway.DAILY_EVENT_TYPE
                + "\",\"event_payload\":{\"post_id\":\"" + postId + "\"}}");
        HttpResponse<String> sent = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(slack.apiUrl() + "chat.postMessage"))
                .header("Authorization", "Bearer xoxb-earlier-process")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(SlackRequests.formEncode(form))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, sent.statusCode());
        var earlier = slack.await("chat.postMessage", this::dailyPost, RunningBot.WAIT);

        // when the bot starts again
        bot = new RunningBot(transport, slack, tmp.resolve("mi.db"), dev.mockinterview.testutil.FixtureBanks.E2E, clock,
                Duration.ofMillis(100));

        // then it checks the channel and does not post a second time
        slack.await("conversations.history", c -> CHANNEL.equals(c.param("channel")), RunningBot.WAIT);
        slack.assertNoCall("chat.postMessage", c -> dailyPost(c) && c != earlier, Duration.ofMillis(1000));
        bot.command("U0ADMIN", CHANNEL, "daily status");
        slack.await(FakeSlack.RESPONSE_URL, c -> c.body().contains("2026-11-25 (posted)"), RunningBot.WAIT);
    }

    @Test
    @DisplayName("the message never went out: it is posted once after the restart")
    void crashedBeforePosting() throws Exception {
        bot = new RunningBot(transport, slack, tmp.resolve("mi.db"), dev.mockinterview.testutil.FixtureBanks.E2E, clock,
                Duration.ofMillis(100));
        var post = slack.await("chat.postMessage", this::dailyPost, RunningBot.WAIT);
        assertEquals(String.valueOf(postId), RunningBot.buttonValue(post));
        slack.assertNoCall("chat.postMessage", c -> dailyPost(c) && c != post, Duration.ofMillis(1000));
        bot.command("U0ADMIN", CHANNEL, "daily status");
        slack.await(FakeSlack.RESPONSE_URL, c -> c.body().contains("2026-11-25 (posted)"), RunningBot.WAIT);
    }
}
