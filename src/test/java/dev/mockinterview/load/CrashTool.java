package dev.mockinterview.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockinterview.bank.BankLoader;
import dev.mockinterview.bank.LoadResult;
import dev.mockinterview.interview.Hint;
import dev.mockinterview.interview.QuestionBank;
import dev.mockinterview.slack.ActionIds;
import dev.mockinterview.storage.SqliteRequestJournal;
import dev.mockinterview.testutil.FakeSlack;
import dev.mockinterview.testutil.FakeSocketMode;
import dev.mockinterview.testutil.SlackRequests;
import dev.mockinterview.testutil.SlackSigner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Crash tool: runs the real bot as a separate process ({@code Main serve}) against a {@link FakeSlack} on
 * 127.0.0.1, over HTTP or Socket Mode ({@link FakeSocketMode}), drives load at it from many simulated users, and
 * kills it with SIGKILL ({@code kill -9}) at a random moment, over and over, restarting it on the same database each
 * time. Then it starts the bot once more, waits until the request journal has drained, and proves that every piece
 * of work happened exactly once.
 *
 * <p>Each user runs one interview: {@code /mockinterview}, then on each question card some Hint clicks (0 to 5,
 * so sometimes more than the card has), an answer (a view_submission of the answer modal; every text unique), and
 * Next. A card is identified by its button value and the position in its header ("Question 7"), since with a
 * 15-question bank a question comes back in later rounds with the same button value. Every request is recorded:
 * sent (the bot may have received it) and acknowledged (HTTP 200, or the envelope's ack arrived).
 *
 * <p>After the last restart, from the database and from what the fake Slack recorded:
 * <ul>
 *   <li>no acknowledged action lost: every acked answer stored (or returned to its author); per card,
 *   {@code hints_revealed >= min(ladder size, hint clicks acked before the first Next on it)}; every card with an
 *   acked Next was advanced past; every acked command or click had an outcome (a DM post tagged with its delivery
 *   id, or a reply to its response_url);</li>
 *   <li>no effect applied twice: {@code hints_revealed <= hint clicks sent on the card}; no card advanced past
 *   without a Next sent on it, nor by two Next clicks; no answer stored twice;</li>
 *   <li>no question repeated or skipped: positions 1..N without gaps, every shown question's card posted and every
 *   posted card in the database, N = 1 + cards on which a Next was applied; within each round (a run of as many
 *   questions as the pool holds: no reviews are rated here) no question twice, and {@code rounds} agrees;</li>
 *   <li>no duplicate post: no two successful chat.postMessage calls carry the same {@code msg_id} tag;</li>
 *   <li>nothing left in the journal or the outbox, {@code PRAGMA integrity_check} ok, every user's interview
 *   continues after the last restart.</li>
 * </ul>
 *
 * Where an invariant fails, {@link Result#evidence()} names the user, the card and each request involved, with
 * when its effect committed ({@code effects.applied_at}) and what the user got (a tagged DM post, a response_url
 * reply, or nothing). A hint or an answer that an acknowledged request was meant to give but that came after the
 * same user's later Next (a replay after a restart running behind the user's new clicks) is counted as
 * {@code overtaken_after_restart}.
 *
 * <p>In Socket Mode the bot gets an app token and no signing secret; the fake's {@code apps.connections.open}
 * hands out the {@link FakeSocketMode} URL, envelopes go to the newest connection (the restarted bot's), and a
 * restart counts as up once its new connection is open.
 *
 * <p>Long run: {@code java -cp ... dev.mockinterview.load.CrashTool CYCLES USERS SECONDS_PER_CYCLE http|socket}
 * (default 20 40 3 http); {@code -Dcrashtool.timeline=FILE} writes each user's questions, requests and their
 * outcomes to FILE. Every loop is bounded by the cycle count and time.
 */
public final class CrashTool {
    static final String SECRET = "crash-signing-secret";
    static final String TOKEN = "xoxb-crash-test";
    static final String APP_TOKEN = "xapp-1-A0001-crash-apptoken";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** A command or Next with nothing to show for it after this long (or from an earlier cycle) is sent again. */
    private static final Duration RESEND_AFTER = Duration.ofSeconds(3);
    /** A request that was not acknowledged is sent again after this long. */
    private static final Duration RETRY_AFTER = Duration.ofMillis(250);
    /** Raised from the default 20 so that no Next is refused for the day's cap. */
    private static final int DAILY_CAP = 500;
    private static final String CHANNEL = "C0CRASH";
    private static final String MESSAGE_TS = "1700000000.000100";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern QUESTION_HEADER = Pattern.compile("Question (\\d+)");
    private static final String ANSWER_TAIL = ": I would put a queue in front of the service and measure p99 "
            + "before and after.";
    private static final Pattern ANSWER_MARK =
            Pattern.compile("crash answer UCRASH\\d+ card [0-9]+:[a-z0-9-]+@\\d+ #\\d+");

    /** How the bot talks to Slack. */
    public enum Transport {
        HTTP, SOCKET_MODE;

        public static Transport parse(String s) {
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "http" -> HTTP;
                case "socket", "socket_mode", "socket-mode", "socketmode" -> SOCKET_MODE;
                default -> throw new IllegalArgumentException("transport is http or socket, not " + s);
            };
        }

        String label() {
            return this == HTTP ? "http" : "socket_mode";
        }
    }

    /** The figures and verdicts of one run. */
    public record Result(Transport transport, int cycles, int killed, int users, long elapsedMs,
                         int sent, int acknowledged, double ackP50Ms, double ackP99Ms, int backlogMax,
                         double backlogMean,
                         Tally commands, Tally hints, Tally answers, Tally nexts,
                         int answersStored, int answersReturned, int answersReturnedOvertaken, List<String> lost,
                         List<String> duplicated,
                         int hintsLost, int hintsOvertaken, int hintsDoubled, int nextsLost, int nextsDoubled,
                         int questionsRepeated, int questionsSkipped, int phantomCards,
                         int questionsShown, int roundsStarted, int sessions,
                         int postsChecked, int duplicatePosts, int actionsWithoutOutcome,
                         String integrity, int leftInJournal, int leftInOutbox, int usersContinued,
                         List<String> socketViolations, List<String> evidence) {

        public boolean ok() {
            return killed == cycles && lost.isEmpty() && duplicated.isEmpty() && hintsLost == 0 && hintsDoubled == 0
                    && nextsLost == 0 && nextsDoubled == 0 && questionsRepeated == 0 && questionsSkipped == 0
                    && phantomCards == 0 && duplicatePosts == 0 && actionsWithoutOutcome == 0
                    && "ok".equals(integrity) && leftInJournal == 0 && leftInOutbox == 0 && usersContinued == users
                    && socketViolations.isEmpty();
        }

        /**
         * Up to {@code perKind} pieces of evidence of each kind (the text before the first colon: "hints lost",
         * "next doubled", "question skipped", ...), so that a rare kind is not hidden behind a frequent one.
         */
        public List<String> evidenceByKind(int perKind) {
            Map<String, Integer> seen = new HashMap<>();
            List<String> out = new ArrayList<>();
            for (String e : evidence) {
                String kind = e.substring(0, Math.max(0, e.indexOf(':')));
                if (seen.merge(kind, 1, Integer::sum) <= perKind) {
                    out.add(e);
                }
            }
            return out;
        }

        public List<String> lines() {
            return List.of(
                    "transport=" + transport.label() + " cycles=" + cycles + " killed_with_sigkill=" + killed
                            + " users=" + users + " cores=" + Runtime.getRuntime().availableProcessors()
                            + " elapsed_ms=" + elapsedMs,
                    "requests_sent=" + sent + " acknowledged=" + acknowledged
                            + String.format(Locale.ROOT, " ack_ms_p50=%.1f ack_ms_p99=%.1f", ackP50Ms, ackP99Ms)
                            + String.format(Locale.ROOT, " journal_backlog_at_kill mean=%.0f max=%d",
                            backlogMean, backlogMax),
                    "commands " + commands + " hints " + hints + " answers " + answers + " nexts " + nexts,
                    "answers_acknowledged=" + answers.acked() + " answers_stored=" + answersStored
                            + " returned_to_author=" + answersReturned + " (overtaken_after_restart="
                            + answersReturnedOvertaken + ") answers_lost=" + lost.size()
                            + " answers_doubled=" + duplicated.size(),
                    "hints_lost=" + hintsLost + " (overtaken_after_restart=" + hintsOvertaken + ")"
                            + " hints_doubled=" + hintsDoubled + " nexts_lost=" + nextsLost
                            + " nexts_doubled=" + nextsDoubled + " questions_repeated=" + questionsRepeated
                            + " questions_skipped=" + questionsSkipped + " phantom_cards=" + phantomCards
                            + " duplicate_posts=" + duplicatePosts,
                    "sessions=" + sessions + " questions_shown=" + questionsShown + " new_rounds=" + roundsStarted
                            + " posts_checked=" + postsChecked + " acked_actions_without_outcome="
                            + actionsWithoutOutcome,
                    "integrity_check=" + integrity + " left_in_journal=" + leftInJournal + " left_in_outbox="
                            + leftInOutbox + " socket_mode_violations=" + socketViolations.size(),
                    "sessions_continued=" + usersContinued + "/" + users,
                    "verdict=" + (ok() ? "PASS" : "FAIL"));
        }
    }

    /** How many requests of one kind were sent (the bot may have received them) and acknowledged. */
    public record Tally(int sent, int acked) {
        @Override
        public String toString() {
            return "sent=" + sent + " acked=" + acked;
        }
    }

    private CrashTool() {
    }

    public static void main(String[] args) throws Exception {
        int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Transport transport = args.length > 3 ? Transport.parse(args[3]) : Transport.HTTP;
        Result r = run(transport, cycles, users, Duration.ofSeconds(seconds), 20261125L);
        r.lines().forEach(System.out::println);
        r.lost().stream().limit(10).forEach(l -> System.out.println("answer lost: " + l));
        r.duplicated().stream().limit(10).forEach(l -> System.out.println("answer doubled: " + l));
        r.socketViolations().stream().limit(10).forEach(l -> System.out.println("socket mode violation: " + l));
        r.evidenceByKind(3).forEach(l -> System.out.println("evidence: "
                + (l.length() > 700 ? l.substring(0, 700) + "..." : l)));
        System.out.println("evidence_total=" + r.evidence().size());
        System.exit(r.ok() ? 0 : 1);
    }

    // ------------------------------------------------------------------------------------------------ model

    enum Kind { COMMAND, HINT, ANSWER, NEXT }

    /** A question card as the user sees it: its button value and its position in the session. */
    record Card(String value, int position) {
        /** session:question@position, whether or not the button value carries the position itself. */
        String key() {
            return session() + ":" + question() + "@" + position;
        }

        long session() {
            return dev.mockinterview.slack.render.ButtonValue.parse(value).orElseThrow().sessionId();
        }

        String question() {
            return dev.mockinterview.slack.render.ButtonValue.parse(value).orElseThrow().questionId();
        }
    }

    /** One request the tool made. */
    static final class Action {
        final long order;
        final String user;
        final Kind kind;
        /** The card acted on (null for commands). */
        final Card card;
        /** What the bot keys the request by (null for answers: see {@code Inbox.deliveryId}). */
        final String deliveryId;
        final String responseName;
        final String answer;
        final int cycle;
        volatile boolean sent;
        volatile boolean acked;
        /** From sending to the ack (acknowledged requests only count). */
        volatile long ackMicros;

        Action(long order, String user, Kind kind, Card card, String deliveryId, String responseName, String answer,
               int cycle) {
            this.order = order;
            this.user = user;
            this.kind = kind;
            this.card = card;
            this.deliveryId = deliveryId;
            this.responseName = responseName;
            this.answer = answer;
            this.cycle = cycle;
        }

        @Override
        public String toString() {
            return kind.name().toLowerCase(Locale.ROOT) + (card == null ? "" : " on " + card.key()) + " #" + order
                    + " cycle " + cycle + (deliveryId == null ? "" : " " + deliveryId)
                    + (acked ? " acked" : sent ? " sent, not acked" : " not sent");
        }
    }

    /** A request ready to go: the action and the payload Slack would carry for it. */
    private record Outgoing(Action action, ObjectNode payload) {
    }

    /**
     * One simulated user. Only the load thread that owns it touches it during a cycle; the cycles' threads are
     * joined before the next cycle starts.
     */
    private static final class SimUser {
        final String id;
        final Random random;
        int seq;
        Card card;
        int hintsToSend;
        boolean answerToSend;
        long nextSentAt;
        int nextCycle = -1;
        /** Next clicks on the current card, and whether the last one was acknowledged. */
        int nextClicks;
        boolean nextAcked;
        long commandSentAt;
        int commandCycle = -1;

        SimUser(String id, long seed) {
            this.id = id;
            this.random = new Random(seed);
        }

        /** What to do now, given the newest card in the DM; null to wait. */
        Outgoing next(Card current, int cycle, FakeSlack slack, AtomicLong order) {
            long now = System.nanoTime();
            if (current == null) {
                if ((commandCycle == cycle && now - commandSentAt < RESEND_AFTER.toNanos())
                        || now - commandSentAt < RETRY_AFTER.toNanos()) {
                    return null; // its first question is on the way
                }
                commandCycle = cycle;
                commandSentAt = now;
                return command(cycle, slack, order);
            }
            if (!current.equals(card)) {
                card = current;
                hintsToSend = random.nextInt(6); // a ladder has 4 rungs: sometimes a click too many
                answerToSend = random.nextInt(10) < 7;
                nextCycle = -1;
                nextClicks = 0;
            }
            if (nextClicks > 0) {
                // Next was clicked: the user waits for the new question. If the click was not acknowledged, or the
                // bot was restarted or is slow, they click Next once more; after that they wait.
                boolean again = (!nextAcked && now - nextSentAt >= RETRY_AFTER.toNanos()) || (nextClicks < 2
                        && (nextCycle != cycle || now - nextSentAt >= RESEND_AFTER.toNanos()));
                if (!again) {
                    return null;
                }
            }
            if (nextCycle < 0 && hintsToSend > 0) {
                hintsToSend--;
                return click(Kind.HINT, ActionIds.HINT, cycle, slack, order);
            }
            if (nextCycle < 0 && answerToSend) {
                answerToSend = false;
                return answer(cycle, order);
            }
            nextCycle = cycle;
            nextSentAt = now;
            nextClicks++;
            return click(Kind.NEXT, ActionIds.NEXT, cycle, slack, order);
        }

        /** What came of a request: an unacknowledged command or Next is sent again at once. */
        void done(Action a) {
            if (a.kind == Kind.NEXT) {
                nextAcked = a.acked;
            } else if (a.kind == Kind.COMMAND && !a.acked) {
                commandCycle = -1;
            }
        }

        private Outgoing command(int cycle, FakeSlack slack, AtomicLong order) {
            String name = id + "-c" + (++seq);
            String trigger = "trigger." + id + "." + seq;
            Action a = new Action(order.incrementAndGet(), id, Kind.COMMAND, null, "command:" + trigger, name, null,
                    cycle);
            return new Outgoing(a, commandPayload(id, "", slack.responseUrl(name), trigger));
        }

        private Outgoing click(Kind kind, String actionId, int cycle, FakeSlack slack, AtomicLong order) {
            String name = id + "-" + kind.name().charAt(0) + (++seq);
            ObjectNode payload = SlackRequests.blockActionPayload(FakeSlack.TEAM_ID, id, "D" + id, MESSAGE_TS,
                    actionId, "mi_actions", card.value(), actionId, slack.responseUrl(name),
                    "trigger." + id + "." + seq, null);
            String actionTs = payload.path("actions").path(0).path("action_ts").asText();
            Action a = new Action(order.incrementAndGet(), id, kind, card, "action:" + id + ":" + actionTs, name,
                    null, cycle);
            return new Outgoing(a, payload);
        }

        private Outgoing answer(int cycle, AtomicLong order) {
            String text = "crash answer " + id + " card " + card.key() + " #" + (++seq) + ANSWER_TAIL;
            ObjectNode payload = SlackRequests.viewSubmissionPayload(FakeSlack.TEAM_ID, id, ActionIds.ANSWER_MODAL,
                    card.value(), Map.of(ActionIds.ANSWER_BLOCK,
                            Collections.singletonMap(ActionIds.ANSWER_INPUT, text)));
            Action a = new Action(order.incrementAndGet(), id, Kind.ANSWER, card, null, null, text, cycle);
            return new Outgoing(a, payload);
        }
    }

    /** A slash command's fields as one JSON object of strings: what Socket Mode carries, and the HTTP form. */
    static ObjectNode commandPayload(String user, String text, String responseUrl, String trigger) {
        ObjectNode p = JSON.createObjectNode();
        FakeSlack.parseForm(SlackRequests.slashCommand(FakeSlack.TEAM_ID, user, CHANNEL, "/mockinterview", text,
                responseUrl, trigger)).forEach(p::put);
        return p;
    }

    /**
     * What the users see: the newest question card in each DM (highest position), read from the calls the fake
     * recorded, each call parsed once.
     */
    private static final class SlackView {
        private final FakeSlack slack;
        private int cursor;
        private final Map<String, Card> newest = new HashMap<>();

        SlackView(FakeSlack slack) {
            this.slack = slack;
        }

        synchronized void refresh() {
            List<FakeSlack.Call> fresh = slack.callsFrom(cursor);
            cursor += fresh.size();
            for (FakeSlack.Call c : fresh) {
                if (!posted(c) || c.param("channel") == null || !c.param("channel").startsWith("D")) {
                    continue;
                }
                Card card = cardOf(c);
                if (card != null) {
                    newest.merge(c.param("channel").substring(1), card,
                            (a, b) -> b.position() > a.position() ? b : a);
                }
            }
        }

        synchronized Card current(String user) {
            return newest.get(user);
        }
    }

    /** True for a chat.postMessage that Slack accepted. */
    static boolean posted(FakeSlack.Call c) {
        return c.method().equals("chat.postMessage") && c.status() == 200
                && c.answerJson().path("ok").asBoolean(false);
    }

    /** The question card a post carries (header "Question N" and a Next button), or null. */
    static Card cardOf(FakeSlack.Call post) {
        Integer position = null;
        String value = null;
        for (JsonNode block : post.json("blocks")) {
            if ("header".equals(block.path("type").asText())) {
                Matcher m = QUESTION_HEADER.matcher(block.path("text").path("text").asText());
                if (m.matches()) {
                    position = Integer.parseInt(m.group(1));
                }
            }
            for (JsonNode e : block.path("elements")) {
                if (ActionIds.NEXT.equals(e.path("action_id").asText())) {
                    value = e.path("value").asText();
                }
            }
        }
        return position == null || value == null || value.indexOf(':') < 1 ? null : new Card(value, position);
    }

    /** The tag the bot gives a message ({@code metadata.event_payload.msg_id}), or null. */
    static String msgId(FakeSlack.Call post) {
        JsonNode id = post.json("metadata").path("event_payload").path("msg_id");
        return id.isTextual() ? id.asText() : null;
    }

    /** The delivery a tag names: {@code <delivery id>#<n>/<seq>} without {@code #<n>/<seq>}. */
    static String deliveryOf(String msgId) {
        int hash = msgId.lastIndexOf('#');
        return hash < 0 ? msgId : msgId.substring(0, hash);
    }

    // ------------------------------------------------------------------------------------------- transports

    enum Sent { NOT_SENT, SENT, ACKED }

    /** Sends one request the way Slack would over the transport, and says whether it was acknowledged. */
    private interface Wire {
        Sent send(Kind kind, ObjectNode payload, AtomicBoolean stop);
    }

    /** Signed POSTs to the bot's request URL; a 200 is the ack. */
    private static final class HttpWire implements Wire {
        private final String url;
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(REQUEST_TIMEOUT).build();

        HttpWire(String url) {
            this.url = url;
        }

        @Override
        public Sent send(Kind kind, ObjectNode payload, AtomicBoolean stop) {
            String body;
            if (kind == Kind.COMMAND) {
                Map<String, String> fields = new LinkedHashMap<>();
                payload.properties().forEach(e -> fields.put(e.getKey(), e.getValue().asText()));
                body = SlackRequests.formEncode(fields);
            } else {
                body = SlackRequests.interactivityForm(payload);
            }
            long ts = Instant.now().getEpochSecond();
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)));
            SlackSigner.headers(SECRET, ts, body).forEach(b::header);
            try {
                return client.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                        ? Sent.ACKED : Sent.SENT;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Sent.SENT;
            } catch (java.net.ConnectException e) {
                return Sent.NOT_SENT; // refused: the bot is down
            } catch (Exception e) {
                return Sent.SENT; // no answer: the bot was killed mid-request, perhaps after reading it
            }
        }
    }

    /** Envelopes on the fake Socket Mode connection; an action is acked when its envelope's ack arrives. */
    private static final class SocketWire implements Wire {
        private final FakeSocketMode socket;

        SocketWire(FakeSocketMode socket) {
            this.socket = socket;
        }

        @Override
        public Sent send(Kind kind, ObjectNode payload, AtomicBoolean stop) {
            FakeSocketMode.Envelope envelope;
            try {
                envelope = kind == Kind.COMMAND ? socket.sendSlashCommand(payload) : socket.sendInteractive(payload);
            } catch (AssertionError e) {
                return Sent.NOT_SENT; // no app connected: the bot is down
            } catch (RuntimeException e) {
                return Sent.SENT; // the connection broke while it was being written
            }
            long end = System.nanoTime() + REQUEST_TIMEOUT.toNanos();
            while (System.nanoTime() < end) {
                if (socket.awaitAck(envelope.id(), Duration.ofMillis(100)).isPresent()) {
                    return Sent.ACKED;
                }
                if (stop.get()) {
                    // The bot is dead: an ack that arrived before it died is recorded by now.
                    return socket.awaitAck(envelope.id(), Duration.ZERO).isPresent() ? Sent.ACKED : Sent.SENT;
                }
            }
            return Sent.SENT;
        }
    }

    // -------------------------------------------------------------------------------------------------- run

    public static Result run(int cycles, int users, Duration loadPerCycle, long seed) throws Exception {
        return run(Transport.HTTP, cycles, users, loadPerCycle, seed);
    }

    public static Result run(Transport transport, int cycles, int users, Duration loadPerCycle, long seed)
            throws Exception {
        if (cycles < 1 || users < 1 || loadPerCycle.isNegative() || loadPerCycle.isZero()) {
            throw new IllegalArgumentException("cycles, users and load time must be positive");
        }
        long t0 = System.nanoTime();
        Path tmp = Files.createTempDirectory("mi-crash");
        Path db = tmp.resolve("crash.db");
        Random random = new Random(seed);
        AtomicLong order = new AtomicLong();
        ConcurrentLinkedQueue<Action> actions = new ConcurrentLinkedQueue<>();
        List<SimUser> simUsers = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            simUsers.add(new SimUser(String.format(Locale.ROOT, "UCRASH%04d", i), seed * 31 + i));
        }
        int killed = 0;
        List<Integer> backlog = new ArrayList<>(); // journaled requests unfinished at each kill
        int continued = 0;
        List<FakeSlack.Call> calls;
        List<String> socketViolations = List.of();
        try (FakeSlack slack = new FakeSlack();
             FakeSocketMode socket = transport == Transport.SOCKET_MODE ? new FakeSocketMode() : null) {
            if (socket != null) {
                socket.answerConnectionsOpen(slack);
            }
            SlackView view = new SlackView(slack);
            for (int cycle = 1; cycle <= cycles; cycle++) {
                Bot bot = Bot.start(transport, slack, socket, db, tmp.resolve("serve-" + cycle + ".log"));
                try {
                    Wire wire = bot.wire(socket);
                    if (cycle == 1) {
                        raiseDailyCap(wire, slack, simUsers);
                    }
                    long killAfterMs = (long) (loadPerCycle.toMillis() * (0.3 + 0.7 * random.nextDouble()));
                    AtomicBoolean stop = new AtomicBoolean();
                    int threads = Math.min(8, users);
                    CountDownLatch done = new CountDownLatch(threads);
                    for (int t = 0; t < threads; t++) {
                        List<SimUser> mine = new ArrayList<>();
                        for (int u = t; u < users; u += threads) {
                            mine.add(simUsers.get(u));
                        }
                        int c = cycle;
                        Thread load = new Thread(() -> {
                            try {
                                drive(wire, slack, view, mine, c, stop, order, actions);
                            } finally {
                                done.countDown();
                            }
                        }, "crash-load-" + t);
                        load.setDaemon(true);
                        load.start();
                    }
                    Thread.sleep(killAfterMs);
                    bot.kill(); // SIGKILL while requests are in flight
                    killed++;
                    stop.set(true);
                    backlog.add(pending(db));
                    if (!done.await(REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("load threads did not stop after the kill");
                    }
                } finally {
                    bot.kill();
                }
            }
            // One more start: whatever was acknowledged but unfinished is replayed, and sessions go on.
            Bot bot = Bot.start(transport, slack, socket, db, tmp.resolve("serve-final.log"));
            try {
                LoadTool.awaitDrained(db, Duration.ofSeconds(120));
                Wire wire = bot.wire(socket);
                AtomicBoolean never = new AtomicBoolean();
                List<String> finalTriggers = new ArrayList<>();
                for (SimUser u : simUsers) {
                    String trigger = "trigger." + u.id + ".final";
                    finalTriggers.add(trigger);
                    wire.send(Kind.COMMAND, commandPayload(u.id, "", slack.responseUrl(u.id + "-final"), trigger),
                            never);
                }
                for (int i = 0; i < simUsers.size(); i++) {
                    String user = simUsers.get(i).id;
                    String prefix = "command:" + finalTriggers.get(i) + "#";
                    try {
                        slack.await("chat.postMessage", c -> ("D" + user).equals(c.param("channel")) && posted(c)
                                && msgId(c) != null && msgId(c).startsWith(prefix)
                                && c.json("blocks").toString().contains(ActionIds.HINT), Duration.ofSeconds(20));
                        continued++;
                    } catch (AssertionError e) {
                        // counted as not continued
                    }
                }
                LoadTool.awaitDrained(db, Duration.ofSeconds(30));
            } finally {
                bot.terminate();
            }
            calls = slack.callsFrom(0);
            if (socket != null) {
                socketViolations = socket.violations();
            }
        }
        return verify(transport, cycles, killed, users, db, new ArrayList<>(actions), calls, continued, backlog,
                socketViolations, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Requests in the journal: received and acknowledged (or about to be), their work not finished. */
    private static int pending(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + SqliteRequestJournal.besides(db));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM pending_requests")) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }

    /**
     * Before the first kill: {@code /mockinterview cap 500} for every user, and its reply awaited, so that no Next
     * of the run is refused for the daily cap.
     */
    private static void raiseDailyCap(Wire wire, FakeSlack slack, List<SimUser> users) {
        AtomicBoolean never = new AtomicBoolean();
        for (SimUser u : users) {
            Sent s = Sent.NOT_SENT;
            for (int attempt = 1; attempt <= 3 && s != Sent.ACKED; attempt++) {
                s = wire.send(Kind.COMMAND, commandPayload(u.id, "cap " + DAILY_CAP,
                        slack.responseUrl(u.id + "-cap"), "trigger." + u.id + ".cap" + attempt), never);
            }
            if (s != Sent.ACKED) {
                throw new IllegalStateException("the daily cap command of " + u.id + " was not acknowledged");
            }
        }
        for (SimUser u : users) {
            slack.await(FakeSlack.RESPONSE_URL, c -> (u.id + "-cap").equals(c.name())
                    && c.body().contains("daily cap is now"), Duration.ofSeconds(30));
        }
    }

    /** One load thread: its users in turn, one request each, until the kill. */
    private static void drive(Wire wire, FakeSlack slack, SlackView view, List<SimUser> users, int cycle,
                              AtomicBoolean stop, AtomicLong order, ConcurrentLinkedQueue<Action> actions) {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!stop.get() && System.nanoTime() < end) {
            view.refresh();
            boolean sentAny = false;
            for (SimUser user : users) {
                if (stop.get()) {
                    return;
                }
                Outgoing out = user.next(view.current(user.id), cycle, slack, order);
                if (out == null) {
                    continue;
                }
                sentAny = true;
                long t0 = System.nanoTime();
                Sent s = wire.send(out.action().kind, out.payload(), stop);
                out.action().ackMicros = (System.nanoTime() - t0) / 1_000;
                out.action().sent = s != Sent.NOT_SENT;
                out.action().acked = s == Sent.ACKED;
                user.done(out.action());
                actions.add(out.action());
            }
            if (!sentAny) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    // ----------------------------------------------------------------------------------------------- verify

    private record Row(long id, long session, int position, String question, int hints) {
        String key() {
            return session + ":" + question + "@" + position;
        }
    }

    private static Result verify(Transport transport, int cycles, int killed, int users, Path db,
                                 List<Action> actions, List<FakeSlack.Call> calls, int continued,
                                 List<Integer> backlog,
                                 List<String> socketViolations, long elapsedMs) throws Exception {
        LoadResult loaded = new BankLoader().load(dev.mockinterview.testutil.FixtureBanks.E2E);
        if (!loaded.ok()) {
            throw new IllegalStateException(loaded.report());
        }
        QuestionBank bank = loaded.bank();
        int pool = bank.in(null, null, null).size();
        List<String> evidence = new ArrayList<>();

        // What Slack received: successful posts by tag, cards, response_url replies by name.
        List<FakeSlack.Call> posts = calls.stream().filter(CrashTool::posted).toList();
        Map<String, List<FakeSlack.Call>> postsByDelivery = new HashMap<>();
        Map<String, Integer> tags = new TreeMap<>();
        Set<String> postedCards = new HashSet<>();
        for (FakeSlack.Call p : posts) {
            String tag = msgId(p);
            if (tag != null) {
                tags.merge(tag, 1, Integer::sum);
                postsByDelivery.computeIfAbsent(deliveryOf(tag), k -> new ArrayList<>()).add(p);
            }
            Card card = cardOf(p);
            if (card != null && p.param("channel") != null && p.param("channel").startsWith("D")) {
                postedCards.add(p.param("channel").substring(1) + " " + card.key());
            }
        }
        int duplicatePosts = 0;
        for (Map.Entry<String, Integer> e : tags.entrySet()) {
            if (e.getValue() > 1) {
                duplicatePosts += e.getValue() - 1;
                evidence.add("duplicate post: msg_id " + e.getKey() + " posted " + e.getValue() + " times");
            }
        }
        Map<String, List<FakeSlack.Call>> replies = new HashMap<>();
        for (FakeSlack.Call c : calls) {
            if (c.method().equals(FakeSlack.RESPONSE_URL) && c.status() == 200) {
                replies.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c);
            }
        }

        // Every acknowledged command and click had an outcome the user can see.
        int withoutOutcome = 0;
        for (Action a : actions) {
            if (a.acked && a.kind != Kind.ANSWER && !postsByDelivery.containsKey(a.deliveryId)
                    && !replies.containsKey(a.responseName)) {
                withoutOutcome++;
                evidence.add("no outcome: acked " + a + " of " + a.user + ": no DM post tagged with its delivery "
                        + "id, no reply to its response_url");
            }
        }

        // Per card, what the users did.
        Map<String, List<Action>> byCard = new HashMap<>();
        for (Action a : actions) {
            if (a.card != null) {
                byCard.computeIfAbsent(a.user + " " + a.card.key(), k -> new ArrayList<>()).add(a);
            }
        }

        // Answers: every acknowledged one stored once, or returned to its author in the DM.
        Set<String> ackedAnswers = new TreeSet<>();
        for (Action a : actions) {
            if (a.kind == Kind.ANSWER && a.acked) {
                ackedAnswers.add(a.answer);
            }
        }
        Map<String, Action> answerActions = new HashMap<>();
        actions.stream().filter(a -> a.kind == Kind.ANSWER).forEach(a -> answerActions.put(a.answer, a));
        Set<String> returned = new TreeSet<>();
        for (FakeSlack.Call p : posts) {
            String blocks = p.param("blocks");
            if (blocks != null && blocks.contains("was not attached to the question")) {
                Matcher m = ANSWER_MARK.matcher(blocks);
                while (m.find()) {
                    Action a = answerActions.get(m.group() + ANSWER_TAIL);
                    if (a != null && a.acked && blocks.contains(a.answer)) {
                        returned.add(a.answer);
                    }
                }
            }
        }
        // Returned because the user's later Next, sent after the answer, ran before it (a replay after a restart).
        int returnedOvertaken = 0;
        for (String text : returned) {
            Action a = answerActions.get(text);
            boolean overtaken = actions.stream().anyMatch(n -> n.kind == Kind.NEXT && n.user.equals(a.user)
                    && a.card.equals(n.card) && n.order > a.order && postsByDelivery
                    .getOrDefault(n.deliveryId, List.of()).stream().anyMatch(x -> cardOf(x) != null));
            if (overtaken) {
                returnedOvertaken++;
            }
        }

        List<String> lost = new ArrayList<>();
        List<String> duplicated = new ArrayList<>();
        String integrity;
        int stored;
        int leftInOutbox;
        Map<String, List<Row>> rowsByUser = new TreeMap<>();
        Map<String, long[]> rounds = new HashMap<>(); // user -> {round, started_after}
        Map<String, Long> appliedAt = new HashMap<>(); // effect key -> when its effect committed
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                integrity = rs.next() ? rs.getString(1) : "no answer";
            }
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM answers WHERE text LIKE 'crash answer %'")) {
                stored = rs.next() ? rs.getInt(1) : 0;
            }
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM answers WHERE text = ?")) {
                for (String text : ackedAnswers) {
                    st.setString(1, text);
                    try (ResultSet rs = st.executeQuery()) {
                        int n = rs.next() ? rs.getInt(1) : 0;
                        if (n == 0 && !returned.contains(text)) {
                            lost.add(text);
                        } else if (n > 1) {
                            duplicated.add(text + " stored " + n + " times");
                        }
                    }
                }
            }
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT text, COUNT(*) FROM answers WHERE text LIKE 'crash answer %' "
                         + "GROUP BY text HAVING COUNT(*) > 1")) {
                while (rs.next()) {
                    String line = rs.getString(1) + " stored " + rs.getInt(2) + " times";
                    if (!duplicated.contains(line)) {
                        duplicated.add(line);
                    }
                }
            }
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM outbox")) {
                leftInOutbox = rs.next() ? rs.getInt(1) : -1;
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                    SELECT q.id, q.session_id, q.position, q.question_id, q.hints_revealed, s.user_id
                      FROM session_questions q JOIN sessions s ON s.id = q.session_id
                     ORDER BY q.id""")) {
                while (rs.next()) {
                    rowsByUser.computeIfAbsent(rs.getString(6), k -> new ArrayList<>()).add(new Row(rs.getLong(1),
                            rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getInt(5)));
                }
            }
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT effect_key, applied_at FROM effects")) {
                while (rs.next()) {
                    appliedAt.put(rs.getString(1), rs.getLong(2));
                }
            }
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT user_id, round, started_after FROM rounds WHERE scope = '*'")) {
                while (rs.next()) {
                    rounds.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }
            }
        }
        int leftInJournal = pending(db);

        // Sessions, cards, hints, Next.
        int hintsLost = 0;
        int hintsOvertaken = 0;
        int hintsDoubled = 0;
        int nextsLost = 0;
        int nextsDoubled = 0;
        int repeated = 0;
        int skipped = 0;
        int shown = 0;
        int newRounds = 0;
        int sessions = 0;
        Set<String> dbCards = new HashSet<>();
        for (Map.Entry<String, List<Row>> e : rowsByUser.entrySet()) {
            String user = e.getKey();
            List<Row> rows = e.getValue();
            shown += rows.size();
            Map<Long, List<Row>> bySession = new TreeMap<>();
            rows.forEach(r -> bySession.computeIfAbsent(r.session(), k -> new ArrayList<>()).add(r));
            sessions += bySession.size();
            for (List<Row> session : bySession.values()) {
                session.sort((a, b) -> Integer.compare(a.position(), b.position()));
                int applied = 0;
                for (int i = 0; i < session.size(); i++) {
                    Row r = session.get(i);
                    dbCards.add(user + " " + r.key());
                    if (r.position() != i + 1) {
                        skipped++;
                        evidence.add("question skipped: " + user + " session " + r.session() + ": position "
                                + r.position() + " where "
                                + (i + 1) + " was due");
                    }
                    if (!postedCards.contains(user + " " + r.key())) {
                        skipped++;
                        evidence.add("question skipped: " + user + " card " + r.key()
                                + " is in the database but was never posted");
                    }
                    boolean advanced = i + 1 < session.size();
                    List<Action> acts = byCard.getOrDefault(user + " " + r.key(), List.of());
                    int ladder = bank.byId(r.question()).map(q -> Hint.ladder(q).size()).orElse(0);
                    long firstNext = acts.stream().filter(a -> a.kind == Kind.NEXT && a.sent)
                            .mapToLong(a -> a.order).min().orElse(Long.MAX_VALUE);
                    int hintsSent = count(acts, Kind.HINT, false);
                    int hintsAckedBeforeNext = (int) acts.stream()
                            .filter(a -> a.kind == Kind.HINT && a.acked && a.order < firstNext).count();
                    int floor = Math.min(ladder, hintsAckedBeforeNext);
                    if (r.hints() < floor) {
                        hintsLost += floor - r.hints();
                        // Overtaken: acked before the Next that moved the session on was sent, yet its effect
                        // ran after that Next's (a replay after a restart, behind the user's new clicks).
                        Action mover = acts.stream().filter(a -> a.kind == Kind.NEXT && postsByDelivery
                                .getOrDefault(a.deliveryId, List.of()).stream().anyMatch(p -> cardOf(p) != null))
                                .findFirst().orElse(null);
                        Long moved = mover == null ? null : appliedAt.get(mover.deliveryId + "#1");
                        long overtaken = moved == null ? 0 : acts.stream().filter(a -> a.kind == Kind.HINT && a.acked
                                && a.order < mover.order && appliedAt.getOrDefault(a.deliveryId + "#1", 0L) > moved)
                                .count();
                        hintsOvertaken += (int) Math.min(floor - r.hints(), overtaken);
                        evidence.add("hints lost: " + user + " card " + r.key() + " hints_revealed=" + r.hints()
                                + " ladder=" + ladder + " acked before Next=" + hintsAckedBeforeNext
                                + (mover == null ? "" : "; moved on by " + mover + " applied " + time(moved))
                                + "; " + describe(acts, Kind.HINT, postsByDelivery, replies, appliedAt));
                    }
                    int ceiling = Math.min(ladder, hintsSent);
                    if (r.hints() > ceiling) {
                        hintsDoubled += r.hints() - ceiling;
                        evidence.add("hints doubled: " + user + " card " + r.key() + " hints_revealed=" + r.hints()
                                + " ladder=" + ladder + " sent=" + hintsSent + "; "
                                + describe(acts, Kind.HINT, postsByDelivery, replies, appliedAt));
                    }
                    int nextsSent = count(acts, Kind.NEXT, false);
                    int nextsAcked = count(acts, Kind.NEXT, true);
                    int nextsApplied = 0;
                    for (Action a : acts) {
                        if (a.kind == Kind.NEXT && postsByDelivery.getOrDefault(a.deliveryId, List.of()).stream()
                                .anyMatch(p -> cardOf(p) != null)) {
                            nextsApplied++;
                            Card to = postsByDelivery.get(a.deliveryId).stream().map(CrashTool::cardOf)
                                    .filter(x -> x != null).findFirst().orElseThrow();
                            if (to.position() != r.position() + 1) {
                                skipped++;
                                evidence.add("question skipped: " + user + " " + a + " posted card " + to.key()
                                        + ", not position "
                                        + (r.position() + 1));
                            }
                        }
                    }
                    if (nextsApplied > 0) {
                        applied++;
                    }
                    if (nextsAcked > 0 && !advanced) {
                        nextsLost++;
                        evidence.add("next lost: " + user + " card " + r.key() + " is still current; "
                                + describe(acts, Kind.NEXT, postsByDelivery, replies, appliedAt));
                    }
                    if (advanced && nextsSent == 0) {
                        nextsDoubled++;
                        evidence.add("next doubled: advanced without a Next: " + user + " card " + r.key() + " -> "
                                + session.get(i + 1).key());
                    }
                    if (nextsApplied > 1) {
                        nextsDoubled += nextsApplied - 1;
                        evidence.add("next doubled: " + user + " card " + r.key() + " advanced by " + nextsApplied
                                + " clicks; " + describe(acts, Kind.NEXT, postsByDelivery, replies, appliedAt));
                    }
                }
                if (session.size() != 1 + applied) {
                    skipped += Math.abs(session.size() - 1 - applied);
                    evidence.add("question skipped: " + user + " session " + session.get(0).session() + ": "
                            + session.size()
                            + " questions shown, Next applied on " + applied + " cards");
                }
            }
            // Rounds: a new round starts once every question of the pool has been seen in this one.
            for (int from = 0; from < rows.size(); from += pool) {
                Set<String> inRound = new HashSet<>();
                for (Row r : rows.subList(from, Math.min(rows.size(), from + pool))) {
                    if (!inRound.add(r.question())) {
                        repeated++;
                        evidence.add("repeated in a round: " + user + " " + r.question() + " again at " + r.key());
                    }
                }
            }
            int expectedRound = rows.isEmpty() ? 1 : 1 + (rows.size() - 1) / pool;
            long[] round = rounds.get(user);
            int actualRound = round == null ? 1 : (int) round[0];
            newRounds += actualRound - 1;
            if (actualRound != expectedRound) {
                skipped++;
                evidence.add("question skipped: " + user + " is in round " + actualRound + " after " + rows.size()
                        + " questions of a pool of "
                        + pool + " (expected round " + expectedRound + ")");
            } else if (round != null) {
                int first = (expectedRound - 1) * pool;
                if (!(rows.get(first).id() > round[1] && rows.get(first - 1).id() <= round[1])) {
                    skipped++;
                    evidence.add("question skipped: " + user + ": round " + actualRound + " started after row "
                            + round[1]
                            + ", not between rows " + rows.get(first - 1).id() + " and " + rows.get(first).id());
                }
            }
        }
        int phantom = 0;
        for (String card : new TreeSet<>(postedCards)) {
            if (!dbCards.contains(card)) {
                phantom++;
                evidence.add("phantom card: posted but not in the database: " + card);
            }
        }

        String dump = System.getProperty("crashtool.timeline");
        if (dump != null) {
            List<String> out = new ArrayList<>();
            for (Map.Entry<String, List<Row>> e : rowsByUser.entrySet()) {
                out.add("== " + e.getKey());
                e.getValue().forEach(r -> out.add("  row " + r.id() + " " + r.key() + " hints=" + r.hints()));
                for (FakeSlack.Call p : posts) {
                    if (("D" + e.getKey()).equals(p.param("channel")) && cardOf(p) != null) {
                        out.add("  card posted " + cardOf(p).key() + " tag " + msgId(p) + " at " + p.receivedAt());
                    }
                }
                for (Action a : actions) {
                    if (a.user.equals(e.getKey())) {
                        out.add("  " + a + " -> " + (a.kind == Kind.ANSWER ? "" : describe(List.of(a), a.kind,
                                postsByDelivery, replies, appliedAt)));
                    }
                }
            }
            Files.write(Path.of(dump), out, StandardCharsets.UTF_8);
        }
        int sent = (int) actions.stream().filter(a -> a.sent).count();
        int acked = (int) actions.stream().filter(a -> a.acked).count();
        List<Long> ackLatency = actions.stream().filter(a -> a.acked).map(a -> a.ackMicros).sorted().toList();
        return new Result(transport, cycles, killed, users, elapsedMs, sent, acked,
                LoadTool.pct(ackLatency, 50), LoadTool.pct(ackLatency, 99),
                backlog.stream().mapToInt(Integer::intValue).max().orElse(0),
                backlog.stream().mapToInt(Integer::intValue).average().orElse(0),
                tally(actions, Kind.COMMAND), tally(actions, Kind.HINT), tally(actions, Kind.ANSWER),
                tally(actions, Kind.NEXT), stored, returned.size(), returnedOvertaken, lost, duplicated,
                hintsLost, hintsOvertaken, hintsDoubled, nextsLost, nextsDoubled, repeated, skipped, phantom, shown,
                newRounds,
                sessions, posts.size(), duplicatePosts, withoutOutcome, integrity, leftInJournal, leftInOutbox,
                continued, socketViolations, evidence);
    }

    private static int count(List<Action> acts, Kind kind, boolean ackedOnly) {
        return (int) acts.stream().filter(a -> a.kind == kind && a.sent && (!ackedOnly || a.acked)).count();
    }

    private static Tally tally(List<Action> actions, Kind kind) {
        return new Tally((int) actions.stream().filter(a -> a.kind == kind && a.sent).count(),
                (int) actions.stream().filter(a -> a.kind == kind && a.acked).count());
    }

    /** Each click of a kind on a card, and what came of it: a tagged DM post, a response_url reply, or nothing. */
    private static String describe(List<Action> acts, Kind kind, Map<String, List<FakeSlack.Call>> posts,
                                   Map<String, List<FakeSlack.Call>> replies, Map<String, Long> appliedAt) {
        StringBuilder sb = new StringBuilder();
        for (Action a : acts) {
            if (a.kind != kind) {
                continue;
            }
            sb.append("[").append(a);
            Long at = appliedAt.get(a.deliveryId + "#1");
            sb.append(at == null ? ", no effect recorded" : ", applied " + time(at)).append(" -> ");
            List<FakeSlack.Call> p = posts.getOrDefault(a.deliveryId, List.of());
            List<FakeSlack.Call> r = replies.getOrDefault(a.responseName, List.of());
            if (p.isEmpty() && r.isEmpty()) {
                sb.append("nothing");
            }
            p.forEach(x -> sb.append("DM '").append(abbreviate(x.param("text"))).append("' "));
            r.forEach(x -> sb.append("reply '").append(abbreviate(x.bodyJson().path("text").asText())).append("' "));
            sb.append("] ");
        }
        return sb.toString().trim();
    }

    private static String time(Long epochMillis) {
        return epochMillis == null ? "never" : java.time.LocalTime.ofInstant(Instant.ofEpochMilli(epochMillis),
                java.time.ZoneOffset.UTC).toString();
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 70 ? s.substring(0, 70) + "..." : s;
    }

    // ------------------------------------------------------------------------------------------- the bot

    /** The bot as a child process. */
    private record Bot(Process process, int port) {
        static Bot start(Transport transport, FakeSlack slack, FakeSocketMode socket, Path db, Path log)
                throws Exception {
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dfile.encoding=UTF-8", "-Dsun.net.httpserver.nodelay=true",
                    "-cp", System.getProperty("java.class.path"), "dev.mockinterview.Main", "serve");
            Map<String, String> env = pb.environment();
            env.put("SLACK_BOT_TOKEN", TOKEN);
            if (transport == Transport.SOCKET_MODE) {
                env.put("SLACK_APP_TOKEN", APP_TOKEN);
                env.remove("SLACK_SIGNING_SECRET");
            } else {
                env.put("SLACK_SIGNING_SECRET", SECRET);
                env.remove("SLACK_APP_TOKEN");
            }
            env.put("PORT", "0");
            env.put("SLACK_API_URL", slack.apiUrl());
            env.put("MOCKINTERVIEW_DB", db.toString());
            env.put("QUESTIONS_DIR", dev.mockinterview.testutil.FixtureBanks.E2E.toAbsolutePath().toString());
            int connections = socket == null ? 0 : socket.connectionsOpened();
            Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Pattern running = Pattern.compile("running on port (\\d+)");
            long end = System.nanoTime() + START_TIMEOUT.toNanos();
            Integer port = null;
            while (System.nanoTime() < end && p.isAlive()) {
                if (port == null) {
                    Matcher m = running.matcher(Files.readString(log, StandardCharsets.UTF_8));
                    if (m.find()) {
                        port = Integer.parseInt(m.group(1));
                    }
                }
                // In Socket Mode the bot serves once its new connection is open (the old one died with it).
                if (port != null && (socket == null || socket.connectionsOpened() > connections)) {
                    if (socket != null) {
                        socket.awaitConnected(Duration.ofSeconds(10));
                    }
                    return new Bot(p, port);
                }
                Thread.sleep(20);
            }
            p.destroyForcibly();
            throw new IllegalStateException("bot did not start:\n" + Files.readString(log, StandardCharsets.UTF_8));
        }

        Wire wire(FakeSocketMode socket) {
            return socket != null ? new SocketWire(socket) : new HttpWire("http://127.0.0.1:" + port + "/slack/events");
        }

        /** SIGKILL: no shutdown hook, no clean close. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        /** SIGTERM: the clean stop. */
        void terminate() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
