package dev.mockinterview.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Posts requests to the app the way Slack does: signed with {@link SlackSigner}, body sent as its exact UTF-8 bytes
 * (nothing appended), HTTP/1.1, Slack's User-Agent. Responses are decoded with the charset the server declares,
 * UTF-8 when it declares none (never the platform default). Static and thread-safe; one shared JDK client.
 */
public final class SignedClient {

    /** What Slack sends for slash commands and interactivity ({@code payload=...}); it adds no charset. */
    public static final String FORM = "application/x-www-form-urlencoded";
    /** What Slack sends for the Events API. */
    public static final String JSON = "application/json";
    public static final String USER_AGENT = "Slackbot 1.0 (+https://api.slack.com/robots)";
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private SignedClient() {
    }

    /** Signed at the current time. */
    public static HttpResponse<String> post(String url, String contentType, String body, String signingSecret) {
        return post(url, contentType, body, signingSecret, Instant.now().getEpochSecond(), Map.of());
    }

    /** Signed at an explicit timestamp (epoch seconds), e.g. six minutes ago to test replay protection. */
    public static HttpResponse<String> post(String url, String contentType, String body, String signingSecret,
                                            long timestamp) {
        return post(url, contentType, body, signingSecret, timestamp, Map.of());
    }

    /** Signed at the current time, plus extra headers, e.g. {@code X-Slack-Retry-Num: 1}. */
    public static HttpResponse<String> post(String url, String contentType, String body, String signingSecret,
                                            Map<String, String> extraHeaders) {
        return post(url, contentType, body, signingSecret, Instant.now().getEpochSecond(), extraHeaders);
    }

    /** Signed at {@code timestamp}, plus extra headers. Extra headers are added after (not instead of) the signature. */
    public static HttpResponse<String> post(String url, String contentType, String body, String signingSecret,
                                            long timestamp, Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>(SlackSigner.headers(signingSecret, timestamp, body));
        headers.putAll(extraHeaders);
        return send(url, contentType, body, headers);
    }

    /**
     * Sends exactly the given timestamp and signature headers, for a wrong or malformed signature
     * (e.g. one made with another secret, or {@code "v0=deadbeef"}). A null value leaves that header out.
     */
    public static HttpResponse<String> postWithSignature(String url, String contentType, String body,
                                                         String timestampHeader, String signatureHeader) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (timestampHeader != null) {
            headers.put(SlackSigner.TIMESTAMP_HEADER, timestampHeader);
        }
        if (signatureHeader != null) {
            headers.put(SlackSigner.SIGNATURE_HEADER, signatureHeader);
        }
        return send(url, contentType, body, headers);
    }

    /** No signature headers at all. */
    public static HttpResponse<String> postUnsigned(String url, String contentType, String body) {
        return send(url, contentType, body, Map.of());
    }

    public static HttpResponse<String> get(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("User-Agent", USER_AGENT)
                .GET()
                .build();
        return execute(request);
    }

    private static HttpResponse<String> send(String url, String contentType, String body,
                                             Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("User-Agent", USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        return execute(b.build());
    }

    private static HttpResponse<String> execute(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + request.method() + " " + request.uri(), e);
        }
    }
}
