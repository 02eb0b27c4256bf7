package dev.mockinterview.bench.jmh;

import dev.mockinterview.interview.Category;
import dev.mockinterview.interview.Question;
import dev.mockinterview.interview.QuestionBank;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bank lookups on every click: a question by id, and the pool a user draws from ({@code in(role, level,
 * category)}, and {@code in(null, null, category)} for a user with no role chosen), on the shipped bank and on the
 * 100,000-question synthetic bank. Lookups go round a fixed, shuffled set of ids and every category.
 */
@State(Scope.Benchmark)
// The 100,000-question bank takes about 1 GB; a fixed ceiling keeps runs alike on machines of any memory size.
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BankLookupBenchmark {
    private static final int IDS = 4096; // a power of two, so the index wraps with a mask

    @Param({"shipped", "synthetic-100k"})
    public String bank;

    private QuestionBank questions;
    private final String[] ids = new String[IDS];
    private Category[] categories;
    private String role;
    private String level;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        questions = BenchBanks.byName(bank);
        List<Question> all = questions.all();
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < IDS; i++) {
            ids[i] = all.get(random.nextInt(all.size())).id();
        }
        categories = questions.categories().toArray(new Category[0]);
        // The first question's role and level: a pool that exists in either bank (backend senior).
        role = all.get(0).role();
        level = all.get(0).level();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public Optional<Question> byId() {
        return questions.byId(ids[next++ & (IDS - 1)]);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<Question> inRoleLevelCategory() {
        return questions.in(role, level, categories[(next++ & Integer.MAX_VALUE) % categories.length]);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<Question> inAnyRoleCategory() {
        return questions.in(null, null, categories[(next++ & Integer.MAX_VALUE) % categories.length]);
    }
}
