package dev.mockinterview.testutil;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signs a request body the way Slack does (https://api.slack.com/authentication/verifying-requests-from-slack):
 * {@code v0=} + hex(HMAC-SHA256(signingSecret, "v0:" + timestamp + ":" + rawBody)), over UTF-8 bytes.
 * Plain javax.crypto; independent of the Slack SDK so it can catch a verifier bug rather than share it.
 */
public final class SlackSigner {

    public static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Slack-Signature";

    private SlackSigner() {
    }

    /** The {@code X-Slack-Signature} value for {@code body} (taken as its UTF-8 bytes) at {@code timestamp}. */
    public static String signature(String signingSecret, long timestamp, String body) {
        return signature(signingSecret, timestamp, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code X-Slack-Signature} value for the exact raw body bytes at {@code timestamp} (epoch seconds). */
    public static String signature(String signingSecret, long timestamp, byte[] rawBody) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
            mac.update(rawBody);
            return "v0=" + HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Both headers, {@code X-Slack-Request-Timestamp} then {@code X-Slack-Signature}, for the given timestamp. */
    public static Map<String, String> headers(String signingSecret, long timestamp, String body) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put(TIMESTAMP_HEADER, Long.toString(timestamp));
        h.put(SIGNATURE_HEADER, signature(signingSecret, timestamp, body));
        return Collections.unmodifiableMap(h);
    }

    /** Both headers, signed at the current time. */
    public static Map<String, String> headers(String signingSecret, String body) {
        return headers(signingSecret, Instant.now().getEpochSecond(), body);
    }
}
