package dev.mockinterview.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockinterview.slack.ActionIds;
import dev.mockinterview.testutil.FakeSlack;
import dev.mockinterview.testutil.SlackRequests;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bot's Messages tab, end to end over both transports: the welcome on the first visit only, a plain message
 * answered with how to start or offered as the answer to the open question (saved with one click), thread replies
 * that Slack sends as {@code thread_broadcast} or {@code file_share} taken as answers, Slack's markup in a reply made
 * plain, and messages from bots (other bots, integrations, the bot itself) left alone. One bot per transport serves
 * every test; each test has users of its own.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Transport.class)
class MessagesTabEndToEndTest {
    private static final Path BANK = dev.mockinterview.testutil.FixtureBanks.E2E;
    private static final Duration QUIET = Duration.ofMillis(600);
    private static final AtomicInteger USERS = new AtomicInteger();
    private static final AtomicInteger EVENTS = new AtomicInteger();
    private static final String ANSWER = "I would put a queue in front of the writes, shard by user id, and cache "
            + "the hot reads in Redis; p99 went from 800 ms to 90 ms.";

    @TempDir
    static Path tmp;
    private static FakeSlack slack;
    private static RunningBot bot;
    private static Path db;

    /** The transport comes in through the constructor, so the per-transport set-up below can take it too. */
    MessagesTabEndToEndTest(Transport transport) {
        assertNotNull(transport);
    }

    @BeforeParameterizedClassInvocation
    static void start(Transport transport) throws Exception {
        slack = new FakeSlack();
        db = tmp.resolve("messages-tab-" + transport + ".db");
        bot = new RunningBot(transport, slack, db, BANK);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        try {
            slack.assertNoViolations();
        } finally {
            bot.close();
            slack.close();
        }
    }

    // ------------------------------------------------------------------------------------------------ welcome

    @Test
    @DisplayName("the first visit to the Messages tab gets a welcome in the DM; the second gets none")
    void welcomeOnce() {
        String user = newUser();

        // when the user opens the bot's Messages tab for the first time (app_home_opened, tab "messages", no view)
        assertEquals(200, bot.event(SlackRequests.appHomeOpened(user, dm(user), "messages"), eventId()).statusCode());

        // then a welcome is posted in their DM, saying how to start
        var welcome = awaitDm(user, "Hi! I run mock job interviews");
        assertTrue(RunningBot.blocksText(welcome).contains("/mockinterview"), RunningBot.blocksText(welcome));
        assertNull(welcome.param("thread_ts"), welcome.toString());

        // when they open it again
        assertEquals(200, bot.event(SlackRequests.appHomeOpened(user, dm(user), "messages"), eventId()).statusCode());

        // then no second welcome is posted, and no Home view is published for the Messages tab
        slack.assertNoCall(null, c -> (c != welcome && isDmPost(c, user))
                || (c.method().equals("views.publish") && user.equals(c.param("user_id"))), QUIET);

        // and the bot still answers in that DM: a message gets the word on how to start
        sendPlain(user, "hello?");
        awaitDm(user, "I only read answers to interview questions");
    }

    // ------------------------------------------------------------------------------------------ plain messages

    @Test
    @DisplayName("a plain DM message with no interview open gets how to start, mentioning /mockinterview")
    void plainMessageWithoutAnInterview() {
        String user = newUser();

        // when a user with no interview writes to the bot (not in a thread)
        sendPlain(user, "how does this work?");

        // then the bot says how to start, in the DM, not in a thread
        var howTo = awaitDm(user, "I only read answers to interview questions");
        String text = RunningBot.blocksText(howTo);
        assertTrue(text.contains("`/mockinterview`"), text);
        assertNull(howTo.param("thread_ts"), howTo.toString());
        assertTrue(WorkspaceTraffic.storedAnswers(db, user).isEmpty());
    }

