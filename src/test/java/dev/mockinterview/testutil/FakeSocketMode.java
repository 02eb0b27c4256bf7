package dev.mockinterview.testutil;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A fake Slack Socket Mode endpoint (a WebSocket server on 127.0.0.1) that behaves like Slack's: it says
 * {@code hello} to every new connection, then delivers envelopes shaped exactly as Slack shapes them, and records the
 * app's acknowledgements by {@code envelope_id}.
 *
 * <p>The shapes follow Slack's own SDK (java-slack-sdk {@code MockSocketMode} and {@code EnvelopeTest}, and
 * {@code SocketModeRequestParser}, which turns {@code retry_attempt}/{@code retry_reason} into
 * {@code X-Slack-Retry-Num}/{@code X-Slack-Retry-Reason} headers):
 * <ul>
 *   <li>{@code hello}: {@code num_connections}, {@code debug_info} and {@code connection_info.app_id};</li>
 *   <li>{@code events_api}: the whole {@code event_callback} JSON as {@code payload},
 *       {@code accepts_response_payload: false}, and on the <em>first</em> delivery {@code retry_attempt: 0} and
 *       {@code retry_reason: ""}; a redelivery has a new {@code envelope_id}, the same payload (same
 *       {@code event_id}), {@code retry_attempt} of 1 or more and a reason such as {@code "timeout"};</li>
 *   <li>{@code slash_commands}: the command's fields as one JSON object, {@code accepts_response_payload: true};</li>
 *   <li>{@code interactive}: the block_actions / view_submission JSON, {@code accepts_response_payload} true for
 *       view_submission and block_suggestion (whose response Slack uses) and false for block_actions.</li>
 * </ul>
 * The app answers with {@code {"envelope_id": ...}}, optionally with a {@code payload}. An app that does not ack
 * leaves the envelope unacknowledged (Slack would then redeliver an {@code events_api} envelope).
 *
 * <p>Point the app's {@code apps.connections.open} at it with {@link #answerConnectionsOpen(FakeSlack)}. Every
 * envelope goes to the newest open connection. Anything the app sends that Slack would not accept (an ack for an
 * envelope never sent, a second ack, a message that is not JSON) is recorded in {@link #violations()}.
 * Thread-safe; waits on a condition variable, never sleeps.
 */
public final class FakeSocketMode implements AutoCloseable {
    public static final String EVENTS_API = "events_api";
    public static final String SLASH_COMMANDS = "slash_commands";
    public static final String INTERACTIVE = "interactive";
    /** The reason Slack gives when it redelivers an envelope the app did not acknowledge in time. */
    public static final String TIMEOUT = "timeout";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Interactive payload types whose ack payload Slack uses (modal errors/updates, select-menu options). */
    private static final Set<String> RESPONDING_INTERACTIONS = Set.of("view_submission", "block_suggestion");

    /** An envelope as sent to the app. */
    public record Envelope(String id, String type, ObjectNode json, Instant sentAt) {
        public JsonNode payload() {
            return json.path("payload");
        }

        /** {@code retry_attempt}, or -1 where the envelope type carries none. */
        public int retryAttempt() {
            return json.has("retry_attempt") ? json.path("retry_attempt").asInt() : -1;
        }

        public boolean acceptsResponsePayload() {
            return json.path("accepts_response_payload").asBoolean();
        }
    }

    /**
     * An acknowledgement from the app.
     *
     * @param payload the ack's {@code payload}, or null when it sent only the envelope id
     * @param latency from sending the envelope to receiving its ack
     */
    public record Ack(String envelopeId, JsonNode payload, String raw, Duration latency) {
        public boolean hasPayload() {
            return payload != null && !payload.isNull();
        }
    }

    private final Server server;
    private final String ticket = UUID.randomUUID().toString();
    private final AtomicInteger connectionsOpened = new AtomicInteger();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    // guarded by lock
    private final Map<String, Envelope> sent = new LinkedHashMap<>();
    private final Map<String, Ack> acks = new LinkedHashMap<>();
    private final List<String> violations = new ArrayList<>();
    private final List<String> handshakes = new ArrayList<>();
    private WebSocket current;
    private volatile boolean refusing;

    /** Starts listening on 127.0.0.1 at a free port. */
    public FakeSocketMode() {
        this.server = new Server();
        server.start();
        try {
            if (!server.started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("fake Socket Mode server did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (server.failure != null) {
            throw new IllegalStateException("fake Socket Mode server failed to start", server.failure);
        }
    }

    /** The WebSocket URL {@code apps.connections.open} hands out, shaped like Slack's {@code wss://.../link/?ticket=}. */
    public String url() {
        return "ws://127.0.0.1:" + server.getPort() + "/link/?ticket=" + ticket + "&app_id=" + FakeSlack.APP_ID;
    }

    /** Makes {@code fake}'s {@code apps.connections.open} answer with {@link #url()}, as Slack answers it. */
    public void answerConnectionsOpen(FakeSlack fake) {
        fake.stub("apps.connections.open", 200, Map.of(),
                MAPPER.createObjectNode().put("ok", true).put("url", url()).toString());
    }

    /** Waits until an app is connected (and has been sent {@code hello}). */
    public void awaitConnected(Duration timeout) {
        awaitCondition(() -> current != null && current.isOpen(), timeout, "no app connected");
    }

    /** How many WebSocket connections the app has opened so far. */
    public int connectionsOpened() {
        return connectionsOpened.get();
    }

    /** The request path and query of every connection's handshake, in order. */
    public List<String> handshakes() {
        lock.lock();
        try {
            return List.copyOf(handshakes);
        } finally {
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------------------------------------- shapes

    /** The {@code hello} Slack sends first on every connection. */
    public static ObjectNode hello(String appId, int numConnections) {
        ObjectNode hello = MAPPER.createObjectNode().put("type", "hello").put("num_connections", numConnections);
        hello.putObject("debug_info").put("host", "applink-fake-1").put("build_number", 1)
                .put("approximate_connection_time", 18060);
        hello.putObject("connection_info").put("app_id", appId);
        return hello;
    }

    /**
     * An {@code events_api} envelope. Slack sends {@code retry_attempt: 0, retry_reason: ""} on a first delivery,
     * and an attempt of 1 or more with a reason on a redelivery.
     */
    public static ObjectNode eventsApiEnvelope(String envelopeId, JsonNode eventCallback, int retryAttempt,
                                               String retryReason) {
        if (retryAttempt < 0 || (retryAttempt == 0) != retryReason.isEmpty()) {
            throw new IllegalArgumentException("a first delivery has attempt 0 and reason \"\"; a redelivery has "
                    + "attempt >= 1 and a reason: " + retryAttempt + " \"" + retryReason + "\"");
        }
        if (!"event_callback".equals(eventCallback.path("type").asText())) {
            throw new IllegalArgumentException("an events_api payload is an event_callback: " + eventCallback);
        }
        ObjectNode e = MAPPER.createObjectNode().put("envelope_id", envelopeId);
        e.set("payload", eventCallback.deepCopy());
        return e.put("type", EVENTS_API).put("accepts_response_payload", false)
                .put("retry_attempt", retryAttempt).put("retry_reason", retryReason);
    }

    /** A {@code slash_commands} envelope: the command's fields as a JSON object; its response is shown. */
    public static ObjectNode slashCommandsEnvelope(String envelopeId, JsonNode command) {
        if (!command.path("command").isTextual()) {
            throw new IllegalArgumentException("a slash command payload has a command: " + command);
        }
        ObjectNode e = MAPPER.createObjectNode().put("envelope_id", envelopeId);
        e.set("payload", command.deepCopy());
        return e.put("type", SLASH_COMMANDS).put("accepts_response_payload", true);
    }

    /** An {@code interactive} envelope around a block_actions, view_submission, ... payload. */
    public static ObjectNode interactiveEnvelope(String envelopeId, JsonNode interaction) {
        String type = interaction.path("type").asText();
        if (type.isEmpty()) {
            throw new IllegalArgumentException("an interactive payload has a type: " + interaction);
        }
        ObjectNode e = MAPPER.createObjectNode().put("envelope_id", envelopeId);
        e.set("payload", interaction.deepCopy());
        return e.put("type", INTERACTIVE).put("accepts_response_payload", RESPONDING_INTERACTIONS.contains(type));
    }

    /** A fresh envelope id, shaped like Slack's (a UUID). */
    public static String newEnvelopeId() {
        return UUID.randomUUID().toString();
    }

    // --------------------------------------------------------------------------------------------- sending

    /** Delivers an event for the first time ({@code retry_attempt: 0, retry_reason: ""}). */
    public Envelope sendEvent(JsonNode eventCallback) {
        return send(eventsApiEnvelope(newEnvelopeId(), eventCallback, 0, ""));
    }

    /** Delivers an event as Slack's redelivery number {@code attempt} (1 or more), with reason "timeout". */
    public Envelope sendEventRetry(JsonNode eventCallback, int attempt) {
        return send(eventsApiEnvelope(newEnvelopeId(), eventCallback, attempt, TIMEOUT));
    }

    /** Redelivers an {@code events_api} envelope: a new envelope id, the same payload, the given attempt. */
    public Envelope redeliver(Envelope original, int attempt, String reason) {
        if (!EVENTS_API.equals(original.type())) {
            throw new IllegalArgumentException("Slack redelivers events_api envelopes only: " + original.type());
        }
        return send(eventsApiEnvelope(newEnvelopeId(), original.payload(), attempt, reason));
    }

    public Envelope sendSlashCommand(JsonNode command) {
        return send(slashCommandsEnvelope(newEnvelopeId(), command));
    }

    public Envelope sendInteractive(JsonNode interaction) {
        return send(interactiveEnvelope(newEnvelopeId(), interaction));
    }

    /** Sends any envelope (it must have an {@code envelope_id} and a {@code type}) to the newest connection. */
    public Envelope send(ObjectNode envelope) {
        String id = envelope.path("envelope_id").asText();
        String type = envelope.path("type").asText();
        if (id.isEmpty() || type.isEmpty()) {
            throw new IllegalArgumentException("an envelope has an envelope_id and a type: " + envelope);
        }
        String text = envelope.toString();
        lock.lock();
        try {
            WebSocket to = current;
            if (to == null || !to.isOpen()) {
                throw new AssertionError("FakeSocketMode: no app connected to send " + type + " " + id + " to");
            }
            if (sent.containsKey(id)) {
                throw new IllegalArgumentException("envelope id already used: " + id);
            }
            Envelope e = new Envelope(id, type, envelope.deepCopy(), Instant.now());
            sent.put(id, e);
            to.send(text);
            return e;
        } finally {
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------------------------------------- acks

    /** The ack of {@code envelope} once it arrives; AssertionError (listing what was acked) on timeout. */
    public Ack awaitAck(Envelope envelope, Duration timeout) {
        return awaitAck(envelope.id(), timeout).orElseThrow(() -> {
            lock.lock();
            try {
                return new AssertionError("FakeSocketMode: no ack for " + envelope.type() + " envelope "
                        + envelope.id() + " within " + timeout + "; acked: " + acks.keySet() + "; violations: "
                        + violations + "; payload: " + abbreviate(envelope.payload().toString()));
            } finally {
                lock.unlock();
            }
        });
    }

    /** The ack of an envelope, waiting up to {@code timeout}; empty if none arrived. */
    public Optional<Ack> awaitAck(String envelopeId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                Ack ack = acks.get(envelopeId);
                if (ack != null) {
                    return Optional.of(ack);
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return Optional.empty();
                }
                changed.awaitNanos(remaining);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted awaiting the ack of " + envelopeId, e);
        } finally {
            lock.unlock();
        }
    }

    /** Asserts that {@code envelope} is not acknowledged within {@code window} (waits the whole window). */
    public void assertNoAck(Envelope envelope, Duration window) {
        awaitAck(envelope.id(), window).ifPresent(ack -> {
            throw new AssertionError("FakeSocketMode: unexpected ack " + ack.raw() + " for " + envelope.type());
        });
    }

    /** Every ack so far, in arrival order. */
    public List<Ack> acks() {
        lock.lock();
        try {
            return List.copyOf(acks.values());
        } finally {
            lock.unlock();
        }
    }

    /** Every envelope sent so far, in order. */
    public List<Envelope> sent() {
        lock.lock();
        try {
            return List.copyOf(sent.values());
        } finally {
            lock.unlock();
        }
    }

    /** What the app sent that Slack would refuse or ignore. */
    public List<String> violations() {
        lock.lock();
        try {
            return List.copyOf(violations);
        } finally {
            lock.unlock();
        }
    }

    public void assertNoViolations() {
        List<String> v = violations();
        if (!v.isEmpty()) {
            throw new AssertionError("FakeSocketMode: the app sent what Slack would not accept:\n  "
                    + String.join("\n  ", v));
        }
    }

    /**
     * While true, every new connection is closed at once, before {@code hello}, as when Slack's side is down or a
     * ticket is no longer valid: the app stays disconnected however often it retries.
     */
    public void refuseConnections(boolean refuse) {
        refusing = refuse;
    }

    /** Closes every open connection from Slack's side, as when Slack restarts a server (the app reconnects). */
    public void dropConnections() {
        for (WebSocket c : server.getConnections()) {
            c.close(1001, "going away");
        }
    }

    /** Stops the server (idempotent); open connections are closed. */
    @Override
    public void close() {
        try {
            server.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------------------------------------- internals

    private void received(String message) {
        Instant at = Instant.now();
        lock.lock();
        try {
            JsonNode json;
            try {
                json = MAPPER.readTree(message);
            } catch (JsonProcessingException e) {
                violations.add("not JSON: " + abbreviate(message));
                return;
            }
            String id = json == null ? "" : json.path("envelope_id").asText();
            if (id.isEmpty()) {
                violations.add("no envelope_id: " + abbreviate(message));
                return;
            }
            Envelope envelope = sent.get(id);
            if (envelope == null) {
                violations.add("ack for an envelope never sent: " + abbreviate(message));
                return;
            }
            if (acks.containsKey(id)) {
                violations.add("second ack for " + envelope.type() + " " + id + ": " + abbreviate(message));
                return;
            }
            JsonNode payload = json.has("payload") ? json.get("payload") : null;
            if (payload != null && !payload.isNull() && !payload.isEmpty() && !envelope.acceptsResponsePayload()) {
                violations.add("a payload Slack ignores (accepts_response_payload is false) on " + envelope.type()
                        + " " + id + ": " + abbreviate(message));
            }
            acks.put(id, new Ack(id, payload, message, Duration.between(envelope.sentAt(), at)));
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void awaitCondition(java.util.function.BooleanSupplier condition, Duration timeout, String failure) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (!condition.getAsBoolean()) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw new AssertionError("FakeSocketMode: " + failure + " within " + timeout);
                }
                changed.awaitNanos(remaining);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted: " + failure, e);
        } finally {
            lock.unlock();
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    private final class Server extends WebSocketServer {
        final CountDownLatch started = new CountDownLatch(1);
        volatile Exception failure;

        Server() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
            setDaemon(true);
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            if (refusing) {
                conn.close(1011, "server unavailable");
                return;
            }
            lock.lock();
            try {
                handshakes.add(handshake.getResourceDescriptor());
                current = conn;
                int open = (int) getConnections().stream().filter(WebSocket::isOpen).count();
                conn.send(hello(FakeSlack.APP_ID, Math.max(open, 1)).toString());
                connectionsOpened.incrementAndGet();
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            received(message);
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            lock.lock();
            try {
                if (current == conn) {
                    current = getConnections().stream().filter(c -> c != conn && c.isOpen()).reduce((a, b) -> b)
                            .orElse(null);
                }
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
            if (conn == null) {
                failure = ex;
                started.countDown();
            }
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }
}
