package dev.mockinterview.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.slack.ActionIds;
import dev.mockinterview.testutil.FakeSlack;
import dev.mockinterview.testutil.SignedClient;
import dev.mockinterview.testutil.SlackRequests;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The bare Bolt app (the ack benchmark's baseline) acks signed requests and refuses the rest")
class BareBoltAppTest {
    private static final String SECRET = "bare-test-signing-secret";

    @Test
    @DisplayName("a signed /mockinterview and a signed Hint get 200; unsigned or wrongly signed get 401; "
            + "healthz is 200")
    void acksSignedAndRefusesUnsigned() throws Exception {
        try (FakeSlack slack = new FakeSlack();
             BareBoltApp bare = BareBoltApp.start(Map.of("SLACK_BOT_TOKEN", "xoxb-bare-test",
                     "SLACK_SIGNING_SECRET", SECRET, "PORT", "0", "SLACK_API_URL", slack.apiUrl()))) {
            // given the bare app on a free port
            String base = "http://127.0.0.1:" + bare.port();
            String command = SlackRequests.slashCommand(FakeSlack.TEAM_ID, "U0BARE", "C1", "/mockinterview", "",
                    slack.responseUrl("bare"), "trigger.bare.1");
            String click = SlackRequests.blockAction(FakeSlack.TEAM_ID, "U0BARE", "DU0BARE", "1700000000.000100",
                    ActionIds.HINT, "mi_actions", "1:backend-senior-01-x", "Hint", slack.responseUrl("bare-hint"),
                    "trigger.bare.2");

            // when / then: health
            assertEquals(200, SignedClient.get(base + "/healthz").statusCode());

            // when / then: signed requests are acked
            var signed = SignedClient.post(base + "/slack/events", SignedClient.FORM, command, SECRET);
            assertEquals(200, signed.statusCode(), signed.body());
            assertEquals(200, SignedClient.post(base + "/slack/events", SignedClient.FORM, click, SECRET)
                    .statusCode());

            // when / then: unsigned, or signed with another secret, are refused
            String other = SlackRequests.slashCommand(FakeSlack.TEAM_ID, "U0BARE", "C1", "/mockinterview", "",
                    slack.responseUrl("bare"), "trigger.bare.3");
            assertEquals(401, SignedClient.postUnsigned(base + "/slack/events", SignedClient.FORM, other)
                    .statusCode());
            assertEquals(401, SignedClient.post(base + "/slack/events", SignedClient.FORM, other, "wrong-secret")
                    .statusCode());

            // and the bare app does no work after the ack: nothing reaches the fake but Bolt's own auth.test
            Thread.sleep(200);
            assertTrue(slack.calls().stream().allMatch(c -> c.method().equals("auth.test")),
                    () -> "unexpected calls: " + slack.calls());
        }
    }
}
