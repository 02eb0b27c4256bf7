package dev.mockinterview.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.slack.ActionIds;
import dev.mockinterview.testutil.FakeSlack;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Another process holds the database's write lock longer than the bot's busy timeout. */
@DisplayName("Database locked: the user is told plainly, and the bot recovers when the lock goes")
@ParameterizedClass(name = "{0}")
@EnumSource(Transport.class)
class DatabaseLockedTest {
    @Parameter
    Transport transport;
    @TempDir
    Path tmp;

    @Test
    @DisplayName("/mockinterview while another process holds the write lock: acked, then a clear private "
            + "message; once the lock is released the same command starts the interview")
    void lockedThenRecovered() throws Exception {
        Path db = tmp.resolve("mi.db");
        try (FakeSlack slack = new FakeSlack();
             RunningBot bot = new RunningBot(transport, slack, db, dev.mockinterview.testutil.FixtureBanks.E2E)) {
            // given another process takes the database's write lock and keeps it
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
                 Statement st = other.createStatement()) {
                st.execute("BEGIN IMMEDIATE");

                // when Alice starts an interview
                long start = System.nanoTime();
                assertEquals(200, bot.command("U0ALICE", "").statusCode(), "acknowledged at once all the same");
                assertTrue(System.nanoTime() - start < Duration.ofSeconds(3).toNanos(), "ack did not wait on the lock");

                // then, after the busy timeout, she is told privately that the database was busy
                var notice = slack.await(FakeSlack.RESPONSE_URL, c -> c.body().contains("busy or read-only"),
                        Duration.ofSeconds(20));
                assertEquals("ephemeral", notice.bodyJson().path("response_type").asText());
                st.execute("ROLLBACK");
            }

            // and when the lock is gone, the same command works
            assertEquals(200, bot.command("U0ALICE", "").statusCode());
            slack.await("chat.postMessage", c -> "DU0ALICE".equals(c.param("channel"))
                    && RunningBot.blocksText(c).contains(ActionIds.HINT), Duration.ofSeconds(20));
        }
    }
}
