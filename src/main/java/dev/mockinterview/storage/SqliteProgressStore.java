package dev.mockinterview.storage;

import dev.mockinterview.interview.Answer;
import dev.mockinterview.interview.ProgressStore;
import dev.mockinterview.interview.QuestionActivity;
import dev.mockinterview.interview.UserRef;
import dev.mockinterview.interview.UserSettings;
import dev.mockinterview.review.DueItem;
import dev.mockinterview.review.Rating;
import dev.mockinterview.review.ReviewState;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** All progress SQL: the review schedule, ratings, user settings, and the queries behind stats and history. */
public final class SqliteProgressStore implements ProgressStore {
    private final Database db;

    public SqliteProgressStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<ReviewState> review(UserRef user, String questionId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT repetitions, ease_factor, interval_days, last_reviewed, due_on FROM reviews
                     WHERE team_id = ? AND user_id = ? AND question_id = ?""")) {
                bindUser(ps, user);
                ps.setString(3, questionId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<ReviewState>empty();
                    }
                    return Optional.of(new ReviewState(rs.getInt(1), rs.getDouble(2), rs.getInt(3),
                            LocalDate.parse(rs.getString(4)), LocalDate.parse(rs.getString(5))));
                }
            }
        });
    }

    @Override
    public Optional<ReviewState> reviewBefore(UserRef user, String questionId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT prev_repetitions, prev_ease_factor, prev_interval_days, prev_last_reviewed, prev_due_on
                      FROM reviews WHERE team_id = ? AND user_id = ? AND question_id = ?
                       AND prev_last_reviewed IS NOT NULL""")) {
                bindUser(ps, user);
                ps.setString(3, questionId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<ReviewState>empty();
                    }
                    return Optional.of(new ReviewState(rs.getInt(1), rs.getDouble(2), rs.getInt(3),
                            LocalDate.parse(rs.getString(4)), LocalDate.parse(rs.getString(5))));
                }
            }
        });
    }

    @Override
    public void saveReview(UserRef user, String questionId, ReviewState state, ReviewState previous) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO reviews (team_id, user_id, question_id, repetitions, ease_factor, interval_days,
                                         last_reviewed, due_on, prev_repetitions, prev_ease_factor,
                                         prev_interval_days, prev_last_reviewed, prev_due_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (team_id, user_id, question_id) DO UPDATE
                       SET repetitions = excluded.repetitions, ease_factor = excluded.ease_factor,
                           interval_days = excluded.interval_days, last_reviewed = excluded.last_reviewed,
                           due_on = excluded.due_on, prev_repetitions = excluded.prev_repetitions,
                           prev_ease_factor = excluded.prev_ease_factor,
                           prev_interval_days = excluded.prev_interval_days,
                           prev_last_reviewed = excluded.prev_last_reviewed, prev_due_on = excluded.prev_due_on""")) {
                bindUser(ps, user);
                ps.setString(3, questionId);
                ps.setInt(4, state.repetitions());
                ps.setDouble(5, state.easeFactor());
                ps.setInt(6, state.intervalDays());
                ps.setString(7, state.lastReviewed().toString());
                ps.setString(8, state.dueOn().toString());
                ps.setObject(9, previous == null ? null : previous.repetitions());
                ps.setObject(10, previous == null ? null : previous.easeFactor());
                ps.setObject(11, previous == null ? null : previous.intervalDays());
                ps.setString(12, previous == null ? null : previous.lastReviewed().toString());
                ps.setString(13, previous == null ? null : previous.dueOn().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<Answer> latestAnswer(UserRef user, String questionId) {
        return db.inTransaction(c -> Sql.one(c, "SELECT " + Sql.ANSWER_COLUMNS
                + " FROM answers WHERE team_id = ? AND user_id = ? AND question_id = ? ORDER BY id DESC LIMIT 1",
                Sql::answer, user.teamId(), user.userId(), questionId));
    }

    @Override
    public java.util.Set<String> questionIdsShownSince(UserRef user, Instant since) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(QUESTION_IDS_SHOWN_SINCE)) {
                bindUser(ps, user);
                ps.setLong(3, since.toEpochMilli());
                java.util.Set<String> ids = new java.util.HashSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                return ids;
            }
        });
    }

    // Both read only the index range of the day asked about (schema v5), not every question the user was shown.
    static final String QUESTIONS_SHOWN_SINCE = """
            SELECT count(*) FROM session_questions WHERE team_id = ? AND user_id = ? AND shown_at >= ?""";
    static final String QUESTION_IDS_SHOWN_SINCE = """
            SELECT DISTINCT question_id FROM session_questions WHERE team_id = ? AND user_id = ? AND shown_at >= ?""";

    static String scheduledAmongSql(int ids) {
        return "SELECT question_id FROM reviews WHERE team_id = ?1 AND user_id = ?2 AND question_id IN ("
                + Sql.placeholders(ids) + ")";
    }

    @Override
    public java.util.Set<String> scheduledAmong(UserRef user, Collection<String> questionIds) {
        java.util.Set<String> scheduled = new java.util.HashSet<>();
        if (questionIds.isEmpty()) {
            return scheduled;
        }
        return db.inTransaction(c -> {
            for (List<String> chunk : Sql.chunks(questionIds)) {
                try (PreparedStatement ps = c.prepareStatement(scheduledAmongSql(chunk.size()))) {
                    bindUser(ps, user);
                    Sql.bind(ps, 3, chunk.toArray());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            scheduled.add(rs.getString(1));
                        }
                    }
                }
            }
            return scheduled;
        });
    }

    // ISO dates compare as text in date order; ids compare bytewise (the bank's ids are ASCII, so as Java does).
    // A review shown today is skipped inside SQLite by an index search per candidate, so paging never has to
    // step over the day's reviews.
    private static final String DUE_REVIEWS_SELECT = """
            SELECT r.question_id, r.due_on FROM reviews r
             WHERE r.team_id = ?1 AND r.user_id = ?2 AND r.due_on <= ?3
               AND NOT EXISTS (SELECT 1 FROM session_questions q
                                WHERE q.team_id = ?1 AND q.user_id = ?2 AND q.question_id = r.question_id
                                  AND q.shown_at >= ?4)
            """;
    static final String DUE_REVIEWS = DUE_REVIEWS_SELECT + " ORDER BY r.due_on, r.question_id LIMIT ?5";
    static final String DUE_REVIEWS_AFTER = DUE_REVIEWS_SELECT
            + " AND (r.due_on, r.question_id) > (?6, ?7) ORDER BY r.due_on, r.question_id LIMIT ?5";

    @Override
    public List<DueItem> dueReviews(UserRef user, LocalDate onOrBefore, Instant notShownSince, DueItem after,
                                    int limit) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(after == null ? DUE_REVIEWS : DUE_REVIEWS_AFTER)) {
                bindUser(ps, user);
                ps.setString(3, onOrBefore.toString());
                ps.setLong(4, notShownSince.toEpochMilli());
                ps.setInt(5, limit);
                if (after != null) {
                    ps.setString(6, after.dueOn().toString());
                    ps.setString(7, after.questionId());
                }
                List<DueItem> items = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new DueItem(rs.getString(1), LocalDate.parse(rs.getString(2))));
                    }
                }
                return items;
            }
        });
    }

    @Override
    public List<DueItem> schedule(UserRef user) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT question_id, due_on FROM reviews WHERE team_id = ? AND user_id = ? ORDER BY due_on")) {
                bindUser(ps, user);
                List<DueItem> items = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new DueItem(rs.getString(1), LocalDate.parse(rs.getString(2))));
                    }
                }
                return items;
            }
        });
    }

    @Override
    public void saveRating(long sessionId, UserRef user, String questionId, Rating rating,
                           OptionalInt feedbackScore, Instant at, LocalDate dueOn) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO ratings (session_id, team_id, user_id, question_id, rating, feedback_score,
                                         rated_at, due_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                ps.setLong(1, sessionId);
                ps.setString(2, user.teamId());
                ps.setString(3, user.userId());
                ps.setString(4, questionId);
                ps.setString(5, rating.name());
                ps.setObject(6, feedbackScore.isPresent() ? feedbackScore.getAsInt() : null);
                ps.setLong(7, at.toEpochMilli());
                ps.setString(8, dueOn.toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public UserSettings settings(UserRef user) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT daily_cap, time_zone, role, level FROM user_settings WHERE team_id = ? AND user_id = ?")) {
                bindUser(ps, user);
                try (ResultSet rs = ps.executeQuery()) {
                    UserSettings defaults = UserSettings.defaults();
                    if (!rs.next()) {
                        return defaults;
                    }
                    int cap = rs.getInt(1);
                    int dailyCap = rs.wasNull() ? defaults.dailyCap() : cap;
                    return new UserSettings(dailyCap, zone(rs.getString(2), defaults.zone()), rs.getString(3),
                            rs.getString(4));
                }
            }
        });
    }

    private static ZoneId zone(String id, ZoneId fallback) {
        if (id == null) {
            return fallback;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return fallback;
        }
    }

    @Override
    public void saveDailyCap(UserRef user, int dailyCap) {
        upsertSetting(user, "daily_cap", dailyCap);
    }

    @Override
    public void saveZone(UserRef user, ZoneId zone) {
        upsertSetting(user, "time_zone", zone.getId());
    }

    @Override
    public void saveRole(UserRef user, String role, String level) {
        upsertSetting(user, "role", role);
        upsertSetting(user, "level", level);
    }

    private void upsertSetting(UserRef user, String column, Object value) {
        db.inTransaction(c -> {
            // column is one of our own constants, never user input
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO user_settings (team_id, user_id, " + column
                    + ") VALUES (?, ?, ?) ON CONFLICT (team_id, user_id) DO UPDATE SET " + column + " = excluded."
                    + column)) {
                bindUser(ps, user);
                ps.setObject(3, value);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public int questionsShownSince(UserRef user, Instant since) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(QUESTIONS_SHOWN_SINCE)) {
                bindUser(ps, user);
                ps.setLong(3, since.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    @Override
    public List<Instant> activity(UserRef user) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT q.shown_at FROM session_questions q JOIN sessions s ON s.id = q.session_id
                     WHERE s.team_id = ?1 AND s.user_id = ?2
                    UNION SELECT created_at FROM answers WHERE team_id = ?1 AND user_id = ?2
                    UNION SELECT rated_at FROM ratings WHERE team_id = ?1 AND user_id = ?2""")) {
                bindUser(ps, user);
                List<Instant> times = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        times.add(Instant.ofEpochMilli(rs.getLong(1)));
                    }
                }
                return times;
            }
        });
    }

    @Override
    public List<QuestionActivity> questionActivity(UserRef user) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT ids.question_id,
                           (SELECT count(*) FROM session_questions q JOIN sessions s ON s.id = q.session_id
                             WHERE s.team_id = ?1 AND s.user_id = ?2 AND q.question_id = ids.question_id),
                           (SELECT count(*) FROM answers a
                             WHERE a.team_id = ?1 AND a.user_id = ?2 AND a.question_id = ids.question_id),
                           (SELECT count(a.score) FROM answers a
                             WHERE a.team_id = ?1 AND a.user_id = ?2 AND a.question_id = ids.question_id),
                           (SELECT coalesce(sum(a.score), 0) FROM answers a
                             WHERE a.team_id = ?1 AND a.user_id = ?2 AND a.question_id = ids.question_id),
                           (SELECT count(*) FROM ratings r
                             WHERE r.team_id = ?1 AND r.user_id = ?2 AND r.question_id = ids.question_id)
                      FROM (SELECT DISTINCT q.question_id FROM session_questions q
                              JOIN sessions s ON s.id = q.session_id
                             WHERE s.team_id = ?1 AND s.user_id = ?2) ids""")) {
                bindUser(ps, user);
                List<QuestionActivity> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new QuestionActivity(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                                rs.getLong(5), rs.getInt(6)));
                    }
                }
                return rows;
            }
        });
    }

    @Override
    public List<Answer> recentAnswers(UserRef user, int limit) {
        return db.inTransaction(c -> Sql.list(c, "SELECT " + Sql.ANSWER_COLUMNS
                + " FROM answers WHERE team_id = ? AND user_id = ? ORDER BY id DESC LIMIT ?", Sql::answer,
                user.teamId(), user.userId(), limit));
    }

    @Override
    public Optional<Answer> answer(long answerId) {
        return db.inTransaction(c -> Sql.one(c, "SELECT " + Sql.ANSWER_COLUMNS + " FROM answers WHERE id = ?",
                Sql::answer, answerId));
    }

    @Override
    public List<Answer> unscoredAnswers(int limit) {
        return db.inTransaction(c -> Sql.list(c, "SELECT " + Sql.ANSWER_COLUMNS
                + " FROM answers WHERE score IS NULL ORDER BY id LIMIT ?", Sql::answer, limit));
    }

    @Override
    public void saveScore(long answerId, int score) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE answers SET score = ? WHERE id = ?")) {
                ps.setInt(1, score);
                ps.setLong(2, answerId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static void bindUser(PreparedStatement ps, UserRef user) throws SQLException {
        ps.setString(1, user.teamId());
        ps.setString(2, user.userId());
    }
}
