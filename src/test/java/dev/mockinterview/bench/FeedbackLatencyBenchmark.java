package dev.mockinterview.bench;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.mockinterview.app.MockInterviewServer;
import dev.mockinterview.config.Config;
import dev.mockinterview.feedback.AnswerScorer;
import dev.mockinterview.bank.BankLoader;
import dev.mockinterview.slack.ActionIds;
import dev.mockinterview.testutil.FakeSlack;
import dev.mockinterview.testutil.SignedClient;
import dev.mockinterview.testutil.SlackRequests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * How long a user waits for feedback: from submitting the Answer form to the fake Slack receiving the feedback
 * message, through the real bot in HTTP mode on 127.0.0.1; and the scorer alone on a 20,000-character answer.
 * Run: see docs/performance.md, "How fast feedback arrives". Prints figures; asserts nothing (targets belong here, not in tests).
 */
public final class FeedbackLatencyBenchmark {
    private static final String SECRET = "bench-secret";

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        // The fake Slack uses the JDK HTTP server too; without this its replies wait ~40 ms on Nagle's algorithm.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Path tmp = Files.createTempDirectory("mi-bench");
        try (FakeSlack slack = new FakeSlack()) {
            Config config = new Config("xoxb-bench", SECRET, null, 0, slack.apiUrl(), tmp.resolve("bench.db"),
                    Path.of("questions"));
            try (MockInterviewServer server = MockInterviewServer.start(config, new MockInterviewServer.Runtime(
                    Clock.systemUTC(), RandomGenerator.of("L64X128MixRandom"), d -> { }, Ticker.systemTicker()))) {
                String url = "http://127.0.0.1:" + server.port() + "/slack/events";
                List<Long> micros = new ArrayList<>();
                String base = "At my last company I owned the checkout API. p99 latency went from 120 ms to 2 s, "
                        + "so I added tracing, found an N+1 query, added an index and a Redis cache, and as a result "
                        + "p99 fell to 90 ms. ";
                for (int i = 0; i < rounds; i++) {
                    String user = "UBENCH" + i;
                    String command = SlackRequests.slashCommand(FakeSlack.TEAM_ID, user, "C1", "/mockinterview", "",
                            slack.responseUrl("c" + i), "trigger.c" + i);
                    SignedClient.post(url, SignedClient.FORM, command, SECRET);
                    var card = slack.await("chat.postMessage", c -> ("D" + user).equals(c.param("channel"))
                            && c.body().contains("Question"), Duration.ofSeconds(10));
                    String value = card.json("blocks").findValue("value").asText();
                    String answer = base.repeat(1 + i % 15); // 37 to 555 words
                    String body = SlackRequests.viewSubmission(FakeSlack.TEAM_ID, user, ActionIds.ANSWER_MODAL, value,
                            Map.of(ActionIds.ANSWER_BLOCK, Collections.singletonMap(ActionIds.ANSWER_INPUT,
                                    answer.length() > 3000 ? answer.substring(0, 3000) : answer)));
                    long start = System.nanoTime();
                    SignedClient.post(url, SignedClient.FORM, body, SECRET);
                    slack.await("chat.postMessage", c -> ("D" + user).equals(c.param("channel"))
                            && c.body().contains("Score"), Duration.ofSeconds(10));
                    micros.add((System.nanoTime() - start) / 1_000);
                }
                Collections.sort(micros);
                System.out.printf("cores=%d answers=%d submit-to-feedback ms: p50=%.1f p99=%.1f max=%.1f%n",
                        Runtime.getRuntime().availableProcessors(), rounds, pct(micros, 50), pct(micros, 99),
                        micros.get(micros.size() - 1) / 1000.0);
            }
        }
        var bank = new BankLoader().load(Path.of("questions")).bank();
        AnswerScorer scorer = new AnswerScorer();
        String huge = "I led the migration and cut p99 by 40% at a cost of $2k a month; ".repeat(320)
                .substring(0, 20_000);
        List<Long> scoring = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            var q = bank.all().get(i % bank.size());
            long start = System.nanoTime();
            scorer.score(q, huge);
            scoring.add((System.nanoTime() - start) / 1_000);
        }
        Collections.sort(scoring);
        System.out.printf("scorer on a 20,000-character answer ms: p50=%.1f p99=%.1f max=%.1f%n",
                pct(scoring, 50), pct(scoring, 99), scoring.get(scoring.size() - 1) / 1000.0);
    }

    private static double pct(List<Long> sortedMicros, int p) {
        int index = (int) Math.ceil(p / 100.0 * sortedMicros.size()) - 1;
        return sortedMicros.get(Math.max(0, index)) / 1000.0;
    }
}
