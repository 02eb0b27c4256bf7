package dev.mockinterview.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.interview.InterviewService;
import dev.mockinterview.slack.ActionIds;
import dev.mockinterview.testutil.FakeSlack;
import dev.mockinterview.testutil.SignedClient;
import dev.mockinterview.testutil.SlackRequests;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What comes in from a workspace that the bot must not take at face value, end to end over both transports: command
 * text as Slack escapes it, response_urls that point elsewhere or redirect, an answer form carrying another user's
 * session; and inputs whose shape matters: the key-point checkboxes' state, the Home tab's category menu, Slack's
 * url_verification. One bot per transport serves every test; each test has users of its own.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Transport.class)
class WorkspaceInputEndToEndTest {
    private static final Path BANK = dev.mockinterview.testutil.FixtureBanks.E2E;
    private static final Duration QUIET = Duration.ofMillis(600);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger USERS = new AtomicInteger();
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final String CHANNEL = "C0INPUT";

    @TempDir
    static Path tmp;
    private static FakeSlack slack;
    private static RunningBot bot;
    private static Path db;
    private static Transport transport;

    /** The transport comes in through the constructor, so the per-transport set-up below can take it too. */
    WorkspaceInputEndToEndTest(Transport transport) {
        assertNotNull(transport);
    }

