package dev.mockinterview.bench.jmh;

import dev.mockinterview.bench.SyntheticBank;
import dev.mockinterview.interview.Session;
import dev.mockinterview.interview.UserRef;
import dev.mockinterview.storage.Database;
import dev.mockinterview.storage.SqliteSessionStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * SQLite session reads and writes, each its own transaction as the service's calls are, on a database file in a
 * temporary folder (WAL, as the server opens it): reading a session that has shown 50 questions, saving the progress
 * on its current question (a hint or the model answer), and showing a new question. The database also holds 200
 * other users' sessions, so the queries do not run on a table of one session.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SessionStoreBenchmark {
    private static final int SHOWN = 50;
    private static final int OTHER_USERS = 200;

    private Path dir;
    private Database db;
    private SqliteSessionStore store;
    private long sessionId;
    private Instant now = Instant.parse("2025-03-03T09:00:00Z");
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("mi-jmh-store");
        db = Database.open(dir.resolve("bench.db"));
        store = new SqliteSessionStore(db);
        store.inTransaction(() -> {
            for (int u = 0; u <= OTHER_USERS; u++) {
                long id = store.createSession(new UserRef("TBENCH", "U" + u), null, now);
                for (int q = 0; q < SHOWN; q++) {
                    store.showQuestion(id, SyntheticBank.id(u * SHOWN + q), now.plusSeconds(q));
                }
                sessionId = id; // the last user's session is the one measured
            }
            return null;
        });
    }

    @Benchmark
    public Optional<Session> readSession() {
        return store.session(sessionId);
    }

    @Benchmark
    public void saveProgress() {
        int n = next++;
        now = now.plusMillis(1);
        store.saveProgress(sessionId, n & 3, (n & 4) != 0, now);
    }

    @Benchmark
    public void showQuestion() {
        now = now.plusMillis(1);
        store.showQuestion(sessionId, SyntheticBank.id(next++ & 0xFFFF), now);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        db.close();
        SyntheticBank.deleteTree(dir);
    }
}
