package dev.mockinterview.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.interview.Category;
import dev.mockinterview.interview.QuestionBank;
import dev.mockinterview.interview.TestQuestions;
import dev.mockinterview.storage.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthTest {
    @TempDir
    Path tmp;

    @Test
    @DisplayName("ok with the bank size while the database answers; 503 with a reason when it does not")
    void health() {
        // given
        Database db = Database.open(tmp.resolve("mi.db"));
        QuestionBank bank = new QuestionBank(List.of(TestQuestions.question("q1", Category.TECHNICAL),
                TestQuestions.question("q2", Category.BEHAVIORAL)));
        Health health = new Health(db::isHealthy, () -> bank);

        // when / then
        Health.Status ok = health.check();
        assertTrue(ok.ok());
        assertEquals("{\"status\":\"ok\",\"questions\":2}", ok.json());

        db.close();
        Health.Status down = health.check();
        assertFalse(down.ok());
        assertEquals("{\"status\":\"unavailable\",\"reason\":\"database not answering\"}", down.json());
    }

    @Test
    @DisplayName("503 when no bank is loaded")
    void noBank() {
        try (Database db = Database.open(tmp.resolve("mi.db"))) {
            Health.Status status = new Health(db::isHealthy, () -> null).check();
            assertFalse(status.ok());
            assertTrue(status.json().contains("question bank not loaded"), status.json());
        }
    }
}
