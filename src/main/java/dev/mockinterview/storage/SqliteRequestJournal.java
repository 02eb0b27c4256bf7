package dev.mockinterview.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The request journal in its own SQLite file beside the main database. A separate file has its own write lock, so
 * appending never waits behind the interview transactions. One writer commits whatever has queued up in a single
 * transaction (group commit): an ack waits for one short commit, not for every other ack's, and clearing finished
 * requests rides along without anyone waiting for it. WAL with {@code synchronous=NORMAL} makes each commit survive
 * the process being killed (not a power cut) without an fsync per request.
 */
public final class SqliteRequestJournal implements RequestJournal {
    private static final int SCHEMA_VERSION = 1;
    /** An ack never waits longer than this for the journal; past it the request is served unjournaled. */
    private static final long APPEND_TIMEOUT_MS = 2_000;
    private static final int MAX_BATCH = 512;

    private record Append(String contentType, byte[] body, CompletableFuture<Long> id) {
    }

    private final Connection connection;
    private final PreparedStatement insert;
    private final PreparedStatement delete;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final Condition stopped = lock.newCondition();
    // guarded by lock
    private final List<Append> appends = new ArrayList<>();
    private List<Long> finished = new ArrayList<>();
    private boolean closing;
    private boolean writerDone;

    private SqliteRequestJournal(Connection connection, Executor writer) throws SQLException {
        this.connection = connection;
        this.insert = connection.prepareStatement(
                "INSERT INTO pending_requests (content_type, body) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS);
        this.delete = connection.prepareStatement("DELETE FROM pending_requests WHERE id = ?");
        writer.execute(this::writeLoop);
    }

    /** The journal that goes with a database file: {@code <database>.inbox}. */
    public static Path besides(Path databaseFile) {
        Path absolute = databaseFile.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".inbox");
    }

    /**
     * Opens (creating if needed) the journal.
     *
     * @param writer runs the journal's writer for as long as it is open; give it a thread of its own
     */
    public static SqliteRequestJournal open(Path file, Executor writer) {
        Path absolute = file.toAbsolutePath();
        try {
            Database.createOwnerOnly(absolute);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + absolute);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + Database.BUSY_TIMEOUT_MS);
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                int version;
                try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                    version = rs.next() ? rs.getInt(1) : 0;
                }
                if (version > SCHEMA_VERSION) {
                    c.close();
                    throw new StorageException("request journal " + absolute + " was written by a newer "
                            + "mockinterview (schema " + version + "); upgrade mockinterview or move the file away");
                }
                s.execute("CREATE TABLE IF NOT EXISTS pending_requests ("
                        + "id INTEGER PRIMARY KEY AUTOINCREMENT, content_type TEXT, body BLOB NOT NULL)");
                s.execute("PRAGMA user_version = " + SCHEMA_VERSION);
            }
            return new SqliteRequestJournal(c, writer);
        } catch (SQLException e) {
            throw new StorageException("cannot open request journal " + absolute + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long append(String contentType, byte[] body) {
        CompletableFuture<Long> id = new CompletableFuture<>();
        lock.lock();
        try {
            if (closing) {
                throw new StorageException("the request journal is closed");
            }
            appends.add(new Append(contentType, body, id));
            work.signal();
        } finally {
            lock.unlock();
        }
        try {
            return id.get(APPEND_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while journaling a request", e);
        } catch (ExecutionException e) {
            throw new StorageException("cannot journal a request: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new StorageException("the request journal did not answer within " + APPEND_TIMEOUT_MS + " ms", e);
        }
    }

    @Override
    public void done(long id) {
        lock.lock();
        try {
            finished.add(id);
            work.signal();
        } finally {
            lock.unlock();
        }
    }

    private void writeLoop() {
        while (true) {
            List<Append> batch;
            List<Long> cleared;
            lock.lock();
            try {
                while (appends.isEmpty() && finished.isEmpty() && !closing) {
                    work.awaitUninterruptibly();
                }
                if (appends.isEmpty() && finished.isEmpty()) {
                    writerDone = true;
                    stopped.signalAll();
                    return;
                }
                int n = Math.min(appends.size(), MAX_BATCH);
                batch = new ArrayList<>(appends.subList(0, n));
                appends.subList(0, n).clear();
                cleared = finished;
                finished = new ArrayList<>();
            } finally {
                lock.unlock();
            }
            write(batch, cleared);
        }
    }

    private void write(List<Append> batch, List<Long> cleared) {
        List<Long> ids = new ArrayList<>(batch.size());
        try {
            connection.setAutoCommit(false);
            for (Append a : batch) {
                insert.setString(1, a.contentType());
                insert.setBytes(2, a.body());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("no id returned for a journaled request");
                    }
                    ids.add(keys.getLong(1));
                }
            }
            for (long id : cleared) {
                delete.setLong(1, id);
                delete.addBatch();
            }
            if (!cleared.isEmpty()) {
                delete.executeBatch();
            }
            connection.commit();
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).id().complete(ids.get(i));
            }
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            batch.forEach(a -> a.id().completeExceptionally(e));
            // Entries that could not be cleared stay and are replayed after a restart: safe, if redundant.
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the next batch starts its own transaction anyway
            }
        }
    }

    /** Requests left by an earlier run. Call before appending: it reads outside the writer. */
    @Override
    public List<Entry> pending() {
        lock.lock();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, content_type, body FROM pending_requests ORDER BY id")) {
            List<Entry> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Entry(rs.getLong(1), rs.getString(2), rs.getBytes(3)));
            }
            return out;
        } catch (SQLException e) {
            throw new StorageException("cannot read the request journal: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Writes what is queued, stops the writer and closes the file. */
    @Override
    public void close() {
        lock.lock();
        try {
            closing = true;
            work.signal();
            for (int i = 0; i < 100 && !writerDone; i++) {
                stopped.await(100, TimeUnit.MILLISECONDS);
            }
            insert.close();
            delete.close();
            connection.close();
        } catch (SQLException e) {
            throw new StorageException("cannot close the request journal: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }
}
