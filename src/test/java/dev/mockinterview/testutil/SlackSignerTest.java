package dev.mockinterview.testutil;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Expected values were computed outside Java with
 * {@code printf '%s' 'v0:<ts>:<body>' | openssl dgst -sha256 -hmac '<secret>'}.
 */
@DisplayName("SlackSigner")
class SlackSignerTest {

    private static final String SECRET = "test-signing-secret";

    @Test
    @DisplayName("reproduces the worked example in Slack's 'Verifying requests from Slack' docs")
    void slackDocsExample() {
        // given
        String secret = "8f742231b10e8888abcd99yyyzzz85a5";
        long timestamp = 1531420618L;
        String body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
                + "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner"
                + "&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands"
                + "%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
                + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

        // when
        String signature = SlackSigner.signature(secret, timestamp, body);

        // then
        assertEquals("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", signature);
    }

    @Test
    @DisplayName("signs the UTF-8 bytes of a non-ASCII body, whatever the platform charset")
    void nonAsciiBodyIsSignedAsUtf8() {
        // given
        String body = "{\"text\":\"\u00e9 \uD83C\uDF89\"}"; // {"text":"é 🎉"}

        // when
        String fromString = SlackSigner.signature(SECRET, 1700000000L, body);
        String fromBytes = SlackSigner.signature(SECRET, 1700000000L, body.getBytes(StandardCharsets.UTF_8));

        // then
        assertEquals("v0=40f20ee4946e857502eb715c29368fbb6f9cc8f4b80ca376425014bcf8327266", fromString);
        assertEquals(fromString, fromBytes);
    }

    @Test
    @DisplayName("a trailing newline is part of the signed body")
    void trailingNewlineMatters() {
        // when
        String without = SlackSigner.signature(SECRET, 1700000000L, "payload=x");
        String with = SlackSigner.signature(SECRET, 1700000000L, "payload=x\n");

        // then
        assertEquals("v0=e51f2405fd269eba61a53a75b6e51d748708dd5496a6416fc39de9d79a608a42", without);
        assertEquals("v0=453863ed414d3bfc5f773cf3f0f995d0f03ccea4c91b144fa9ff361d02d47b7f", with);
    }

    @Test
    @DisplayName("headers() gives the timestamp and signature headers, in that order")
    void headersAtTimestamp() {
        // when
        Map<String, String> headers = SlackSigner.headers(SECRET, 1700000000L, "payload=x");

        // then
        assertArrayEquals(new String[] {"X-Slack-Request-Timestamp", "X-Slack-Signature"},
                headers.keySet().toArray(new String[0]));
        assertEquals("1700000000", headers.get(SlackSigner.TIMESTAMP_HEADER));
        assertEquals("v0=e51f2405fd269eba61a53a75b6e51d748708dd5496a6416fc39de9d79a608a42",
                headers.get(SlackSigner.SIGNATURE_HEADER));
    }

    @Test
    @DisplayName("headers() without a timestamp signs at the current time")
    void headersNow() {
        // given
        long before = Instant.now().getEpochSecond();

        // when
        Map<String, String> headers = SlackSigner.headers(SECRET, "payload=x");

        // then
        long after = Instant.now().getEpochSecond();
        long ts = Long.parseLong(headers.get(SlackSigner.TIMESTAMP_HEADER));
        assertTrue(ts >= before && ts <= after, "timestamp " + ts + " not in [" + before + ", " + after + "]");
        assertEquals(SlackSigner.signature(SECRET, ts, "payload=x"), headers.get(SlackSigner.SIGNATURE_HEADER));
    }

    @Test
    @DisplayName("a different secret or timestamp gives a different signature")
    void inputsMatter() {
        // when
        List<String> signatures = List.of(
                SlackSigner.signature(SECRET, 1700000000L, "payload=x"),
                SlackSigner.signature("other-secret", 1700000000L, "payload=x"),
                SlackSigner.signature(SECRET, 1700000001L, "payload=x"));

        // then
        assertNotEquals(signatures.get(0), signatures.get(1));
        assertNotEquals(signatures.get(0), signatures.get(2));
        assertTrue(signatures.get(0).matches("v0=[0-9a-f]{64}"), signatures.get(0));
    }
}
