package dev.mockinterview.storage;

import dev.mockinterview.ports.StorageException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.interview.Category;
import dev.mockinterview.interview.UserRef;
import dev.mockinterview.review.DueItem;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-place upgrade of a schema v4 file to v5: whose each shown question was goes onto its row, and the indexes
 * that choosing the next question searches are created. The v4 file is written by the released migrations 1 to 4.
 */
class MigrationV5UpgradeTest {
    private static final UserRef ALICE = new UserRef("T1", "UALICE");
    private static final UserRef BOB = new UserRef("T1", "UBOB");
    private static final UserRef ALICE_ELSEWHERE = new UserRef("T2", "UALICE");
    private static final LocalDate D0 = LocalDate.parse("2026-11-25");
    /** Midnight UTC of D0, in epoch milliseconds. */
    private static final long D0_MILLIS = Instant.parse("2026-11-25T00:00:00Z").toEpochMilli();

    /** The v4 columns of session_questions, to compare old rows before and after the upgrade. */
    private static final String SESSION_QUESTIONS = "SELECT id, session_id, question_id, position, hints_revealed, "
            + "model_answer_revealed, shown_at, updated_at FROM session_questions ORDER BY id";
    private static final String REVIEWS = "SELECT * FROM reviews ORDER BY team_id, user_id, question_id";

    @TempDir
    Path tmp;
    private Path file;
    private Database db;

    @BeforeEach
    void writeV4Database() throws SQLException {
        file = tmp.resolve("v4.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (Migrations.Migration m : Migrations.ALL) {
                if (m.version() <= 4) {
                    for (String statement : Migrations.statements(m.sql())) {
                        s.execute(statement);
                    }
                }
            }
            s.execute("PRAGMA user_version = 4");
            // Alice: an ended session and an active one; Bob; Alice's namesake in another team. Ids not contiguous.
            s.execute("""
                    INSERT INTO sessions (id, team_id, user_id, category, active, started_at, updated_at, ended_at)
                    VALUES (3, 'T1', 'UALICE', NULL, 0, 1000, 5000, 5000),
                           (7, 'T1', 'UALICE', 'behavioral', 1, 6000, 9000, NULL),
                           (8, 'T1', 'UBOB', NULL, 1, 6500, 6600, NULL),
                           (9, 'T2', 'UALICE', NULL, 1, 6500, 6600, NULL)""");
            s.execute("""
                    INSERT INTO session_questions (id, session_id, question_id, position, hints_revealed,
                                                   model_answer_revealed, shown_at, updated_at)
                    VALUES (11, 3, 'q-a', 1, 2, 1, 1000, 2000),
                           (12, 3, 'q-b', 2, 0, 0, 3000, 3000),
                           (15, 7, 'q-c', 1, 4, 0, %d, %d),
                           (16, 8, 'q-a', 1, 1, 1, %d, %d),
                           (17, 9, 'q-b', 1, 0, 0, %d, %d)""".formatted(
                    D0_MILLIS + 60_000, D0_MILLIS + 60_000, D0_MILLIS, D0_MILLIS, D0_MILLIS, D0_MILLIS));
            s.execute("""
                    INSERT INTO answers (id, session_id, question_id, team_id, user_id, text, created_at, score)
                    VALUES (21, 3, 'q-a', 'T1', 'UALICE', 'first', 1500, 50),
                           (22, 3, 'q-b', 'T1', 'UALICE', 'second', 3500, NULL),
                           (25, 7, 'q-c', 'T1', 'UALICE', 'third', 8500, 70)""");
            s.execute("""
                    INSERT INTO reviews (team_id, user_id, question_id, repetitions, ease_factor, interval_days,
                                         last_reviewed, due_on)
                    VALUES ('T1', 'UALICE', 'q-a', 1, 2.5, 1, '2026-11-20', '2026-11-21'),
                           ('T1', 'UALICE', 'q-b', 2, 2.5, 6, '2026-11-19', '2026-11-25'),
                           ('T1', 'UALICE', 'q-z', 2, 2.5, 6, '2026-11-24', '2026-11-30'),
                           ('T1', 'UBOB', 'q-a', 1, 2.5, 1, '2026-11-01', '2026-11-02')""");
            // Alice began a new all-categories round after row 11
            s.execute("""
                    INSERT INTO rounds (team_id, user_id, scope, round, started_after, started_at)
                    VALUES ('T1', 'UALICE', '*', 2, 11, 2500)""");
        }
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    @DisplayName("opening a v4 file upgrades it, keeps every old row, and fills in whose each shown question was")
    void upgradeFillsInUsers() throws SQLException {
        // given
        List<String> questionsBefore;
        List<String> reviewsBefore;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            questionsBefore = rows(c, SESSION_QUESTIONS);
            reviewsBefore = rows(c, REVIEWS);
        }

        // when
        db = Database.open(file);

