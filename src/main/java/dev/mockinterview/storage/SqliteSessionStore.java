package dev.mockinterview.storage;

import dev.mockinterview.ports.StorageException;
import dev.mockinterview.interview.Answer;
import dev.mockinterview.interview.Category;
import dev.mockinterview.interview.QuestionProgress;
import dev.mockinterview.interview.Session;
import dev.mockinterview.interview.SessionStore;
import dev.mockinterview.interview.UserRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** All interview SQL: sessions, questions shown, answers and rounds, on SQLite. */
public final class SqliteSessionStore implements SessionStore {
    private static final String ALL_SCOPE = "*";

    private final Database db;

    public SqliteSessionStore(Database db) {
        this.db = db;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return db.inTransaction(c -> work.get());
    }

    @Override
    public Optional<Session> activeSession(UserRef user) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM sessions WHERE team_id = ? AND user_id = ? AND active = 1")) {
                ps.setString(1, user.teamId());
                ps.setString(2, user.userId());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? load(c, rs.getLong(1)) : Optional.<Session>empty();
                }
            }
        });
    }

    @Override
    public Optional<Session> session(long sessionId) {
        return db.inTransaction(c -> load(c, sessionId));
    }

    private static Optional<Session> load(Connection c, long sessionId) throws SQLException {
        // The totals are kept on the row (schema v5): a session that has lasted for thousands of questions loads
        // in the same time as a new one.
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT s.team_id, s.user_id, s.category, s.active, s.started_at, s.ended_at,
                       s.questions_asked, s.hints_used, s.answers_written, s.model_answers_viewed
                  FROM sessions s WHERE s.id = ?""")) {
            ps.setLong(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                UserRef user = new UserRef(rs.getString(1), rs.getString(2));
                Category category = rs.getString(3) == null ? null : Category.fromSlug(rs.getString(3)).orElse(null);
                long ended = rs.getLong(6);
                Instant endedAt = rs.wasNull() ? null : Instant.ofEpochMilli(ended);
                return Optional.of(new Session(sessionId, user, category, rs.getInt(4) == 1,
                        Instant.ofEpochMilli(rs.getLong(5)), endedAt, currentQuestion(c, sessionId),
                        rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)));
            }
        }
    }

    private static Optional<QuestionProgress> currentQuestion(Connection c, long sessionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT question_id, position, hints_revealed, model_answer_revealed, shown_at
                  FROM session_questions WHERE session_id = ? ORDER BY position DESC LIMIT 1""")) {
            ps.setLong(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new QuestionProgress(rs.getString(1), rs.getInt(2), rs.getInt(3),
                        rs.getInt(4) == 1, Instant.ofEpochMilli(rs.getLong(5))));
            }
        }
    }

    @Override
    public long createSession(UserRef user, Category category, Instant now) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO sessions (team_id, user_id, category, active, started_at, updated_at)
                    VALUES (?, ?, ?, 1, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, user.teamId());
                ps.setString(2, user.userId());
                ps.setString(3, category == null ? null : category.slug());
                ps.setLong(4, now.toEpochMilli());
                ps.setLong(5, now.toEpochMilli());
                ps.executeUpdate();
                return generatedKey(ps);
            }
        });
    }

    @Override
    public void setCategory(long sessionId, Category category) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE sessions SET category = ? WHERE id = ?")) {
                ps.setString(1, category == null ? null : category.slug());
                ps.setLong(2, sessionId);
                requireOneRow(ps.executeUpdate(), sessionId);
            }
            return null;
        });
    }

    @Override
    public void showQuestion(long sessionId, String questionId, Instant now) {
        db.inTransaction(c -> {
            // The row carries its user (schema v5), so per-user lookups need not go through every session.
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO session_questions (session_id, question_id, position, shown_at, updated_at,
                                                   team_id, user_id)
                    VALUES (?1, ?2,
                            (SELECT coalesce(max(position), 0) + 1 FROM session_questions WHERE session_id = ?1),
                            ?3, ?3, (SELECT team_id FROM sessions WHERE id = ?1),
                            (SELECT user_id FROM sessions WHERE id = ?1))""")) {
                ps.setLong(1, sessionId);
                ps.setString(2, questionId);
                ps.setLong(3, now.toEpochMilli());
                ps.executeUpdate();
            }
            touch(c, sessionId, now, 1, 0, 0, 0);
            return null;
        });
    }

    @Override
    public void saveProgress(long sessionId, int hintsRevealed, boolean modelAnswerRevealed, Instant now) {
        db.inTransaction(c -> {
            long rowId;
            int hintsBefore;
            int modelBefore;
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, hints_revealed, model_answer_revealed FROM session_questions
                     WHERE session_id = ? ORDER BY position DESC LIMIT 1""")) {
                ps.setLong(1, sessionId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new StorageException("session " + sessionId + " not found");
                    }
                    rowId = rs.getLong(1);
                    hintsBefore = rs.getInt(2);
                    modelBefore = rs.getInt(3);
                }
            }
            int model = modelAnswerRevealed ? 1 : 0;
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE session_questions SET hints_revealed = ?, model_answer_revealed = ?, updated_at = ?
                     WHERE id = ?""")) {
                ps.setInt(1, hintsRevealed);
                ps.setInt(2, model);
                ps.setLong(3, now.toEpochMilli());
                ps.setLong(4, rowId);
                requireOneRow(ps.executeUpdate(), sessionId);
            }
            touch(c, sessionId, now, 0, hintsRevealed - hintsBefore, 0, model - modelBefore);
            return null;
        });
    }

    @Override
    public void endSession(long sessionId, Instant now) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE sessions SET active = 0, ended_at = ?, updated_at = ? WHERE id = ? AND active = 1")) {
                ps.setLong(1, now.toEpochMilli());
                ps.setLong(2, now.toEpochMilli());
                ps.setLong(3, sessionId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Answer saveAnswer(long sessionId, String questionId, UserRef user, String text, Integer score,
                             Instant now) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO answers (session_id, question_id, team_id, user_id, text, created_at, score)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, sessionId);
                ps.setString(2, questionId);
                ps.setString(3, user.teamId());
                ps.setString(4, user.userId());
                ps.setString(5, text);
                ps.setLong(6, now.toEpochMilli());
                ps.setObject(7, score);
                ps.executeUpdate();
                long id = generatedKey(ps);
                touch(c, sessionId, now, 0, 0, 1, 0);
                return new Answer(id, sessionId, questionId, user, text, now, score);
            }
        });
    }

    @Override
    public List<Answer> answers(long sessionId, String questionId) {
        return db.inTransaction(c -> Sql.list(c, "SELECT " + Sql.ANSWER_COLUMNS
                + " FROM answers WHERE session_id = ? AND question_id = ? ORDER BY id", Sql::answer, sessionId,
                questionId));
    }

    @Override
    public Set<String> questionIds(long sessionId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT DISTINCT question_id FROM session_questions WHERE session_id = ?")) {
                ps.setLong(1, sessionId);
                Set<String> ids = new HashSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                return ids;
            }
        });
    }

    @Override
    public Set<String> seenInRound(UserRef user, Category scope) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT DISTINCT q.question_id
                      FROM session_questions q JOIN sessions s ON s.id = q.session_id
                     WHERE s.team_id = ? AND s.user_id = ?
                       AND q.id > coalesce((SELECT started_after FROM rounds
                                             WHERE team_id = ? AND user_id = ? AND scope = ?), 0)""")) {
                ps.setString(1, user.teamId());
                ps.setString(2, user.userId());
                ps.setString(3, user.teamId());
                ps.setString(4, user.userId());
                ps.setString(5, scopeKey(scope));
                Set<String> seen = new HashSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        seen.add(rs.getString(1));
                    }
                }
                return seen;
            }
        });
    }

    /** Which ids of the IN list were shown in the round; rowid ({@code id}) rides along in the index. */
    static String seenInRoundAmongSql(int ids) {
        return """
                SELECT DISTINCT question_id FROM session_questions
                 WHERE team_id = ?1 AND user_id = ?2
                   AND id > coalesce((SELECT started_after FROM rounds
                                       WHERE team_id = ?1 AND user_id = ?2 AND scope = ?3), 0)
                   AND question_id IN (""" + Sql.placeholders(ids) + ")";
    }

    @Override
    public Set<String> seenInRoundAmong(UserRef user, Category scope, Collection<String> questionIds) {
        Set<String> seen = new HashSet<>();
        if (questionIds.isEmpty()) {
            return seen;
        }
        return db.inTransaction(c -> {
            for (List<String> chunk : Sql.chunks(questionIds)) {
                try (PreparedStatement ps = c.prepareStatement(seenInRoundAmongSql(chunk.size()))) {
                    ps.setString(1, user.teamId());
                    ps.setString(2, user.userId());
                    ps.setString(3, scopeKey(scope));
                    Sql.bind(ps, 4, chunk.toArray());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            seen.add(rs.getString(1));
                        }
                    }
                }
            }
            return seen;
        });
    }

    @Override
    public void startNewRound(UserRef user, Category scope, Instant now) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO rounds (team_id, user_id, scope, round, started_after, started_at)
                    VALUES (?, ?, ?, 2, (SELECT coalesce(max(id), 0) FROM session_questions), ?)
                    ON CONFLICT (team_id, user_id, scope) DO UPDATE
                       SET round = round + 1, started_after = excluded.started_after,
                           started_at = excluded.started_at""")) {
                ps.setString(1, user.teamId());
                ps.setString(2, user.userId());
                ps.setString(3, scopeKey(scope));
                ps.setLong(4, now.toEpochMilli());
                ps.executeUpdate();
            }
            return null;
        });
    }


    private static String scopeKey(Category scope) {
        return scope == null ? ALL_SCOPE : scope.slug();
    }

    /**
     * Marks the session updated and moves its running totals by the given amounts, in the same transaction as the
     * change they count, so they always equal the counts over its questions and answers.
     */
    private static void touch(Connection c, long sessionId, Instant now, int asked, int hints, int answers,
                              int modelAnswers) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE sessions SET updated_at = ?, questions_asked = questions_asked + ?,
                                    hints_used = hints_used + ?, answers_written = answers_written + ?,
                                    model_answers_viewed = model_answers_viewed + ?
                 WHERE id = ?""")) {
            ps.setLong(1, now.toEpochMilli());
            ps.setInt(2, asked);
            ps.setInt(3, hints);
            ps.setInt(4, answers);
            ps.setInt(5, modelAnswers);
            ps.setLong(6, sessionId);
            requireOneRow(ps.executeUpdate(), sessionId);
        }
    }

    private static long generatedKey(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no generated key");
            }
            return keys.getLong(1);
        }
    }

    private static void requireOneRow(int updated, long sessionId) {
        if (updated != 1) {
            throw new StorageException("session " + sessionId + " not found");
        }
    }
}
