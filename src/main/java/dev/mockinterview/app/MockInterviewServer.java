package dev.mockinterview.app;

import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import dev.mockinterview.bank.BankHolder;
import dev.mockinterview.bank.BankLoader;
import dev.mockinterview.bank.BankWatcher;
import dev.mockinterview.config.Config;
import dev.mockinterview.interview.InterviewService;
import dev.mockinterview.slack.Delivery;
import dev.mockinterview.slack.DmChannels;
import dev.mockinterview.slack.SerialExecutor;
import dev.mockinterview.slack.SlackApp;
import dev.mockinterview.slack.SlackGateway;
import dev.mockinterview.slack.Sleeper;
import dev.mockinterview.slack.http.SignatureVerifier;
import dev.mockinterview.slack.http.SlackHttpServer;
import dev.mockinterview.slack.JournaledWork;
import dev.mockinterview.slack.JournalReplay;
import dev.mockinterview.storage.SqliteOutbox;
import dev.mockinterview.storage.SqliteMessagesTabStore;
import dev.mockinterview.storage.SqliteUserDataStore;
import dev.mockinterview.storage.Database;
import dev.mockinterview.ports.RequestJournal;
import dev.mockinterview.storage.SqliteRequestJournal;
import dev.mockinterview.storage.SqlitePostedMessageStore;
import dev.mockinterview.storage.SqliteProgressStore;
import dev.mockinterview.slack.ZoneResolver;
import dev.mockinterview.slack.DailyJob;
import dev.mockinterview.daily.DailyService;
import dev.mockinterview.daily.DailyPermissions;
import dev.mockinterview.storage.SqliteDailyStore;
import dev.mockinterview.storage.SqliteSessionStore;
import dev.mockinterview.feedback.AnswerScorer;
import dev.mockinterview.interview.ProgressService;
import dev.mockinterview.review.Sm2Scheduler;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of {@code serve}: builds every object the bot needs, in one place, and owns their
 * lifecycle. Time, randomness and retry waits come in from outside so tests can control them.
 */
