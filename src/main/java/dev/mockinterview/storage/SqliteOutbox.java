package dev.mockinterview.storage;

import dev.mockinterview.ports.Outbox;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/** {@link Outbox} in the main database, so an effect and its key share one transaction. */
public final class SqliteOutbox implements Outbox {
    private final Database db;
    private final Clock clock;

    public SqliteOutbox(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Recorded once(String key, Supplier<List<Message>> work) {
        return db.inTransaction(c -> {
            if (applied(c, key)) {
                return new Recorded(false, unsent(c, key));
            }
            List<Message> messages = work.get();
            Sql.update(c, "INSERT INTO effects (effect_key, applied_at) VALUES (?, ?)", key, clock.instant());
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO outbox (effect_key, seq, kind, target, thread_ts, anchor_session, anchor_question,
                                        text, blocks)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (Message m : messages) {
                    ps.setString(1, key);
                    ps.setInt(2, m.seq());
                    ps.setString(3, m.kind().name());
                    ps.setString(4, m.target());
                    ps.setString(5, m.threadTs());
                    if (m.anchorSession() == null) {
                        ps.setNull(6, java.sql.Types.INTEGER);
                    } else {
                        ps.setLong(6, m.anchorSession());
                    }
                    ps.setString(7, m.anchorQuestion());
                    ps.setString(8, m.text());
                    ps.setString(9, m.blocksJson());
                    ps.addBatch();
                }
                if (!messages.isEmpty()) {
                    ps.executeBatch();
                }
            }
            return new Recorded(true, List.copyOf(messages));
        });
    }

    private static boolean applied(Connection c, String key) throws SQLException {
        return Sql.one(c, "SELECT 1 FROM effects WHERE effect_key = ?", rs -> true, key).isPresent();
    }

    private static List<Message> unsent(Connection c, String key) throws SQLException {
        return Sql.list(c, """
                SELECT seq, kind, target, thread_ts, anchor_session, anchor_question, text, blocks
                  FROM outbox WHERE effect_key = ? ORDER BY seq""", rs -> {
            long session = rs.getLong(5);
            Long anchor = rs.wasNull() ? null : session; // read right after its column: wasNull is per-read
            return new Message(rs.getInt(1), Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                    anchor, rs.getString(6), rs.getString(7), rs.getString(8));
        }, key);
    }

    @Override
    public void sent(String key, int seq) {
        db.inTransaction(c -> Sql.update(c, "DELETE FROM outbox WHERE effect_key = ? AND seq = ?", key, seq));
    }

    @Override
    public int forgetBefore(Instant cutoff) {
        return db.inTransaction(c -> Sql.update(c, "DELETE FROM effects WHERE applied_at < ?", cutoff));
    }
}
