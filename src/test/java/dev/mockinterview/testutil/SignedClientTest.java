package dev.mockinterview.testutil;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uses FakeSlack's response_url endpoint as a recording server to see exactly what SignedClient sends. */
@DisplayName("SignedClient")
class SignedClientTest {

    private static final String SECRET = "test-signing-secret";
    private static final Duration WAIT = Duration.ofSeconds(5);

    private FakeSlack server;

    @BeforeEach
    void start() {
        server = new FakeSlack();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @DisplayName("post sends the exact UTF-8 body, signed at the current time")
    void postSignsNow() {
        // given
        String body = "{\"text\":\"\u00e9 \uD83C\uDF89\"}";
        long before = Instant.now().getEpochSecond();

        // when
        HttpResponse<String> res = SignedClient.post(server.responseUrl("now"), SignedClient.JSON, body, SECRET);

        // then
        assertEquals(200, res.statusCode());
        assertEquals("ok", res.body());
        FakeSlack.Call call = server.await(FakeSlack.RESPONSE_URL, WAIT);
        assertEquals(body, call.body(), "no trailing newline, no re-encoding");
        assertEquals("application/json", call.contentType());
        long ts = Long.parseLong(call.header("X-Slack-Request-Timestamp"));
        assertTrue(ts >= before && ts <= Instant.now().getEpochSecond(), "timestamp " + ts);
        assertEquals(SlackSigner.signature(SECRET, ts, body), call.header("X-Slack-Signature"));
        assertTrue(call.header("User-Agent").startsWith("Slackbot"), call.header("User-Agent"));
    }

    @Test
    @DisplayName("post with a timestamp and retry headers sends both, signed at that timestamp")
    void postWithTimestampAndHeaders() {
        // given
        long stale = Instant.now().getEpochSecond() - 6 * 60;

        // when
        SignedClient.post(server.responseUrl("retry"), SignedClient.FORM, "payload=x", SECRET, stale,
                Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));

        // then
        FakeSlack.Call call = server.await(FakeSlack.RESPONSE_URL, WAIT);
        assertEquals(Long.toString(stale), call.header("X-Slack-Request-Timestamp"));
        assertEquals(SlackSigner.signature(SECRET, stale, "payload=x"), call.header("X-Slack-Signature"));
        assertEquals("1", call.header("X-Slack-Retry-Num"));
        assertEquals("http_timeout", call.header("X-Slack-Retry-Reason"));
        assertEquals(SignedClient.FORM, call.contentType());
    }

    @Test
    @DisplayName("postWithSignature sends a wrong signature verbatim; postUnsigned sends none")
    void wrongAndMissingSignature() {
        // when
        SignedClient.postWithSignature(server.responseUrl("wrong"), SignedClient.FORM, "a=b", "1700000000",
                "v0=deadbeef");
        SignedClient.postUnsigned(server.responseUrl("unsigned"), SignedClient.FORM, "a=b");

        // then
        FakeSlack.Call wrong = server.await(FakeSlack.RESPONSE_URL, c -> "wrong".equals(c.name()), WAIT);
        assertEquals("v0=deadbeef", wrong.header("X-Slack-Signature"));
        assertEquals("1700000000", wrong.header("X-Slack-Request-Timestamp"));
        FakeSlack.Call unsigned = server.await(FakeSlack.RESPONSE_URL, c -> "unsigned".equals(c.name()), WAIT);
        assertNull(unsigned.header("X-Slack-Signature"));
        assertNull(unsigned.header("X-Slack-Request-Timestamp"));
    }

    @Test
    @DisplayName("get returns status and body")
    void get() {
        // when
        HttpResponse<String> res = SignedClient.get(server.apiUrl().replace("/api/", "/nothing-here"));

        // then
        assertEquals(404, res.statusCode());
        assertEquals("not found", res.body());
    }
}
