package dev.mockinterview.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockinterview.slack.ActionIds;
import dev.mockinterview.testutil.FakeSlack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Several banks in QUESTIONS_DIR: users list the roles and choose the one they practise; over both transports. */
@ParameterizedClass(name = "{0}")
@EnumSource(Transport.class)
class RolesEndToEndTest {
    @Parameter
    Transport transport;
    @TempDir
    Path tmp;
    private FakeSlack slack;
    private RunningBot bot;

    @BeforeEach
    void start() throws Exception {
        Path bank = Files.createDirectories(tmp.resolve("questions"));
        Files.copy(dev.mockinterview.testutil.FixtureBanks.E2E.resolve("backend-senior.json"), bank.resolve("backend-senior.json"));
        ObjectMapper json = new ObjectMapper();
        JsonNode shipped = json.readTree(Files.readString(bank.resolve("backend-senior.json")));
        ObjectNode frontend = json.createObjectNode();
        var list = frontend.putArray("questions");
        for (int i = 0; i < 2; i++) {
            ObjectNode q = ((ObjectNode) shipped.path("questions").get(i)).deepCopy();
            q.put("id", "frontend-staff-0" + (i + 1)).put("role", "frontend").put("level", "staff");
            list.add(q);
        }
        Files.writeString(bank.resolve("frontend-staff.json"), frontend.toString(), StandardCharsets.UTF_8);
        slack = new FakeSlack();
        bot = new RunningBot(transport, slack, tmp.resolve("mi.db"), bank);
    }

    @AfterEach
    void stop() {
        bot.close();
        slack.close();
    }

    @Test
    @DisplayName("roles lists every bank; role frontend staff makes the interview ask only those questions")
    void chooseRole() {
        bot.command("U0ALICE", "roles");
        var roles = slack.await(FakeSlack.RESPONSE_URL, c -> c.body().contains("Roles and levels"), RunningBot.WAIT);
        assertTrue(roles.body().contains("`backend senior`: 15 questions"), roles.body());
        assertTrue(roles.body().contains("`frontend staff`: 2 questions"), roles.body());

        bot.command("U0ALICE", "role frontend staff");
        slack.await(FakeSlack.RESPONSE_URL, c -> c.body().contains("You now practise staff frontend questions"),
                RunningBot.WAIT);
        bot.command("U0ALICE", "");
        String first = RunningBot.buttonValue(bot.awaitPost("Question 1"));
        assertTrue(first.contains(":frontend-staff-"), first);
        bot.click("U0ALICE", ActionIds.NEXT, first);
        String second = RunningBot.buttonValue(bot.awaitPost("Question 2"));
        assertTrue(second.contains(":frontend-staff-"), second);
        bot.click("U0ALICE", ActionIds.NEXT, second);
        var third = bot.awaitPost("Question 3");
        assertTrue(RunningBot.buttonValue(third).contains(":frontend-staff-"));
        assertTrue(RunningBot.blocksText(third).contains("You have seen all 2 questions"), RunningBot.blocksText(third));

        bot.command("U0ALICE", "role designer");
        slack.await(FakeSlack.RESPONSE_URL, c -> c.body().contains("Choose with `/mockinterview role backend senior`"),
                RunningBot.WAIT);
        bot.command("U0ALICE", "role any");
        slack.await(FakeSlack.RESPONSE_URL, c -> c.body().contains("You now practise every role's questions"),
                RunningBot.WAIT);
        slack.assertNoViolations();
    }

    @Test
    @DisplayName("a channel's daily question can come from one role")
    void dailyRole() {
        slack.setUser("U0ADMIN", "Europe/Berlin", true, false);
        bot.command("U0ADMIN", "C0DAILY", "daily on 09:00 Europe/Berlin role frontend weekdays");
        var on = slack.await(FakeSlack.RESPONSE_URL, c -> c.body().contains("Daily question on"), RunningBot.WAIT);
        assertTrue(on.body().contains("weekdays, all categories, frontend."), on.body());
        bot.command("U0ADMIN", "C0DAILY", "daily now");
        var post = slack.await("chat.postMessage", c -> "C0DAILY".equals(c.param("channel"))
                && c.param("text") != null && c.param("text").startsWith("Daily interview question"), RunningBot.WAIT);
        String prompt = post.param("text");
        assertTrue(prompt.contains("Tell me about a time an architectural decision")
                || prompt.contains("reconcile conflicting priorities"), "a frontend question: " + prompt);
        bot.command("U0ADMIN", "C0DAILY", "daily on role designer");
        slack.await(FakeSlack.RESPONSE_URL, c -> c.body().contains("is not a role in the question bank"),
                RunningBot.WAIT);
    }
}
