package dev.mockinterview.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.slack.ActionIds;
import dev.mockinterview.testutil.FakeSlack;
import dev.mockinterview.testutil.SlackRequests;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile user text, end to end against the real bot and a fake Slack: it is stored exactly as written and every
 * place that shows it back escapes it, so an answer or a command can never ping {@code @channel}/{@code @here},
 * mention someone, or plant a disguised link. Each input goes through the Answer modal, the slash command, and a
 * thread reply in the DM; the stored answer is checked by opening it again from {@code /mockinterview history}.
 * Over both transports: one bot per transport serves every case.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Transport.class)
class HostileTextTest {
    private static final Path BANK = dev.mockinterview.testutil.FixtureBanks.E2E;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Control sequences Slack would render raw: any of these in mrkdwn means user text went out unescaped. */
    private static final List<String> RAW_CONTROLS = List.of("<!", "<@", "<#", "<http");
    private static final AtomicInteger USERS = new AtomicInteger();
    private static final AtomicInteger REQUESTS = new AtomicInteger();

    @TempDir
    static Path tmp;
    private static FakeSlack slack;
    private static RunningBot bot;

    /** The transport comes in through the constructor, so the per-transport set-up below can take it too. */
    HostileTextTest(Transport transport) {
        assertNotNull(transport);
    }

    @BeforeParameterizedClassInvocation
    static void start(Transport transport) throws Exception {
        slack = new FakeSlack();
        bot = new RunningBot(transport, slack, tmp.resolve("hostile-" + transport + ".db"), BANK);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        try {
            slack.assertNoViolations();
        } finally {
            if (bot != null) {
                bot.close();
            }
            slack.close();
        }
    }

    static Stream<Arguments> hostile() {
        String longChannel = "<!channel> ".repeat(300).substring(0, 2_999);
        return Stream.of(
                arguments("@channel", "<!channel>"),
                arguments("@here", "<!here>"),
                arguments("@everyone", "<!everyone>"),
                arguments("user mention", "<@U0BOSS>"),
                arguments("channel link", "<#C0SECRET>"),
                arguments("disguised link", "<http://evil.example|click me>"),
                arguments("mrkdwn styling", "*bold* _it_ ~strike~ `code`"),
                arguments("already escaped", "&lt;!channel&gt;"),
                arguments("control characters", "nul\u0000 bell\u0007 \u001b[31mred\u001b[0m end"),
                arguments("emoji and RTL", "שלום 🎉 مرحبا"),
                arguments("SQL metacharacters", "'; DROP TABLE answers; --"),
                arguments("2,999 characters of <!channel>", longChannel));
    }

