package dev.mockinterview.bench;

import dev.mockinterview.testutil.FakeSlack;
import dev.mockinterview.testutil.SignedClient;
import dev.mockinterview.testutil.SlackRequests;
import dev.mockinterview.testutil.SlackSigner;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Signed Slack requests for the load, built with {@link SlackRequests} and signed with {@link SlackSigner}, cheaply:
 * each kind of body is built once with placeholders for the user, the button value, the trigger id and the action
 * timestamp, and every request substitutes its own (all unique, so neither the bot's de-duplication nor the replay
 * check sees a repeat). {@code SlackTrafficTest} checks that a substituted body equals the one SlackRequests builds.
 */
final class SlackTraffic {
    static final String PATH = "/slack/events";
    static final String CHANNEL = "C0BENCH";

    // Alphanumeric, so URL encoding leaves them intact; the lower-case user appears in "user-<id>" names.
    private static final String USER = "UZZUSERZZ";
    private static final String USER_LOWER = USER.toLowerCase(Locale.ROOT);
    private static final String VALUE = "ZZVALUEZZ";
    private static final String TRIGGER = "ZZTRIGGERZZ";
    private static final String ACTION_TS = "ZZACTIONTSZZ";

    private final String secret;
    private final int port;
    private final String commandTemplate;
    private final Map<String, String> clickTemplates = new LinkedHashMap<>();
    private final AtomicLong seq = new AtomicLong();
    private final AtomicLong lastActionMicros = new AtomicLong();
    private final String runId = Long.toString(System.currentTimeMillis(), 36);

    /**
     * @param secret      the signing secret
     * @param port        the app's port (for the Host header)
     * @param responseUrl a response_url base of the fake Slack, e.g. {@code slack.responseUrl("")}
     * @param actionIds   the buttons that will be clicked
     */
    SlackTraffic(String secret, int port, String responseUrl, String... actionIds) {
        this.secret = secret;
        this.port = port;
        this.commandTemplate = SlackRequests.slashCommand(FakeSlack.TEAM_ID, USER, CHANNEL, "/mockinterview", "",
                responseUrl + USER + "-cmd", TRIGGER);
        for (String id : actionIds) {
            var payload = SlackRequests.blockActionPayload(FakeSlack.TEAM_ID, USER, "D" + USER, "1700000000.000100",
                    id, "mi_actions", VALUE, id, responseUrl + USER + "-" + id, TRIGGER, null);
            ((com.fasterxml.jackson.databind.node.ObjectNode) payload.withArrayProperty("actions").get(0))
                    .put("action_ts", ACTION_TS);
            clickTemplates.put(id, SlackRequests.interactivityForm(payload));
        }
    }

    /** The body of {@code /mockinterview} from {@code user}, with {@code triggerId}. */
    String commandBody(String user, String triggerId) {
        return commandTemplate.replace(USER, user).replace(USER_LOWER, user.toLowerCase(Locale.ROOT))
                .replace(TRIGGER, triggerId);
    }

    /** The body of a click on {@code actionId} by {@code user} on a button with {@code value}. */
    String clickBody(String user, String actionId, String value, String triggerId, String actionTs) {
        String t = clickTemplates.get(actionId);
        if (t == null) {
            throw new IllegalArgumentException("no template for " + actionId);
        }
        return t.replace(USER, user).replace(USER_LOWER, user.toLowerCase(Locale.ROOT))
                .replace(VALUE, URLEncoder.encode(value, StandardCharsets.UTF_8))
                .replace(TRIGGER, triggerId).replace(ACTION_TS, actionTs);
    }

    /** A signed {@code /mockinterview} from {@code user}, ready to write to a socket. */
    byte[] command(String user) {
        long n = seq.incrementAndGet();
        return signed(commandBody(user, "trigger." + runId + "." + n));
    }

    /** A signed click, ready to write to a socket. The action timestamp is unique to this request. */
    byte[] click(String user, String actionId, String value) {
        long n = seq.incrementAndGet();
        return signed(clickBody(user, actionId, value, "trigger." + runId + "." + n, actionTs()));
    }

    /** A slash command with another text (e.g. {@code cap 500}). Built without templates; for set-up only. */
    byte[] command(String user, String text, String responseUrl) {
        long n = seq.incrementAndGet();
        return signed(SlackRequests.slashCommand(FakeSlack.TEAM_ID, user, CHANNEL, "/mockinterview", text,
                responseUrl, "trigger." + runId + "." + n));
    }

    /** Slack's {@code seconds.micros} from the wall clock, nudged forward by a microsecond when it would repeat. */
    private String actionTs() {
        Instant now = Instant.now();
        long wanted = now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
        long micros = lastActionMicros.updateAndGet(last -> Math.max(last + 1, wanted));
        return String.format(Locale.ROOT, "%d.%06d", micros / 1_000_000, micros % 1_000_000);
    }

    private byte[] signed(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        long ts = Instant.now().getEpochSecond();
        return RawHttp.post(PATH, port, SignedClient.FORM, bytes, Map.of(
                SlackSigner.TIMESTAMP_HEADER, Long.toString(ts),
                SlackSigner.SIGNATURE_HEADER, SlackSigner.signature(secret, ts, bytes)));
    }
}
