package dev.mockinterview.storage;

import dev.mockinterview.ports.Outbox;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.testutil.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("SqliteOutbox: each effect once, its messages sent once, across reopens")
class SqliteOutboxTest {
    @TempDir
    Path tmp;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));

    private static Outbox.Message dm(int seq, String text) {
        return new Outbox.Message(seq, Outbox.Kind.DM, "U1", null, 7L, "q1", text, "[]");
    }

    private static int sessions(Database db) {
        return db.inTransaction(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM sessions")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** An effect that writes a row and says what to send. */
    private static List<Outbox.Message> effect(Database db, AtomicInteger runs) {
        runs.incrementAndGet();
        db.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO sessions "
                + "(team_id, user_id, active, started_at, updated_at) VALUES ('T', 'U" + runs.get() + "', 1, 1, 1)"));
        return List.of(dm(1, "first"), new Outbox.Message(2, Outbox.Kind.THREAD, "D1", "1.2", null, null,
                "second", "[{\"type\":\"divider\"}]"));
    }

    @Test
    @DisplayName("a second run of the same key, even after a reopen, does not run the effect and gets what is unsent")
    void onceAcrossReopen() {
        Path file = tmp.resolve("mi.db");
        AtomicInteger runs = new AtomicInteger();
        // given an effect that ran, and whose first message was sent before the process stopped
        try (Database db = Database.open(file)) {
            Outbox outbox = new SqliteOutbox(db, clock);
            Outbox.Recorded first = outbox.once("action:U1:1.1#1", () -> effect(db, runs));
            assertTrue(first.fresh());
            assertEquals(List.of("first", "second"), first.unsent().stream().map(Outbox.Message::text).toList());
            outbox.sent("action:U1:1.1#1", 1);
        }

        // when the same key comes again after a restart
        try (Database db = Database.open(file)) {
            Outbox outbox = new SqliteOutbox(db, clock);
            Outbox.Recorded again = outbox.once("action:U1:1.1#1", () -> effect(db, runs));

            // then the effect is not run again, and only the unsent message is left, intact
            assertFalse(again.fresh());
            assertEquals(1, runs.get());
            assertEquals(1, sessions(db));
            assertEquals(List.of(new Outbox.Message(2, Outbox.Kind.THREAD, "D1", "1.2", null, null, "second",
                    "[{\"type\":\"divider\"}]")), again.unsent());

            // and a different key runs as usual, with its anchor kept
            Outbox.Recorded other = outbox.once("action:U1:1.1#2", () -> effect(db, runs));
            assertTrue(other.fresh());
            assertEquals(2, sessions(db));
            assertEquals(dm(1, "first"), outbox.once("action:U1:1.1#2", List::of).unsent().get(0));
        }
    }

    @Test
    @DisplayName("an effect that throws keeps nothing: neither its writes nor its key, so it can run again")
    void failedEffectKeepsNothing() {
        try (Database db = Database.open(tmp.resolve("mi.db"))) {
            Outbox outbox = new SqliteOutbox(db, clock);
            AtomicInteger runs = new AtomicInteger();
            assertThrows(IllegalStateException.class, () -> outbox.once("k", () -> {
                effect(db, runs);
                throw new IllegalStateException("refused");
            }));
            assertEquals(0, sessions(db));

            Outbox.Recorded retried = outbox.once("k", () -> effect(db, runs));
            assertTrue(retried.fresh());
            assertEquals(1, sessions(db));
        }
    }

    @Test
    @DisplayName("inside an effect, a nested transaction that fails is undone alone and the effect goes on")
    void nestedFailureInsideEffect() {
        try (Database db = Database.open(tmp.resolve("mi.db"))) {
            Outbox outbox = new SqliteOutbox(db, clock);
            outbox.once("k", () -> {
                try {
                    db.inTransaction(c -> {
                        c.createStatement().executeUpdate("INSERT INTO sessions (team_id, user_id, active, "
                                + "started_at, updated_at) VALUES ('T', 'half-done', 1, 1, 1)");
                        throw new IllegalArgumentException("refused after a write");
                    });
                } catch (IllegalArgumentException expected) {
                    // the effect handles the refusal, as the Slack handlers do
                }
                return List.of(dm(1, "refused"));
            });
            assertEquals(0, sessions(db), "the refused step's write is undone");
            assertEquals(List.of(dm(1, "refused")), outbox.once("k", List::of).unsent());
        }
    }

    @Test
    @DisplayName("keys older than the cutoff are forgotten with their messages; newer ones stay")
    void forget() {
        try (Database db = Database.open(tmp.resolve("mi.db"))) {
            Outbox outbox = new SqliteOutbox(db, clock);
            outbox.once("old", () -> List.of(dm(1, "old")));
            clock.advance(Duration.ofDays(8));
            outbox.once("new", () -> List.of(dm(1, "new")));

            assertEquals(1, outbox.forgetBefore(clock.instant().minus(Duration.ofDays(7))));

            assertTrue(outbox.once("old", () -> List.of(dm(1, "old again"))).fresh(), "forgotten");
            assertFalse(outbox.once("new", List::of).fresh(), "kept");
            assertEquals("0", db.inTransaction(c -> {
                try (var rs = c.createStatement().executeQuery(
                        "SELECT count(*) FROM outbox WHERE text = 'old'")) {
                    rs.next();
                    return rs.getString(1);
                }
            }), "the forgotten key's messages went with it");
        }
    }
}
