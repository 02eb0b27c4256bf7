package dev.mockinterview.storage;

import dev.mockinterview.ports.RequestJournal;
import dev.mockinterview.ports.StorageException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
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
    private static final int SCHEMA_VERSION = 2;
    /**
     * How long a delivery id is remembered. Slack redelivers within minutes (at once, after 1 and after 5); a day
     * also covers a bot that was down for a while.
     */
    static final java.time.Duration REMEMBER_DELIVERIES = java.time.Duration.ofDays(1);
    /** An ack never waits longer than this for the journal; past it the request is served unjournaled. */
    private static final long APPEND_TIMEOUT_MS = 2_000;
    private static final int MAX_BATCH = 512;

    private record Append(String deliveryId, String contentType, byte[] body, CompletableFuture<OptionalLong> id) {
    }

    private final Connection connection;
    /** Reads for replays, beside the writer's connection: WAL lets them run while requests are appended. */
    private final Connection reader;
    /** Entries above this id were appended by this run: never replayed by it. */
    private final long lastOfEarlierRuns;
    private final java.time.Clock clock;
    private final PreparedStatement insert;
    private final PreparedStatement seen;
    private final PreparedStatement delete;
    private java.time.Instant nextPrune = java.time.Instant.MIN;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final Condition stopped = lock.newCondition();
    // guarded by lock
    private final List<Append> appends = new ArrayList<>();
    private List<Long> finished = new ArrayList<>();
    private boolean closing;
    private boolean writerDone;

    private SqliteRequestJournal(Connection connection, Connection reader, java.time.Clock clock, Executor writer)
            throws SQLException {
        this.connection = connection;
        this.reader = reader;
        this.clock = clock;
        this.insert = connection.prepareStatement(
                "INSERT INTO pending_requests (content_type, body) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS);
        this.seen = connection.prepareStatement(
                "INSERT INTO deliveries_seen (delivery_id, seen_at) VALUES (?, ?) ON CONFLICT DO NOTHING");
        this.delete = connection.prepareStatement("DELETE FROM pending_requests WHERE id = ?");
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM pending_requests")) {
            this.lastOfEarlierRuns = rs.next() ? rs.getLong(1) : 0;
        }
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
     * @param clock  when each delivery id was seen, so that old ones are forgotten
     * @param writer runs the journal's writer for as long as it is open; give it a thread of its own
     */
    public static SqliteRequestJournal open(Path file, java.time.Clock clock, Executor writer) {
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
                // v2: the delivery ids taken, so a redelivery is known by what it carries (event_id, trigger id).
                s.execute("CREATE TABLE IF NOT EXISTS deliveries_seen ("
                        + "delivery_id TEXT PRIMARY KEY, seen_at INTEGER NOT NULL)");
                s.execute("CREATE INDEX IF NOT EXISTS deliveries_seen_by_time ON deliveries_seen (seen_at)");
                s.execute("PRAGMA user_version = " + SCHEMA_VERSION);
            }
            Connection reader = DriverManager.getConnection("jdbc:sqlite:" + absolute);
            try (Statement s = reader.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + Database.BUSY_TIMEOUT_MS);
            }
            return new SqliteRequestJournal(c, reader, clock, writer);
        } catch (SQLException e) {
            throw new StorageException("cannot open request journal " + absolute + ": " + e.getMessage(), e);
        }
    }

    @Override
    public OptionalLong append(String deliveryId, String contentType, byte[] body) {
        CompletableFuture<OptionalLong> id = new CompletableFuture<>();
        lock.lock();
        try {
            if (closing) {
                throw new StorageException("the request journal is closed");
            }
            appends.add(new Append(deliveryId, contentType, body, id));
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
        List<OptionalLong> ids = new ArrayList<>(batch.size());
        try {
            connection.setAutoCommit(false);
            java.time.Instant now = clock.instant();
            for (Append a : batch) {
                if (a.deliveryId() != null) {
                    seen.setString(1, a.deliveryId());
                    seen.setLong(2, now.toEpochMilli());
                    if (seen.executeUpdate() == 0) {
                        ids.add(OptionalLong.empty());
                        continue;
                    }
                }
                insert.setString(1, a.contentType());
                insert.setBytes(2, a.body());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("no id returned for a journaled request");
                    }
                    ids.add(OptionalLong.of(keys.getLong(1)));
                }
            }
            if (!now.isBefore(nextPrune)) {
                try (PreparedStatement prune = connection.prepareStatement(
                        "DELETE FROM deliveries_seen WHERE seen_at < ?")) {
                    prune.setLong(1, now.minus(REMEMBER_DELIVERIES).toEpochMilli());
                    prune.executeUpdate();
                }
                nextPrune = now.plus(java.time.Duration.ofMinutes(10));
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

    /** Requests left by an earlier run; safe while this run appends (its own entries are never listed). */
    @Override
    public synchronized List<Entry> pending(long afterId, int limit) {
        try (PreparedStatement ps = reader.prepareStatement("SELECT id, content_type, body FROM pending_requests "
                + "WHERE id > ? AND id <= ? ORDER BY id LIMIT ?")) {
            ps.setLong(1, afterId);
            ps.setLong(2, lastOfEarlierRuns);
            ps.setInt(3, limit);
            List<Entry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(rs.getLong(1), rs.getString(2), rs.getBytes(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StorageException("cannot read the request journal: " + e.getMessage(), e);
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
            seen.close();
            delete.close();
            connection.close();
            synchronized (this) {
                reader.close();
            }
        } catch (SQLException e) {
            throw new StorageException("cannot close the request journal: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }
}
