package dev.mockinterview.bench.jmh;

import dev.mockinterview.bench.SyntheticBank;
import dev.mockinterview.feedback.AnswerScorer;
import dev.mockinterview.interview.Card;
import dev.mockinterview.interview.InterviewService;
import dev.mockinterview.interview.QuestionPicker;
import dev.mockinterview.interview.QuestionBank;
import dev.mockinterview.interview.UserRef;
import dev.mockinterview.interview.UserSettings;
import dev.mockinterview.review.Sm2Scheduler;
import dev.mockinterview.storage.Database;
import dev.mockinterview.storage.SqliteProgressStore;
import dev.mockinterview.storage.SqliteSessionStore;
import dev.mockinterview.testutil.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
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
 * Choosing the next question ({@link InterviewService#next}) for a user who has seen 10,000 questions of the
 * 100,000-question synthetic bank, on a real SQLite database in a temporary folder, wired as the server wires it.
 * Only the public API drives the choice, so this measures whichever implementation {@code next} has.
 *
 * <p>Each measurement iteration starts from a new user whose seen set is exactly 10,000 questions, so the figures do
 * not drift as {@code next} adds to it. The 10,000 are recorded directly through {@code SessionStore.showQuestion},
 * two days back, so they do not count against today's cap. The cap is set to its maximum, and the clock moves five
 * minutes per call, so no day ever holds more than 288 questions: the cap never stops the benchmark.
 */
@State(Scope.Benchmark)
// The 100,000-question bank takes about 1 GB; a fixed ceiling keeps runs alike on machines of any memory size.
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NextQuestionBenchmark {
    static final int SEEN = 10_000;

    private Path dir;
    private Database db;
    private SqliteSessionStore store;
    private InterviewService interviews;
    private QuestionPicker picker;
    private QuestionBank bank;
    private MutableClock clock;
    private int users;

    private UserRef user;
    private long sessionId;
    private String current;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        bank = BenchBanks.synthetic();
        dir = Files.createTempDirectory("mi-jmh-next");
        db = Database.open(dir.resolve("bench.db"));
        store = new SqliteSessionStore(db);
        clock = new MutableClock(Instant.parse("2025-03-03T08:00:00Z"));
        SqliteProgressStore progress = new SqliteProgressStore(db);
        interviews = new InterviewService(() -> bank, store, progress, new AnswerScorer(),
                new Sm2Scheduler(), clock, RandomGenerator.of("L64X128MixRandom"));
        picker = new QuestionPicker(store, progress, RandomGenerator.of("L64X128MixRandom"));
    }

    @Setup(Level.Iteration)
    public void newUserWithTenThousandSeen() {
        user = new UserRef("TBENCH", "UBENCH" + users++);
        interviews.setDailyCap(user, UserSettings.MAX_DAILY_CAP);
        Card first = interviews.start(user, null);
        sessionId = first.session().id();
        Instant twoDaysAgo = clock.instant().minus(Duration.ofDays(2));
        // 10,000 distinct questions spread over the whole bank, the started one excluded.
        SplittableRandom random = new SplittableRandom(users);
        int[] picks = random.ints(0, BenchBanks.SYNTHETIC_QUESTIONS).distinct()
                .filter(n -> !SyntheticBank.id(n).equals(first.question().id()))
                .limit(SEEN).toArray();
        store.inTransaction(() -> {
            for (int n : picks) {
                store.showQuestion(sessionId, SyntheticBank.id(n), twoDaysAgo);
            }
            return null;
        });
        current = SyntheticBank.id(picks[picks.length - 1]);
    }

    @Benchmark
    public Card next() {
        clock.advance(Duration.ofMinutes(5));
        Card card = interviews.next(user, sessionId, current);
        current = card.question().id();
        return card;
    }

    /**
     * The choice alone, as {@code next} makes it: the most overdue review, else a question not seen in this round.
     * Reads only; {@link #next} adds recording the question as shown and building the card.
     */
    @Benchmark
    public Object choose() {
        Instant now = clock.instant();
        java.time.LocalDate today = java.time.LocalDate.ofInstant(now, ZoneOffset.UTC);
        Instant startOfDay = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        Optional<?> due = picker.mostOverdue(user, bank, null, null, null, today, startOfDay, current);
        return due.isPresent() ? due : picker.fresh(user, bank.in(null, null, null), null, true, current);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        db.close();
        SyntheticBank.deleteTree(dir);
    }
}
