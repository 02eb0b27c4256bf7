package dev.mockinterview.storage;

import dev.mockinterview.ports.PostedMessageStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** {@link PostedMessageStore} on SQLite. */
public final class SqlitePostedMessageStore implements PostedMessageStore {
    private final Database db;

    public SqlitePostedMessageStore(Database db) {
        this.db = db;
    }

    @Override
    public void remember(String channelId, String ts, Anchor anchor) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO posted_messages (channel_id, ts, session_id, question_id) VALUES (?, ?, ?, ?)
                    ON CONFLICT (channel_id, ts) DO NOTHING""")) {
                ps.setString(1, channelId);
                ps.setString(2, ts);
                ps.setLong(3, anchor.sessionId());
                ps.setString(4, anchor.questionId());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<Anchor> find(String channelId, String ts) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT session_id, question_id FROM posted_messages WHERE channel_id = ? AND ts = ?")) {
                ps.setString(1, channelId);
                ps.setString(2, ts);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Anchor(rs.getLong(1), rs.getString(2)))
                            : Optional.<Anchor>empty();
                }
            }
        });
    }
}
