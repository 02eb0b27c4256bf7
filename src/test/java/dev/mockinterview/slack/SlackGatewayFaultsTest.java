package dev.mockinterview.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.SlackConfig;
import dev.mockinterview.slack.render.SlackMessage;
import dev.mockinterview.testutil.FakeSlack;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Posting when Slack misbehaves: retried within limits, and never posted twice. */
@DisplayName("SlackGateway under Slack faults")
class SlackGatewayFaultsTest {
    private final FakeSlack slack = new FakeSlack();
    private final List<Duration> waits = new ArrayList<>();
    private final SlackGateway gateway = new SlackGateway(com.slack.api.Slack.getInstance(config()).methods("xoxb-t"),
            HttpClient.newHttpClient(), SlackGateway.responseUrlHosts(slack.apiUrl()), waits::add,
            SlackGateway.counter("test"));

    private SlackConfig config() {
        SlackConfig c = new SlackConfig();
        c.setMethodsEndpointUrlPrefix(slack.apiUrl());
        c.setHttpClientReadTimeoutMillis(5_000);
        c.setHttpClientCallTimeoutMillis(10_000);
        return c;
    }

    @AfterEach
    void close() {
        slack.close();
    }

    private static FakeSlack.Faults only(double rateLimited, double serverError, double dropBefore, double dropAfter,
                                         Set<String> methods) {
        return new FakeSlack.Faults(rateLimited, 2, serverError, 0, Duration.ZERO, dropBefore, dropAfter, methods, 7);
    }

    private static SlackMessage msg(String text) {
        return new SlackMessage(text, List.of());
    }

    private int postedTo(String channel) {
        return (int) slack.calls("chat.postMessage").stream().filter(c -> channel.equals(c.param("channel"))).count();
    }

    @Test
    @DisplayName("a post whose answer is lost after Slack posted it is found by its tag, not posted again")
    void droppedAfterPosting() {
        // given Slack posts every message but the connection drops before the answer
        slack.injectFaults(only(0, 0, 0, 1, Set.of("chat.postMessage")));

        // when the bot posts
        String ts = gateway.post("DU1", msg("hello"));

        // then it was posted once, and its ts is the posted one
        assertEquals(1, postedTo("DU1"));
        assertEquals(slack.calls("chat.postMessage").get(0).answerJson().path("ts").asText(), ts);
        assertEquals(List.of(), slack.duplicatePosts());
        assertEquals(1, slack.calls("conversations.history").size(), "looked once before retrying");
    }

    @Test
    @DisplayName("a thread reply whose answer is lost is found in the thread, not posted again")
    void replyDroppedAfterPosting() {
        // given a parent message, then every reply dropped after posting
        String parent = gateway.post("DU1", msg("question"));
        slack.injectFaults(only(0, 0, 0, 1, Set.of("chat.postMessage")));

        // when the bot replies in the thread
        String ts = gateway.reply("DU1", parent, msg("feedback"));

        // then the reply is there once, found through conversations.replies
        assertEquals(2, postedTo("DU1"));
        assertTrue(Double.parseDouble(ts) > Double.parseDouble(parent));
        assertEquals(1, slack.calls("conversations.replies").size());
        assertEquals(List.of(), slack.duplicatePosts());
    }

    @Test
    @DisplayName("a connection dropped before Slack posted is retried after looking, and posts once")
    void droppedBeforePosting() {
        // given every attempt is dropped before Slack processes it
        FakeSlack.Faults plan = only(0, 0, 1, 0, Set.of("chat.postMessage"));
        slack.injectFaults(plan);

        // when the bot posts, it gives up after the attempt limit
        assertThrows(DeliveryException.class, () -> gateway.post("DU1", msg("hello")));

        // then nothing was posted, and each retry waited first
        assertEquals(0, postedTo("DU1"));
        assertEquals(3, waits.size(), "4 attempts, 3 waits");
        assertEquals(4, slack.faultCounts().get("drop_before"));
    }

    @Test
    @DisplayName("a 429 waits for Retry-After and does not look for the message (Slack did not post it)")
    void rateLimited() {
        // given Slack rate-limits every post
        slack.injectFaults(only(1, 0, 0, 0, Set.of("chat.postMessage")));

        // when the bot posts
        assertThrows(DeliveryException.class, () -> gateway.post("DU1", msg("hello")));

        // then it waited Retry-After (2 s) between attempts, never looked up the history, and posted nothing
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2)), waits);
        assertEquals(0, slack.calls("conversations.history").size());
        assertEquals(0, postedTo("DU1"));
    }

    @Test
    @DisplayName("under a random mix of 429s, 500s and dropped connections, 120 posts make no duplicate")
    void randomMix() {
        // given about half of all calls misbehave, the lookups included
        slack.injectFaults(new FakeSlack.Faults(0.1, 1, 0.15, 0, Duration.ZERO, 0.1, 0.15,
                Set.of("chat.postMessage", "conversations.history", "conversations.replies"), 42));

        // when 120 messages are posted
        int delivered = 0;
        int failed = 0;
        List<String> tss = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            try {
                tss.add(gateway.post("DU" + (i % 10), msg("m" + i)));
                delivered++;
            } catch (DeliveryException e) {
                failed++;
            }
        }

        // then each delivered post is in the channel exactly once, none twice, and failures were reported
        assertEquals(List.of(), slack.duplicatePosts());
        assertEquals(120, delivered + failed);
        assertEquals(delivered, tss.stream().distinct().count());
        int inChannels = 0;
        for (int c = 0; c < 10; c++) {
            inChannels += postedTo("DU" + c);
        }
        assertTrue(inChannels >= delivered && inChannels <= 120, "posted " + inChannels + ", delivered " + delivered);
        assertTrue(slack.faultCounts().getOrDefault("drop_after", 0) > 0, "the mix dropped some answers");
    }
}
