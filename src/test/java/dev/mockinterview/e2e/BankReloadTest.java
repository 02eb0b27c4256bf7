package dev.mockinterview.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockinterview.slack.ActionIds;
import dev.mockinterview.testutil.FakeSlack;
import dev.mockinterview.testutil.SignedClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Editing the bank folder while the bot runs: valid edits are served within seconds, invalid ones are not; over both
 * transports (health is served on PORT in Socket Mode too).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Transport.class)
class BankReloadTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameter
    Transport transport;
    @TempDir
    Path tmp;
    private Path bank;
    private FakeSlack slack;
    private RunningBot bot;

    @BeforeEach
    void start() throws Exception {
        bank = Files.createDirectories(tmp.resolve("questions"));
        Files.copy(dev.mockinterview.testutil.FixtureBanks.E2E.resolve("backend-senior.json"), bank.resolve("backend-senior.json"));
        slack = new FakeSlack();
        bot = new RunningBot(transport, slack, tmp.resolve("mi.db"), bank);
    }

    @AfterEach
    void stop() {
        bot.close();
        slack.close();
    }

    /** Polls /healthz (bounded: 10 s) until it matches; the reload happens on the watcher's thread. */
    private String awaitHealth(Predicate<String> match) throws InterruptedException {
        String body = "";
        for (int i = 0; i < 100; i++) {
            body = SignedClient.get(bot.healthUrl()).body();
            if (match.test(body)) {
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("health never matched; last: " + body);
    }

    @Test
    @DisplayName("a new file is served, an invalid edit keeps the last good bank, and removing a question is survived")
    void reload() throws Exception {
        // given an interview under way
        bot.command("U0ALICE", "");
        String value = RunningBot.buttonValue(bot.awaitPost("Question 1"));
        String current = dev.mockinterview.slack.render.ButtonValue.parse(value).orElseThrow().questionId();

        // when a second bank file is added, it is served within seconds
        JsonNode shipped = JSON.readTree(Files.readString(bank.resolve("backend-senior.json")));
        ObjectNode extra = JSON.createObjectNode();
        ObjectNode q = ((ObjectNode) shipped.path("questions").get(0)).deepCopy();
        q.put("id", "frontend-staff-01").put("role", "frontend").put("level", "staff");
        extra.putArray("questions").add(q);
        Files.writeString(bank.resolve("frontend-staff.json"), extra.toString(), StandardCharsets.UTF_8);
        awaitHealth(b -> b.equals("{\"status\":\"ok\",\"questions\":16}"));

        // when an edit breaks a file, the last good bank keeps serving and health says so
        Files.writeString(bank.resolve("frontend-staff.json"), "{ not json", StandardCharsets.UTF_8);
        String stale = awaitHealth(b -> b.contains("\"stale\""));
        assertTrue(stale.startsWith("{\"status\":\"ok\",\"questions\":16,"), stale);
        JSON.readTree(stale);

        // when the question under way is removed from the bank, the interview goes on to another question
        Files.delete(bank.resolve("frontend-staff.json"));
        ArrayNode kept = JSON.createArrayNode();
        shipped.path("questions").forEach(n -> {
            if (!n.path("id").asText().equals(current)) {
                kept.add(n);
            }
        });
        ObjectNode smaller = ((ObjectNode) shipped).deepCopy();
        smaller.set("questions", kept);
        Files.writeString(bank.resolve("backend-senior.json"), smaller.toString(), StandardCharsets.UTF_8);
        awaitHealth(b -> b.equals("{\"status\":\"ok\",\"questions\":14}"));

        bot.click("U0ALICE", ActionIds.HINT, value);
        slack.await(FakeSlack.RESPONSE_URL, c -> c.body().contains("removed from the question bank"), RunningBot.WAIT);
        bot.click("U0ALICE", ActionIds.NEXT, value);
        var next = bot.awaitPost("Question 2");
        assertTrue(!RunningBot.buttonValue(next).endsWith(current));
        assertEquals(200, bot.command("U0ALICE", "").statusCode());
    }
}
