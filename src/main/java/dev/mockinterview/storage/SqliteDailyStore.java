package dev.mockinterview.storage;

import dev.mockinterview.daily.DailyPost;
import dev.mockinterview.daily.DailySchedule;
import dev.mockinterview.daily.DailyStore;
import dev.mockinterview.interview.Category;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** All daily-question SQL: channel schedules, claimed posts, and per-user hints on them. */
public final class SqliteDailyStore implements DailyStore {
    private static final String SCHEDULE_COLUMNS =
            "team_id, channel_id, local_time, time_zone, days, category, created_by, enabled, reveal_time";
    private static final String POST_COLUMNS = "id, team_id, channel_id, local_date, question_id, status, "
            + "message_ts, attempts, last_error, revealed, claimed_at, slot";

    private final Database db;

    public SqliteDailyStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<DailySchedule> schedule(String teamId, String channelId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + SCHEDULE_COLUMNS
                    + " FROM daily_schedules WHERE team_id = ? AND channel_id = ?")) {
                ps.setString(1, teamId);
                ps.setString(2, channelId);
                return readSchedules(ps).stream().findFirst();
            }
        });
    }

    @Override
    public void saveSchedule(DailySchedule s, Instant now) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO daily_schedules (" + SCHEDULE_COLUMNS
                    + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (team_id, channel_id) DO UPDATE"
                    + " SET local_time = excluded.local_time, time_zone = excluded.time_zone, days = excluded.days,"
                    + " category = excluded.category, created_by = excluded.created_by, enabled = excluded.enabled,"
                    + " reveal_time = excluded.reveal_time, updated_at = excluded.updated_at")) {
                ps.setString(1, s.teamId());
                ps.setString(2, s.channelId());
                ps.setString(3, s.time().toString());
                ps.setString(4, s.zone().getId());
                ps.setString(5, s.days().stream().map(DayOfWeek::name).collect(Collectors.joining(",")));
                ps.setString(6, s.category() == null ? null : s.category().slug());
                ps.setString(7, s.createdBy());
                ps.setInt(8, s.enabled() ? 1 : 0);
                ps.setString(9, s.revealTime() == null ? null : s.revealTime().toString());
                ps.setLong(10, now.toEpochMilli());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<DailySchedule> enabledSchedules() {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + SCHEDULE_COLUMNS
                    + " FROM daily_schedules WHERE enabled = 1 ORDER BY team_id, channel_id")) {
                return readSchedules(ps);
            }
        });
    }

    private static List<DailySchedule> readSchedules(PreparedStatement ps) throws SQLException {
        List<DailySchedule> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                for (String d : rs.getString(5).split(",")) {
                    if (!d.isBlank()) {
                        days.add(DayOfWeek.valueOf(d));
                    }
                }
                Category category = rs.getString(6) == null ? null : Category.fromSlug(rs.getString(6)).orElse(null);
                String reveal = rs.getString(9);
                out.add(new DailySchedule(rs.getString(1), rs.getString(2), LocalTime.parse(rs.getString(3)),
                        ZoneId.of(rs.getString(4)), days, category, rs.getString(7), rs.getInt(8) == 1,
                        reveal == null ? null : LocalTime.parse(reveal)));
            }
        }
        return out;
    }

    @Override
    public Optional<DailyPost> claim(String teamId, String channelId, LocalDate date, String questionId, Instant now,
                                     boolean extra, boolean newCycle) {
        return db.inTransaction(c -> {
            // INSERT OR IGNORE under BEGIN IMMEDIATE: of all instances racing for (channel, date), one inserts.
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT OR IGNORE INTO daily_posts (team_id, channel_id, local_date, question_id, status, claimed_at,
                                                       slot)
                    VALUES (?, ?, ?, ?, 'CLAIMED', ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, teamId);
                ps.setString(2, channelId);
                ps.setString(3, date.toString());
                ps.setString(4, questionId);
                ps.setLong(5, now.toEpochMilli());
                ps.setString(6, extra ? "now-" + now.toEpochMilli() : "scheduled");
                if (ps.executeUpdate() == 0) {
                    return Optional.<DailyPost>empty();
                }
                long id;
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                if (newCycle) {
                    try (PreparedStatement cycle = c.prepareStatement(
                            "UPDATE daily_schedules SET cycle_start = ? WHERE team_id = ? AND channel_id = ?")) {
                        cycle.setLong(1, id - 1);
                        cycle.setString(2, teamId);
                        cycle.setString(3, channelId);
                        cycle.executeUpdate();
                    }
                }
                return post(c, id);
            }
        });
    }

    @Override
    public void markPosted(long postId, String messageTs) {
        update("UPDATE daily_posts SET status = 'POSTED', message_ts = ?, attempts = attempts + 1 WHERE id = ?",
                messageTs, postId);
    }

    @Override
    public void markFailed(long postId, String error, int attempts, boolean givenUp) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE daily_posts SET status = ?, last_error = ?, attempts = ? WHERE id = ?")) {
                ps.setString(1, givenUp ? "FAILED" : "CLAIMED");
                ps.setString(2, error);
                ps.setInt(3, attempts);
                ps.setLong(4, postId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void markRevealed(long postId) {
        update("UPDATE daily_posts SET revealed = 1 WHERE id = ?", null, postId);
    }

    private void update(String sql, String text, long id) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                boolean hasText = sql.chars().filter(ch -> ch == '?').count() == 2;
                if (hasText) {
                    ps.setString(1, text);
                }
                ps.setLong(hasText ? 2 : 1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<String> lastPostedQuestion(String teamId, String channelId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT question_id FROM daily_posts WHERE team_id = ? AND channel_id = ? AND status <> 'FAILED'
                     ORDER BY id DESC LIMIT 1""")) {
                ps.setString(1, teamId);
                ps.setString(2, channelId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public Optional<Instant> updatedAt(String teamId, String channelId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT updated_at FROM daily_schedules WHERE team_id = ? AND channel_id = ?")) {
                ps.setString(1, teamId);
                ps.setString(2, channelId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(Instant.ofEpochMilli(rs.getLong(1))) : Optional.<Instant>empty();
                }
            }
        });
    }

    @Override
    public Optional<DailyPost> latestPost(String teamId, String channelId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + POST_COLUMNS + " FROM daily_posts"
                    + " WHERE team_id = ? AND channel_id = ? ORDER BY local_date DESC, id DESC LIMIT 1")) {
                ps.setString(1, teamId);
                ps.setString(2, channelId);
                return readPosts(ps).stream().findFirst();
            }
        });
    }

    @Override
    public Optional<LocalDate> lastScheduledDate(String teamId, String channelId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT max(local_date) FROM daily_posts
                     WHERE team_id = ? AND channel_id = ? AND slot = 'scheduled'""")) {
                ps.setString(1, teamId);
                ps.setString(2, channelId);
                try (ResultSet rs = ps.executeQuery()) {
                    String d = rs.next() ? rs.getString(1) : null;
                    return Optional.ofNullable(d).map(LocalDate::parse);
                }
            }
        });
    }

    @Override
    public Optional<DailyPost> post(long postId) {
        return db.inTransaction(c -> post(c, postId));
    }

    private static Optional<DailyPost> post(Connection c, long postId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + POST_COLUMNS + " FROM daily_posts WHERE id = ?")) {
            ps.setLong(1, postId);
            return readPosts(ps).stream().findFirst();
        }
    }

    @Override
    public List<DailyPost> unfinishedPosts() {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + POST_COLUMNS
                    + " FROM daily_posts WHERE status = 'CLAIMED' ORDER BY id")) {
                return readPosts(ps);
            }
        });
    }

    @Override
    public List<DailyPost> unrevealedPosts() {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + POST_COLUMNS
                    + " FROM daily_posts WHERE status = 'POSTED' AND revealed = 0 ORDER BY id")) {
                return readPosts(ps);
            }
        });
    }

    private static List<DailyPost> readPosts(PreparedStatement ps) throws SQLException {
        List<DailyPost> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new DailyPost(rs.getLong(1), rs.getString(2), rs.getString(3), LocalDate.parse(rs.getString(4)),
                        rs.getString(5), DailyPost.Status.valueOf(rs.getString(6)), rs.getString(7), rs.getInt(8),
                        rs.getString(9), rs.getInt(10) == 1, Instant.ofEpochMilli(rs.getLong(11)),
                        !"scheduled".equals(rs.getString(12))));
            }
        }
        return out;
    }

    @Override
    public Set<String> postedInCycle(String teamId, String channelId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT DISTINCT p.question_id FROM daily_posts p
                     WHERE p.team_id = ? AND p.channel_id = ? AND p.status <> 'FAILED'
                       AND p.id > coalesce((SELECT cycle_start FROM daily_schedules s
                                             WHERE s.team_id = p.team_id AND s.channel_id = p.channel_id), 0)""")) {
                ps.setString(1, teamId);
                ps.setString(2, channelId);
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
    public ChannelRole role(String teamId, String channelId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT role, level FROM daily_schedules WHERE team_id = ? AND channel_id = ?")) {
                ps.setString(1, teamId);
                ps.setString(2, channelId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new ChannelRole(rs.getString(1), rs.getString(2)) : ChannelRole.ANY;
                }
            }
        });
    }

    @Override
    public void saveRole(String teamId, String channelId, ChannelRole role) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE daily_schedules SET role = ?, level = ? WHERE team_id = ? AND channel_id = ?")) {
                ps.setString(1, role.role());
                ps.setString(2, role.level());
                ps.setString(3, teamId);
                ps.setString(4, channelId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public int hintsRevealed(long postId, String userId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT hints FROM daily_hints WHERE post_id = ? AND user_id = ?")) {
                ps.setLong(1, postId);
                ps.setString(2, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    @Override
    public void saveHintsRevealed(long postId, String userId, int hints) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO daily_hints (post_id, user_id, hints) VALUES (?, ?, ?)
                    ON CONFLICT (post_id, user_id) DO UPDATE SET hints = excluded.hints""")) {
                ps.setLong(1, postId);
                ps.setString(2, userId);
                ps.setInt(3, hints);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