        // then
        assertTrue(db.inTransaction(Migrations::userVersion) >= 5);
        assertEquals(questionsBefore, db.inTransaction(c -> rows(c, SESSION_QUESTIONS)));
        assertEquals(reviewsBefore, db.inTransaction(c -> rows(c, REVIEWS)));
        assertEquals(List.of("11|T1|UALICE", "12|T1|UALICE", "15|T1|UALICE", "16|T1|UBOB", "17|T2|UALICE"),
                db.inTransaction(c -> column(c,
                        "SELECT id || '|' || team_id || '|' || user_id FROM session_questions ORDER BY id")));
        assertEquals(List.of("ok"), db.inTransaction(c -> column(c, "PRAGMA integrity_check")));
        assertEquals(List.of(), db.inTransaction(c -> column(c, "PRAGMA foreign_key_check")));
    }

    @Test
    @DisplayName("the upgrade fills in each session's totals from its old rows")
    void upgradeFillsInSessionTotals() {
        // given / when
        db = Database.open(file);
        SqliteSessionStore sessions = new SqliteSessionStore(db);

        // then questions asked, hints used, answers written, model answers viewed
        assertEquals(List.of(2, 2, 2, 1), totals(sessions.session(3).orElseThrow()));
        assertEquals(List.of(1, 4, 1, 0), totals(sessions.session(7).orElseThrow()));
        assertEquals(List.of(1, 1, 0, 1), totals(sessions.session(8).orElseThrow()));
        assertEquals(List.of(1, 0, 0, 0), totals(sessions.session(9).orElseThrow()));

        // and they move on from there
        sessions.saveProgress(7, 1, true, Instant.ofEpochMilli(D0_MILLIS + 120_000));
        sessions.saveAnswer(7, "q-c", ALICE, "fourth", null, Instant.ofEpochMilli(D0_MILLIS + 130_000));
        sessions.showQuestion(7, "q-z", Instant.ofEpochMilli(D0_MILLIS + 140_000));
        assertEquals(List.of(2, 1, 2, 1), totals(sessions.session(7).orElseThrow()));
    }

    private static List<Integer> totals(dev.mockinterview.interview.Session s) {
        return List.of(s.questionsAsked(), s.hintsUsed(), s.answersWritten(), s.modelAnswersViewed());
    }

    @Test
    @DisplayName("the upgraded file has the three new indexes, on the columns the hot queries search")
    void upgradeAddsIndexes() {
        // given / when
        db = Database.open(file);

        // then
        assertEquals(List.of("team_id", "user_id", "question_id", "shown_at"),
                db.inTransaction(c -> column(c, indexColumns("session_questions_by_user_question"))));
        assertEquals(List.of("team_id", "user_id", "shown_at", "question_id"),
                db.inTransaction(c -> column(c, indexColumns("session_questions_by_user_shown"))));
        assertEquals(List.of("team_id", "user_id", "due_on", "question_id"),
                db.inTransaction(c -> column(c, indexColumns("reviews_by_user_due"))));
    }

    @Test
    @DisplayName("the stores answer the new lookups from the old rows as they would from rows written today")
    void lookupsReadOldRows() {
        // given
        db = Database.open(file);
        SqliteSessionStore sessions = new SqliteSessionStore(db);
        SqliteProgressStore progress = new SqliteProgressStore(db);
        List<String> all = List.of("q-a", "q-b", "q-c", "q-z");

        // when / then: row 11 is before Alice's new round; the behavioral scope never started another
        assertEquals(Set.of("q-b", "q-c"), sessions.seenInRoundAmong(ALICE, null, all));
        assertEquals(Set.of("q-a", "q-b", "q-c"), sessions.seenInRoundAmong(ALICE, Category.BEHAVIORAL, all));
        assertEquals(Set.of("q-a"), sessions.seenInRoundAmong(BOB, null, all));
        assertEquals(Set.of("q-b"), sessions.seenInRoundAmong(ALICE_ELSEWHERE, null, all));
        assertEquals(sessions.seenInRound(ALICE, null), sessions.seenInRoundAmong(ALICE, null, all));
        assertEquals(Set.of("q-a", "q-b", "q-z"), progress.scheduledAmong(ALICE, all));
        assertEquals(List.of(new DueItem("q-a", D0.minusDays(4)), new DueItem("q-b", D0)),
                progress.dueReviews(ALICE, D0, Instant.ofEpochMilli(D0_MILLIS + 3_600_000), null, 64));
        assertEquals(1, progress.questionsShownSince(ALICE, Instant.ofEpochMilli(D0_MILLIS)));
        assertEquals(Set.of("q-c"), progress.questionIdsShownSince(ALICE, Instant.ofEpochMilli(D0_MILLIS)));
        assertEquals(Set.of("q-a"), progress.questionIdsShownSince(BOB, Instant.ofEpochMilli(D0_MILLIS)));

        // and a question shown after the upgrade counts the same way
        sessions.showQuestion(7, "q-z", Instant.ofEpochMilli(D0_MILLIS + 120_000));
        assertEquals(Set.of("q-b", "q-c", "q-z"), sessions.seenInRoundAmong(ALICE, null, all));
        assertEquals(2, progress.questionsShownSince(ALICE, Instant.ofEpochMilli(D0_MILLIS)));
    }

    @Test
    @DisplayName("a v5 step that fails leaves the v4 file exactly as it was")
    void failedUpgradeChangesNothing() throws SQLException {
        // given a v4 file that already has an object with one of v5's index names
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE INDEX reviews_by_user_due ON reviews (due_on)");
        }

        // when
        assertThrows(StorageException.class, () -> Database.open(file));

        // then
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertEquals(List.of("4"), column(c, "PRAGMA user_version"));
            List<String> columns = column(c, "SELECT name FROM pragma_table_info('session_questions')");
            assertFalse(columns.contains("team_id"), columns::toString);
            assertEquals(List.of(), column(c, "SELECT name FROM sqlite_master WHERE type = 'index' "
                    + "AND name LIKE 'session_questions_by_user%'"));
        }
    }

    private static String indexColumns(String index) {
        return "SELECT name FROM pragma_index_info('" + index + "') ORDER BY seqno";
    }

    /** Every row as text, each value with its Java type (so 1 and '1' differ). */
    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    Object value = rs.getObject(i);
                    row.append(value == null ? "NULL" : value.getClass().getSimpleName() + ":" + value).append(' ');
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
