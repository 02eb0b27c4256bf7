package dev.mockinterview.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.slack.ActionIds;
import dev.mockinterview.storage.SqliteRequestJournal;
import dev.mockinterview.testutil.FakeSlack;
import dev.mockinterview.testutil.SlackRequests;
import dev.mockinterview.testutil.OwnThread;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request acknowledged just before the process died is in the journal; the next start runs its work. The crash
 * is simulated by writing the journal as the dead process would have left it.
 */
@DisplayName("Journal replay: work acknowledged but not done before a crash is done at the next start")
class JournalReplayTest {
    private static final String FORM = "application/x-www-form-urlencoded";

    @TempDir
    Path tmp;

    /** The journal's writer, on a thread of its own. */
    static final java.util.concurrent.Executor THREAD = OwnThread.named("test-journal");

    @Test
    @DisplayName("an acknowledged /mockinterview and an acknowledged answer are carried out after a restart")
    void replaysAfterRestart() throws Exception {
        Path db = tmp.resolve("mi.db");
        Path questions = dev.mockinterview.testutil.FixtureBanks.E2E;
        try (FakeSlack slack = new FakeSlack()) {
            // given Alice started an interview, then a run died right after acknowledging her answer
            String value;
            try (RunningBot bot = new RunningBot(slack, db, questions)) {
                assertEquals(200, bot.command("U0ALICE", "").statusCode());
                value = RunningBot.buttonValue(bot.slack.await("chat.postMessage",
                        c -> "DU0ALICE".equals(c.param("channel")) && RunningBot.blocksText(c).contains(ActionIds.HINT),
                        RunningBot.WAIT));
            }
            try (SqliteRequestJournal journal = SqliteRequestJournal.open(SqliteRequestJournal.besides(db), java.time.Clock.systemUTC(), THREAD)) {
                assertEquals(0, journal.pending(0, Integer.MAX_VALUE).size(), "a clean stop leaves nothing behind");
                journal.append("view:replayed-answer", FORM, SlackRequests.viewSubmission(FakeSlack.TEAM_ID, "U0ALICE",
                        ActionIds.ANSWER_MODAL, value, Map.of(ActionIds.ANSWER_BLOCK,
                                Collections.singletonMap(ActionIds.ANSWER_INPUT, "Replayed answer: I used a queue.")))
                        .getBytes(StandardCharsets.UTF_8));
                // and Bob's /mockinterview was acknowledged too
                journal.append("command:trigger.bob", FORM, SlackRequests.slashCommand(FakeSlack.TEAM_ID, "U0BOB", "C1", "/mockinterview",
                        "", slack.responseUrl("bob"), "trigger.bob").getBytes(StandardCharsets.UTF_8));
            }
            slack.reset();

            // when the bot starts again
            try (RunningBot bot = new RunningBot(slack, db, questions)) {
                // then Alice's answer is saved and she gets its feedback, and Bob gets his first question
                bot.slack.await("chat.postMessage", c -> "DU0ALICE".equals(c.param("channel"))
                        && c.body().contains("Score"), RunningBot.WAIT);
                bot.slack.await("chat.postMessage", c -> "DU0BOB".equals(c.param("channel"))
                        && RunningBot.blocksText(c).contains(ActionIds.HINT), RunningBot.WAIT);
            }
            assertEquals(1, answersOf(db, "U0ALICE", "Replayed answer: I used a queue."));
            try (SqliteRequestJournal journal = SqliteRequestJournal.open(SqliteRequestJournal.besides(db), java.time.Clock.systemUTC(), THREAD)) {
                assertTrue(journal.pending(0, Integer.MAX_VALUE).isEmpty(), "replayed work is cleared once done");
            }
        }
    }

    @Test
    @DisplayName("a command acknowledged over Socket Mode (its envelope's JSON payload) is carried out after a restart")
    void replaysSocketModeEntry() throws Exception {
        Path db = tmp.resolve("mi.db");
        try (FakeSlack slack = new FakeSlack()) {
            // given a Socket Mode run died right after acknowledging Carol's /mockinterview: the journal holds the
            // envelope's payload as Bolt received it, a JSON object
            var command = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                    .put("token", "x").put("team_id", FakeSlack.TEAM_ID).put("team_domain", "fake")
                    .put("channel_id", "C1").put("channel_name", "general").put("user_id", "U0CAROL")
                    .put("user_name", "carol").put("command", "/mockinterview").put("text", "")
                    .put("api_app_id", "A0001").put("is_enterprise_install", "false")
                    .put("response_url", slack.responseUrl("carol")).put("trigger_id", "trigger.carol.socket");
            try (SqliteRequestJournal journal = SqliteRequestJournal.open(SqliteRequestJournal.besides(db),
                    java.time.Clock.systemUTC(), THREAD)) {
                journal.append("command:trigger.carol.socket", dev.mockinterview.slack.Inbox.SOCKET_MODE,
                        command.toString().getBytes(StandardCharsets.UTF_8));
            }

            // when the bot starts again
            try (RunningBot bot = new RunningBot(slack, db, dev.mockinterview.testutil.FixtureBanks.E2E)) {
                // then Carol gets her first question, once
                bot.slack.await("chat.postMessage", c -> "DU0CAROL".equals(c.param("channel"))
                        && RunningBot.blocksText(c).contains(ActionIds.HINT), RunningBot.WAIT);
            }
            try (SqliteRequestJournal journal = SqliteRequestJournal.open(SqliteRequestJournal.besides(db),
                    java.time.Clock.systemUTC(), THREAD)) {
                assertTrue(journal.pending(0, Integer.MAX_VALUE).isEmpty(), "replayed work is cleared once done");
            }
            assertEquals(1, slack.calls("chat.postMessage").stream()
                    .filter(c -> "DU0CAROL".equals(c.param("channel"))).count());
        }
    }

    private static int answersOf(Path db, String user, String text) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM answers WHERE user_id = ? AND text = ?")) {
            st.setString(1, user);
            st.setString(2, text);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        }
    }
}
