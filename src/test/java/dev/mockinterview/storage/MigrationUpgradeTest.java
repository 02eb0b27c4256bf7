package dev.mockinterview.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.feedback.AnswerScorer;
import dev.mockinterview.interview.Answer;
import dev.mockinterview.interview.Category;
import dev.mockinterview.interview.ProgressService;
import dev.mockinterview.interview.Question;
import dev.mockinterview.interview.QuestionBank;
import dev.mockinterview.interview.Session;
import dev.mockinterview.interview.TestQuestions;
import dev.mockinterview.interview.UserRef;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An in-place upgrade of a database written before schema v2: the v1 schema is created exactly as the released
 * migration wrote it, filled with rows as the v1 code wrote them (no scores), and then opened with today's code.
 */
class MigrationUpgradeTest {
    /** The released schema v1, verbatim from {@code Migrations} (a released migration must never change). */
    private static final String V1_SQL = """
            CREATE TABLE sessions (
                id          INTEGER PRIMARY KEY AUTOINCREMENT,
                team_id     TEXT    NOT NULL,
                user_id     TEXT    NOT NULL,
                category    TEXT,
                active      INTEGER NOT NULL CHECK (active IN (0, 1)),
                started_at  INTEGER NOT NULL,
                updated_at  INTEGER NOT NULL,
                ended_at    INTEGER
            ) STRICT;
            CREATE UNIQUE INDEX sessions_one_active_per_user ON sessions (team_id, user_id) WHERE active = 1;
            CREATE INDEX sessions_by_user ON sessions (team_id, user_id);

            CREATE TABLE session_questions (
                id                    INTEGER PRIMARY KEY AUTOINCREMENT,
                session_id            INTEGER NOT NULL REFERENCES sessions (id),
                question_id           TEXT    NOT NULL,
                position              INTEGER NOT NULL,
                hints_revealed        INTEGER NOT NULL DEFAULT 0,
                model_answer_revealed INTEGER NOT NULL DEFAULT 0 CHECK (model_answer_revealed IN (0, 1)),
                shown_at              INTEGER NOT NULL,
                updated_at            INTEGER NOT NULL,
                UNIQUE (session_id, position)
            ) STRICT;

            CREATE TABLE answers (
                id          INTEGER PRIMARY KEY AUTOINCREMENT,
                session_id  INTEGER NOT NULL REFERENCES sessions (id),
                question_id TEXT    NOT NULL,
                team_id     TEXT    NOT NULL,
                user_id     TEXT    NOT NULL,
                text        TEXT    NOT NULL,
                created_at  INTEGER NOT NULL
            ) STRICT;
            CREATE INDEX answers_by_session_question ON answers (session_id, question_id);

            -- A round ends when the user has seen every question in its scope ('*' or a category).
            CREATE TABLE rounds (
                team_id       TEXT    NOT NULL,
                user_id       TEXT    NOT NULL,
                scope         TEXT    NOT NULL,
                round         INTEGER NOT NULL,
                started_after INTEGER NOT NULL,
                started_at    INTEGER NOT NULL,
                PRIMARY KEY (team_id, user_id, scope)
            ) STRICT;
            """;

    private static final UserRef ALICE = new UserRef("T1", "UALICE");
    private static final UserRef BOB = new UserRef("T1", "UBOB");
    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    /** v1 columns of every v1 table, to compare old rows before and after the upgrade. */
    private static final String SESSIONS = "SELECT id, team_id, user_id, category, active, started_at, updated_at, "
            + "ended_at FROM sessions ORDER BY id";
    private static final String SESSION_QUESTIONS = "SELECT id, session_id, question_id, position, hints_revealed, "
            + "model_answer_revealed, shown_at, updated_at FROM session_questions ORDER BY id";
    private static final String ANSWERS = "SELECT id, session_id, question_id, team_id, user_id, text, created_at "
            + "FROM answers ORDER BY id";
    private static final String ROUNDS = "SELECT team_id, user_id, scope, round, started_after, started_at "
            + "FROM rounds ORDER BY team_id, user_id, scope";

    private static final String DESIGN_ANSWER = "I would keep a sliding-window log per user in Redis, in a sorted set "
            + "keyed by user, trimming entries older than the window with ZREMRANGEBYSCORE and counting with ZCARD, "
            + "all inside one Lua script so the check and the insert are atomic across API servers. Point one: the "
            + "algorithm. Point two: the trade-off between memory and accuracy. Term A and Term B.";
    private static final String UNICODE_ANSWER = "Ünïcödé answer 🎉\nline two; DROP TABLE answers;--";
    private static final String STORY_ANSWER = "At my last company we had an outage. I led the postmortem and as a "
            + "result we reduced incidents by 40%.";

