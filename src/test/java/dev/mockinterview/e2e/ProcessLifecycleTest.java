package dev.mockinterview.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.testutil.FakeSlack;
import dev.mockinterview.testutil.SignedClient;
import dev.mockinterview.testutil.SlackRequests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real program as its own process: it serves, refuses a second instance on the same port with a clear
 * message, stops cleanly on SIGTERM (database closed, no write-ahead log left), and never logs a secret.
 */
class ProcessLifecycleTest {
    private static final String TOKEN = "xoxb-111-222-SECRETTOKENvalue";
    private static final String SECRET = "signing-SECRET-0123456789abcdef";

    @TempDir
    Path tmp;

    private ProcessBuilder serve(FakeSlack slack, int port, Path log) {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.mockinterview.Main", "serve");
        Map<String, String> env = pb.environment();
        env.put("SLACK_BOT_TOKEN", TOKEN);
        env.put("SLACK_SIGNING_SECRET", SECRET);
        env.remove("SLACK_APP_TOKEN");
        env.put("PORT", String.valueOf(port));
        env.put("SLACK_API_URL", slack.apiUrl());
        env.put("MOCKINTERVIEW_DB", tmp.resolve("mi.db").toString());
        env.put("QUESTIONS_DIR", dev.mockinterview.testutil.FixtureBanks.E2E.toAbsolutePath().toString());
        return pb.redirectErrorStream(true).redirectOutput(log.toFile());
    }

    private static int awaitPort(Path log, Process p) throws Exception {
        Pattern running = Pattern.compile("running on port (\\d+)");
        for (int i = 0; i < 300 && p.isAlive(); i++) {
            Matcher m = running.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("did not start:\n" + Files.readString(log, StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("serves, refuses a second instance on its port, stops cleanly on SIGTERM, logs no secret")
    void lifecycle() throws Exception {
        try (FakeSlack slack = new FakeSlack()) {
            Path log = tmp.resolve("serve.log");
            Process bot = serve(slack, 0, log).start();
            try {
                int port = awaitPort(log, bot);
                String url = "http://127.0.0.1:" + port + "/slack/events";

                // it serves: health, a signed command, and a refused forgery
                assertEquals(200, SignedClient.get("http://127.0.0.1:" + port + "/healthz").statusCode());
                String body = SlackRequests.slashCommand(FakeSlack.TEAM_ID, "U0ALICE", "C1", "/mockinterview", "",
                        slack.responseUrl("p"), "trigger.process");
                assertEquals(200, SignedClient.post(url, SignedClient.FORM, body, SECRET).statusCode());
                slack.await("chat.postMessage", c -> c.body().contains("Question"), RunningBot.WAIT);
                assertEquals(401, SignedClient.post(url, SignedClient.FORM, body, "wrong-secret").statusCode());

                // a second instance on the same port fails at once, with a clear message
                Path log2 = tmp.resolve("second.log");
                Process second = serve(slack, port, log2).start();
                assertTrue(second.waitFor(60, TimeUnit.SECONDS));
                assertEquals(1, second.exitValue());
                String secondOut = Files.readString(log2, StandardCharsets.UTF_8);
                assertTrue(secondOut.contains("Port " + port + " is already in use"), secondOut);

                // SIGTERM: it stops, closing the database (SQLite removes the WAL file on a clean close)
                bot.destroy();
                assertTrue(bot.waitFor(30, TimeUnit.SECONDS), "stopped on SIGTERM");
                assertFalse(Files.exists(tmp.resolve("mi.db-wal")) && Files.size(tmp.resolve("mi.db-wal")) > 0,
                        "write-ahead log left behind");
                try (var c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("mi.db"));
                     var rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
                    rs.next();
                    assertEquals("ok", rs.getString(1));
                }

                // and no log line of either process holds a secret
                for (Path f : List.of(log, log2)) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    assertFalse(text.contains(TOKEN) || text.contains("SECRETTOKEN"), "bot token in " + f);
                    assertFalse(text.contains(SECRET), "signing secret in " + f);
                }
            } finally {
                bot.destroyForcibly();
            }
        }
    }
}