    @Test
    @DisplayName("with a question open, a plain DM message is offered as the answer; Save as my answer saves it")
    void plainMessageOfferedAsTheAnswer() {
        // given a user with a question open
        String user = newUser();
        bot.command(user, "");
        var card = awaitDm(user, "Question 1");

        // when they write their answer as a plain message in the DM (not in the question's thread)
        sendPlain(user, ANSWER);

        // then the bot asks whether it is their answer to question 1, quoting it, with a Save button
        var offer = awaitDm(user, "Is this your answer to *Question 1*?");
        String offerText = RunningBot.blocksText(offer);
        assertTrue(offerText.contains("&gt; I would put a queue in front of the writes"), offerText);
        JsonNode save = button(offer, ActionIds.SAVE_OFFERED);
        assertEquals("Save as my answer", save.path("text").path("text").asText());
        assertTrue(WorkspaceTraffic.storedAnswers(db, user).isEmpty(), "nothing saved before the click");

        // when someone else clicks that button, nothing is saved
        String mallory = newUser();
        bot.click(mallory, ActionIds.SAVE_OFFERED, save.path("value").asText());
        slack.await(FakeSlack.RESPONSE_URL, c -> c.body().contains("not yours to save"), RunningBot.WAIT);
        assertTrue(WorkspaceTraffic.storedAnswers(db, user).isEmpty());
        assertTrue(WorkspaceTraffic.storedAnswers(db, mallory).isEmpty());

        // when the user clicks Save as my answer
        bot.click(user, ActionIds.SAVE_OFFERED, save.path("value").asText());

        // then the answer is saved, with feedback, and stored as written
        var saved = awaitDm(user, "Answer saved");
        assertTrue(RunningBot.blocksText(saved).contains("Score:"), RunningBot.blocksText(saved));
        assertEquals(List.of(ANSWER), WorkspaceTraffic.storedAnswers(db, user));

        // and a second click saves nothing more, and says so
        bot.click(user, ActionIds.SAVE_OFFERED, save.path("value").asText());
        slack.await(FakeSlack.RESPONSE_URL, c -> c.body().contains("already saved as your answer"), RunningBot.WAIT);
        assertEquals(List.of(ANSWER), WorkspaceTraffic.storedAnswers(db, user));
        assertEquals(1, slack.calls("chat.postMessage").stream().filter(c -> ("D" + user).equals(c.param("channel"))
                && RunningBot.blocksText(c).contains("Answer saved")).count());

        // and history lists it
        bot.command(user, "C0GENERAL", "history", "history-" + user);
        var history = slack.await(FakeSlack.RESPONSE_URL, c -> ("history-" + user).equals(c.name()), RunningBot.WAIT);
        assertTrue(history.body().contains("I would put a queue in front of the writes"), history.body());

        // and the interview goes on: Next question is posted
        bot.click(user, ActionIds.NEXT, RunningBot.buttonValue(card));
        awaitDm(user, "Question 2");
    }

    // ----------------------------------------------------------------------------------- message subtypes

