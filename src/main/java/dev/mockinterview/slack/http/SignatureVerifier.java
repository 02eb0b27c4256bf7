package dev.mockinterview.slack.http;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies Slack's v0 request signature over the raw body bytes: {@code v0=hex(HMAC-SHA256(secret,
 * "v0:" + timestamp + ":" + body))}, and refuses timestamps more than five minutes from now.
 */
public final class SignatureVerifier {
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final byte[] secret;
    private final Clock clock;
    /**
     * Signatures accepted recently, by their first 64 bits: the same signed request twice is a replay. A number
     * instead of the 67-character string keeps the 200,000-entry bound small; two genuine signatures sharing 64 bits
     * is a one-in-2^64 chance, and would only refuse the second.
     */
    private final com.github.benmanes.caffeine.cache.Cache<Long, Boolean> accepted;

    public SignatureVerifier(String signingSecret, Clock clock) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
        this.accepted = com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
                .maximumSize(200_000)
                // Twice the freshness window: a replay is refused for as long as its timestamp could pass.
                .expireAfterWrite(MAX_AGE.multipliedBy(2))
                .build();
    }

    /** Why a request was refused, or {@code null} when it is genuine. Never includes the signature itself. */
    public String problem(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null) {
            return "missing signature headers";
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return "malformed timestamp";
        }
        long now = clock.instant().getEpochSecond();
        // Compared without subtraction of the untrusted value, which could overflow.
        if (seconds < now - MAX_AGE.toSeconds() || seconds > now + MAX_AGE.toSeconds()) {
            return "stale timestamp";
        }
        byte[] expected = ("v0=" + HexFormat.of().formatHex(hmac(timestamp.strip(), body)))
                .getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.strip().getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return "signature mismatch";
        }
        // Slack signs every delivery afresh (a retry has a new timestamp), so an identical signature is a replay.
        long key = Long.parseUnsignedLong(new String(expected, 3, 16, StandardCharsets.US_ASCII), 16);
        return accepted.asMap().putIfAbsent(key, Boolean.TRUE) == null ? null : "replayed request";
    }

    private byte[] hmac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
