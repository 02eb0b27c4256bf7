package dev.mockinterview.storage;

import dev.mockinterview.ports.PostedMessageStore;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mockinterview.interview.UserRef;
import dev.mockinterview.ports.PostedMessageStore.Anchor;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which question each posted bot message belongs to, on a real SQLite file. */
class SqlitePostedMessageStoreTest {
    private static final UserRef ALICE = new UserRef("T1", "UALICE");
    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    @TempDir
    Path tmp;
    private Database db;
    private SqlitePostedMessageStore store;
    private long session;
    private long otherSession;

    @BeforeEach
    void open() {
        db = Database.open(tmp.resolve("mi.db"));
        store = new SqlitePostedMessageStore(db);
        // posted_messages.session_id references sessions: anchors point at real sessions
        SqliteSessionStore sessions = new SqliteSessionStore(db);
        session = sessions.createSession(ALICE, null, T0);
        sessions.endSession(session, T0.plusSeconds(1));
        otherSession = sessions.createSession(ALICE, null, T0.plusSeconds(2));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    @DisplayName("a remembered message is found by channel and ts, also after a restart")
    void rememberAndFind() {
        // given
        store.remember("D123", "1732525200.000100", new Anchor(session, "design-a"));
        store.remember("D123", "1732525200.000200", new Anchor(otherSession, "story-b"));

        // when
        db.close();
        db = Database.open(tmp.resolve("mi.db"));
        store = new SqlitePostedMessageStore(db);

        // then
        assertEquals(Optional.of(new Anchor(session, "design-a")), store.find("D123", "1732525200.000100"));
        assertEquals(Optional.of(new Anchor(otherSession, "story-b")), store.find("D123", "1732525200.000200"));
    }

    @Test
    @DisplayName("remembering the same message twice is harmless and keeps the first anchor")
    void duplicateRemember() {
        // given
        store.remember("D123", "1732525200.000100", new Anchor(session, "design-a"));

        // when a redelivery remembers it again, even with another anchor
        store.remember("D123", "1732525200.000100", new Anchor(session, "design-a"));
        store.remember("D123", "1732525200.000100", new Anchor(otherSession, "story-b"));

        // then
        assertEquals(Optional.of(new Anchor(session, "design-a")), store.find("D123", "1732525200.000100"));
        int rows = db.inTransaction(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM posted_messages")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertEquals(1, rows);
    }

    @Test
    @DisplayName("an unknown message is empty: unknown ts, the same ts in another channel, or nothing stored")
    void unknown() {
        // given
        assertEquals(Optional.empty(), store.find("D123", "1732525200.000100"));
        store.remember("D123", "1732525200.000100", new Anchor(session, "design-a"));

        // when / then
        assertEquals(Optional.empty(), store.find("D123", "1732525200.000101"));
        assertEquals(Optional.empty(), store.find("D999", "1732525200.000100"));
        assertEquals(Optional.empty(), store.find("d123", "1732525200.000100"));
        assertEquals(Optional.empty(), store.find("", ""));
    }
}
