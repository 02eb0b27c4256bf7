package dev.mockinterview.slack.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.mockinterview.testutil.SlackSigner;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("SignatureVerifier")
class SignatureVerifierTest {
    private static final String SECRET = "FAKE-signing-secret-3c5e7a9b";
    private static final long NOW = 1_700_000_000L;
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
    private static final String BODY = "token=x&team_id=T1&user_id=U1&command=%2Fmockinterview&text=";

    private final SignatureVerifier verifier = new SignatureVerifier(SECRET, CLOCK);

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private String check(long timestamp, String body) {
        return verifier.problem(Long.toString(timestamp), SlackSigner.signature(SECRET, timestamp, body), utf8(body));
    }

    @Test
    @DisplayName("accepts a request signed with the secret at the current time")
    void valid() {
        assertNull(check(NOW, BODY));
    }

    @Test
    @DisplayName("a replay of an accepted request is refused; the same body signed at another second is not a replay")
    void replay() {
        // given a request accepted once
        assertNull(check(NOW, BODY));

        // when the identical signed request comes again, then it is a replay
        assertEquals("replayed request", check(NOW, BODY));
        assertEquals("replayed request", verifier.problem(" " + NOW + " ",
                " " + SlackSigner.signature(SECRET, NOW, BODY) + " ", utf8(BODY)), "whitespace does not disguise it");

        // and Slack's redelivery, signed afresh, is a new request
        assertNull(check(NOW - 1, BODY));
        assertNull(check(NOW, BODY + "&x=1"));
    }

    @Test
    @DisplayName("accepts the worked example from Slack's documentation (signature computed here with javax.crypto)")
    void slackDocsExample() throws Exception {
        // given
        String secret = "8f742231b10e8888abcd99yyyzzz85a5";
        long timestamp = 1531420618L;
        String body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
                + "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner"
                + "&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands"
                + "%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
                + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "v0=" + HexFormat.of().formatHex(
                mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
        assertEquals("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", signature);
        var atThatTime = new SignatureVerifier(secret, Clock.fixed(Instant.ofEpochSecond(timestamp), ZoneOffset.UTC));

        // when / then
        assertNull(atThatTime.problem(Long.toString(timestamp), signature, utf8(body)));
    }

    @Test
    @DisplayName("refuses a request signed with another secret, without echoing the signature")
    void wrongSecret() {
        // given
        String signature = SlackSigner.signature("another-secret", NOW, BODY);

        // when
        String problem = verifier.problem(Long.toString(NOW), signature, utf8(BODY));

        // then
        assertEquals("signature mismatch", problem);
        assertFalse(problem.contains(signature.substring(3)));
    }

    @Test
    @DisplayName("refuses a tampered body")
    void tamperedBody() {
        // given
        String signature = SlackSigner.signature(SECRET, NOW, BODY);

        // when / then
        assertEquals("signature mismatch", verifier.problem(Long.toString(NOW), signature, utf8(BODY + "&admin=1")));
        assertEquals("signature mismatch", verifier.problem(Long.toString(NOW), signature, utf8(BODY + "\n")));
    }

    @Test
    @DisplayName("refuses a signature moved to another timestamp")
    void signatureForAnotherTimestamp() {
        // given
        String signature = SlackSigner.signature(SECRET, NOW - 10, BODY);

        // when / then
        assertEquals("signature mismatch", verifier.problem(Long.toString(NOW), signature, utf8(BODY)));
    }

    @Test
    @DisplayName("refuses a correctly signed timestamp 301 s old or 301 s in the future")
    void staleTimestamps() {
        assertEquals("stale timestamp", check(NOW - 301, BODY));
        assertEquals("stale timestamp", check(NOW + 301, BODY));
        assertEquals("stale timestamp", check(0, BODY));
    }

    @Test
    @DisplayName("accepts a timestamp 299 s (and exactly 300 s) either side of now")
    void withinFiveMinutes() {
        assertNull(check(NOW - 299, BODY));
        assertNull(check(NOW + 299, BODY));
        assertNull(check(NOW - 300, BODY));
        assertNull(check(NOW + 300, BODY));
    }

    @Test
    @DisplayName("verifies a non-ASCII body (\"\u00e9 \uD83C\uDF89\") on its UTF-8 bytes, whatever the platform charset")
    void nonAsciiBody() {
        // given
        String body = "{\"text\":\"\u00e9 \uD83C\uDF89\"}";
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        String signature = SlackSigner.signature(SECRET, NOW, raw);

        // when / then
        assertNull(verifier.problem(Long.toString(NOW), signature, raw));
        assertEquals("signature mismatch", verifier.problem(Long.toString(NOW), signature,
                body.getBytes(StandardCharsets.ISO_8859_1)), "the same text in other bytes is another body");
    }

    @Test
    @DisplayName("refuses a request without the timestamp or signature header")
    void missingHeaders() {
        // given
        String signature = SlackSigner.signature(SECRET, NOW, BODY);

        // when / then
        assertEquals("missing signature headers", verifier.problem(null, signature, utf8(BODY)));
        assertEquals("missing signature headers", verifier.problem(Long.toString(NOW), null, utf8(BODY)));
        assertEquals("missing signature headers", verifier.problem(null, null, utf8(BODY)));
    }

    @ParameterizedTest(name = "timestamp \"{0}\"")
    @ValueSource(strings = {"", "abc", "1700000000.5", "1e9", "99999999999999999999"})
    @DisplayName("refuses a malformed timestamp")
    void malformedTimestamp(String timestamp) {
        // when
        String problem = verifier.problem(timestamp, SlackSigner.signature(SECRET, NOW, BODY), utf8(BODY));

        // then
        assertEquals("malformed timestamp", problem);
    }

    @Test
    @DisplayName("refuses a signature without the v0= prefix or in another case")
    void signatureFormat() {
        // given
        String signature = SlackSigner.signature(SECRET, NOW, BODY);

        // when / then
        assertEquals("signature mismatch", verifier.problem(Long.toString(NOW), signature.substring(3), utf8(BODY)));
        assertEquals("signature mismatch", verifier.problem(Long.toString(NOW), "v1=" + signature.substring(3),
                utf8(BODY)));
        assertEquals("signature mismatch", verifier.problem(Long.toString(NOW), "", utf8(BODY)));
    }

    @Test
    @DisplayName("refuses a correctly signed timestamp whose distance from now overflows a long")
    void overflowingTimestamp() {
        // given
        long timestamp = NOW + Long.MIN_VALUE;

        // when / then
        assertEquals("stale timestamp", check(timestamp, BODY));
    }
}
