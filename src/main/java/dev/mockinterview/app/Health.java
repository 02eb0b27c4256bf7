package dev.mockinterview.app;

import dev.mockinterview.interview.QuestionBank;
import dev.mockinterview.storage.Database;
import java.util.function.Supplier;

/** The health check behind {@code GET /healthz}: the database answers and a bank is loaded. */
public final class Health {
    private final Database db;
    private final Supplier<QuestionBank> bank;

    public Health(Database db, Supplier<QuestionBank> bank) {
        this.db = db;
        this.bank = bank;
    }

    /** The result, with the JSON body to serve. */
    public record Status(boolean ok, String json) {
    }

    public Status check() {
        QuestionBank questions = bank.get();
        if (questions == null || questions.size() == 0) {
            return new Status(false, "{\"status\":\"unavailable\",\"reason\":\"question bank not loaded\"}");
        }
        if (!db.isHealthy()) {
            return new Status(false, "{\"status\":\"unavailable\",\"reason\":\"database not answering\"}");
        }
        return new Status(true, "{\"status\":\"ok\",\"questions\":" + questions.size() + "}");
    }
}