    // ------------------------------------------------------------------------------------------ the three paths

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    @DisplayName("Answer modal: quoted back escaped, stored intact, history and Open show it escaped")
    void answerModal(String name, String input) throws Exception {
        // given a user with a question in their DM
        String user = newUser();
        FakeSlack.Call card = startInterview(user);

        // when the hostile text is submitted in the Answer modal
        BotResponse submitted = bot.submitAnswer(user, RunningBot.buttonValue(card), input);
        assertEquals(200, submitted.statusCode(), submitted.body());

        // then "Answer saved" quotes it, escaped, and complete
        FakeSlack.Call saved = awaitDm(user, "Answer saved");
        assertDisplayedSafely(saved);
        assertQuotedIntact(input, saved);

        // and it is stored intact: history lists it escaped and Open shows all of it
        assertStoredIntact(user, input);
        assertUserCallsClean(user);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    @DisplayName("slash command: the help reply echoes unknown text escaped")
    void slashCommand(String name, String input) throws Exception {
        // when the hostile text is typed after /mockinterview; Slack sends &, < and > escaped in command text
        String user = newUser();
        BotResponse ack = bot.command(user, slackEscape(input));

        // then the help reply says it does not know it, and echoes it escaped
        assertEquals(200, ack.statusCode(), ack.body());
        JsonNode reply = JSON.readTree(ack.body());
        assertEquals("ephemeral", reply.path("response_type").asText(), ack.body());
        List<String> texts = mrkdwnTexts(reply.path("blocks"));
        String echo = texts.stream().filter(t -> t.contains("I don't know")).findFirst()
                .orElseThrow(() -> new AssertionError("no \"I don't know\" in " + ack.body()));
        for (String t : texts) {
            assertNoRawControls("help reply block", t);
        }
        assertNoRawControls("help reply text", reply.path("text").asText());

        // and what it echoes, unescaped once, is the start of what was typed
        int open = echo.indexOf('`');
        int close = echo.lastIndexOf('`');
        assertTrue(open >= 0 && close > open, echo);
        String shown = unescape(echo.substring(open + 1, close));
        if (shown.endsWith("…")) {
            shown = shown.substring(0, shown.length() - 1);
        }
        String typed = input.strip();
        assertTrue(typed.startsWith(shown), "echo " + shown + " is not the start of " + typed);
        assertTrue(shown.codePointCount(0, shown.length()) >= Math.min(typed.codePointCount(0, typed.length()), 100),
                "echo too short: " + shown);
        assertUserCallsClean(user);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    @DisplayName("thread reply (message.im): Slack's escaping undone once, displayed escaped exactly once")
    void threadReply(String name, String input) throws Exception {
        // given a user with a question in their DM
        String user = newUser();
        FakeSlack.Call card = startInterview(user);
        String cardTs = card.answerJson().path("ts").asText();
        assertFalse(cardTs.isEmpty(), "card ts: " + card);

        // when they reply in the question's thread; Slack sends &, < and > escaped in message text
        int n = REQUESTS.incrementAndGet();
        String ts = String.format(Locale.ROOT, "1700100000.%06d", n);
        var event = SlackRequests.messageIm(user, "D" + user, slackEscape(input), ts);
        event.put("thread_ts", cardTs);
        BotResponse ack = bot.event(event, "EvHOSTILE" + n);
        assertEquals(200, ack.statusCode(), ack.body());

        // then the feedback in the thread quotes it escaped exactly once, complete
        FakeSlack.Call saved = slack.await("chat.postMessage", c -> ("D" + user).equals(c.param("channel"))
                && cardTs.equals(c.param("thread_ts")) && RunningBot.blocksText(c).contains("Answer saved"),
                RunningBot.WAIT);
        assertDisplayedSafely(saved);
        assertQuotedIntact(input, saved);

        // and what is stored is what the user typed (not Slack's escaped form)
        assertStoredIntact(user, input);
        assertUserCallsClean(user);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static String newUser() {
        return String.format(Locale.ROOT, "U0HOST%03d", USERS.incrementAndGet());
    }

    /** Starts an interview for {@code user} and returns the question card posted in their DM. */
    private static FakeSlack.Call startInterview(String user) {
        assertEquals(200, bot.command(user, "").statusCode());
        return awaitDm(user, "Question 1");
    }

    private static FakeSlack.Call awaitDm(String user, String needle) {
        return slack.await("chat.postMessage", c -> ("D" + user).equals(c.param("channel"))
                && (RunningBot.blocksText(c).contains(needle) || String.valueOf(c.param("text")).contains(needle)),
                RunningBot.WAIT);
    }

    /** Opens the user's only answer through {@code /mockinterview history} › Open and checks both views. */
    private static void assertStoredIntact(String user, String input) throws Exception {
        String responseName = "hostile-history-" + REQUESTS.incrementAndGet();
        assertEquals(200, bot.command(user, "C0GENERAL", "history", responseName).statusCode());
        FakeSlack.Call history = slack.await(FakeSlack.RESPONSE_URL, c -> responseName.equals(c.name()),
                RunningBot.WAIT);
        JsonNode reply = history.bodyJson();
        assertEquals("ephemeral", reply.path("response_type").asText(), history.body());
        for (String t : mrkdwnTexts(reply.path("blocks"))) {
            assertNoRawControls("history block", t);
        }
        assertNoRawControls("history text", reply.path("text").asText());

        // the one entry: "*prompt*\nScore · day · answer", with its Open button
        JsonNode entry = null;
        for (JsonNode block : reply.path("blocks")) {
            if (ActionIds.HISTORY_OPEN.equals(block.path("accessory").path("action_id").asText())) {
                assertTrue(entry == null, "one answer expected in history: " + history.body());
                entry = block;
            }
        }
        assertNotNull(entry, "no Open button in history: " + history.body());
        String text = entry.path("text").path("text").asText();
        int first = text.indexOf(" · ");
        int second = text.indexOf(" · ", first + 3);
        assertTrue(first > 0 && second > first, text);
        String shown = unescape(text.substring(second + 3));
        if (shown.endsWith("…")) {
            shown = shown.substring(0, shown.length() - 1);
        }
        String folded = input.strip().replaceAll("\\s+", " ");
        assertTrue(folded.startsWith(shown), "history shows " + shown + ", not the start of " + folded);
        assertTrue(shown.codePointCount(0, shown.length()) >= Math.min(folded.codePointCount(0, folded.length()), 100),
                "history preview too short: " + shown);

        // Open posts the whole answer again in the DM, escaped, complete
        String id = entry.path("accessory").path("value").asText();
        assertEquals(200, bot.click(user, ActionIds.HISTORY_OPEN, id).statusCode());
        FakeSlack.Call opened = awaitDm(user, "Your answer from");
        assertDisplayedSafely(opened);
        assertQuotedIntact(input, opened);
    }

    /** No mrkdwn text of the post, nor its fallback text, carries a raw mention, broadcast or link. */
    private static void assertDisplayedSafely(FakeSlack.Call post) {
        assertTrue(post.violations().isEmpty(), "Block Kit violations: " + post);
        assertTrue(post.answerJson().path("ok").asBoolean(), "Slack refused: " + post);
        for (String t : mrkdwnTexts(post.json("blocks"))) {
            assertNoRawControls("mrkdwn block", t);
        }
        assertNoRawControls("fallback text", String.valueOf(post.param("text")));
    }

    /** The block-quoted user text of a post, unescaped once, is the input (whitespace folding aside). */
    private static void assertQuotedIntact(String input, FakeSlack.Call post) {
        StringBuilder quoted = new StringBuilder();
        for (JsonNode block : post.json("blocks")) {
            String t = block.path("text").path("text").asText();
            if (!"section".equals(block.path("type").asText()) || !t.startsWith("&gt; ")) {
                continue;
            }
            for (String line : t.split("\n", -1)) {
                assertTrue(line.startsWith("&gt; "), "unquoted line in quote: " + line);
                quoted.append(line.substring(5)).append('\n');
            }
        }
        assertFalse(quoted.isEmpty(), "no quoted answer in " + post);
        String shown = unescape(quoted.toString());
        assertEquals(noSpace(input), noSpace(shown), "answer displayed is not the answer typed (escaped once)");
    }

    /** Every call about this user (its DM, and response_urls answered on its behalf) passed Block Kit checks. */
    private static void assertUserCallsClean(String user) {
        for (FakeSlack.Call c : slack.calls()) {
            if (("D" + user).equals(c.param("channel"))) {
                assertTrue(c.violations().isEmpty(), "Block Kit violations: " + c);
            }
        }
    }

    private static void assertNoRawControls(String where, String text) {
        for (String raw : RAW_CONTROLS) {
            assertFalse(text.contains(raw), where + " contains raw " + raw + ": " + abbreviate(text));
        }
    }

    /** Every {@code "type": "mrkdwn"} text anywhere in {@code node}. */
    private static List<String> mrkdwnTexts(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isObject() && "mrkdwn".equals(node.path("type").asText()) && node.path("text").isTextual()) {
            out.add(node.path("text").asText());
        }
        if (node.isContainerNode()) {
            node.forEach(child -> collect(child, out));
        }
    }

    /** How Slack escapes message text it sends to an app. */
    private static String slackEscape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String noSpace(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
