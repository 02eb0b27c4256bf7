package dev.mockinterview.storage;

import dev.mockinterview.ports.RequestJournal;
import dev.mockinterview.ports.StorageException;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.testutil.OwnThread;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("SqliteRequestJournal: acknowledged requests kept until their work has run")
class SqliteRequestJournalTest {
    @TempDir
    Path tmp;

    /** The journal's writer, on a thread of its own. */
    static final java.util.concurrent.Executor THREAD = OwnThread.named("test-journal");

    @Test
    @DisplayName("what is appended and not done is pending after a reopen, oldest first, byte for byte")
    void survivesReopen() {
        // given a journal with three requests, one of them done
        Path file = SqliteRequestJournal.besides(tmp.resolve("mi.db"));
        byte[] second = "payload=%7B%22ok%22%7D&\u00e9".getBytes(StandardCharsets.UTF_8);
        try (SqliteRequestJournal journal = SqliteRequestJournal.open(file, java.time.Clock.systemUTC(), THREAD)) {
            long a = journal.append("command:t1", "application/x-www-form-urlencoded",
                    "command=%2Fmockinterview".getBytes()).orElseThrow();
            journal.append("command:t2", "application/x-www-form-urlencoded", second);
            journal.append("event:Ev1", "application/json", "{\"type\":\"event_callback\"}".getBytes());
            journal.done(a);
        }

        // when it is opened again, as after a crash
        List<RequestJournal.Entry> pending;
        try (SqliteRequestJournal journal = SqliteRequestJournal.open(file, java.time.Clock.systemUTC(), THREAD)) {
            pending = journal.pending(0, Integer.MAX_VALUE);
        }

        // then the two unfinished requests are there, in order, intact
        assertEquals(2, pending.size());
        assertArrayEquals(second, pending.get(0).body());
        assertEquals("application/x-www-form-urlencoded", pending.get(0).contentType());
        assertEquals("application/json", pending.get(1).contentType());
        assertTrue(pending.get(0).id() < pending.get(1).id());
        assertEquals(tmp.resolve("mi.db.inbox"), file);
    }

    @Test
    @DisplayName("appends from many threads at once each get their own id, and all are kept")
    void concurrentAppends() throws Exception {
        // given a journal and 8 threads appending 200 requests each, while clearing every other one
        Path file = tmp.resolve("c.inbox");
        java.util.Set<Long> ids = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try (SqliteRequestJournal journal = SqliteRequestJournal.open(file, java.time.Clock.systemUTC(), THREAD)) {
            List<Thread> threads = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                threads.add(new Thread(() -> {
                    for (int i = 0; i < 200; i++) {
                        long id = journal.append("event:t" + thread + "-" + i, "application/json",
                                ("t" + thread + "-" + i).getBytes()).orElseThrow();
                        ids.add(id);
                        if (i % 2 == 0) {
                            journal.done(id);
                        }
                    }
                }));
            }
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join();
            }
        }

        // when reopened
        List<RequestJournal.Entry> pending;
        try (SqliteRequestJournal journal = SqliteRequestJournal.open(file, java.time.Clock.systemUTC(), THREAD)) {
            pending = journal.pending(0, Integer.MAX_VALUE);
        }

        // then every append got a distinct id, and exactly the uncleared half is left
        assertEquals(1600, ids.size());
        assertEquals(800, pending.size());
        assertTrue(pending.stream().allMatch(e -> new String(e.body()).matches("t\\d-\\d*[13579]")));
    }

    @Test
    @DisplayName("the file is readable by its owner only: it holds people's answers")
    void ownerOnly() throws Exception {
        // given a new journal
        Path file = tmp.resolve("j.inbox");
        SqliteRequestJournal.open(file, java.time.Clock.systemUTC(), THREAD).close();

        // then
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    @DisplayName("a journal written by a newer version is refused with a message naming the file")
    void newerRefused() throws Exception {
        // given a journal file of schema 99
        Path file = tmp.resolve("new.inbox");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }

        // when opened, then refused
        StorageException e = assertThrows(StorageException.class, () -> SqliteRequestJournal.open(file, java.time.Clock.systemUTC(), THREAD));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("newer"), e.getMessage());
    }

    @Test
    @DisplayName("a delivery id taken before is refused, after a reopen too; a day later it is forgotten")
    void deliveriesSeen() {
        Path file = SqliteRequestJournal.besides(tmp.resolve("mi.db"));
        dev.mockinterview.testutil.MutableClock clock =
                new dev.mockinterview.testutil.MutableClock(java.time.Instant.parse("2026-12-01T09:00:00Z"));
        byte[] body = "{\"event_id\":\"Ev1\"}".getBytes(StandardCharsets.UTF_8);
        // given an event taken and finished
        try (SqliteRequestJournal journal = SqliteRequestJournal.open(file, clock, THREAD)) {
            journal.done(journal.append("event:Ev1", "application/json", body).orElseThrow());
            // then the same event again, in the same run, is a redelivery; another event and no id are not
            assertTrue(journal.append("event:Ev1", "application/json", body).isEmpty());
            assertTrue(journal.append("event:Ev2", "application/json", body).isPresent());
            assertTrue(journal.append(null, "application/json", body).isPresent());
            assertTrue(journal.append(null, "application/json", body).isPresent());
        }
        // when the journal is opened again (a restart), the event is still known
        try (SqliteRequestJournal journal = SqliteRequestJournal.open(file, clock, THREAD)) {
            assertTrue(journal.append("event:Ev1", "application/json", body).isEmpty());
            assertEquals(3, journal.pending(0, Integer.MAX_VALUE).size(), "the redeliveries were not journaled");
        }
        // and a day later it is forgotten (Slack stops redelivering within minutes)
        clock.advance(SqliteRequestJournal.REMEMBER_DELIVERIES.plusMinutes(1));
        try (SqliteRequestJournal journal = SqliteRequestJournal.open(file, clock, THREAD)) {
            journal.append("event:Ev3", "application/json", body); // a write prunes what is old
            assertTrue(journal.append("event:Ev1", "application/json", body).isPresent());
        }
    }
}
