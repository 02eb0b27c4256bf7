package dev.mockinterview.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.mockinterview.app.MockInterviewServer;
import dev.mockinterview.config.Config;
import dev.mockinterview.slack.ActionIds;
import dev.mockinterview.testutil.FakeSlack;
import dev.mockinterview.testutil.SignedClient;
import dev.mockinterview.testutil.SlackRequests;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code views.open} needs the click's trigger id within 3 s. The answer form is opened on a path of its own, so
 * it opens while every worker is held in a rate-limit pause; and it is asked for once, never retried.
 */
@DisplayName("The answer form opens within Slack's 3-second trigger window, whatever the workers are doing")
class ModalDeadlineTest {
    private static final String ALICE = "U0ALICE";
    /** The size of the bot's worker pool (MockInterviewServer): every one of them is made to wait. */
    private static final int WORKERS = 8;

    @TempDir
    Path tmp;

    @Test
    @DisplayName("with all workers paused on 429 Retry-After, Answer still opens the form, in one views.open call")
    void opensWhileWorkersWait() throws Exception {
        CountDownLatch paused = new CountDownLatch(WORKERS);
        CountDownLatch release = new CountDownLatch(1);
        try (FakeSlack slack = new FakeSlack()) {
            Config config = new Config(RunningBot.BOT_TOKEN, RunningBot.SECRET, null, 0, slack.apiUrl(),
                    tmp.resolve("mi.db"), dev.mockinterview.testutil.FixtureBanks.E2E);
            MockInterviewServer server = MockInterviewServer.start(config, new MockInterviewServer.Runtime(
                    Clock.systemUTC(), RandomGenerator.of("L64X128MixRandom"), d -> {
                        paused.countDown();
                        release.await(); // held until the end of the test: a pause that outlasts any trigger
                    }, Ticker.systemTicker(), Duration.ofHours(1)));
            try {
                String url = "http://127.0.0.1:" + server.port() + "/slack/events";
                // given Alice has a question
                SignedClient.post(url, SignedClient.FORM, SlackRequests.slashCommand(FakeSlack.TEAM_ID, ALICE, "C1",
                        "/mockinterview", "", slack.responseUrl("alice"), "trigger.alice"), RunningBot.SECRET);
                String value = RunningBot.buttonValue(slack.await("chat.postMessage",
                        c -> ("D" + ALICE).equals(c.param("channel")), RunningBot.WAIT));

                // and every worker is paused on a rate limit with a long Retry-After
                for (int i = 0; i < WORKERS; i++) {
                    slack.enqueueRateLimited("chat.postMessage", 30);
                }
                for (int i = 0; i < WORKERS; i++) {
                    String user = "U0BUSY" + i;
                    SignedClient.post(url, SignedClient.FORM, SlackRequests.slashCommand(FakeSlack.TEAM_ID, user,
                            "C1", "/mockinterview", "", slack.responseUrl(user), "trigger." + user), RunningBot.SECRET);
                }
                assertTrue(paused.await(10, TimeUnit.SECONDS), "all workers are paused");

                // when Alice clicks Answer, and Slack fails the call to views.open
                slack.enqueue("views.open", 500, java.util.Map.of(), "");
                var click = SignedClient.post(url, SignedClient.FORM, SlackRequests.blockAction(FakeSlack.TEAM_ID,
                        ALICE, "D" + ALICE, "1700000000.000100", ActionIds.ANSWER, "mi_actions", value, "Answer",
                        slack.responseUrl("answer"), "trigger.answer"), RunningBot.SECRET);
                assertEquals(200, click.statusCode());

                // then views.open is called at once, within the trigger's 3 s, with the click's trigger id
                var open = slack.await("views.open", Duration.ofSeconds(3));
                assertEquals("trigger.answer", open.param("trigger_id"));
                // and it is not retried (a retry could only fail, or open the form twice): Alice is told instead
                var told = slack.await(FakeSlack.RESPONSE_URL, c -> "answer".equals(c.name()), RunningBot.WAIT);
                assertTrue(told.bodyJson().path("text").asText().length() > 0, told.body());
                assertEquals(1, slack.calls("views.open").size());

                // and a second click, with Slack answering, opens the form, still while the workers wait
                SignedClient.post(url, SignedClient.FORM, SlackRequests.blockAction(FakeSlack.TEAM_ID,
                        ALICE, "D" + ALICE, "1700000000.000100", ActionIds.ANSWER, "mi_actions", value, "Answer",
                        slack.responseUrl("answer-2"), "trigger.answer-2"), RunningBot.SECRET);
                var opened = slack.await("views.open", c -> "trigger.answer-2".equals(c.param("trigger_id")),
                        Duration.ofSeconds(3));
                assertEquals(200, opened.status());
                assertEquals(0, slack.calls("chat.postMessage").stream().filter(c -> c.status() == 200
                        && c.param("channel").startsWith("DU0BUSY")).count(), "the workers were still paused");
            } finally {
                release.countDown();
                server.close();
            }
        }
    }
}
