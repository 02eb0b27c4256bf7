package dev.mockinterview.testutil;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * A fake Slack Web API (and response_url endpoint) on the JDK's HttpServer, for end-to-end tests.
 *
 * <p>Point the app's Web API base at {@link #apiUrl()}; calls arrive as {@code POST /api/<method>} and are recorded
 * as immutable {@link Call}s, then answered with a realistic default, a queued one-shot answer ({@link #enqueue}),
 * or a persistent stub ({@link #stub}). Block Kit in {@code blocks} / {@code view} arguments is checked with
 * {@link BlockKitLimits}; a violation is recorded ({@link #violations()}) and rejected the way Slack rejects it.
 * Tests wait for calls with {@link #await} (condition variable, no sleeps).
 *
 * <p>Order of answering a call: queued answer (FIFO, one-shot) &gt; stub &gt; {@code not_authed} (no
 * {@code Authorization} header and no {@code token} argument on {@code /api/}) &gt; {@code invalid_json} &gt;
 * Block Kit violation &gt; default answer. Violations are recorded whichever answer wins.
 *
 * <p>Only the JDK and Jackson; no Slack SDK. Thread-safe. Not tied to the platform charset: bodies are decoded and
 * answers encoded as UTF-8.
 */
public final class FakeSlack implements AutoCloseable {

    public static final String TEAM_ID = "T0001";
    public static final String TEAM_DOMAIN = "fake-workspace";
    public static final String TEAM_NAME = "Fake Workspace";
    public static final String BOT_USER_ID = "UBOT";
    public static final String BOT_ID = "BBOT";
    public static final String APP_ID = "A0001";
    public static final String DEFAULT_TZ = "Europe/Berlin";
    /** The method name recorded for POSTs to {@link #responseUrl(String)}. */
    public static final String RESPONSE_URL = "response_url";
    public static final int MAX_TEXT = 40_000;
    public static final String JSON_UTF8 = "application/json; charset=utf-8";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> MESSAGE_METHODS =
            Set.of("chat.postMessage", "chat.update", "chat.postEphemeral", "chat.scheduleMessage", RESPONSE_URL);
    private static final Set<String> VIEW_METHODS = Set.of("views.open", "views.push", "views.update", "views.publish");
    private static final long TS_BASE_SECONDS = 1_700_000_000L;

    /** One request as received. Immutable. */
    public record Call(
            /** Web API method ("chat.postMessage") or {@value FakeSlack#RESPONSE_URL}. */
            String method,
            /** For response_url calls the name given to {@link FakeSlack#responseUrl(String)}, else null. */
            String name,
            /** Query + body arguments. Form fields decoded; for JSON bodies the top-level fields, strings as-is,
             *  other values as their JSON text, JSON nulls left out. Unmodifiable, insertion-ordered. */
            Map<String, String> params,
            /** Raw body decoded as UTF-8. */
            String body,
            /** Content-Type request header, or null. */
            String contentType,
            /** Authorization request header, or null. */
            String authorization,
            /** All request headers, names lower-cased, first value of each. Unmodifiable. */
            Map<String, String> headers,
            Instant receivedAt,
            /** HTTP status the fake answered with. */
            int status,
            /** Body the fake answered with. */
            String answer,
            /** Block Kit / text-length violations found in this call (empty when fine). */
            List<String> violations) {

        public Call {
            Objects.requireNonNull(method, "method");
            params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
            headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
            violations = List.copyOf(violations);
        }

        /** An argument's value, or null when absent. */
        public String param(String name) {
            return params.get(name);
        }

        /** A request header (any case), or null. */
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /**
         * An argument parsed as JSON (e.g. {@code json("blocks")}, {@code json("view")}). A missing argument gives
         * {@link MissingNode} (so {@code .path(..)} chains are safe); one that is not valid JSON throws
         * IllegalArgumentException.
         */
        public JsonNode json(String field) {
            String v = params.get(field);
            if (v == null) {
                return MissingNode.getInstance();
            }
            try {
                return MAPPER.readTree(v);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(method + ": argument '" + field + "' is not JSON: " + v, e);
            }
        }

        /** The whole body parsed as JSON (JSON requests, response_url posts); MissingNode if it is not JSON. */
        public JsonNode bodyJson() {
            try {
                JsonNode n = MAPPER.readTree(body);
                return n == null ? MissingNode.getInstance() : n;
            } catch (JsonProcessingException e) {
                return MissingNode.getInstance();
            }
        }

        /** The fake's answer parsed as JSON; MissingNode if it was not JSON (e.g. response_url's "ok"). */
        public JsonNode answerJson() {
            try {
                JsonNode n = MAPPER.readTree(answer);
                return n == null ? MissingNode.getInstance() : n;
            } catch (JsonProcessingException e) {
                return MissingNode.getInstance();
            }
        }

        /** The token the caller used: the Bearer value of Authorization, else the {@code token} argument. */
        public String token() {
            if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return authorization.substring(7).trim();
            }
            return params.get("token");
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(method);
            if (name != null) {
                sb.append('[').append(name).append(']');
            }
            sb.append(' ');
            StringBuilder ps = new StringBuilder("{");
            params.forEach((k, v) -> {
                if (ps.length() > 1) {
                    ps.append(", ");
                }
                ps.append(k).append('=').append(v.length() > 160 ? v.substring(0, 160) + "..." : v);
            });
            sb.append(ps).append("} -> ").append(status).append(' ')
                    .append(answer.length() > 160 ? answer.substring(0, 160) + "..." : answer);
            if (!violations.isEmpty()) {
                sb.append(" violations=").append(violations);
            }
            return sb.toString();
        }
    }

    private record Answer(int status, Map<String, String> headers, String body) {
        static Answer json(JsonNode node) {
            return new Answer(200, Map.of(), node.toString());
        }

        static Answer error(String error) {
            return json(NODES.objectNode().put("ok", false).put("error", error));
        }
    }

    private record UserSpec(String tz, boolean isAdmin, boolean isOwner) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    // guarded by lock
    private final List<Call> calls = new ArrayList<>();
    /** Messages posted successfully, per channel, for conversations.history. */
    private final Map<String, List<ObjectNode>> history = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<String> violations = new ArrayList<>();
    private final Map<String, Deque<Answer>> queued = new HashMap<>();
    private final Map<String, Answer> stubs = new HashMap<>();
    private long generation;
    // thread-safe on their own
    private final Map<String, UserSpec> users = new ConcurrentHashMap<>();
    private final AtomicLong tsSeq = new AtomicLong();
    private final AtomicLong viewSeq = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();

    /** Starts the server on 127.0.0.1 at a free port. */
    public FakeSlack() {
        AtomicInteger threadNo = new AtomicInteger();
        // Enough threads that slow answers (see Faults) do not hold up the others.
        this.executor = Executors.newFixedThreadPool(32, r -> {
            Thread t = new Thread(r, "fake-slack-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        } catch (IOException e) {
            executor.shutdownNow();
            throw new UncheckedIOException("cannot start FakeSlack", e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>/api/} — the Web API base (method names are appended). */
    public String apiUrl() {
        return "http://127.0.0.1:" + port() + "/api/";
    }

    /** A response_url; POSTs to it are recorded with method {@value #RESPONSE_URL} and this name. */
    public String responseUrl(String name) {
        return "http://127.0.0.1:" + port() + "/response/" + name;
    }

    // ------------------------------------------------------------------------------------------ programming

    /**
     * Queues a one-shot answer for the next call of {@code method} (use {@value #RESPONSE_URL} for response_url
     * posts). Answers queued for the same method are used in order. Without a Content-Type in {@code headers}, the
     * answer is sent as {@value #JSON_UTF8}. The call is recorded as usual.
     */
    public void enqueue(String method, int status, Map<String, String> headers, String body) {
        Answer a = new Answer(status, headers == null ? Map.of() : Map.copyOf(headers), body == null ? "" : body);
        lock.lock();
        try {
            queued.computeIfAbsent(method, k -> new ArrayDeque<>()).addLast(a);
        } finally {
            lock.unlock();
        }
    }

    /** Queues {@code 200 {"ok":false,"error":"<error>"}} for the next call of {@code method}. */
    public void enqueueError(String method, String error) {
        enqueue(method, 200, Map.of(), Answer.error(error).body());
    }

    /** Queues {@code 429, Retry-After: <seconds>, {"ok":false,"error":"ratelimited"}} for the next call. */
    public void enqueueRateLimited(String method, int retryAfterSeconds) {
        enqueue(method, 429, Map.of("Retry-After", Integer.toString(retryAfterSeconds)),
                Answer.error("ratelimited").body());
    }

    /** A persistent answer for every call of {@code method} (until {@link #reset()}); queued answers still win. */
    public void stub(String method, int status, Map<String, String> headers, String body) {
        Answer a = new Answer(status, headers == null ? Map.of() : Map.copyOf(headers), body == null ? "" : body);
        lock.lock();
        try {
            stubs.put(method, a);
        } finally {
            lock.unlock();
        }
    }

    /** What users.info says about {@code userId} (default: tz {@value #DEFAULT_TZ}, not admin, not owner). */
    public void setUser(String userId, String tz, boolean isAdmin, boolean isOwner) {
        ZoneId.of(tz); // fail fast on a bad zone id
        users.put(userId, new UserSpec(tz, isAdmin, isOwner));
    }

    /**
     * Random misbehaviour, each a probability per request: a {@code 429} with {@code Retry-After}, a {@code 500},
     * a slow answer, and the connection dropped mid-answer either before the request is processed (nothing posted)
     * or after (posted, but the caller never hears so). Refused and dropped-before attempts are not recorded as
     * calls; they are counted in {@link #faultCounts()}.
     *
     * @param methods the methods it applies to ({@value #RESPONSE_URL} for response_url posts)
     */
    public record Faults(double rateLimited, int retryAfterSeconds, double serverError, double slow, Duration slowBy,
                         double dropBefore, double dropAfter, Set<String> methods, long seed) {
        public Faults {
            double total = rateLimited + serverError + slow + dropBefore + dropAfter;
            if (total > 1 || rateLimited < 0 || serverError < 0 || slow < 0 || dropBefore < 0 || dropAfter < 0) {
                throw new IllegalArgumentException("fault probabilities must be >= 0 and sum to at most 1");
            }
            methods = Set.copyOf(methods);
        }
    }

    private enum Fault { RATE_LIMITED, SERVER_ERROR, SLOW, DROP_BEFORE, DROP_AFTER }

    private volatile Faults faults;
    private java.util.Random faultRandom;
    private final Map<String, AtomicInteger> faultCounts = new ConcurrentHashMap<>();

    /** Starts misbehaving as {@code plan} says; null to stop. */
    public void injectFaults(Faults plan) {
        lock.lock();
        try {
            this.faultRandom = plan == null ? null : new java.util.Random(plan.seed());
            this.faults = plan;
        } finally {
            lock.unlock();
        }
    }

    /** How many of each fault were injected, by kind (rate_limited, server_error, slow, drop_before, drop_after). */
    public Map<String, Integer> faultCounts() {
        Map<String, Integer> out = new java.util.TreeMap<>();
        faultCounts.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    private Fault drawFault(String method) {
        Faults plan = faults;
        if (plan == null || !plan.methods().contains(method)) {
            return null;
        }
        double x;
        lock.lock();
        try {
            x = faultRandom.nextDouble();
        } finally {
            lock.unlock();
        }
        Fault f = null;
        if ((x -= plan.rateLimited()) < 0) {
            f = Fault.RATE_LIMITED;
        } else if ((x -= plan.serverError()) < 0) {
            f = Fault.SERVER_ERROR;
        } else if ((x -= plan.slow()) < 0) {
            f = Fault.SLOW;
        } else if ((x -= plan.dropBefore()) < 0) {
            f = Fault.DROP_BEFORE;
        } else if (x - plan.dropAfter() < 0) {
            f = Fault.DROP_AFTER;
        }
        if (f != null) {
            faultCounts.computeIfAbsent(f.name().toLowerCase(Locale.ROOT), k -> new AtomicInteger()).incrementAndGet();
        }
        return f;
    }

    /** Answers with a promise of more bytes than it sends, then closes: the caller sees a dropped connection. */
    private static void drop(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", JSON_UTF8);
        ex.sendResponseHeaders(200, 64);
        ex.getResponseBody().write("{\"ok\":".getBytes(StandardCharsets.UTF_8));
        ex.getResponseBody().flush();
        // The JDK server closes the connection when a handler throws: the caller sees it cut mid-answer.
        throw new DroppedConnection();
    }

    private static final class DroppedConnection extends RuntimeException {
        DroppedConnection() {
            super("connection dropped on purpose", null, false, false);
        }
    }

    /**
     * Messages that were posted more than once: the same metadata tag (event type and payload) in one channel.
     * Each entry names the channel, the tag and how many times it was posted.
     */
    public List<String> duplicatePosts() {
        List<String> out = new ArrayList<>();
        history.forEach((channel, messages) -> {
            Map<String, Integer> seen = new java.util.TreeMap<>();
            for (ObjectNode m : messages) {
                JsonNode md = m.path("metadata");
                if (!md.isMissingNode() && md.has("event_type")) {
                    seen.merge(md.path("event_type").asText() + " " + md.path("event_payload"), 1, Integer::sum);
                }
            }
            seen.forEach((tag, n) -> {
                if (n > 1) {
                    out.add(channel + ": " + tag + " posted " + n + " times");
                }
            });
        });
        return out;
    }

    /** Forgets the messages kept for conversations.history and .replies (long benchmarks would grow them). */
    public void forgetHistory() {
        history.clear();
    }

    /** Forgets recorded calls, violations, queued answers, stubs and setUser overrides. Timestamps keep rising. */
    public void reset() {
        users.clear();
        lock.lock();
        try {
            calls.clear();
            violations.clear();
            queued.clear();
            stubs.clear();
            generation++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------------------------------------- reading

    public List<Call> calls() {
        lock.lock();
        try {
            return List.copyOf(calls);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The calls recorded from position {@code from} on (0: all of them), in order, so that a reader can follow new
     * calls without copying every call each time. Positions start again at 0 after {@link #reset()}.
     */
    public List<Call> callsFrom(int from) {
        lock.lock();
        try {
            return from >= calls.size() ? List.of() : List.copyOf(calls.subList(Math.max(0, from), calls.size()));
        } finally {
            lock.unlock();
        }
    }

    public List<Call> calls(String method) {
        lock.lock();
        try {
            return calls.stream().filter(c -> c.method().equals(method)).toList();
        } finally {
            lock.unlock();
        }
    }

    /** Every violation so far, each prefixed with its method, e.g. {@code chat.postMessage: blocks[0].text...}. */
    public List<String> violations() {
        lock.lock();
        try {
            return List.copyOf(violations);
        } finally {
            lock.unlock();
        }
    }

    /** Throws AssertionError listing the violations if there are any. */
    public void assertNoViolations() {
        List<String> v = violations();
        if (!v.isEmpty()) {
            throw new AssertionError("Block Kit violations sent to FakeSlack:\n  " + String.join("\n  ", v));
        }
    }

    /**
     * Waits until a call of {@code method} (null: any method) matching {@code match} has been recorded, counting
     * calls recorded before this was called, and returns the first such call. A predicate that throws counts as
     * "no match". On timeout throws AssertionError listing every call seen.
     */
    public Call await(String method, Predicate<Call> match, Duration timeout) {
        return awaitCount(method, match, 1, timeout).get(0);
    }

    /** {@link #await(String, Predicate, Duration)} for any call of {@code method}. */
    public Call await(String method, Duration timeout) {
        return await(method, c -> true, timeout);
    }

    /** Waits until at least {@code count} matching calls are recorded; returns the first {@code count}, in order. */
    public List<Call> awaitCount(String method, Predicate<Call> match, int count, Duration timeout) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Call> found = new ArrayList<>();
        List<String> predicateErrors = new ArrayList<>();
        lock.lock();
        try {
            long gen = generation;
            int scanned = 0;
            while (true) {
                if (gen != generation) { // reset() happened: start over
                    gen = generation;
                    scanned = 0;
                    found.clear();
                }
                for (; scanned < calls.size(); scanned++) {
                    Call c = calls.get(scanned);
                    if (matches(c, method, match, predicateErrors)) {
                        found.add(c);
                        if (found.size() == count) {
                            return List.copyOf(found);
                        }
                    }
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw new AssertionError("FakeSlack: expected " + count + " matching call(s) of "
                            + (method == null ? "any method" : method) + " within " + timeout + ", found "
                            + found.size() + describe(predicateErrors));
                }
                changed.awaitNanos(remaining);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while awaiting " + method, e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Asserts that no matching call of {@code method} (null: any) arrives within {@code window}, counting calls
     * already recorded. Waits the whole window on a condition variable (no polling).
     */
    public void assertNoCall(String method, Predicate<Call> match, Duration window) {
        long deadline = System.nanoTime() + window.toNanos();
        List<String> predicateErrors = new ArrayList<>();
        lock.lock();
        try {
            long gen = generation;
            int scanned = 0;
            while (true) {
                if (gen != generation) {
                    gen = generation;
                    scanned = 0;
                }
                for (; scanned < calls.size(); scanned++) {
                    Call c = calls.get(scanned);
                    if (matches(c, method, match, predicateErrors)) {
                        throw new AssertionError("FakeSlack: unexpected call " + c + describe(predicateErrors));
                    }
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return;
                }
                changed.awaitNanos(remaining);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted in assertNoCall " + method, e);
        } finally {
            lock.unlock();
        }
    }

    private static boolean matches(Call c, String method, Predicate<Call> match, List<String> predicateErrors) {
        if (method != null && !method.equals(c.method())) {
            return false;
        }
        try {
            return match.test(c);
        } catch (RuntimeException e) {
            predicateErrors.add(c.method() + ": " + e);
            return false;
        }
    }

    // must hold lock
    private String describe(List<String> predicateErrors) {
        StringBuilder sb = new StringBuilder("; calls seen (" + calls.size() + "):");
        if (calls.isEmpty()) {
            sb.append(" none");
        }
        for (int i = 0; i < calls.size(); i++) {
            sb.append("\n  #").append(i).append(' ').append(calls.get(i));
        }
        if (!predicateErrors.isEmpty()) {
            sb.append("\npredicate threw on: ").append(predicateErrors);
        }
        return sb.toString();
    }

    /** Stops the server at once (idempotent). */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------------------------------------- http

    private void handle(HttpExchange ex) {
        try {
            Instant receivedAt = Instant.now();
            String path = ex.getRequestURI().getPath();
            String method;
            String name = null;
            if (path.startsWith("/api/") && path.length() > "/api/".length()) {
                method = path.substring("/api/".length());
            } else if (path.startsWith("/response/") && path.length() > "/response/".length()) {
                method = RESPONSE_URL;
                name = path.substring("/response/".length());
            } else {
                send(ex, new Answer(404, Map.of("Content-Type", "text/plain; charset=utf-8"), "not found"));
                return;
            }
            byte[] raw = ex.getRequestBody().readAllBytes();
            String body = new String(raw, StandardCharsets.UTF_8);
            String contentType = ex.getRequestHeaders().getFirst("Content-Type");
            String authorization = ex.getRequestHeaders().getFirst("Authorization");

            Map<String, String> params = new LinkedHashMap<>();
            String rawQuery = ex.getRequestURI().getRawQuery();
            if (rawQuery != null) {
                params.putAll(parseForm(rawQuery));
            }
            boolean badJson = false;
            boolean isJson = contentType != null
                    && contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
            if (isJson || (method.equals(RESPONSE_URL) && contentType == null)) {
                try {
                    params.putAll(jsonParams(body));
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    badJson = true;
                }
            } else if (contentType == null
                    || contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                params.putAll(parseForm(body));
            }

            Fault fault = drawFault(method);
            if (fault == Fault.RATE_LIMITED) {
                send(ex, new Answer(429, Map.of("Retry-After", String.valueOf(faults.retryAfterSeconds())),
                        "{\"ok\":false,\"error\":\"ratelimited\"}"));
                return;
            } else if (fault == Fault.SERVER_ERROR) {
                send(ex, text(500, "internal_error"));
                return;
            } else if (fault == Fault.DROP_BEFORE) {
                drop(ex);
                return;
            } else if (fault == Fault.SLOW) {
                Thread.sleep(faults.slowBy().toMillis());
            }
            Validation v = validate(method, params);
            Answer answer = choose(method, params, authorization, badJson, v);

            Map<String, String> headers = new LinkedHashMap<>();
            ex.getRequestHeaders().forEach((k, vs) -> {
                if (!vs.isEmpty()) {
                    headers.putIfAbsent(k.toLowerCase(Locale.ROOT), vs.get(0));
                }
            });
            Call call = new Call(method, name, params, body, contentType, authorization, headers, receivedAt,
                    answer.status(), answer.body(), v.violations());
            lock.lock();
            try {
                calls.add(call);
                for (String s : v.violations()) {
                    violations.add(method + ": " + s);
                }
                changed.signalAll();
            } finally {
                lock.unlock();
            }
            if (fault == Fault.DROP_AFTER) {
                drop(ex);
                return;
            }
            send(ex, answer);
        } catch (DroppedConnection d) {
            throw d;
        } catch (Throwable t) {
            try {
                send(ex, new Answer(500, Map.of("Content-Type", "text/plain; charset=utf-8"),
                        "FakeSlack failed: " + t));
            } catch (IOException | RuntimeException ignored) {
                // headers were probably sent already; nothing more to do
            }
        } finally {
            ex.close();
        }
    }

    private Answer choose(String method, Map<String, String> params, String authorization, boolean badJson,
                          Validation v) {
        lock.lock();
        try {
            Deque<Answer> q = queued.get(method);
            if (q != null && !q.isEmpty()) {
                return q.pollFirst();
            }
            Answer stub = stubs.get(method);
            if (stub != null) {
                return stub;
            }
        } finally {
            lock.unlock();
        }
        boolean responseUrl = method.equals(RESPONSE_URL);
        if (!responseUrl && (authorization == null || authorization.isBlank()) && !params.containsKey("token")) {
            return Answer.error("not_authed");
        }
        if (badJson) {
            return responseUrl ? text(400, "invalid_payload") : Answer.error("invalid_json");
        }
        if (!v.violations().isEmpty()) {
            if (responseUrl) {
                // response_url sits on the incoming-webhook stack: an HTTP error status and a bare text reason
                return text(400, v.error());
            }
            ObjectNode err = NODES.objectNode().put("ok", false).put("error", v.error());
            if (!VIEW_METHODS.contains(method)) {
                ArrayNode errors = err.putArray("errors");
                v.violations().forEach(errors::add);
            }
            ArrayNode messages = err.putObject("response_metadata").putArray("messages");
            v.violations().forEach(s -> messages.add("[ERROR] " + s));
            return Answer.json(err);
        }
        return defaultAnswer(method, params);
    }

    private static Answer text(int status, String body) {
        return new Answer(status, Map.of("Content-Type", "text/plain; charset=utf-8"), body);
    }

    private static void send(HttpExchange ex, Answer a) throws IOException {
        byte[] bytes = a.body().getBytes(StandardCharsets.UTF_8);
        boolean hasContentType = a.headers().keySet().stream().anyMatch(k -> k.equalsIgnoreCase("Content-Type"));
        if (!hasContentType) {
            ex.getResponseHeaders().set("Content-Type", JSON_UTF8);
        }
        a.headers().forEach((k, val) -> ex.getResponseHeaders().set(k, val));
        ex.sendResponseHeaders(a.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
    }

    // ------------------------------------------------------------------------------------------- parsing

    /** Decodes an {@code application/x-www-form-urlencoded} string as UTF-8 ({@code +} is a space). First value
     *  of a repeated name wins; a malformed %-escape keeps that part raw. */
    public static Map<String, String> parseForm(String form) {
        Map<String, String> out = new LinkedHashMap<>();
        if (form == null || form.isEmpty()) {
            return out;
        }
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String val = eq < 0 ? "" : pair.substring(eq + 1);
            out.putIfAbsent(decode(k), decode(val));
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static Map<String, String> jsonParams(String body) throws JsonProcessingException {
        Map<String, String> out = new LinkedHashMap<>();
        if (body.isBlank()) {
            return out;
        }
        JsonNode root = MAPPER.readTree(body);
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        root.properties().forEach(e -> {
            JsonNode v = e.getValue();
            if (v.isNull()) {
                return;
            }
            out.put(e.getKey(), v.isTextual() ? v.asText() : v.toString());
        });
        return out;
    }

    // ---------------------------------------------------------------------------------------- validation

    private record Validation(List<String> violations, String error) {
    }

    private static Validation validate(String method, Map<String, String> params) {
        List<String> out = new ArrayList<>();
        String error = null;
        if (MESSAGE_METHODS.contains(method)) {
            String blocks = params.get("blocks");
            if (blocks != null) {
                JsonNode parsed = tryParse(blocks);
                if (parsed == null || !parsed.isArray()) {
                    out.add("blocks: not a JSON array");
                    error = "invalid_blocks_format";
                } else {
                    List<String> v = BlockKitLimits.check(parsed);
                    if (!v.isEmpty()) {
                        out.addAll(v);
                        error = "invalid_blocks";
                    }
                }
            }
            String text = params.get("text");
            if (text != null) {
                int n = text.codePointCount(0, text.length());
                if (n > MAX_TEXT) {
                    out.add("text: " + n + " chars > " + MAX_TEXT + " (msg_too_long)");
                    if (error == null) {
                        error = "msg_too_long";
                    }
                }
            }
        } else if (VIEW_METHODS.contains(method)) {
            String view = params.get("view");
            JsonNode parsed = view == null ? null : tryParse(view);
            List<String> v = BlockKitLimits.checkView(parsed);
            if (!v.isEmpty()) {
                out.addAll(v);
                error = "invalid_arguments";
            }
        }
        return new Validation(out, error);
    }

    private static JsonNode tryParse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------------------------- default answers

    private Answer defaultAnswer(String method, Map<String, String> p) {
        return switch (method) {
            case RESPONSE_URL -> text(200, "ok");
            case "auth.test" -> Answer.json(ok()
                    .put("url", "https://" + TEAM_DOMAIN + ".slack.com/")
                    .put("team", TEAM_NAME)
                    .put("user", "mockinterview")
                    .put("team_id", TEAM_ID)
                    .put("user_id", BOT_USER_ID)
                    .put("bot_id", BOT_ID)
                    .put("is_enterprise_install", false));
            case "conversations.open" -> conversationsOpen(p);
            case "chat.postMessage" -> postMessage(p);
            case "chat.update" -> chatUpdate(p);
            case "chat.postEphemeral" -> postEphemeral(p);
            case "views.open", "views.update", "views.publish" -> views(method, p);
            case "users.info" -> usersInfo(p);
            case "conversations.join" -> blank(p.get("channel"))
                    ? Answer.error("channel_not_found")
                    : Answer.json(withChannel(ok(), p.get("channel")));
            case "conversations.history" -> conversationsHistory(p);
            case "conversations.replies" -> conversationsReplies(p);
            // Slack's file upload: a URL to send the bytes to (here a response_url-style endpoint of this fake,
            // recorded as a RESPONSE_URL call named upload-<file id>), then the upload completed into a channel.
            case "files.getUploadURLExternal" -> blank(p.get("filename")) || blank(p.get("length"))
                    ? Answer.error("invalid_arguments")
                    : Answer.json(ok().put("upload_url", responseUrl("upload-F" + p.get("length")))
                            .put("file_id", "F" + p.get("length")));
            case "files.completeUploadExternal" -> blank(p.get("files"))
                    ? Answer.error("invalid_arguments")
                    : Answer.json(ok());
            case "conversations.info" -> blank(p.get("channel"))
                    ? Answer.error("channel_not_found")
                    : Answer.json(withChannel(ok(), p.get("channel")));
            default -> Answer.error("unknown_method");
        };
    }

    private static ObjectNode ok() {
        return NODES.objectNode().put("ok", true);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A fresh, unique, increasing message ts: 1700000000.000100, 1700000000.000200, ... */
    private String nextTs() {
        long n = tsSeq.incrementAndGet();
        return String.format(Locale.ROOT, "%d.%06d", TS_BASE_SECONDS + n / 10_000, (n % 10_000) * 100);
    }

    /** What Slack reports as the channel: posting to a user ID posts into the DM with that user. */
    private static String resolveChannel(String channel) {
        if (channel.startsWith("U") || channel.startsWith("W")) {
            return "D" + channel;
        }
        return channel;
    }

    private Answer conversationsOpen(Map<String, String> p) {
        String users = p.get("users");
        String id;
        if (!blank(users)) {
            List<String> ids = new ArrayList<>();
            for (String u : users.split(",")) {
                if (!u.isBlank()) {
                    ids.add(u.trim());
                }
            }
            id = ids.size() == 1 ? "D" + ids.get(0) : "G" + String.join("", ids);
        } else if (!blank(p.get("channel"))) {
            id = p.get("channel");
        } else {
            return Answer.error("users_list_not_supplied");
        }
        ObjectNode res = ok().put("no_op", true).put("already_open", true);
        res.putObject("channel").put("id", id);
        return Answer.json(res);
    }

    private Answer postMessage(Map<String, String> p) {
        if (blank(p.get("channel"))) {
            return Answer.error("channel_not_found");
        }
        if (blank(p.get("text")) && blank(p.get("blocks")) && blank(p.get("attachments"))) {
            return Answer.error("no_text");
        }
        String channel = resolveChannel(p.get("channel"));
        String ts = nextTs();
        ObjectNode res = ok().put("channel", channel).put("ts", ts);
        ObjectNode msg = message(p, ts);
        if (!blank(p.get("thread_ts"))) {
            msg.put("thread_ts", p.get("thread_ts"));
        }
        if (!blank(p.get("metadata"))) {
            try {
                msg.set("metadata", MAPPER.readTree(p.get("metadata")));
            } catch (JsonProcessingException e) {
                return Answer.error("invalid_metadata_format");
            }
        }
        res.set("message", msg);
        history.computeIfAbsent(channel, c -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(msg.deepCopy());
        return Answer.json(res);
    }

    /** conversations.history: messages posted to the channel after {@code oldest}, newest first. */
    private Answer conversationsHistory(Map<String, String> p) {
        if (blank(p.get("channel"))) {
            return Answer.error("channel_not_found");
        }
        double oldest = blank(p.get("oldest")) ? 0 : Double.parseDouble(p.get("oldest"));
        var messages = NODES.arrayNode();
        List<ObjectNode> posted = new ArrayList<>(history.getOrDefault(resolveChannel(p.get("channel")), List.of()));
        java.util.Collections.reverse(posted);
        int limit = blank(p.get("limit")) ? 100 : Integer.parseInt(p.get("limit"));
        for (ObjectNode m : posted) {
            boolean reply = m.has("thread_ts") && !m.path("thread_ts").asText().equals(m.path("ts").asText());
            if (reply || messages.size() >= limit) {
                continue; // as on Slack: replies live in their thread, not in the channel's history
            }
            if (Double.parseDouble(m.path("ts").asText("0")) > oldest) {
                ObjectNode copy = m.deepCopy();
                if (!"true".equals(p.get("include_all_metadata")) && !"1".equals(p.get("include_all_metadata"))) {
                    copy.remove("metadata");
                }
                messages.add(copy);
            }
        }
        ObjectNode res = ok();
        res.set("messages", messages);
        res.put("has_more", false);
        return Answer.json(res);
    }

    /** conversations.replies: the thread's parent and its replies, oldest first. */
    private Answer conversationsReplies(Map<String, String> p) {
        if (blank(p.get("channel"))) {
            return Answer.error("channel_not_found");
        }
        if (blank(p.get("ts"))) {
            return Answer.error("thread_not_found");
        }
        String ts = p.get("ts");
        boolean metadata = "true".equals(p.get("include_all_metadata")) || "1".equals(p.get("include_all_metadata"));
        var messages = NODES.arrayNode();
        for (ObjectNode m : history.getOrDefault(resolveChannel(p.get("channel")), List.of())) {
            if (ts.equals(m.path("ts").asText()) || ts.equals(m.path("thread_ts").asText())) {
                ObjectNode copy = m.deepCopy();
                if (!metadata) {
                    copy.remove("metadata");
                }
                messages.add(copy);
            }
        }
        ObjectNode res = ok();
        res.set("messages", messages);
        res.put("has_more", false);
        return Answer.json(res);
    }

    private Answer chatUpdate(Map<String, String> p) {
        if (blank(p.get("channel"))) {
            return Answer.error("channel_not_found");
        }
        if (blank(p.get("ts"))) {
            return Answer.error("message_not_found");
        }
        ObjectNode res = ok().put("channel", p.get("channel")).put("ts", p.get("ts"))
                .put("text", p.getOrDefault("text", ""));
        res.set("message", message(p, null));
        return Answer.json(res);
    }

    private Answer postEphemeral(Map<String, String> p) {
        if (blank(p.get("channel"))) {
            return Answer.error("channel_not_found");
        }
        if (blank(p.get("user"))) {
            return Answer.error("user_not_found");
        }
        return Answer.json(ok().put("message_ts", nextTs()));
    }

    private static ObjectNode message(Map<String, String> p, String ts) {
        ObjectNode msg = NODES.objectNode()
                .put("type", "message")
                .put("user", BOT_USER_ID)
                .put("bot_id", BOT_ID)
                .put("app_id", APP_ID)
                .put("team", TEAM_ID)
                .put("text", p.getOrDefault("text", ""));
        if (ts != null) {
            msg.put("ts", ts);
        }
        JsonNode blocks = p.get("blocks") == null ? null : tryParse(p.get("blocks"));
        if (blocks != null && blocks.isArray()) {
            msg.set("blocks", blocks);
        }
        return msg;
    }

    private Answer views(String method, Map<String, String> p) {
        String id;
        switch (method) {
            case "views.open" -> {
                if (blank(p.get("trigger_id")) && blank(p.get("interactivity_pointer"))) {
                    return invalidArguments("missing required field: trigger_id");
                }
                id = "V" + String.format(Locale.ROOT, "%08d", viewSeq.incrementAndGet());
            }
            case "views.publish" -> {
                if (blank(p.get("user_id"))) {
                    return invalidArguments("missing required field: user_id");
                }
                id = "VH" + p.get("user_id");
            }
            default -> { // views.update
                if (!blank(p.get("view_id"))) {
                    id = p.get("view_id");
                } else if (!blank(p.get("external_id"))) {
                    id = "VX" + Integer.toHexString(p.get("external_id").hashCode());
                } else {
                    return invalidArguments("missing required field: view_id or external_id");
                }
            }
        }
        JsonNode parsed = tryParse(p.get("view"));
        ObjectNode view = parsed instanceof ObjectNode o ? o : NODES.objectNode();
        ObjectNode out = NODES.objectNode().put("id", id).put("team_id", TEAM_ID);
        out.setAll(view);
        out.put("id", id);
        if (!out.has("type")) {
            out.put("type", method.equals("views.publish") ? "home" : "modal");
        }
        if (!out.has("private_metadata")) {
            out.put("private_metadata", "");
        }
        if (!out.has("callback_id")) {
            out.put("callback_id", "");
        }
        if (!out.has("external_id")) {
            out.put("external_id", blank(p.get("external_id")) ? "" : p.get("external_id"));
        }
        out.putObject("state").putObject("values");
        out.put("hash", nextTs().replace('.', '_') + ".fake");
        out.put("clear_on_close", view.path("clear_on_close").asBoolean(false));
        out.put("notify_on_close", view.path("notify_on_close").asBoolean(false));
        out.put("root_view_id", id);
        out.putNull("previous_view_id");
        out.put("app_id", APP_ID);
        out.put("app_installed_team_id", TEAM_ID);
        out.put("bot_id", BOT_ID);
        ObjectNode res = ok();
        res.set("view", out);
        return Answer.json(res);
    }

    private static Answer invalidArguments(String message) {
        ObjectNode err = NODES.objectNode().put("ok", false).put("error", "invalid_arguments");
        err.putObject("response_metadata").putArray("messages").add("[ERROR] " + message);
        return Answer.json(err);
    }

    private Answer usersInfo(Map<String, String> p) {
        String id = p.get("user");
        if (blank(id)) {
            return Answer.error("user_not_found");
        }
        UserSpec spec = users.getOrDefault(id, new UserSpec(DEFAULT_TZ, false, false));
        ZoneId zone = ZoneId.of(spec.tz());
        Instant now = Instant.now();
        boolean dst = zone.getRules().isDaylightSavings(now);
        String handle = "user-" + id.toLowerCase(Locale.ROOT);
        ObjectNode user = NODES.objectNode()
                .put("id", id)
                .put("team_id", TEAM_ID)
                .put("name", handle)
                .put("deleted", false)
                .put("real_name", "User " + id)
                .put("tz", spec.tz())
                .put("tz_label", TimeZone.getTimeZone(zone).getDisplayName(dst, TimeZone.LONG, Locale.ENGLISH))
                .put("tz_offset", zone.getRules().getOffset(now).getTotalSeconds())
                .put("is_admin", spec.isAdmin())
                .put("is_owner", spec.isOwner())
                .put("is_primary_owner", false)
                .put("is_restricted", false)
                .put("is_ultra_restricted", false)
                .put("is_bot", false)
                .put("is_app_user", false)
                .put("updated", TS_BASE_SECONDS);
        if ("true".equalsIgnoreCase(p.get("include_locale"))) {
            user.put("locale", "en-US");
        }
        user.putObject("profile")
                .put("real_name", "User " + id)
                .put("display_name", handle)
                .put("team", TEAM_ID);
        ObjectNode res = ok();
        res.set("user", user);
        return Answer.json(res);
    }

    private static ObjectNode withChannel(ObjectNode res, String id) {
        boolean im = id.startsWith("D");
        ObjectNode ch = res.putObject("channel")
                .put("id", id)
                .put("name", im ? id : "channel-" + id.toLowerCase(Locale.ROOT))
                .put("is_channel", !im)
                .put("is_group", false)
                .put("is_im", im)
                .put("is_mpim", false)
                .put("is_private", im)
                .put("is_archived", false)
                .put("is_general", false)
                .put("is_member", true)
                .put("created", TS_BASE_SECONDS);
        if (im && id.length() > 1) {
            ch.put("user", id.substring(1));
        }
        return res;
    }
}
