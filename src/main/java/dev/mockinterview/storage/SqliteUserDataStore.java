package dev.mockinterview.storage;

import dev.mockinterview.ports.UserDataStore;
import dev.mockinterview.interview.UserRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link UserDataStore} on SQLite. Each table that holds something about a person is named here with how its rows
 * are found: a new table with personal data must be added to both lists (the export and forget tests list every
 * table of the schema, so one left out fails them).
 */
public final class SqliteUserDataStore implements UserDataStore {
    private static final String USER = "team_id = ?1 AND user_id = ?2";
    private static final String USER_SESSIONS = "session_id IN (SELECT id FROM sessions WHERE " + USER + ")";

    /** Table → rows of the user, in deletion order: rows that refer to others come before those they refer to. */
    private static final Map<String, String> USER_ROWS = ordered(
            "posted_messages", USER_SESSIONS,
            "session_questions", USER_SESSIONS,
            "answers", USER,
            "ratings", USER,
            "offered_answers", USER,
            "sessions", USER,
            "reviews", USER,
            "rounds", USER,
            "user_settings", USER,
            "daily_hints", "user_id = ?2 AND post_id IN (SELECT id FROM daily_posts WHERE team_id = ?1)",
            "welcomed", USER);

    private static final String TEAM = "team_id = ?1";
    private static final Map<String, String> TEAM_ROWS = ordered(
            "posted_messages", "session_id IN (SELECT id FROM sessions WHERE " + TEAM + ")",
            "session_questions", "session_id IN (SELECT id FROM sessions WHERE " + TEAM + ")",
            "answers", TEAM,
            "ratings", TEAM,
            "offered_answers", TEAM,
            "sessions", TEAM,
            "reviews", TEAM,
            "rounds", TEAM,
            "user_settings", TEAM,
            "daily_hints", "post_id IN (SELECT id FROM daily_posts WHERE " + TEAM + ")",
            "daily_posts", TEAM,
            "daily_schedules", TEAM,
            "welcomed", TEAM);

    private final Database db;

    public SqliteUserDataStore(Database db) {
        this.db = db;
    }

    /** Tables that hold something about a person (for the tests that check none is forgotten). */
    public static List<String> userTables() {
        return List.copyOf(USER_ROWS.keySet());
    }

    /** Tables that hold something about a workspace. */
    public static List<String> workspaceTables() {
        return List.copyOf(TEAM_ROWS.keySet());
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(UserRef user) {
        return db.inTransaction(c -> {
            Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
            for (var table : USER_ROWS.entrySet()) {
                out.put(table.getKey(), rows(c, "SELECT * FROM " + table.getKey() + " WHERE " + table.getValue()
                        + " ORDER BY rowid", user.teamId(), user.userId()));
            }
            return out;
        });
    }

    @Override
    public Map<String, Integer> forget(UserRef user) {
        return delete(USER_ROWS, user.teamId(), user.userId());
    }

    @Override
    public Map<String, Integer> forgetWorkspace(String teamId) {
        return delete(TEAM_ROWS, teamId, null);
    }

    private Map<String, Integer> delete(Map<String, String> tables, String teamId, String userId) {
        return db.inTransaction(c -> {
            Map<String, Integer> deleted = new LinkedHashMap<>();
            for (var table : tables.entrySet()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM " + table.getKey() + " WHERE " + table.getValue())) {
                    bind(ps, table.getValue(), teamId, userId);
                    deleted.put(table.getKey(), ps.executeUpdate());
                }
            }
            return deleted;
        });
    }

    private static List<Map<String, Object>> rows(Connection c, String sql, String teamId, String userId)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, sql, teamId, userId);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> out = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnName(i), rs.getObject(i));
                    }
                    out.add(row);
                }
                return out;
            }
        }
    }

    private static void bind(PreparedStatement ps, String sql, String teamId, String userId) throws SQLException {
        ps.setString(1, teamId);
        if (sql.contains("?2")) {
            ps.setString(2, userId);
        }
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