public final class MockInterviewServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MockInterviewServer.class);

    private final Database db;
    private final RequestJournal journal;
    private final ExecutorService workers;
    private final ExecutorService modals;
    private final SqliteOutbox outbox;
    private final JournalReplay replay;
    private final Thread replayThread;
    private final Clock clock;
    private final SocketWatch socketWatch;
    private final java.util.concurrent.ScheduledExecutorService socketCheck =
            Executors.newSingleThreadScheduledExecutor(named("mi-socket-watch"));
    /** Slack's first message on every Socket Mode connection. */
    private static final java.util.regex.Pattern HELLO =
            java.util.regex.Pattern.compile("\"type\"\\s*:\\s*\"hello\"");
    private final ExecutorService httpThreads;
    private final SlackHttpServer http;
    private final SocketModeApp socketMode;
    private final App app;
    private final BankHolder bank;
    private final BankWatcher watcher;
    private final DailyJob dailyJob;
    private final Duration dailyTick;
    private final java.util.concurrent.ScheduledExecutorService scheduler =
            Executors.newSingleThreadScheduledExecutor(named("mi-daily"));

    /**
     * What the environment provides; {@link #system()} for production.
     *
     * @param dailyTick how often the daily-question routine looks for posts and reveals that are due
     */
    public record Runtime(Clock clock, RandomGenerator random, Sleeper sleeper, Ticker ticker, Duration dailyTick) {
        public Runtime(Clock clock, RandomGenerator random, Sleeper sleeper, Ticker ticker) {
            this(clock, random, sleeper, ticker, Duration.ofSeconds(20));
        }

        public static Runtime system() {
            return new Runtime(Clock.systemUTC(), RandomGenerator.of("L64X128MixRandom"), Sleeper.REAL,
                    Ticker.systemTicker());
        }
    }

    /** Thrown when the bank is invalid; the message is the full validation report. */
    public static final class InvalidBankException extends RuntimeException {
        public InvalidBankException(String report) {
            super(report);
        }
    }

    private MockInterviewServer(Config config, Runtime runtime) throws Exception {
        try {
            // A bank of several files is read on every core: the JDK's shared pool, used only while loading.
            this.bank = BankHolder.load(config.questionsDir(),
                    new BankLoader(java.util.concurrent.ForkJoinPool.commonPool()), runtime.clock());
        } catch (BankHolder.InvalidBankException e) {
            throw new InvalidBankException(e.getMessage());
        }
        this.db = Database.open(config.databaseFile());
        RequestJournal opened = null;
        try {
            opened = SqliteRequestJournal.open(SqliteRequestJournal.besides(config.databaseFile()), runtime.clock(),
                    r -> {
                Thread writer = new Thread(r, "mi-journal");
                writer.setDaemon(true);
                writer.start();
            });
            this.journal = opened;
            var journaled = new JournaledWork(journal);
            var store = new SqliteSessionStore(db);
            var progressStore = new SqliteProgressStore(db);
            var scorer = new AnswerScorer();
            var interviews = new InterviewService(bank, store, progressStore, scorer, new Sm2Scheduler(),
                    runtime.clock(), runtime.random());
            var progress = new ProgressService(bank, store, progressStore, scorer, runtime.clock());
            int backfilled = progress.backfillScores();
            if (backfilled > 0) {
                log.info("scored {} answers saved before feedback existed", backfilled);
            }

            SlackConfig slackConfig = new SlackConfig();
            slackConfig.setMethodsEndpointUrlPrefix(config.slackApiUrl());
            // Bounded, so a Slack call that hangs cannot hold a worker forever; the SDK's default waits on.
            slackConfig.setHttpClientReadTimeoutMillis(10_000);
            slackConfig.setHttpClientWriteTimeoutMillis(10_000);
            slackConfig.setHttpClientCallTimeoutMillis(20_000);
            Slack slack = Slack.getInstance(slackConfig);
            HttpClient httpClient = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            var gateway = new SlackGateway(slack.methods(config.botToken()), httpClient,
                    SlackGateway.responseUrlHosts(config.slackApiUrl()), runtime.sleeper(),
                    SlackGateway.counter(Long.toHexString(runtime.random().nextLong())));
            this.workers = Executors.newFixedThreadPool(8, named("mi-worker"));
            // Opening a form must beat a 3 s trigger deadline: threads of its own, never behind a rate-limit pause.
            this.modals = Executors.newFixedThreadPool(2, named("mi-modal"));
            var posted = new SqlitePostedMessageStore(db);
            var daily = new DailyService(bank, new SqliteDailyStore(db),
                    DailyPermissions.parse(config.dailyManagers()), runtime.clock(), runtime.random());
            this.dailyJob = new DailyJob(daily, gateway);
            this.dailyTick = runtime.dailyTick();
            this.clock = runtime.clock();
            this.outbox = new SqliteOutbox(db, runtime.clock());
            var dms = new DmChannels(gateway, runtime.ticker());
            var delivery = new Delivery(new SerialExecutor(workers), modals, gateway, dms, posted, outbox,
                    new ZoneResolver(gateway, interviews, runtime.ticker()), journaled, scheduler,
                    Duration.ofMinutes(1));
            this.app = new SlackApp(interviews, progress, bank, delivery, gateway, journaled, posted,
                    new SqliteMessagesTabStore(db), new SqliteUserDataStore(db), dms, runtime.clock(), daily, dailyJob)
                    .build(slack, config.botToken(), config.signingSecret());
            // A user's requests left by a killed run are queued before their new ones: those wait until then.
            this.replay = new JournalReplay(app, journaled, delivery::releaseNewWork);
            delivery.holdNewWork();
            this.replayThread = new Thread(replay, "mi-replay");
            replayThread.setDaemon(true);

            this.socketWatch = new SocketWatch(runtime.clock());
            Health health = new Health(db::isHealthy, bank, () -> bank.state().problems(), socketWatch::healthy);
            this.httpThreads = Executors.newFixedThreadPool(16, named("mi-http"));
            this.watcher = new BankWatcher(config.questionsDir(), bank, Duration.ofMillis(300));
            if (config.socketMode()) {
                this.http = new SlackHttpServer(config.port(), null, null, health, httpThreads);
                this.socketMode = new SocketModeApp(config.appToken(), app, SocketModeClient.Backend.JavaWebSocket);
            } else {
                this.http = new SlackHttpServer(config.port(), app,
                        new SignatureVerifier(config.signingSecret(), runtime.clock()), health, httpThreads);
                this.socketMode = null;
            }
        } catch (Exception | Error e) {
            if (opened != null) {
                opened.close();
            }
            db.close();
            throw e;
        }
    }

    /** Builds and starts the bot. */
    public static MockInterviewServer start(Config config, Runtime runtime) throws Exception {
        MockInterviewServer server = new MockInterviewServer(config, runtime);
        try {
            server.app.start();
            server.watcher.start();
            server.http.start();
            if (server.socketMode != null) {
                server.socketMode.startAsync();
                var client = server.socketMode.getClient();
                client.addWebSocketCloseListener((code, reason) -> server.socketWatch.down());
                client.addWebSocketMessageListener(message -> {
                    if (HELLO.matcher(message).find()) {
                        server.socketWatch.up();
                    }
                });
                // A close is not always reported to the listener (an abnormal end of the TCP connection): the
                // connection is also pinged every few seconds, on a thread of its own (a ping waits up to 3 s).
                server.socketCheck.scheduleWithFixedDelay(() -> {
                    try {
                        if (client.verifyConnection()) {
                            server.socketWatch.up();
                        } else {
                            server.socketWatch.down();
                        }
                    } catch (RuntimeException e) {
                        server.socketWatch.down();
                    }
                }, 5, 5, TimeUnit.SECONDS);
            }
            // What a killed run acknowledged but did not finish, drained in the background: the bot serves at once.
            server.replayThread.start();
            server.scheduler.scheduleWithFixedDelay(server::forgetOldEffects, 0, 6, TimeUnit.HOURS);
            // The first run, at once, is the start-up catch-up: a post missed while down is made if it is still
            // its day. DailyJob catches everything, so the schedule is never cancelled by an exception.
            server.scheduler.scheduleWithFixedDelay(server.dailyJob, 0, server.dailyTick.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            server.close();
            throw e;
        }
        log.info("mockinterview is serving {} questions in {} mode; health on port {}", server.bank.get().size(),
                config.socketMode() ? "Socket" : "HTTP", server.port());
        return server;
    }

    /** Effects are remembered long enough for any redelivery or replay of their request; then forgotten. */
    static final Duration REMEMBER_EFFECTS = Duration.ofDays(7);

    private void forgetOldEffects() {
        try {
            int forgotten = outbox.forgetBefore(clock.instant().minus(REMEMBER_EFFECTS));
            if (forgotten > 0) {
                log.info("forgot {} applied effect(s) older than {} days", forgotten, REMEMBER_EFFECTS.toDays());
            }
        } catch (RuntimeException e) {
            log.warn("could not forget old effects: {}", e.getMessage());
        }
    }

    /** Requests from the journal handed to the app again so far (what an earlier, killed run left). */
    public int replayed() {
        return replay.replayed();
    }

    public int port() {
        return http.port();
    }

    /** Stops taking requests, finishes in-flight work, and closes the database. */
    @Override
    public void close() {
        watcher.close();
        socketCheck.shutdownNow();
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.stop(1);
        if (socketMode != null) {
            try {
                // SocketModeApp.close() leaves the client's own threads (session monitor, WebSocket) running.
                if (socketMode.getClient() != null) {
                    socketMode.getClient().close();
                }
                socketMode.close();
            } catch (Exception e) {
                log.warn("closing Socket Mode: {}", e.toString());
            }
        }
        try {
            app.stop();
        } catch (Exception e) {
            log.warn("stopping the Bolt app: {}", e.toString());
        }
        replayThread.interrupt();
        try {
            replayThread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        httpThreads.shutdown();
        modals.shutdown();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("some post-ack work did not finish within 10 s");
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        journal.close();
        db.close();
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