    @Test
    @DisplayName("thread replies sent as thread_broadcast and as file_share are saved as answers, feedback in the thread")
    void threadBroadcastAndFileShareReplies() {
        // given a user with a question open
        String user = newUser();
        bot.command(user, "");
        var card = awaitDm(user, "Question 1");
        String cardTs = card.answerJson().path("ts").asText();

        // when they reply in the question's thread and also send the reply to the conversation (thread_broadcast)
        String broadcast = "Broadcast answer: " + ANSWER;
        assertEquals(200, bot.event(WorkspaceTraffic.threadBroadcast(user, dm(user), broadcast, nextTs(), cardTs),
                eventId()).statusCode());

        // then it is saved as the answer, with feedback in that thread
        var first = slack.await("chat.postMessage", c -> isDmPost(c, user) && cardTs.equals(c.param("thread_ts"))
                && RunningBot.blocksText(c).contains("Answer saved"), RunningBot.WAIT);
        assertTrue(RunningBot.blocksText(first).contains("Score:"), RunningBot.blocksText(first));
        assertEquals(List.of(broadcast), WorkspaceTraffic.storedAnswers(db, user));

        // when they reply in the thread again with a file and a message (file_share)
        String withFile = "Here is my diagram, and the answer: " + ANSWER;
        assertEquals(200, bot.event(WorkspaceTraffic.fileShare(user, dm(user), withFile, nextTs(), cardTs),
                eventId()).statusCode());

        // then that is saved as well, with feedback in the same thread
        var second = slack.await("chat.postMessage", c -> c != first && isDmPost(c, user)
                && cardTs.equals(c.param("thread_ts")) && RunningBot.blocksText(c).contains("Answer saved"),
                RunningBot.WAIT);
        assertTrue(RunningBot.blocksText(second).contains("Here is my diagram"), RunningBot.blocksText(second));
        assertEquals(List.of(broadcast, withFile), WorkspaceTraffic.storedAnswers(db, user));

        // and neither was taken for a plain message: nothing was offered
        slack.assertNoCall("chat.postMessage", c -> isDmPost(c, user)
                && RunningBot.blocksText(c).contains("Is this your answer"), Duration.ofMillis(200));

        // and the interview goes on: Next question is posted
        bot.click(user, ActionIds.NEXT, RunningBot.buttonValue(card));
        awaitDm(user, "Question 2");
    }

    @Test
    @DisplayName("a reply with Slack's markup is stored and shown as plain text")
    void slackMarkupMadePlain() {
        // given a user with a question open
        String user = newUser();
        bot.command(user, "");
        var card = awaitDm(user, "Question 1");
        String cardTs = card.answerJson().path("ts").asText();

        // when they reply in its thread with a mention, a labelled link, a channel and an ampersand, as Slack
        // sends them: markup in angle brackets, & escaped
        var event = SlackRequests.messageIm(user, dm(user), "<@U0BOB|bob> said see <https://example.com/docs|the docs> "
                + "in <#C0GEN|general> &amp; more", nextTs());
        event.put("thread_ts", cardTs);
        assertEquals(200, bot.event(event, eventId()).statusCode());

        // then the feedback quotes the plain text (escaped once for mrkdwn)
        var saved = slack.await("chat.postMessage", c -> isDmPost(c, user) && cardTs.equals(c.param("thread_ts"))
                && RunningBot.blocksText(c).contains("Answer saved"), RunningBot.WAIT);
        String shown = RunningBot.blocksText(saved);
        assertTrue(shown.contains("&gt; @bob said see the docs (https://example.com/docs) in #general &amp; more"),
                shown);

        // and the plain text is what is stored
        assertEquals(List.of("@bob said see the docs (https://example.com/docs) in #general & more"),
                WorkspaceTraffic.storedAnswers(db, user));

        // and history shows it so
        bot.command(user, "C0GENERAL", "history", "history-" + user);
        var history = slack.await(FakeSlack.RESPONSE_URL, c -> ("history-" + user).equals(c.name()), RunningBot.WAIT);
        assertTrue(history.body().contains("@bob said see the docs (https://example.com/docs) in #general &amp; more"),
                history.body());
    }

    // ------------------------------------------------------------------------------------------------- bots

