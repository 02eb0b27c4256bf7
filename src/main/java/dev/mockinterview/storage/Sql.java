package dev.mockinterview.storage;

import dev.mockinterview.interview.Answer;
import dev.mockinterview.interview.UserRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The few shapes every store's SQL takes: one row, a list of rows, an update, each with its parameters bound in
 * order ({@code String}, {@code Integer}, {@code Long}, {@code Boolean}, {@code Instant} as epoch millis, or null),
 * and the helpers for IN lists. Stores use these instead of writing the JDBC loop again.
 */
final class Sql {
    /** Bound parameters per IN list: far below SQLite's limit, and large enough for few round trips. */
    static final int IN_LIST_CHUNK = 500;

    /** The columns {@link #answer} reads, in its order. */
    static final String ANSWER_COLUMNS = "id, session_id, question_id, team_id, user_id, text, created_at, score ";

    private Sql() {
    }

    /** Turns the current row into a value. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** The first row's value, if there is a row. */
    static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement ps = prepared(c, sql, params); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.ofNullable(row.map(rs)) : Optional.empty();
        }
    }

    /** Every row's value, in the order the query gives. */
    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement ps = prepared(c, sql, params); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.map(rs));
            }
            return out;
        }
    }

    /** An INSERT, UPDATE or DELETE; returns how many rows it changed. */
    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepared(c, sql, params)) {
            return ps.executeUpdate();
        }
    }

    private static PreparedStatement prepared(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            bind(ps, 1, params);
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    /** Binds {@code params} from position {@code first} on. */
    static void bind(PreparedStatement ps, int first, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            int at = first + i;
            Object p = params[i];
            if (p == null) {
                ps.setNull(at, Types.NULL);
            } else if (p instanceof String s) {
                ps.setString(at, s);
            } else if (p instanceof Integer n) {
                ps.setInt(at, n);
            } else if (p instanceof Long n) {
                ps.setLong(at, n);
            } else if (p instanceof Boolean b) {
                ps.setInt(at, b ? 1 : 0);
            } else if (p instanceof Instant t) {
                ps.setLong(at, t.toEpochMilli());
            } else {
                throw new IllegalArgumentException("cannot bind a " + p.getClass().getSimpleName());
            }
        }
    }

    /** Distinct ids in chunks of at most {@link #IN_LIST_CHUNK}, for IN lists. */
    static List<List<String>> chunks(Collection<String> ids) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(ids));
        List<List<String>> out = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += IN_LIST_CHUNK) {
            out.add(distinct.subList(from, Math.min(distinct.size(), from + IN_LIST_CHUNK)));
        }
        return out;
    }

    /** {@code ?, ?, ?} for an IN list of {@code n}. */
    static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /**
     * An answer, from the columns {@code id, session_id, question_id, team_id, user_id, text, created_at, score} in
     * that order.
     */
    static Answer answer(ResultSet rs) throws SQLException {
        int value = rs.getInt(8);
        Integer score = rs.wasNull() ? null : value; // read before any other column: wasNull is per-read
        return new Answer(rs.getLong(1), rs.getLong(2), rs.getString(3), new UserRef(rs.getString(4),
                rs.getString(5)), rs.getString(6), Instant.ofEpochMilli(rs.getLong(7)), score);
    }
}
