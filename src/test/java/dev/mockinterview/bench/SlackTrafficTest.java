package dev.mockinterview.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockinterview.slack.ActionIds;
import dev.mockinterview.testutil.FakeSlack;
import dev.mockinterview.testutil.SlackRequests;
import dev.mockinterview.testutil.SlackSigner;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The ack benchmark's request bodies are exactly SlackRequests' and every request is signed afresh")
class SlackTrafficTest {
    private static final String BASE = "http://127.0.0.1:9/response/";

    @Test
    @DisplayName("a command from the template equals SlackRequests.slashCommand")
    void command() {
        SlackTraffic t = new SlackTraffic("s", 1234, BASE, ActionIds.HINT);
        assertEquals(SlackRequests.slashCommand(FakeSlack.TEAM_ID, "UBENCH00042", SlackTraffic.CHANNEL,
                        "/mockinterview", "", BASE + "UBENCH00042-cmd", "trigger.x.1"),
                t.commandBody("UBENCH00042", "trigger.x.1"));
    }

    @Test
    @DisplayName("a click from the template equals SlackRequests' block_actions with the same value, trigger and ts")
    void click() {
        SlackTraffic t = new SlackTraffic("s", 1234, BASE, ActionIds.HINT, ActionIds.NEXT);
        ObjectNode p = SlackRequests.blockActionPayload(FakeSlack.TEAM_ID, "UBENCH00042", "DUBENCH00042",
                "1700000000.000100", ActionIds.NEXT, "mi_actions", "17:backend-senior-13-rate-limiter",
                ActionIds.NEXT, BASE + "UBENCH00042-" + ActionIds.NEXT, "trigger.x.2", null);
        ((ObjectNode) p.withArrayProperty("actions").get(0)).put("action_ts", "1712345678.000123");
        assertEquals(SlackRequests.interactivityForm(p), t.clickBody("UBENCH00042", ActionIds.NEXT,
                "17:backend-senior-13-rate-limiter", "trigger.x.2", "1712345678.000123"));
    }

    @Test
    @DisplayName("each request is signed for its own body, and no two bodies repeat (no replay, no duplicate)")
    void signedAndUnique() {
        SlackTraffic t = new SlackTraffic("secret", 1234, BASE, ActionIds.HINT);
        Set<String> bodies = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String req = new String(i % 2 == 0 ? t.command("U1") : t.click("U1", ActionIds.HINT, "1:q"),
                    StandardCharsets.UTF_8);
            int split = req.indexOf("\r\n\r\n");
            String head = req.substring(0, split);
            String body = req.substring(split + 4);
            String ts = header(head, SlackSigner.TIMESTAMP_HEADER);
            assertEquals(SlackSigner.signature("secret", Long.parseLong(ts), body),
                    header(head, SlackSigner.SIGNATURE_HEADER));
            assertEquals(Integer.toString(body.getBytes(StandardCharsets.UTF_8).length),
                    header(head, "Content-Length"));
            assertTrue(head.startsWith("POST /slack/events HTTP/1.1\r\n"), head);
            assertTrue(bodies.add(body), "repeated body");
        }
        assertNotEquals(t.command("U1"), t.command("U1"));
    }

    private static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            if (line.startsWith(name + ": ")) {
                return line.substring(name.length() + 2);
            }
        }
        throw new AssertionError("no " + name + " in " + head);
    }
}
