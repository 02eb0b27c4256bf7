package dev.mockinterview.storage;

import dev.mockinterview.ports.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The SQLite gateway: one connection, WAL, a busy timeout, foreign keys, and migrations applied on open. All access
 * is serialised through {@link #inTransaction}; SQLite allows one writer at a time anyway, and one connection keeps
 * transactions simple. Other processes on the same file are handled by {@code BEGIN IMMEDIATE} plus the timeout.
 */
public final class Database implements AutoCloseable {
    /** How long a write waits for another process's lock before failing. */
    static final int BUSY_TIMEOUT_MS = 5_000;

    private final Connection connection;
    private final Path file;
    private final ReentrantLock lock = new ReentrantLock();

    private Database(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    /** Opens (creating if needed) the database file and brings its schema up to date. */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            createOwnerOnly(absolute);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + absolute);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA synchronous = NORMAL");
            }
            Database db = new Database(c, absolute);
            Migrations.apply(db, absolute);
            return db;
        } catch (SQLException e) {
            throw new StorageException("cannot open database " + absolute + ": " + e.getMessage(), e);
        }
    }

    // The file holds people's answers: readable by its owner only.
    static void createOwnerOnly(Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            if (Files.notExists(file)) {
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException e) {
                    Files.createFile(file);
                }
            }
        } catch (IOException e) {
            throw new StorageException("cannot create database file " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** Work against the connection; may throw SQLException. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction. A nested call joins the outer one as a savepoint: if it fails, its own
     * writes are undone and the outer transaction goes on, as if it had been a transaction of its own.
     */
    public <T> T inTransaction(SqlWork<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return nested(work);
            }
            try (Statement s = connection.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
            }
            try {
                T result = work.run(connection);
                try (Statement s = connection.createStatement()) {
                    s.execute("COMMIT");
                }
                return result;
            } catch (RuntimeException | SQLException | Error e) {
                rollbackQuietly(e);
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("database error: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private <T> T nested(SqlWork<T> work) throws SQLException {
        String savepoint = "nested_" + lock.getHoldCount();
        try (Statement s = connection.createStatement()) {
            s.execute("SAVEPOINT " + savepoint);
        }
        try {
            T result = work.run(connection);
            try (Statement s = connection.createStatement()) {
                s.execute("RELEASE " + savepoint);
            }
            return result;
        } catch (RuntimeException | SQLException | Error e) {
            try (Statement s = connection.createStatement()) {
                s.execute("ROLLBACK TO " + savepoint);
                s.execute("RELEASE " + savepoint);
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private void rollbackQuietly(Throwable cause) {
        try (Statement s = connection.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** True when the database answers a trivial query; used by the health check. */
    public boolean isHealthy() {
        if (!lock.tryLock()) {
            return true; // busy serving requests: alive
        }
        try (Statement s = connection.createStatement()) {
            return s.executeQuery("SELECT 1").next();
        } catch (SQLException e) {
            return false;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StorageException("cannot close database " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
