package dev.mockinterview.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.testutil.FakeSlack;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Load, short profile: many users at once against the real bot in HTTP mode")
class LoadShortProfileTest {

    @Test
    @DisplayName("40 users over 8 connections: every request acknowledged, no answer lost, no cross-user post, "
            + "no Block Kit violation")
    void shortProfile() throws Exception {
        // given the short profile
        int users = 40;
        int connections = 8;
        Duration budget = Duration.ofSeconds(60);

        // when it runs against the real bot
        LoadTool.Result r = LoadTool.run(users, connections, budget);
        r.lines().forEach(System.out::println); // latency figures are printed, never asserted

        // then
        assertEquals(List.of(), r.userFailures(), "every simulated user finished its interview");
        assertEquals(users, r.usersCompleted());
        assertEquals(users * 8, r.sent(), "8 requests per user: 5 steps, a signed click, 2 redeliveries");
        assertEquals(0, r.errors(), "errors");
        assertEquals(r.sent(), r.acknowledged(), "every request acknowledged");
        assertEquals(users, r.submissionsAcked(), "one acknowledged answer per user");
        assertEquals(0, r.lost(), () -> "lost answers: " + r.lostDetails());
        assertEquals(List.of(), r.lostDetails());
        assertEquals(users, r.answersInDb());
        assertTrue(r.dmPostsChecked() >= users, "at least one card per user was checked");
        assertEquals(List.of(), r.crossUserPosts(), "cross-user posts");
        assertEquals(List.of(), r.violations(), "Block Kit violations");
        assertEquals(users * 3, r.forgedSent(), "a wrong secret, a stale timestamp and a replay per user");
        assertEquals(0, r.forgedAccepted(), "forged requests accepted");
        assertEquals(users * 2, r.redeliveriesSent());
        assertEquals(List.of(), r.duplicatePosts(), "messages posted twice");
        assertEquals(List.of(), r.duplicateCards(), "cards posted twice");
        assertTrue(r.ok());
    }

    @Test
    @DisplayName("40 users while Slack answers 429s, 500s, slowly and drops connections: every request "
            + "acknowledged, nothing lost or posted twice, anyone whose question could not be delivered is told")
    void shortProfileWithSlackFaults() throws Exception {
        // given the short profile, with about one Slack call in five misbehaving
        int users = 40;

        // when it runs against the real bot
        LoadTool.Result r = LoadTool.run(users, 8, Duration.ofSeconds(90), LoadTool.slackFaults(2026));
        r.lines().forEach(System.out::println);

        // then faults were really injected, and none got through to the users' data or the ack path
        assertTrue(r.faultsInjected().values().stream().mapToInt(Integer::intValue).sum() > 20,
                () -> "faults injected: " + r.faultsInjected());
        assertTrue(r.faultsInjected().containsKey("drop_after"), () -> "faults injected: " + r.faultsInjected());
        assertEquals(List.of(), r.userFailures(), "every user finished or was told");
        assertEquals(users, r.usersCompleted());
        assertEquals(0, r.errors(), "errors");
        assertEquals(r.sent(), r.acknowledged(), "every request acknowledged, however Slack behaved");
        assertEquals(0, r.lost(), () -> "lost answers: " + r.lostDetails());
        assertEquals(List.of(), r.duplicatePosts(), "messages posted twice");
        assertEquals(List.of(), r.duplicateCards(), "cards posted twice");
        assertEquals(0, r.forgedAccepted());
        assertEquals(List.of(), r.crossUserPosts());
        assertTrue(r.ok());
    }

    @Test
    @DisplayName("The DM ownership check flags a button naming another user's session, an unknown one, or none")
    void ownershipCheckCanFail() {
        // given a card posted to Alice's DM whose buttons name session 7
        FakeSlack.Call post = dmPost("DUALICE", "[{\"type\":\"actions\",\"elements\":["
                + "{\"type\":\"button\",\"action_id\":\"mi_hint\",\"value\":\"7:q1\"}]}]");
        FakeSlack.Call junk = dmPost("DUALICE", "[{\"type\":\"actions\",\"elements\":["
                + "{\"type\":\"button\",\"action_id\":\"mi_hint\",\"value\":\"nonsense\"}]}]");

        // when checked against the right mapping, a wrong one, and one without the session
        List<String> right = LoadTool.foreignPosts(List.of(post), Map.of(7L, "UALICE"));
        List<String> wrong = LoadTool.foreignPosts(List.of(post), Map.of(7L, "UBOB"));
        List<String> unknown = LoadTool.foreignPosts(List.of(post), Map.of(8L, "UALICE"));
        List<String> malformed = LoadTool.foreignPosts(List.of(junk), Map.of(7L, "UALICE"));

        // then only the right mapping passes
        assertEquals(List.of(), right);
        assertEquals(1, wrong.size());
        assertTrue(wrong.get(0).contains("UBOB"), wrong.get(0));
        assertEquals(1, unknown.size());
        assertEquals(1, malformed.size());
    }

    @Test
    @DisplayName("The lost-answer check flags a missing answer and an extra one")
    void lostCheckCanFail() {
        // given acknowledged submissions per user
        Map<String, Integer> acked = Map.of("U1", 2, "U2", 1);

        // when the database matches, misses one, or has an extra
        List<String> same = LoadTool.lostAnswers(acked, Map.of("U1", 2, "U2", 1));
        List<String> missing = LoadTool.lostAnswers(acked, Map.of("U1", 1, "U2", 1));
        List<String> extra = LoadTool.lostAnswers(acked, Map.of("U1", 2, "U2", 1, "U3", 1));

        // then
        assertEquals(List.of(), same);
        assertEquals(1, missing.size());
        assertTrue(missing.get(0).startsWith("U1"), missing.get(0));
        assertEquals(1, extra.size());
        assertFalse(extra.get(0).startsWith("U1"));
    }

    private static FakeSlack.Call dmPost(String channel, String blocks) {
        return new FakeSlack.Call("chat.postMessage", null, Map.of("channel", channel, "blocks", blocks), "", null,
                null, Map.of(), Instant.now(), 200, "{\"ok\":true}", List.of());
    }
}
