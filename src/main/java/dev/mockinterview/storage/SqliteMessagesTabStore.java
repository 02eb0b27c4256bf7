package dev.mockinterview.storage;

import dev.mockinterview.ports.MessagesTabStore;
import dev.mockinterview.interview.UserRef;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;

/** {@link MessagesTabStore} on SQLite. */
public final class SqliteMessagesTabStore implements MessagesTabStore {
    private final Database db;

    public SqliteMessagesTabStore(Database db) {
        this.db = db;
    }

    @Override
    public long offer(UserRef user, long sessionId, String questionId, String text, Instant now) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO offered_answers (team_id, user_id, session_id, question_id, text, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, user.teamId());
                ps.setString(2, user.userId());
                ps.setLong(3, sessionId);
                ps.setString(4, questionId);
                ps.setString(5, text);
                ps.setLong(6, now.toEpochMilli());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    @Override
    public Optional<Offered> offered(long id) {
        return db.inTransaction(c -> Sql.one(c, "SELECT team_id, user_id, session_id, question_id, text "
                + "FROM offered_answers WHERE id = ?", rs -> new Offered(id, new UserRef(rs.getString(1),
                rs.getString(2)), rs.getLong(3), rs.getString(4), rs.getString(5)), id));
    }

    @Override
    public void taken(long id) {
        db.inTransaction(c -> Sql.update(c, "DELETE FROM offered_answers WHERE id = ?", id));
    }

    @Override
    public boolean welcomeOnce(UserRef user, Instant now) {
        return db.inTransaction(c -> Sql.update(c, "INSERT INTO welcomed (team_id, user_id, welcomed_at) "
                + "VALUES (?, ?, ?) ON CONFLICT DO NOTHING", user.teamId(), user.userId(), now) == 1);
    }
}
