package dev.mockinterview.bench.jmh;

import dev.mockinterview.bank.BankLoader;
import dev.mockinterview.bank.LoadResult;
import dev.mockinterview.bench.SyntheticBank;
import dev.mockinterview.interview.QuestionBank;
import java.io.IOException;
import java.nio.file.Path;

/** The banks the benchmarks run on, loaded exactly as {@code serve} loads them. Run from the repository root. */
final class BenchBanks {
    /** The size of the large synthetic bank. */
    static final int SYNTHETIC_QUESTIONS = 100_000;

    private BenchBanks() {
    }

    /** The shipped bank, {@code ./questions}. */
    static QuestionBank shipped() {
        return load(Path.of("questions"));
    }

    /**
     * The 100,000-question synthetic bank (about 540 MB of JSON), written once under {@code target/bench-banks} and
     * reused by every fork and run until the generator changes.
     */
    static QuestionBank synthetic() throws IOException {
        return load(SyntheticBank.cached(Path.of("target", "bench-banks"), SYNTHETIC_QUESTIONS));
    }

    static QuestionBank byName(String name) throws IOException {
        return switch (name) {
            case "shipped" -> shipped();
            case "synthetic-100k" -> synthetic();
            default -> throw new IllegalArgumentException("unknown bank " + name);
        };
    }

    private static QuestionBank load(Path dir) {
        LoadResult result = new BankLoader().load(dir);
        if (!result.ok()) {
            throw new IllegalStateException("cannot load the bank in " + dir.toAbsolutePath() + " (run from the "
                    + "repository root):\n" + result.report());
        }
        return result.bank();
    }
}
