package dev.mockinterview.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.slack.ActionIds;
import dev.mockinterview.testutil.FakeSlack;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A user's own data: export as a JSON file in their DM, and forget me after a confirmation. */
@ParameterizedClass(name = "{0}")
@EnumSource(Transport.class)
@DisplayName("Your data: /mockinterview export and forget me")
class YourDataEndToEndTest {
    private static final String ALICE = "U0ALICE";
    private static final String BOB = "U0BOB";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameter
    Transport transport;
    @TempDir
    Path tmp;
    private FakeSlack slack;
    private RunningBot bot;

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlack();
        bot = new RunningBot(transport, slack, tmp.resolve("mi.db"), dev.mockinterview.testutil.FixtureBanks.E2E);
    }

    @AfterEach
    void stop() {
        bot.close();
        slack.close();
    }

    /** A question, an answer and a rating for {@code user}. */
    private void practise(String user, String answer) {
        bot.command(user, "");
        var card = slack.await("chat.postMessage", c -> ("D" + user).equals(c.param("channel"))
                && RunningBot.blocksText(c).contains(ActionIds.HINT), RunningBot.WAIT);
        String value = RunningBot.buttonValue(card);
        bot.submitAnswer(user, value, answer);
        slack.await("chat.postMessage", c -> ("D" + user).equals(c.param("channel"))
                && RunningBot.blocksText(c).contains("Answer saved"), RunningBot.WAIT);
        bot.click(user, ActionIds.RATE_GOOD, value);
        slack.await("chat.postMessage", c -> ("D" + user).equals(c.param("channel"))
                && RunningBot.blocksText(c).contains("Rated *Good*"), RunningBot.WAIT);
    }

    /** Asks for an export and returns the JSON file the bot uploaded to the user's DM. */
    private JsonNode export(String user) throws Exception {
        int uploadsBefore = slack.calls("files.completeUploadExternal").size();
        var ack = bot.command(user, "export");
        assertEquals(200, ack.statusCode());
        assertTrue(ack.body().contains("on its way"), ack.body());
        var complete = slack.awaitCount("files.completeUploadExternal", c -> true, uploadsBefore + 1,
                RunningBot.WAIT).get(uploadsBefore);
        assertEquals("D" + user, complete.param("channel_id"));
        String fileId = JSON.readTree(complete.param("files")).get(0).path("id").asText();
        var asked = slack.calls("files.getUploadURLExternal").stream()
                .filter(c -> ("F" + c.param("length")).equals(fileId)).findFirst().orElseThrow();
        assertTrue(asked.param("filename").endsWith(".json"), asked.param("filename"));
        var upload = slack.await(FakeSlack.RESPONSE_URL, c -> ("upload-" + fileId).equals(c.name()), RunningBot.WAIT);
        assertEquals(Integer.parseInt(asked.param("length")), upload.body().getBytes(
                java.nio.charset.StandardCharsets.UTF_8).length, "the length announced is the length sent");
        return JSON.readTree(upload.body());
    }

    @Test
    @DisplayName("export sends every table of the user's data as a JSON file in their DM, and nobody else's")
    void exportAll() throws Exception {
        // given Alice and Bob have practised
        practise(ALICE, "Alice's answer: I split the monolith behind a queue and measured p99 before and after.");
        practise(BOB, "Bob's answer: I would shard by tenant.");

        // when Alice asks for her data
        JsonNode data = export(ALICE);

        // then the file holds her answer, her rating, her schedule and her settings, and nothing of Bob's
        assertEquals(ALICE, data.path("user_id").asText());
        JsonNode tables = data.path("tables");
        assertEquals(1, tables.path("answers").size());
        assertTrue(tables.path("answers").get(0).path("text").asText().startsWith("Alice's answer"));
        assertEquals(1, tables.path("ratings").size());
        assertEquals("GOOD", tables.path("ratings").get(0).path("rating").asText());
        assertEquals(1, tables.path("reviews").size());
        assertEquals(1, tables.path("sessions").size());
        assertTrue(tables.path("user_settings").size() <= 1);
        assertTrue(!data.toString().contains("Bob's answer"), "nothing of Bob's");
    }

    @Test
    @DisplayName("forget me asks first; confirmed, it deletes all of the user's data, says what went, and Bob's stays")
    void forgetMe() throws Exception {
        // given Alice and Bob have practised
        practise(ALICE, "Alice's answer to forget.");
        practise(BOB, "Bob's answer to keep.");

        // when Alice types forget me, she is asked first, and nothing is deleted yet
        var ask = bot.command(ALICE, "forget me");
        assertTrue(ask.body().contains(ActionIds.FORGET_CONFIRM), ask.body());
        assertTrue(ask.body().contains("\"confirm\""), "the button asks once more: " + ask.body());
        assertEquals(1, export(ALICE).path("tables").path("answers").size());

        // when she confirms
        bot.click(ALICE, ActionIds.FORGET_CONFIRM, "forget");

        // then she is told what was deleted
        var done = slack.await(FakeSlack.RESPONSE_URL, c -> c.body().contains("your data is deleted"),
                RunningBot.WAIT);
        String told = done.bodyJson().path("text").asText();
        assertTrue(told.contains("1 answers") && told.contains("1 interviews") && told.contains("1 ratings"), told);

        // and nothing of hers is left, while Bob's answer is
        export(ALICE).path("tables").forEach(rows -> assertEquals(0, rows.size(), rows.toString()));
        assertEquals(1, export(BOB).path("tables").path("answers").size());

        // and she can start afresh
        bot.command(ALICE, "");
        slack.await("chat.postMessage", c -> ("D" + ALICE).equals(c.param("channel"))
                && RunningBot.blocksText(c).contains(":wave: New interview"), RunningBot.WAIT);
    }

    @Test
    @DisplayName("'forget' alone deletes nothing: it suggests 'forget me'")
    void forgetAlone() throws Exception {
        practise(ALICE, "Alice's answer stays.");
        var ack = bot.command(ALICE, "forget");
        assertTrue(ack.body().contains("forget me"), ack.body());
        assertEquals(1, export(ALICE).path("tables").path("answers").size());
    }
}
