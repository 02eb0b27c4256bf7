package dev.mockinterview.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.testutil.FakeSlack;
import dev.mockinterview.testutil.SignedClient;
import dev.mockinterview.testutil.SlackRequests;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's own command, {@code ./mockinterview serve}: the script builds the packaged jar when it is missing or
 * older than the sources, and runs it. Start-up refuses a bad configuration with a message naming what is wrong.
 */
@DisplayName("./mockinterview serve: the packaged jar, run as the README says")
class PackagedBotProcessTest {
    private static final String SECRET = "packaged-signing-secret";

    @TempDir
    Path tmp;

    private ProcessBuilder script(FakeSlack slack, Path log, Map<String, String> extra) {
        ProcessBuilder pb = new ProcessBuilder("bash", "./mockinterview", "serve");
        Map<String, String> env = pb.environment();
        env.put("SLACK_BOT_TOKEN", "xoxb-packaged-test");
        env.put("SLACK_SIGNING_SECRET", SECRET);
        env.remove("SLACK_APP_TOKEN");
        env.remove("MOCKINTERVIEW_DAILY_MANAGERS");
        env.put("PORT", "0");
        env.put("SLACK_API_URL", slack.apiUrl());
        env.put("MOCKINTERVIEW_DB", tmp.resolve("mi.db").toString());
        env.put("QUESTIONS_DIR", dev.mockinterview.testutil.FixtureBanks.E2E.toAbsolutePath().toString());
        env.putAll(extra);
        return pb.redirectErrorStream(true).redirectOutput(log.toFile());
    }

    @Test
    @DisplayName("a bad MOCKINTERVIEW_DAILY_MANAGERS stops start-up naming the bad entry; a good setup serves, "
            + "answers a command and stops on SIGTERM")
    void serveThroughTheScript() throws Exception {
        try (FakeSlack slack = new FakeSlack()) {
            // when it is started with a bad entry in the daily managers (the first run may build the jar)
            Path badLog = tmp.resolve("bad.log");
            Process bad = script(slack, badLog, Map.of("MOCKINTERVIEW_DAILY_MANAGERS", "admins,ownres")).start();
            assertTrue(bad.waitFor(5, TimeUnit.MINUTES), "the script finished");
            String badOut = Files.readString(badLog, StandardCharsets.UTF_8);

            // then it exits 2, naming the variable and the bad entry, with a suggestion
            assertEquals(2, bad.exitValue(), badOut);
            assertTrue(badOut.contains("MOCKINTERVIEW_DAILY_MANAGERS") && badOut.contains("\"ownres\"")
                    && badOut.contains("owners"), badOut);
            assertTrue(Files.exists(Path.of("target", "mockinterview.jar")), "the script built the packaged jar");

            // when it is started with a good configuration
            Path log = tmp.resolve("serve.log");
            Process bot = script(slack, log, Map.of()).start();
            try {
                int port = awaitPort(log, bot);
                // then it serves the README's endpoints: health, and a signed slash command that posts a question
                assertEquals(200, SignedClient.get("http://127.0.0.1:" + port + "/healthz").statusCode());
                String body = SlackRequests.slashCommand(FakeSlack.TEAM_ID, "U0PACK", "C1", "/mockinterview", "",
                        slack.responseUrl("pack"), "trigger.packaged");
                assertEquals(200, SignedClient.post("http://127.0.0.1:" + port + "/slack/events", SignedClient.FORM,
                        body, SECRET).statusCode());
                slack.await("chat.postMessage", c -> "DU0PACK".equals(c.param("channel")), RunningBot.WAIT);

                // and it stops on SIGTERM (the script execs java, so the signal reaches the bot itself)
                bot.destroy();
                assertTrue(bot.waitFor(30, TimeUnit.SECONDS), "stopped on SIGTERM");
            } finally {
                bot.destroyForcibly();
            }
        }
    }

    private static int awaitPort(Path log, Process p) throws Exception {
        Pattern running = Pattern.compile("running on port (\\d+)");
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < end && p.isAlive()) {
            Matcher m = running.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("did not start:\n" + Files.readString(log, StandardCharsets.UTF_8));
    }
}
