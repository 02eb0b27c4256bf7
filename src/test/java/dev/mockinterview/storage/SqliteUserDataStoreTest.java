package dev.mockinterview.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.interview.UserRef;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("SqliteUserDataStore: a person's data, all of it and only theirs, exported and deleted")
class SqliteUserDataStoreTest {
    /** Tables that hold nothing about a person: keys of work done, messages waiting to be sent, channels' settings. */
    private static final Set<String> NOT_PERSONAL = Set.of("effects", "outbox", "daily_schedules", "daily_posts",
            "sqlite_sequence");
    private static final UserRef ALICE = new UserRef("T1", "U0ALICE");
    private static final UserRef BOB = new UserRef("T1", "U0BOB");
    private static final UserRef ALICE_ELSEWHERE = new UserRef("T2", "U0ALICE");

    @TempDir
    Path tmp;
    private Database db;
    private SqliteUserDataStore store;

    @BeforeEach
    void open() {
        db = Database.open(tmp.resolve("mi.db"));
        store = new SqliteUserDataStore(db);
        for (UserRef u : List.of(ALICE, BOB, ALICE_ELSEWHERE)) {
            seed(u);
        }
    }

    /** One row in every personal table for {@code u}. */
    private void seed(UserRef u) {
        db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                String who = "'" + u.teamId() + "', '" + u.userId() + "'";
                s.executeUpdate("INSERT INTO sessions (team_id, user_id, active, started_at, updated_at) VALUES ("
                        + who + ", 1, 1, 1)");
                long session;
                try (ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
                    rs.next();
                    session = rs.getLong(1);
                }
                s.executeUpdate("INSERT INTO session_questions (session_id, question_id, position, shown_at, "
                        + "updated_at, team_id, user_id) VALUES (" + session + ", 'q1', 1, 1, 1, " + who + ")");
                s.executeUpdate("INSERT INTO answers (session_id, question_id, team_id, user_id, text, created_at) "
                        + "VALUES (" + session + ", 'q1', " + who + ", 'answer of " + u + "', 1)");
                s.executeUpdate("INSERT INTO ratings (session_id, team_id, user_id, question_id, rating, rated_at, "
                        + "due_on) VALUES (" + session + ", " + who + ", 'q1', 'GOOD', 1, '2026-12-02')");
                s.executeUpdate("INSERT INTO reviews (team_id, user_id, question_id, repetitions, ease_factor, "
                        + "interval_days, last_reviewed, due_on) VALUES (" + who + ", 'q1', 1, 2.5, 1, '2026-12-01', "
                        + "'2026-12-02')");
                s.executeUpdate("INSERT INTO rounds (team_id, user_id, scope, round, started_after, started_at) "
                        + "VALUES (" + who + ", '*', 1, 0, 1)");
                s.executeUpdate("INSERT INTO posted_messages (channel_id, ts, session_id, question_id) VALUES ('D"
                        + u.userId() + u.teamId() + "', '1.1', " + session + ", 'q1')");
                s.executeUpdate("INSERT INTO offered_answers (team_id, user_id, session_id, question_id, text, "
                        + "created_at) VALUES (" + who + ", " + session + ", 'q1', 'offered', 1)");
                s.executeUpdate("INSERT INTO welcomed (team_id, user_id, welcomed_at) VALUES (" + who + ", 1)");
                s.executeUpdate("INSERT INTO user_settings (team_id, user_id) VALUES (" + who + ")");
                s.executeUpdate("INSERT INTO daily_posts (team_id, channel_id, local_date, question_id, status, "
                        + "claimed_at, slot) VALUES ('" + u.teamId() + "', 'C1', '2026-12-01', 'q1', 'POSTED', 1, '"
                        + u.userId() + "')");
                s.executeUpdate("INSERT INTO daily_hints (post_id, user_id, hints) VALUES (last_insert_rowid(), '"
                        + u.userId() + "', 2)");
            }
            return null;
        });
    }

    private Set<String> tables() {
        return db.inTransaction(c -> {
            Set<String> out = new TreeSet<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    @Test
    @DisplayName("every table of the schema is either exported and deleted with a person, or holds nothing of theirs")
    void everyTableClassified() {
        Set<String> unclassified = new TreeSet<>(tables());
        unclassified.removeAll(SqliteUserDataStore.userTables());
        unclassified.removeAll(NOT_PERSONAL);
        assertEquals(Set.of(), unclassified, "tables neither exported nor known to hold nothing personal");
        assertTrue(SqliteUserDataStore.workspaceTables().containsAll(SqliteUserDataStore.userTables()));
    }

    @Test
    @DisplayName("export: the user's rows in every table, nobody else's, the same user in another workspace neither")
    void export() {
        Map<String, List<Map<String, Object>>> data = store.export(ALICE);
        assertEquals(SqliteUserDataStore.userTables(), List.copyOf(data.keySet()));
        for (var table : data.entrySet()) {
            assertEquals(1, table.getValue().size(), table.getKey() + ": " + table.getValue());
        }
        assertEquals("answer of " + ALICE, data.get("answers").get(0).get("text"));
        assertEquals(Set.of("team_id", "user_id", "daily_cap", "time_zone", "role", "level"),
                data.get("user_settings").get(0).keySet(), "whole rows, every column");
    }

    @Test
    @DisplayName("forget: every row of the user goes, with counts; other people's stay; nothing is left to export")
    void forget() {
        Map<String, Integer> deleted = store.forget(ALICE);
        for (String table : SqliteUserDataStore.userTables()) {
            assertEquals(1, deleted.get(table), table);
        }
        store.export(ALICE).forEach((table, rows) -> assertEquals(List.of(), rows, table));
        store.export(BOB).forEach((table, rows) -> assertEquals(1, rows.size(), table));
        store.export(ALICE_ELSEWHERE).forEach((table, rows) -> assertEquals(1, rows.size(), table));
        assertEquals(0, store.forget(ALICE).values().stream().mapToInt(Integer::intValue).sum(), "idempotent");
    }

    @Test
    @DisplayName("forgetWorkspace: everything of that workspace goes, its daily posts too; another workspace stays")
    void forgetWorkspace() {
        Map<String, Integer> deleted = store.forgetWorkspace("T1");
        assertEquals(2, deleted.get("answers"));
        assertEquals(2, deleted.get("daily_posts"));
        store.export(ALICE).forEach((table, rows) -> assertEquals(List.of(), rows, table));
        store.export(ALICE_ELSEWHERE).forEach((table, rows) -> assertEquals(1, rows.size(), table));
    }
}