    private final QuestionBank bank = new QuestionBank(List.of(
            TestQuestions.question("design-a", Category.SYSTEM_DESIGN),
            TestQuestions.question("story-a", Category.BEHAVIORAL)));
    private final AnswerScorer scorer = new AnswerScorer();

    @TempDir
    Path tmp;
    private Path file;
    private Database db;

    @BeforeEach
    void writeV1Database() throws SQLException {
        file = tmp.resolve("v1.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String statement : statements(V1_SQL)) {
                s.execute(statement);
            }
            s.execute("PRAGMA user_version = 1");
            // an ended session and an active one for Alice, an active one for Bob; ids not contiguous
            s.execute("""
                    INSERT INTO sessions (id, team_id, user_id, category, active, started_at, updated_at, ended_at)
                    VALUES (3, 'T1', 'UALICE', 'system-design', 0, 1000, 5000, 5000),
                           (7, 'T1', 'UALICE', NULL, 1, 6000, 9000, NULL),
                           (8, 'T1', 'UBOB', 'behavioral', 1, 6500, 6600, NULL)""");
            s.execute("""
                    INSERT INTO session_questions (id, session_id, question_id, position, hints_revealed,
                                                   model_answer_revealed, shown_at, updated_at)
                    VALUES (11, 3, 'design-a', 1, 2, 1, 1000, 2000),
                           (12, 3, 'retired-q', 2, 0, 0, 3000, 3000),
                           (15, 7, 'design-a', 1, 4, 0, 6000, 8000),
                           (16, 8, 'story-a', 1, 1, 1, 6500, 6600)""");
            try (var ps = c.prepareStatement("""
                    INSERT INTO answers (id, session_id, question_id, team_id, user_id, text, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                insertAnswer(ps, 21, 3, "design-a", ALICE, DESIGN_ANSWER, 1500);
                insertAnswer(ps, 22, 3, "retired-q", ALICE, "An answer to a question since removed.", 3500);
                insertAnswer(ps, 25, 7, "design-a", ALICE, UNICODE_ANSWER, 8500);
                insertAnswer(ps, 26, 8, "story-a", BOB, STORY_ANSWER, 6600);
            }
            s.execute("""
                    INSERT INTO rounds (team_id, user_id, scope, round, started_after, started_at)
                    VALUES ('T1', 'UALICE', 'system-design', 2, 11, 4000)""");
        }
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    @DisplayName("the copy of schema v1 in this test is exactly the released migration")
    void v1CopyIsExact() {
        // given / when
        Migrations.Migration v1 = Migrations.ALL.get(0);

        // then
        assertEquals(1, v1.version());
        assertEquals(v1.sql(), V1_SQL);
    }

    @Test
    @DisplayName("opening a v1 file upgrades it to the latest version and keeps every old row as it was")
    void upgradeKeepsOldRows() throws SQLException {
        // given
        List<List<String>> before = dumpV1Rows();
        assertEquals(4, before.get(2).size(), "answers written before the change");

        // when
        db = Database.open(file);

        // then
        assertEquals(Migrations.latestVersion(), db.inTransaction(Migrations::userVersion));
        assertEquals(before, db.inTransaction(c -> List.of(rows(c, SESSIONS), rows(c, SESSION_QUESTIONS),
                rows(c, ANSWERS), rows(c, ROUNDS))));
        assertEquals(List.of("ok"), db.inTransaction(c -> column(c, "PRAGMA integrity_check")));
        assertEquals(List.of(), db.inTransaction(c -> column(c, "PRAGMA foreign_key_check")));
    }

    @Test
    @DisplayName("the upgraded file has the new score column (empty for old answers), tables and index")
    void upgradeAddsSchema() {
        // given / when
        db = Database.open(file);

        // then
        Set<String> answerColumns = db.inTransaction(c -> new TreeSet<>(column(c,
                "SELECT name FROM pragma_table_info('answers')")));
        assertEquals(new TreeSet<>(Set.of("id", "session_id", "question_id", "team_id", "user_id", "text",
                "created_at", "score")), answerColumns);
        assertEquals(List.of("NULL", "NULL", "NULL", "NULL"),
                db.inTransaction(c -> column(c, "SELECT quote(score) FROM answers ORDER BY id")));
        Set<String> tables = db.inTransaction(c -> new TreeSet<>(column(c,
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")));
        assertEquals(new TreeSet<>(Set.of("sessions", "session_questions", "answers", "rounds", "reviews",
                "ratings", "posted_messages", "user_settings", "daily_schedules", "daily_posts", "daily_hints",
                "effects", "outbox", "offered_answers", "welcomed")),
                tables);
        assertEquals(List.of("answers_by_user"), db.inTransaction(c -> column(c,
                "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'answers_by_user'")));
        for (String table : List.of("reviews", "ratings", "posted_messages", "user_settings")) {
            assertEquals(List.of("0"), db.inTransaction(c -> column(c, "SELECT count(*) FROM " + table)), table);
        }
    }

    @Test
    @DisplayName("today's stores read the old rows, and new rows get ids after the old ones")
    void upgradedFileIsUsable() {
        // given
        db = Database.open(file);
        SqliteSessionStore sessions = new SqliteSessionStore(db);
        SqliteProgressStore progress = new SqliteProgressStore(db);

        // when
        Session active = sessions.activeSession(ALICE).orElseThrow();
        Answer added = sessions.saveAnswer(active.id(), "design-a", ALICE, "new", 50, NOW);

        // then
        assertEquals(7, active.id());
        assertEquals("design-a", active.current().orElseThrow().questionId());
        assertEquals(4, active.current().orElseThrow().hintsRevealed());
        assertEquals(List.of(UNICODE_ANSWER, "new"),
                sessions.answers(7, "design-a").stream().map(Answer::text).toList());
        Answer old = progress.answer(21).orElseThrow();
        assertEquals(DESIGN_ANSWER, old.text());
        assertEquals(Instant.ofEpochMilli(1500), old.createdAt());
        assertEquals(List.of(21L, 22L, 25L, 26L), progress.unscoredAnswers(10).stream().map(Answer::id).toList());
        assertTrue(added.id() > 26, "new id " + added.id() + " reuses an old one");
        assertEquals(Set.of("design-a", "retired-q"), sessions.questionIds(3));
    }

    @Test
    @DisplayName("backfill scores old answers as the scorer does, skips answers to questions not in the bank, "
            + "and a second backfill scores none")
    void backfill() {
        // given
        db = Database.open(file);
        SqliteSessionStore sessions = new SqliteSessionStore(db);
        SqliteProgressStore progress = new SqliteProgressStore(db);
        ProgressService service = new ProgressService(() -> bank, sessions, progress, scorer,
                Clock.fixed(NOW, ZoneOffset.UTC));

        // when
        int scored = service.backfillScores();

        // then
        assertEquals(3, scored);
        assertEquals(expectedScore("design-a", DESIGN_ANSWER), progress.answer(21).orElseThrow().score());
        assertEquals(expectedScore("design-a", UNICODE_ANSWER), progress.answer(25).orElseThrow().score());
        assertEquals(expectedScore("story-a", STORY_ANSWER), progress.answer(26).orElseThrow().score());
        // retired-q is not in the bank: its answer stays unscored
        assertEquals(List.of(22L), progress.unscoredAnswers(10).stream().map(Answer::id).toList());
        assertEquals(List.of("NULL"),
                db.inTransaction(c -> column(c, "SELECT quote(score) FROM answers WHERE id = 22")));
        // the texts are untouched
        assertEquals(DESIGN_ANSWER, progress.answer(21).orElseThrow().text());
        assertEquals(UNICODE_ANSWER, progress.answer(25).orElseThrow().text());

        // when run again (the next start-up)
        int again = service.backfillScores();

        // then
        assertEquals(0, again);
        assertEquals(List.of(22L), progress.unscoredAnswers(10).stream().map(Answer::id).toList());
    }

    @Test
    @DisplayName("an answer to a question that comes back into the bank is scored by a later backfill")
    void backfillAfterQuestionReturns() {
        // given a first backfill without retired-q
        db = Database.open(file);
        SqliteSessionStore sessions = new SqliteSessionStore(db);
        SqliteProgressStore progress = new SqliteProgressStore(db);
        new ProgressService(() -> bank, sessions, progress, scorer, Clock.fixed(NOW, ZoneOffset.UTC))
                .backfillScores();
        List<Question> withRetired = new ArrayList<>(bank.all());
        withRetired.add(TestQuestions.question("retired-q", Category.SITUATIONAL));
        QuestionBank restored = new QuestionBank(withRetired);

        // when
        int scored = new ProgressService(() -> restored, sessions, progress, scorer,
                Clock.fixed(NOW, ZoneOffset.UTC)).backfillScores();

        // then
        assertEquals(1, scored);
        Integer score = progress.answer(22).orElseThrow().score();
        assertNotNull(score);
        assertEquals(scorer.score(restored.byId("retired-q").orElseThrow(),
                "An answer to a question since removed.").score(), score);
    }

    @Test
    @DisplayName("backfill goes past 500 answers to removed questions and scores the answers after them")
    void backfillPastAFullBatchOfSkippedAnswers() {
        // given 500 old answers to a removed question, then one to a question in the bank
        db = Database.open(file);
        SqliteSessionStore sessions = new SqliteSessionStore(db);
        SqliteProgressStore progress = new SqliteProgressStore(db);
        sessions.inTransaction(() -> {
            for (int i = 0; i < 500; i++) {
                sessions.saveAnswer(3, "retired-q", ALICE, "old answer " + i, null, NOW);
            }
            return null;
        });
        // the four v1 answers come first: score them out of the way so that the 500 skipped ones lead
        db.inTransaction(c -> c.createStatement().executeUpdate(
                "UPDATE answers SET score = 0 WHERE id IN (21, 22, 25, 26)"));
        Answer last = sessions.saveAnswer(7, "design-a", ALICE, DESIGN_ANSWER, null, NOW);
        ProgressService service = new ProgressService(() -> bank, sessions, progress, scorer,
                Clock.fixed(NOW, ZoneOffset.UTC));

        // when
        int scored = service.backfillScores();

        // then
        assertEquals(1, scored);
        assertEquals(expectedScore("design-a", DESIGN_ANSWER), progress.answer(last.id()).orElseThrow().score());
    }

    @Test
    @DisplayName("old answers read back as not scored (null) until the backfill scores them")
    void oldAnswersReadAsUnscored() {
        // given
        db = Database.open(file);
        SqliteSessionStore sessions = new SqliteSessionStore(db);
        SqliteProgressStore progress = new SqliteProgressStore(db);

        // when
        List<Integer> viaId = List.of(21L, 22L, 25L, 26L).stream()
                .map(id -> progress.answer(id).orElseThrow().score()).toList();
        List<Integer> viaSession = sessions.answers(7, "design-a").stream().map(Answer::score).toList();
        List<Integer> viaHistory = progress.recentAnswers(ALICE, 10).stream().map(Answer::score).toList();
        List<Integer> viaBackfillQueue = progress.unscoredAnswers(10).stream().map(Answer::score).toList();

        // then
        assertEquals(Arrays.asList(null, null, null, null), viaId);
        assertEquals(Arrays.asList((Integer) null), viaSession);
        assertEquals(Arrays.asList(null, null, null), viaHistory);
        assertEquals(Arrays.asList(null, null, null, null), viaBackfillQueue);
    }

    private Integer expectedScore(String questionId, String text) {
        return scorer.score(bank.byId(questionId).orElseThrow(), text).score();
    }

    private List<List<String>> dumpV1Rows() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return List.of(rows(c, SESSIONS), rows(c, SESSION_QUESTIONS), rows(c, ANSWERS), rows(c, ROUNDS));
        }
    }

    private static void insertAnswer(java.sql.PreparedStatement ps, long id, long session, String question,
                                     UserRef user, String text, long createdAt) throws SQLException {
        ps.setLong(1, id);
        ps.setLong(2, session);
        ps.setString(3, question);
        ps.setString(4, user.teamId());
        ps.setString(5, user.userId());
        ps.setString(6, text);
        ps.setLong(7, createdAt);
        ps.executeUpdate();
    }

    /** Every row as text, each value with its SQLite type (so 1 and '1' differ). */
    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    row.append(meta.getColumnName(i)).append('=')
                            .append(value == null ? "NULL" : value.getClass().getSimpleName() + ":" + value)
                            .append(' ');
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

    // one statement per execute(): split at ';' at a line end and drop comment lines, as the v1 code did
    private static List<String> statements(String sql) {
        return Arrays.stream(sql.split(";\\s*\\n"))
                .map(s -> s.replaceAll("(?m)^\\s*--.*$", "").strip())
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
