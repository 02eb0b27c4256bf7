package dev.mockinterview.storage;

import dev.mockinterview.ports.StorageException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path tmp;

    @Test
    @DisplayName("a new file gets the latest schema, WAL and a busy timeout")
    void freshDatabase() throws Exception {
        // given / when
        Path file = tmp.resolve("sub/dir/mi.db");
        try (Database db = Database.open(file)) {
            // then
            assertEquals(Migrations.latestVersion(), db.inTransaction(Migrations::userVersion));
            assertEquals("wal", db.inTransaction(c -> single(c, "PRAGMA journal_mode")));
            assertEquals(String.valueOf(Database.BUSY_TIMEOUT_MS), db.inTransaction(c -> single(c, "PRAGMA busy_timeout")));
            assertEquals("1", db.inTransaction(c -> single(c, "PRAGMA foreign_keys")));
            for (String table : new String[] {"sessions", "session_questions", "answers", "rounds"}) {
                assertEquals(table, db.inTransaction(c -> single(c,
                        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'")));
            }
        }
    }

    @Test
    @DisplayName("the database file is readable by its owner only")
    void ownerOnly() throws Exception {
        Path file = tmp.resolve("mi.db");
        try (Database db = Database.open(file)) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    @DisplayName("reopening applies nothing twice and keeps the data")
    void reopen() {
        Path file = tmp.resolve("mi.db");
        try (Database db = Database.open(file)) {
            db.inTransaction(c -> c.createStatement().executeUpdate(
                    "INSERT INTO sessions (team_id, user_id, active, started_at, updated_at) VALUES ('T', 'U', 1, 1, 1)"));
        }
        try (Database db = Database.open(file)) {
            assertEquals("1", db.inTransaction(c -> single(c, "SELECT count(*) FROM sessions")));
        }
    }

    @Test
    @DisplayName("a database written by a newer mockinterview is refused with a clear message")
    void newerDatabaseRefused() throws Exception {
        // given a file whose schema version is beyond what this code knows
        Path file = tmp.resolve("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        // when / then
        StorageException e = assertThrows(StorageException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("schema version 99"), e.getMessage());
        assertTrue(e.getMessage().contains("upgrade mockinterview"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toAbsolutePath().toString()), e.getMessage());
    }

    @Test
    @DisplayName("a failure inside a transaction rolls back everything it wrote")
    void rollback() {
        try (Database db = Database.open(tmp.resolve("mi.db"))) {
            assertThrows(IllegalStateException.class, () -> db.inTransaction(c -> {
                c.createStatement().executeUpdate("INSERT INTO sessions (team_id, user_id, active, started_at, "
                        + "updated_at) VALUES ('T', 'U', 1, 1, 1)");
                throw new IllegalStateException("boom");
            }));
            assertEquals("0", db.inTransaction(c -> single(c, "SELECT count(*) FROM sessions")));
        }
    }

    @Test
    @DisplayName("a failed upgrade leaves the file at its old version")
    void failedMigrationIsAtomic() throws Exception {
        // given a file at version 0 that already has a table named like one the migration creates
        Path file = tmp.resolve("clash.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE answers (x INTEGER)");
        }
        // when
        assertThrows(StorageException.class, () -> Database.open(file));
        // then nothing of the migration stayed
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'sessions'")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }

    private static String single(Connection c, String sql) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
