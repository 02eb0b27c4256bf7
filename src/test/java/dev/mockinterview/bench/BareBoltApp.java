package dev.mockinterview.bench;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import dev.mockinterview.app.Health;
import dev.mockinterview.config.Config;
import dev.mockinterview.interview.Category;
import dev.mockinterview.interview.Question;
import dev.mockinterview.interview.QuestionBank;
import dev.mockinterview.interview.StarExample;
import dev.mockinterview.slack.ActionIds;
import dev.mockinterview.slack.http.SignatureVerifier;
import dev.mockinterview.slack.http.SlackHttpServer;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The baseline for {@link AckBenchmark}: a Bolt app that registers the bot's slash command, buttons and modal and
 * does nothing but ack them, served exactly the way the bot is served: {@link SlackHttpServer} (the JDK HttpServer,
 * signature verified on the raw bytes by {@link SignatureVerifier}) with a fixed pool of 16 threads, and an
 * {@link AppConfig} built as {@code SlackApp.build} builds the bot's (Bolt's own verification off, events auto-acked,
 * Web API at {@code SLACK_API_URL}). Comparing the two isolates the bot's own work on the ack path from the server's.
 *
 * <p>Environment as for {@code serve}: {@code PORT}, {@code SLACK_BOT_TOKEN}, {@code SLACK_SIGNING_SECRET},
 * {@code SLACK_API_URL}. Prints {@code bare Bolt app is running on port N} once it serves.
 *
 * <p>{@link Health} gets a one-question bank built in code and no database: opening SQLite would add the bot's own
 * start-up work to the baseline.
 */
public final class BareBoltApp implements AutoCloseable {
    /** Same size as the bot's HTTP pool ({@code MockInterviewServer}: {@code newFixedThreadPool(16, "mi-http")}). */
    static final int HTTP_THREADS = 16;

    private final App app;
    private final SlackHttpServer http;
    private final ExecutorService httpThreads;

    private BareBoltApp(Config config) throws Exception {
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(config.slackApiUrl());
        Slack slack = Slack.getInstance(slackConfig);
        AppConfig appConfig = AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(config.botToken())
                .signingSecret(config.signingSecret())
                .requestVerificationEnabled(false) // SlackHttpServer verifies, as for the bot
                .allEventsApiAutoAckEnabled(true)
                .build();
        this.app = new App(appConfig);
        app.command("/mockinterview", (req, ctx) -> ctx.ack());
        for (String id : List.of(ActionIds.HINT, ActionIds.MODEL_ANSWER, ActionIds.ANSWER, ActionIds.NEXT,
                ActionIds.END, ActionIds.RATE_AGAIN, ActionIds.RATE_HARD, ActionIds.RATE_GOOD, ActionIds.RATE_EASY,
                ActionIds.RATE_POINTS, ActionIds.POINTS_INPUT, ActionIds.HISTORY_OPEN, ActionIds.HOME_START,
                ActionIds.HOME_CATEGORY, ActionIds.DAILY_HINT, ActionIds.DAILY_MODEL_ANSWER)) {
            app.blockAction(id, (req, ctx) -> ctx.ack());
        }
        app.viewSubmission(ActionIds.ANSWER_MODAL, (req, ctx) -> ctx.ack());

        QuestionBank bank = new QuestionBank(List.of(new Question("bare-question", "A bare question?",
                Category.SYSTEM_DESIGN, "backend", "senior", List.of(), "Framework",
                StarExample.ofParts("S", "T", "A", "R"), List.of("How"), List.of("Point"), List.of("Term"),
                List.of("Look for"), List.of("Mistake"))));
        // No database: the bot's health check asks SQLite, the baseline has nothing to ask.
        Health health = new Health(() -> true, () -> bank);
        this.httpThreads = Executors.newFixedThreadPool(HTTP_THREADS, named("bare-http"));
        try {
            this.http = new SlackHttpServer(config.port(), app,
                    new SignatureVerifier(config.signingSecret(), Clock.systemUTC()), health, httpThreads);
        } catch (RuntimeException e) {
            httpThreads.shutdownNow();
            throw e;
        }
    }

    /** Builds and starts the bare app from {@code serve}'s environment variables. */
    public static BareBoltApp start(Map<String, String> env) throws Exception {
        Config config = Config.forServe(env);
        if (config.socketMode()) {
            throw new IllegalArgumentException("the bare app serves HTTP only; unset SLACK_APP_TOKEN");
        }
        BareBoltApp bare = new BareBoltApp(config);
        try {
            bare.app.start();
            bare.http.start();
        } catch (Exception e) {
            bare.close();
            throw e;
        }
        return bare;
    }

    public int port() {
        return http.port();
    }

    @Override
    public void close() {
        http.stop(0);
        try {
            app.stop();
        } catch (Exception e) {
            // stopping the baseline: nothing to report
        }
        httpThreads.shutdownNow();
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BareBoltApp bare;
        try {
            bare = start(System.getenv());
        } catch (Exception e) {
            System.err.println("bare Bolt app could not start: " + e);
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            bare.close();
            stopped.countDown();
        }, "bare-shutdown"));
        out.println("bare Bolt app is running on port " + bare.port() + ".");
        stopped.await();
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
