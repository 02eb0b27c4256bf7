package dev.mockinterview.bank;

import dev.mockinterview.interview.QuestionBank;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bank being served, reloadable while the bot runs. An invalid edit keeps the last good bank serving; its
 * problems are logged and kept for the health check until a valid edit fixes them.
 */
public final class BankHolder implements Supplier<QuestionBank> {
    private static final Logger log = LoggerFactory.getLogger(BankHolder.class);

    /** The bank's state: the problems of the latest failed reload (null when the latest load succeeded). */
    public record State(QuestionBank bank, String problems, Instant checkedAt) {
        public boolean stale() {
            return problems != null;
        }
    }

    private final Path dir;
    private final BankLoader loader;
    private final Clock clock;
    private final AtomicReference<State> state = new AtomicReference<>();

    private BankHolder(Path dir, BankLoader loader, Clock clock, QuestionBank first) {
        this.dir = dir;
        this.loader = loader;
        this.clock = clock;
        state.set(new State(first, null, clock.instant()));
    }

    /** Loads the bank for the first time; an invalid bank here is an error (nothing good to fall back on). */
    public static BankHolder load(Path dir, BankLoader loader, Clock clock) throws InvalidBankException {
        LoadResult result = loader.load(dir);
        if (!result.ok()) {
            throw new InvalidBankException(dir, result.report());
        }
        result.warnings().forEach(w -> log.warn("question bank: {}", w));
        return new BankHolder(dir, loader, clock, result.bank());
    }

    @Override
    public QuestionBank get() {
        return state.get().bank();
    }

    public State state() {
        return state.get();
    }

    /** Reloads from disk; returns true when the new bank is now served. */
    public boolean reload() {
        LoadResult result = loader.load(dir);
        State before = state.get();
        if (result.ok()) {
            state.set(new State(result.bank(), null, clock.instant()));
            log.info("question bank reloaded: {} questions (was {})", result.bank().size(), before.bank().size());
            result.warnings().forEach(w -> log.warn("question bank: {}", w));
            return true;
        }
        state.set(new State(before.bank(), result.report(), clock.instant()));
        log.error("question bank edit is invalid; still serving the last good bank ({} questions):\n{}",
                before.bank().size(), result.report());
        return false;
    }

    /** The bank folder could not be loaded at start-up; the message is the full validation report. */
    public static final class InvalidBankException extends Exception {
        public InvalidBankException(Path dir, String report) {
            super("The question bank in " + dir + " has problems, so mockinterview will not start:\n" + report);
        }
    }
}