    @BeforeParameterizedClassInvocation
    static void start(Transport t) throws Exception {
        transport = t;
        slack = new FakeSlack();
        db = tmp.resolve("input-" + t + ".db");
        bot = new RunningBot(t, slack, db, BANK);
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

    // ------------------------------------------------------------------------------------------ command text

    @Test
    @DisplayName("command text that Slack escaped (&amp;) is unescaped once: the reply shows what was typed")
    void commandTextUnescapedOnce() {
        // when a user types "daily status & more"; Slack sends it as "daily status &amp; more"
        String user = newUser();
        var reply = say(user, CHANNEL, "daily status &amp; more");

        // then the reply quotes what they typed, "& more", and not Slack's escaped form (shown as "&amp;")
        String shown = shownText(reply);
        assertTrue(unescape(shown).contains("got \"& more\""), shown);
        assertFalse(shown.contains("&amp;amp;"), "escaped twice: " + shown);
        assertFalse(unescape(shown).contains("&amp;"), "shown as Slack's escaped form: " + shown);

        // and text that needs no unescaping is understood as before: status of a channel without a question
        var status = say(user, CHANNEL, "daily status");
        assertTrue(status.body().contains("This channel has no daily question"), status.body());
    }

    @Test
    @DisplayName("a daily error quoting typed text (Slack sent &lt;!channel&gt;) shows it escaped, never as @channel")
    void dailyErrorQuotesTypedTextEscaped() {
        // when a user types "daily status <!channel>"; Slack sends the angle brackets escaped
        String user = newUser();
        var reply = say(user, CHANNEL, "daily status &lt;!channel&gt;");

        // then the reply quotes what they typed, escaped for mrkdwn: Slack shows "<!channel>", pinging nobody
        String shown = shownText(reply);
        assertTrue(unescape(shown).contains("got \"<!channel>\""), shown);
        assertFalse(shown.contains("<!channel>"), "raw @channel in the reply's mrkdwn: " + shown);

        // and the bot still answers the same user
        var status = say(user, CHANNEL, "daily status");
        assertTrue(status.body().contains("This channel has no daily question"), status.body());
    }

    // ----------------------------------------------------------------------------------------- response_url

    @Test
    @DisplayName("a response_url on another host is never called, by a command or a click; Slack's still is")
    void responseUrlOnAnotherHostIsNeverCalled() {
        try (var stranger = new WorkspaceTraffic.ForeignHost()) {
            // given a user with a question open, and another user
            String alice = newUser();
            String mallory = newUser();
            bot.command(alice, "");
            var card = awaitDm(alice, "Question 1");
            String value = RunningBot.buttonValue(card);

            // when a command (stats, answered only through its response_url) names a response_url on another host
            assertEquals(200, WorkspaceTraffic.command(bot, alice, CHANNEL, "channel-c0input", "stats",
                    stranger.url("stats")).statusCode());
            // and a click that is answered through its response_url (someone else's button) names one too
            assertEquals(200, bot.interactive(SlackRequests.blockActionPayload(FakeSlack.TEAM_ID, mallory, "D" + alice,
                    card.answerJson().path("ts").asText(), ActionIds.HINT, "mi_actions", value, "Hint",
                    stranger.url("click"), "trigger.stranger." + NAMES.incrementAndGet(), null)).statusCode());
            // and a click of the user's own, answered in the DM, names one too
            assertEquals(200, bot.interactive(SlackRequests.blockActionPayload(FakeSlack.TEAM_ID, alice, "D" + alice,
                    card.answerJson().path("ts").asText(), ActionIds.HINT, "mi_actions", value, "Hint",
                    stranger.url("own-click"), "trigger.stranger." + NAMES.incrementAndGet(), null)).statusCode());

            // then the own click is answered in the DM as usual
            awaitDm(alice, "Hint 1 of 4");

            // and the same command and click with Slack's response_url are answered (after the ones above: each
            // user's work runs in order)
            var stats = say(alice, CHANNEL, "stats");
            assertTrue(stats.body().contains("Your interview practice"), stats.body());
            String name = nextName();
            bot.interactive(SlackRequests.blockActionPayload(FakeSlack.TEAM_ID, mallory, "D" + alice,
                    card.answerJson().path("ts").asText(), ActionIds.HINT, "mi_actions", value, "Hint",
                    slack.responseUrl(name), "trigger.stranger." + NAMES.incrementAndGet(), null));
            var refusal = slack.await(FakeSlack.RESPONSE_URL, c -> name.equals(c.name()), RunningBot.WAIT);
            assertTrue(refusal.body().contains("belongs to someone else"), refusal.body());

            // and the other host never heard from the bot (the replies above come after every request before them
            // was handled)
            slack.assertNoCall(null, c -> false, Duration.ofMillis(200));
            assertEquals(List.of(), stranger.requests());
        }
    }

    @Test
    @DisplayName("a response_url answering 302 to another host is not followed, nor retried; the next reply goes out")
    void responseUrlRedirectIsNotFollowed() {
        try (var stranger = new WorkspaceTraffic.ForeignHost()) {
            // given Slack's response_url answering with a redirect to another host
            String user = newUser();
            slack.enqueue(FakeSlack.RESPONSE_URL, 302, Map.of("Location", stranger.url("redirected")), "");

            // when a command is answered through it
            String name = nextName();
            assertEquals(200, bot.command(user, CHANNEL, "stats", name).statusCode());

            // then the bot posted to Slack's response_url once, got the redirect, and did not follow or retry it
            var redirected = slack.await(FakeSlack.RESPONSE_URL, c -> name.equals(c.name()), RunningBot.WAIT);
            assertEquals(302, redirected.status());
            slack.assertNoCall(FakeSlack.RESPONSE_URL, c -> name.equals(c.name()) && c != redirected, QUIET);
            assertEquals(List.of(), stranger.requests());

            // and the next reply through a proper response_url goes out
            var stats = say(user, CHANNEL, "stats");
            assertEquals(200, stats.status());
            assertTrue(stats.body().contains("Your interview practice"), stats.body());
            assertEquals(List.of(), stranger.requests());
        }
    }

    // ------------------------------------------------------------------------------------------ answer form

    @Test
    @DisplayName("an answer form carrying another user's session changes nothing, and its author is told so")
    void answerFormWithAnotherUsersSession() {
        // given Alice's open question
        String alice = newUser();
        String mallory = newUser();
        bot.command(alice, "");
        var card = awaitDm(alice, "Question 1");
        String aliceSession = RunningBot.buttonValue(card);

        // when Mallory submits an answer form whose private_metadata names Alice's session
        BotResponse ack = bot.submitAnswer(mallory, aliceSession, "Mallory's answer about caching and sharding.");
        assertEquals(200, ack.statusCode());

        // then Mallory is told, in a DM, that it belongs to someone else, and gets the text back
        var told = awaitDm(mallory, "belongs to someone else");
        String toldText = RunningBot.blocksText(told);
        assertTrue(toldText.contains("nothing changed"), toldText);
        assertTrue(toldText.contains("&gt; Mallory's answer about caching and sharding."), toldText);

        // and nothing was stored for either of them, and Alice was sent nothing
        assertEquals(List.of(), WorkspaceTraffic.storedAnswers(db, alice));
        assertEquals(List.of(), WorkspaceTraffic.storedAnswers(db, mallory));
        slack.assertNoCall("chat.postMessage", c -> ("D" + alice).equals(c.param("channel")) && c != card, QUIET);

        // and Alice's own answer is still saved
        bot.submitAnswer(alice, aliceSession, "Alice's own answer: a queue, shards and a cache.");
        awaitDm(alice, "Answer saved");
        assertEquals(List.of("Alice's own answer: a queue, shards and a cache."),
                WorkspaceTraffic.storedAnswers(db, alice));
    }

    // ------------------------------------------------------------------------------------ rating by points

    @Test
    @DisplayName("Rate by ticked points rates by the checkboxes ticked in the click's state.values")
    void rateByTickedPoints() {
        // given a user shown the model answer, with its key points as checkboxes
        String user = newUser();
        bot.command(user, "");
        String value = RunningBot.buttonValue(awaitDm(user, "Question 1"));
        bot.click(user, ActionIds.MODEL_ANSWER, value);
        var model = awaitDm(user, "How did you do?");
        Map<String, Map<String, String>> groups = checkboxGroups(model);
        int total = groups.values().stream().mapToInt(Map::size).sum();
        assertTrue(total >= 3, "key points: " + groups);

        // when they tick two key points (Slack sends the ticks in state.values with the click) and rate by them
        Map<String, Map<String, String>> ticked = new LinkedHashMap<>();
        groups.forEach((block, options) -> options.forEach((label, v) -> {
            if (ticked.values().stream().mapToInt(Map::size).sum() < 2) {
                ticked.computeIfAbsent(block, b -> new LinkedHashMap<>()).put(label, v);
            }
        }));
        String name = nextName();
        assertEquals(200, bot.interactive(WorkspaceTraffic.ratePointsClick(bot, user, value, slack.responseUrl(name),
                ticked)).statusCode());

        // then the rating is the one two of the key points earn, and says so
        String expected = capitalized(InterviewService.ratingFromKeyPoints(2, total).name());
        var rated = awaitDm(user, "Rated *");
        String text = RunningBot.blocksText(rated);
        assertTrue(text.contains("Rated *" + expected + "*. You ticked 2 of " + total + " key points."), text);

        // and with every box ticked, the same click rates it Easy
        String all = nextName();
        bot.interactive(WorkspaceTraffic.ratePointsClick(bot, user, value, slack.responseUrl(all), groups));
        var easy = slack.await("chat.postMessage", c -> c != rated && ("D" + user).equals(c.param("channel"))
                && RunningBot.blocksText(c).contains("Rated *"), RunningBot.WAIT);
        assertTrue(RunningBot.blocksText(easy).contains("Rated *Easy*. You ticked " + total + " of " + total),
                RunningBot.blocksText(easy));
    }

    // ------------------------------------------------------------------------------------------- Home menu

    @Test
    @DisplayName("the Home tab's category menu starts an interview in the chosen category")
    void homeCategoryMenu() {
        // when a user picks System design in the Home tab's menu (a static_select in a home view)
        String user = newUser();
        assertEquals(200, bot.interactive(WorkspaceTraffic.homeCategoryChoice(user, "system-design",
                "System design (5)")).statusCode());

        // then a System design question is posted in their DM, and their Home is refreshed
        var card = awaitDm(user, "Question 1");
        assertTrue(RunningBot.blocksText(card).contains("System design ·"), RunningBot.blocksText(card));
        var home = slack.await("views.publish", c -> user.equals(c.param("user_id")), RunningBot.WAIT);
        assertTrue(home.json("view").toString().contains("Resume interview"), home.json("view").toString());

        // and picking another category switches the interview to it
        bot.interactive(WorkspaceTraffic.homeCategoryChoice(user, "behavioral", "Behavioral (5)"));
        var next = slack.await("chat.postMessage", c -> c != card && ("D" + user).equals(c.param("channel"))
                && RunningBot.blocksText(c).contains("Behavioral ·"), RunningBot.WAIT);
        assertNotEquals(RunningBot.buttonValue(card), RunningBot.buttonValue(next));
    }

    // ------------------------------------------------------------------------------------ url_verification

    @Test
    @DisplayName("url_verification is answered with its challenge over HTTP; in Socket Mode there is no request URL")
    void urlVerification() throws Exception {
        String challenge = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P";
        String body = SlackRequests.urlVerification(challenge);
        String url = "http://127.0.0.1:" + bot.server.port() + "/slack/events";
        var response = SignedClient.post(url, SignedClient.JSON, body, RunningBot.SECRET,
                Instant.now().getEpochSecond());
        if (transport == Transport.HTTP) {
            // then Slack gets its challenge back
            assertEquals(200, response.statusCode(), response.body());
            String answer = response.body().strip();
            String got = answer.startsWith("{") ? JSON.readTree(answer).path("challenge").asText() : answer;
            assertEquals(challenge, got, response.body());
        } else {
            // then nothing at that path answers: Socket Mode apps are verified through their app token
            assertNotEquals(200, response.statusCode(), response.body());
            assertFalse(response.body().contains(challenge), response.body());
        }

        // and the bot goes on answering
        String user = newUser();
        var help = bot.command(user, "help");
        assertTrue(help.body().contains("/mockinterview help"), help.body());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static String newUser() {
        return String.format(Locale.ROOT, "U0IN%03d", USERS.incrementAndGet());
    }

    private static String nextName() {
        return "input-" + NAMES.incrementAndGet();
    }

    /** A command in a channel, and its reply through Slack's response_url. */
    private static FakeSlack.Call say(String user, String channel, String text) {
        String name = nextName();
        assertEquals(200, bot.command(user, channel, text, name).statusCode());
        return slack.await(FakeSlack.RESPONSE_URL, c -> name.equals(c.name()), RunningBot.WAIT);
    }

    private static FakeSlack.Call awaitDm(String user, String needle) {
        return slack.await("chat.postMessage", c -> ("D" + user).equals(c.param("channel"))
                && (RunningBot.blocksText(c).contains(needle) || String.valueOf(c.param("text")).contains(needle)),
                RunningBot.WAIT);
    }

    /** The reply's mrkdwn as Slack would render it: its section texts, then its fallback text. */
    private static String shownText(FakeSlack.Call reply) {
        StringBuilder out = new StringBuilder();
        for (JsonNode block : reply.bodyJson().path("blocks")) {
            out.append(block.path("text").path("text").asText()).append('\n');
        }
        return out.append(reply.bodyJson().path("text").asText()).toString();
    }

    /** The key-point checkbox groups of a model answer: block id → (option label → value), in order. */
    private static Map<String, Map<String, String>> checkboxGroups(FakeSlack.Call post) {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        for (JsonNode block : post.json("blocks")) {
            String id = block.path("block_id").asText();
            if (!id.startsWith(ActionIds.POINTS_BLOCK_PREFIX)) {
                continue;
            }
            Map<String, String> options = new LinkedHashMap<>();
            for (JsonNode option : block.path("elements").get(0).path("options")) {
                options.put(option.path("text").path("text").asText(), option.path("value").asText());
            }
            groups.put(id, options);
        }
        assertFalse(groups.isEmpty(), "no key-point checkboxes in " + post);
        return groups;
    }

    private static String capitalized(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
