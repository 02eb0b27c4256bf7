package dev.mockinterview.slack.http;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves Slack over the JDK's built-in HTTP server: {@code POST /slack/events} (signature verified on the raw
 * bytes, then handed to Bolt) and {@code GET /healthz}. In Socket Mode only the health endpoint is served.
 */
public final class SlackHttpServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SlackHttpServer.class);
    /** Slack's payloads are a few KB; anything far larger is refused before it is read whole. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    private final HttpServer server;
    private final App app;
    private final SlackRequestParser parser;
    private final SignatureVerifier verifier;
    private final HealthCheck health;
    /** Slack requests being handled, so that a stop lets them finish. */
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * @param app      the Bolt app, or null to serve health only (Socket Mode)
     * @param verifier required when {@code app} is given
     */
    public SlackHttpServer(int port, App app, SignatureVerifier verifier, HealthCheck health, ExecutorService executor) {
        // Without this every reply waits ~40 ms on Nagle's algorithm.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.app = app;
        this.parser = app == null ? null : new SlackRequestParser(app.config());
        this.verifier = verifier;
        this.health = health;
        try {
            this.server = HttpServer.create(new InetSocketAddress(port), 256);
        } catch (BindException e) {
            throw new IllegalStateException("Port " + port + " is already in use, probably by another mockinterview. "
                    + "Stop the other process, or set PORT to a free port.", e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on port " + port + ": " + e.getMessage(), e);
        }
        server.setExecutor(executor);
        server.createContext("/healthz", this::health);
        if (app != null) {
            server.createContext("/slack/events", this::slack);
        }
    }

    public void start() {
        server.start();
    }

    /** The port actually bound (useful with PORT=0). */
    public int port() {
        return server.getAddress().getPort();
    }

    private void health(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "application/json", "{\"error\":\"use GET\"}");
                return;
            }
            HealthCheck.Status status = health.check();
            send(exchange, status.ok() ? 200 : 503, "application/json", status.json());
        }
    }

    private void slack(HttpExchange exchange) throws IOException {
        inFlight.incrementAndGet();
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                send(exchange, 405, "text/plain", "use POST");
                return;
            }
            String length = exchange.getRequestHeaders().getFirst("Content-Length");
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > MAX_BODY_BYTES) {
                // Refused before reading a byte of it.
                send(exchange, 413, "text/plain", "request body too large");
                return;
            }
            byte[] body = readBounded(exchange.getRequestBody());
            if (body == null) {
                send(exchange, 413, "text/plain", "request body too large");
                return;
            }
            var headers = exchange.getRequestHeaders();
            String problem = verifier.problem(headers.getFirst("X-Slack-Request-Timestamp"),
                    headers.getFirst("X-Slack-Signature"), body);
            if (problem != null) {
                log.info("refused a request to /slack/events: {}", problem);
                send(exchange, 401, "text/plain", "invalid signature");
                return;
            }
            Map<String, List<String>> lowerCased = new HashMap<>();
            headers.forEach((k, v) -> lowerCased.put(k.toLowerCase(Locale.ROOT), v));
            Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(exchange.getRequestURI().getPath())
                    .queryString(Map.of())
                    .headers(new RequestHeaders(lowerCased))
                    .requestBody(new String(body, StandardCharsets.UTF_8))
                    .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                    .build());
            if (request == null) {
                send(exchange, 400, "text/plain", "unrecognised Slack request");
                return;
            }
            // Journaled and deduplicated by the Bolt app's Inbox, as over Socket Mode.
            Response response = app.run(request);
            if (response.getHeaders() != null) {
                response.getHeaders().forEach((k, v) -> exchange.getResponseHeaders().put(k, v));
            }
            String contentType = response.getContentType() == null ? "text/plain" : response.getContentType();
            send(exchange, response.getStatusCode(), contentType, response.getBody() == null ? "" : response.getBody());
        } catch (Exception e) {
            log.error("failed to handle a Slack request: {}", e.toString(), e);
            send(exchange, 500, "text/plain", "internal error");
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        return bytes.length > MAX_BODY_BYTES ? null : bytes;
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (!contentType.contains("charset")) {
            contentType = contentType + "; charset=utf-8";
        }
        exchange.getResponseHeaders().set("Content-Type", contentType);
        if (exchange.getRequestMethod().equals("HEAD") || bytes.length == 0) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Stops accepting requests, letting in-flight ones finish for up to {@code graceSeconds}. */
    public void stop(int graceSeconds) {
        // The JDK's server waits out the whole grace period (JDK 17) even with nothing in flight: wait for our own
        // requests instead, then stop at once.
        for (int waited = 0; inFlight.get() > 0 && waited < graceSeconds * 1000; waited += 5) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        server.stop(0);
    }

    @Override
    public void close() {
        stop(0);
    }
}
