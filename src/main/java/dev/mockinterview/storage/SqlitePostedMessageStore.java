package dev.mockinterview.storage;

import dev.mockinterview.ports.PostedMessageStore;
import java.util.Optional;

/** {@link PostedMessageStore} on SQLite. */
public final class SqlitePostedMessageStore implements PostedMessageStore {
    private final Database db;

    public SqlitePostedMessageStore(Database db) {
        this.db = db;
    }

    @Override
    public void remember(String channelId, String ts, Anchor anchor) {
        db.inTransaction(c -> Sql.update(c, """
                INSERT INTO posted_messages (channel_id, ts, session_id, question_id) VALUES (?, ?, ?, ?)
                ON CONFLICT (channel_id, ts) DO NOTHING""", channelId, ts, anchor.sessionId(), anchor.questionId()));
    }

    @Override
    public Optional<Anchor> find(String channelId, String ts) {
        return db.inTransaction(c -> Sql.one(c,
                "SELECT session_id, question_id FROM posted_messages WHERE channel_id = ? AND ts = ?",
                rs -> new Anchor(rs.getLong(1), rs.getString(2)), channelId, ts));
    }
}
