package dev.mockinterview.app;

import dev.mockinterview.interview.QuestionBank;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** The health check behind {@code GET /healthz}: the database answers and a bank is loaded. */
public final class Health implements dev.mockinterview.slack.http.HealthCheck {
    private final BooleanSupplier databaseAnswers;
    private final Supplier<QuestionBank> bank;
    private final Supplier<String> bankProblems;
    private final BooleanSupplier socketUp;

    public Health(BooleanSupplier databaseAnswers, Supplier<QuestionBank> bank) {
        this(databaseAnswers, bank, () -> null);
    }

    /** @param bankProblems the latest failed reload's problems while an older bank serves, else null */
    public Health(BooleanSupplier databaseAnswers, Supplier<QuestionBank> bank, Supplier<String> bankProblems) {
        this(databaseAnswers, bank, bankProblems, () -> true);
    }

    /** @param socketUp false when Socket Mode has been disconnected for too long (always true over HTTP) */
    public Health(BooleanSupplier databaseAnswers, Supplier<QuestionBank> bank, Supplier<String> bankProblems,
                  BooleanSupplier socketUp) {
        this.socketUp = socketUp;
        this.databaseAnswers = databaseAnswers;
        this.bank = bank;
        this.bankProblems = bankProblems;
    }

    @Override
    public Status check() {
        QuestionBank questions = bank.get();
        if (questions == null || questions.size() == 0) {
            return new Status(false, "{\"status\":\"unavailable\",\"reason\":\"question bank not loaded\"}");
        }
        if (!databaseAnswers.getAsBoolean()) {
            return new Status(false, "{\"status\":\"unavailable\",\"reason\":\"database not answering\"}");
        }
        if (!socketUp.getAsBoolean()) {
            return new Status(false, "{\"status\":\"unavailable\",\"reason\":\"Socket Mode disconnected for more "
                    + "than " + SocketWatch.GRACE.toSeconds() + " s\"}");
        }
        String problems = bankProblems.get();
        if (problems != null) {
            // Still serving the last good bank: healthy, but say that the files on disk are not what is served.
            long count = problems.lines().filter(l -> !l.startsWith("warning: ")).count() - 1;
            return new Status(true, "{\"status\":\"ok\",\"questions\":" + questions.size()
                    + ",\"bank\":{\"state\":\"stale\",\"reason\":\"the latest edit of the bank is invalid (" + count
                    + " problem(s), see the log); serving the last good bank\"}}");
        }
        return new Status(true, "{\"status\":\"ok\",\"questions\":" + questions.size() + "}");
    }
}