    @Test
    @DisplayName("messages from another bot (bot_id) and from an integration (bot_message) get no reply")
    void otherBotsGetNoReply() {
        // given a user with a question open, so that a person's message would be offered as an answer
        String user = newUser();
        bot.command(user, "");
        var card = awaitDm(user, "Question 1");
        String cardTs = card.answerJson().path("ts").asText();

        // when another bot user's message arrives in the DM, plain and in the question's thread
        assertEquals(200, bot.event(WorkspaceTraffic.botUserMessage("U0OTHERBOT", "B0OTHER", "A0OTHER", dm(user),
                "Reminder: stand-up at 10", nextTs()), eventId()).statusCode());
        var threaded = WorkspaceTraffic.botUserMessage("U0OTHERBOT", "B0OTHER", "A0OTHER", dm(user),
                "I would shard by user id.", nextTs());
        threaded.put("thread_ts", cardTs);
        assertEquals(200, bot.event(threaded, eventId()).statusCode());

        // and an integration's message (subtype bot_message, no user)
        assertEquals(200, bot.event(WorkspaceTraffic.botMessage("B0BUILD", dm(user), "Build #42 passed", nextTs()),
                eventId()).statusCode());

        // then nothing is posted in the DM, nor is anything saved as an answer
        slack.assertNoCall("chat.postMessage", c -> isDmPost(c, user) && c != card, QUIET);
        assertTrue(WorkspaceTraffic.storedAnswers(db, user).isEmpty());

        // and the person's own message is still offered as their answer
        sendPlain(user, ANSWER);
        awaitDm(user, "Is this your answer to *Question 1*?");
    }

    @Test
    @DisplayName("the bot's own messages (its user UBOT, its bot_id BBOT) get no reply")
    void ownMessagesIgnored() {
        // given a user with no interview open, so that a person's message would get a reply
        String user = newUser();

        // when the bot's own message comes back as a message.im event: user and bot_id as auth.test names them
        assertEquals(200, bot.event(WorkspaceTraffic.botUserMessage(FakeSlack.BOT_USER_ID, FakeSlack.BOT_ID,
                FakeSlack.APP_ID, dm(user), "Type /mockinterview to get a question", nextTs()), eventId())
                .statusCode());
        // and one carrying only its bot_id (subtype bot_message)
        assertEquals(200, bot.event(WorkspaceTraffic.botMessage(FakeSlack.BOT_ID, dm(user), "Daily reminder",
                nextTs()), eventId()).statusCode());

        // then the bot says nothing, to anyone
        slack.assertNoCall("chat.postMessage", c -> isDmPost(c, user)
                || ("D" + FakeSlack.BOT_USER_ID).equals(c.param("channel")), QUIET);
        slack.assertNoCall("conversations.open", c -> FakeSlack.BOT_USER_ID.equals(c.param("users")),
                Duration.ofMillis(1));

        // and a person's message in the same DM is answered
        sendPlain(user, "hi");
        awaitDm(user, "I only read answers to interview questions");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static String newUser() {
        return String.format(Locale.ROOT, "U0MT%03d", USERS.incrementAndGet());
    }

    private static String dm(String user) {
        return "D" + user;
    }

    private static String eventId() {
        return "EvMT" + EVENTS.incrementAndGet();
    }

    /** A fresh message ts, later than the fake's own. */
    private static String nextTs() {
        return String.format(Locale.ROOT, "1700200000.%06d", EVENTS.incrementAndGet());
    }

    /** A person's plain message in their DM with the bot, not in a thread; returns its ts. */
    private static String sendPlain(String user, String text) {
        String ts = nextTs();
        assertEquals(200, bot.event(SlackRequests.messageIm(user, dm(user), text, ts), eventId()).statusCode());
        return ts;
    }

    private static boolean isDmPost(FakeSlack.Call c, String user) {
        return c.method().equals("chat.postMessage") && dm(user).equals(c.param("channel"));
    }

    private static FakeSlack.Call awaitDm(String user, String needle) {
        return slack.await("chat.postMessage", c -> isDmPost(c, user)
                && (RunningBot.blocksText(c).contains(needle) || String.valueOf(c.param("text")).contains(needle)),
                RunningBot.WAIT);
    }

    private static JsonNode button(FakeSlack.Call post, String actionId) {
        for (JsonNode block : post.json("blocks")) {
            for (JsonNode element : block.path("elements")) {
                if (actionId.equals(element.path("action_id").asText())) {
                    return element;
                }
            }
        }
        throw new AssertionError("no " + actionId + " button in " + post);
    }
}
