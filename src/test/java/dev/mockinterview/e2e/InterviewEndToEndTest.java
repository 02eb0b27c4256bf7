package dev.mockinterview.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockinterview.slack.ActionIds;
import dev.mockinterview.testutil.FakeSlack;
import dev.mockinterview.testutil.SignedClient;
import dev.mockinterview.testutil.SlackRequests;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * Whole interviews against the real app and a fake Slack, over both transports: signed HTTP requests, and Socket
 * Mode envelopes. What is about the HTTP transport itself (signatures, replays, body size, health) is in
 * {@link HttpTransportEndToEndTest}.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Transport.class)
class InterviewEndToEndTest {
    private static final String ALICE = "U0ALICE";
    private static final String MALLORY = "U0MALLORY";
    private static final Path BANK = dev.mockinterview.testutil.FixtureBanks.E2E;
    private static final Duration QUIET = Duration.ofMillis(700);

    @Parameter
    Transport transport;
    @TempDir
    Path tmp;
    private FakeSlack slack;
    private RunningBot bot;

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlack();
        bot = new RunningBot(transport, slack, tmp.resolve("mi.db"), BANK);
    }

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        slack.close();
    }

    @Test
    @DisplayName("a whole interview: command, every button, the modal, and a restart on the same database")
    void wholeInterview() throws Exception {
        // given a user starting an interview
        BotResponse ack = bot.command(ALICE, "");
        assertEquals(200, ack.statusCode());
        JsonNode ackBody = new ObjectMapper().readTree(ack.body());
        assertEquals("ephemeral", ackBody.path("response_type").asText());
        assertTrue(ack.body().contains("your question is in your DM"), ack.body());

        // then the question arrives in the DM opened with conversations.open, with the five buttons
        var open = slack.await("conversations.open", RunningBot.WAIT);
        assertEquals(ALICE, open.param("users"));
        assertEquals(RunningBot.BOT_TOKEN, open.token());
        var card = bot.awaitPost("Question 1");
        assertEquals("D" + ALICE, card.param("channel"));
        assertEquals(List.of("Hint", "Model answer", "Answer", "Next question", "End"), RunningBot.buttonLabels(card));
        assertTrue(RunningBot.blocksText(card).contains("· Senior backend"), "category and level shown");
        String value = RunningBot.buttonValue(card);

        // when hints are asked for one by one, each is the next rung of the ladder
        String[] titles = {"Answer framework", "Key points to mention", "Key terminology", "What interviewers look for"};
        for (int i = 0; i < titles.length; i++) {
            assertEquals(200, bot.click(ALICE, ActionIds.HINT, value).statusCode());
            bot.awaitPost("Hint " + (i + 1) + " of 4: " + titles[i]);
        }
        assertTrue(RunningBot.blocksText(bot.awaitPost("Hint 4 of 4")).contains("That was the last hint"));
        bot.click(ALICE, ActionIds.HINT, value);
        bot.awaitPost("You have seen all 4 hints");

        // when the user opens the Answer modal and submits non-ASCII text
        bot.click(ALICE, ActionIds.ANSWER, value);
        var modal = slack.await("views.open", RunningBot.WAIT);
        assertTrue(modal.param("trigger_id").startsWith("trigger."));
        String metadata = modal.json("view").path("private_metadata").asText();
        assertEquals(value, metadata);
        String answer = "Café-grade résumé: I led the rewrite 🎉 and cut p99 latency from 500 ms to 30 ms <!channel>";
        BotResponse submitted = bot.submitAnswer(ALICE, metadata, answer);
        assertEquals(200, submitted.statusCode());

        // then it is saved and quoted back, displayed safely (no @channel ping)
        var saved = bot.awaitPost("Answer saved");
        String savedBlocks = RunningBot.blocksText(saved);
        assertTrue(savedBlocks.contains("Café-grade résumé"), savedBlocks);
        assertTrue(savedBlocks.contains("🎉"), savedBlocks);
        assertTrue(savedBlocks.contains("&lt;!channel&gt;"), "mention escaped: " + savedBlocks);

        // when the model answer is revealed, the user's answer is beside it
        bot.click(ALICE, ActionIds.MODEL_ANSWER, value);
        var model = bot.awaitPost("STAR example");
        String modelBlocks = RunningBot.blocksText(model);
        assertTrue(modelBlocks.contains("STAR example") && modelBlocks.contains("How to answer")
                && modelBlocks.contains("Common mistakes to avoid") && modelBlocks.contains("Your answer"), modelBlocks);
        assertTrue(modelBlocks.contains("Café-grade résumé"));

        // when the next question is asked for, it is a different one
        bot.click(ALICE, ActionIds.NEXT, value);
        var second = bot.awaitPost("Question 2");
        String secondValue = RunningBot.buttonValue(second);
        assertNotEquals(value, secondValue);

        // when the bot restarts on the same database, the user continues where they were
        bot.close();
        bot = new RunningBot(transport, slack, tmp.resolve("mi.db"), BANK);
        bot.command(ALICE, "");
        var resumed = slack.await("chat.postMessage",
                c -> RunningBot.blocksText(c).contains("Picking up where you left off"), RunningBot.WAIT);
        assertEquals(secondValue, RunningBot.buttonValue(resumed));
        assertTrue(RunningBot.blocksText(resumed).contains("Question 2"));

        // when the interview ends, the summary counts questions and hints
        bot.click(ALICE, ActionIds.END, secondValue);
        var summary = bot.awaitPost("Interview finished");
        String summaryBlocks = RunningBot.blocksText(summary);
        assertTrue(summaryBlocks.contains("*Questions*\\n2"), summaryBlocks);
        assertTrue(summaryBlocks.contains("*Hints used*\\n4"), summaryBlocks);
        assertTrue(summaryBlocks.contains("*Answers written*\\n1"), summaryBlocks);

        slack.assertNoViolations();
    }

    @Test
    @DisplayName("another user's click gets an ephemeral explanation and changes nothing")
    void anotherUsersClick() {
        // given Alice's question
        bot.command(ALICE, "");
        String value = RunningBot.buttonValue(bot.awaitPost("Question 1"));
        Instant mark = Instant.now();

        // when Mallory clicks Hint with Alice's button value
        assertEquals(200, bot.click(MALLORY, ActionIds.HINT, value).statusCode());

        // then Mallory is told, ephemerally, and nothing is posted
        var reply = slack.await(FakeSlack.RESPONSE_URL, c -> c.body().contains("belongs to someone else"), RunningBot.WAIT);
        assertEquals("ephemeral", reply.bodyJson().path("response_type").asText());
        slack.assertNoCall("chat.postMessage", c -> c.receivedAt().isAfter(mark), QUIET);

        // and Alice's first hint is still hint 1
        bot.click(ALICE, ActionIds.HINT, value);
        bot.awaitPost("Hint 1 of 4");
    }

    @Test
    @DisplayName("a click delivered again is acked but never posts twice; the next click is answered")
    void redeliveredClickPostsOnce() {
        // given a question and one hint click
        bot.command(ALICE, "");
        String value = RunningBot.buttonValue(bot.awaitPost("Question 1"));
        ObjectNode click = bot.clickPayload(ALICE, ActionIds.HINT, value, "retry");
        assertEquals(200, bot.interactive(click).statusCode());
        bot.awaitPost("Hint 1 of 4");

        // when the same click arrives twice more: over HTTP redelivered with X-Slack-Retry-Num (signed afresh, as
        // Slack does) and then unmarked; over Socket Mode in two new envelopes
        int retried;
        int duplicate;
        if (transport == Transport.HTTP) {
            String body = SlackRequests.interactivityForm(click);
            long now = Instant.now().getEpochSecond();
            retried = SignedClient.post(bot.eventsUrl(), SignedClient.FORM, body, RunningBot.SECRET, now + 1,
                    Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout")).statusCode();
            duplicate = SignedClient.post(bot.eventsUrl(), SignedClient.FORM, body, RunningBot.SECRET, now + 2)
                    .statusCode();
        } else {
            retried = bot.interactive(click).statusCode();
            duplicate = bot.interactive(click).statusCode();
        }

        // then both are acked and no second hint is posted
        assertEquals(200, retried);
        assertEquals(200, duplicate);
        slack.assertNoCall("chat.postMessage", c -> RunningBot.blocksText(c).contains("Hint 2 of 4"), QUIET);

        // and the bot is still answering: a new click on Hint gets the second hint, once
        assertEquals(200, bot.click(ALICE, ActionIds.HINT, value).statusCode());
        var second = bot.awaitPost("Hint 2 of 4");
        slack.assertNoCall("chat.postMessage", c -> c != second && RunningBot.blocksText(c).contains("Hint 2 of 4"),
                QUIET);
    }

    @Test
    @DisplayName("help, unknown text with a suggestion, and a category start")
    void commands() throws Exception {
        // when help is asked for
        var help = bot.command(ALICE, "help");
        assertEquals(200, help.statusCode());
        String helpText = new ObjectMapper().readTree(help.body()).path("blocks").toString();
        assertTrue(helpText.contains("/mockinterview help"), helpText);
        assertTrue(helpText.contains("`system-design` (5)"), helpText);

        // when a typo is made
        var typo = bot.command(ALICE, "sytem-design");
        String typoText = new ObjectMapper().readTree(typo.body()).path("blocks").toString();
        assertTrue(typoText.contains("I don't know `sytem-design`"), typoText);
        assertTrue(typoText.contains("Did you mean `/mockinterview system-design`?"), typoText);

        // when a category is chosen, the question is from that category
        bot.command(ALICE, "system-design");
        var card = bot.awaitPost("Question 1");
        assertTrue(RunningBot.blocksText(card).contains("System design ·"), RunningBot.blocksText(card));
        slack.assertNoViolations();
    }

    @Test
    @DisplayName("an empty answer keeps the modal open with an error")
    void emptyAnswer() throws Exception {
        bot.command(ALICE, "");
        String value = RunningBot.buttonValue(bot.awaitPost("Question 1"));
        var response = bot.submitAnswer(ALICE, value, "   ");
        assertEquals(200, response.statusCode());
        JsonNode json = new ObjectMapper().readTree(response.body());
        assertEquals("errors", json.path("response_action").asText());
        assertEquals("Write an answer before saving.", json.path("errors").path("answer").asText());

        // when the user then writes an answer in the same modal and submits again, it is saved
        assertEquals(200, bot.submitAnswer(ALICE, value, "My answer after all").statusCode());
        assertTrue(RunningBot.blocksText(bot.awaitPost("Answer saved")).contains("My answer after all"));
    }
}
