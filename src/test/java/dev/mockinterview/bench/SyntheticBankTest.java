package dev.mockinterview.bench;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.bank.BankLoader;
import dev.mockinterview.bank.LoadResult;
import dev.mockinterview.interview.Category;
import dev.mockinterview.interview.Question;
import dev.mockinterview.interview.QuestionBank;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("SyntheticBank")
class SyntheticBankTest {
    private static final int N = 500;

    private final BankLoader loader = new BankLoader();

    @TempDir
    Path dir;

    @Test
    @DisplayName("500 generated questions in 10 files load through BankLoader with no problem and no warning")
    void loadsClean() throws Exception {
        // given
        List<Path> files = SyntheticBank.write(dir, N);

        // when
        LoadResult result = loader.load(dir);

        // then
        assertTrue(result.ok(), result::report);
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(), result.warnings());
        assertEquals(10, files.size());
        assertEquals(files.stream().map(Path::toString).toList(), result.files());
        assertEquals(N, result.bank().size());
        Set<String> ids = result.bank().all().stream().map(Question::id).collect(Collectors.toSet());
        assertEquals(N, ids.size(), "ids are unique");
        assertEquals(IntStream.range(0, N).mapToObj(SyntheticBank::id).collect(Collectors.toSet()), ids,
                "question n has id SyntheticBank.id(n), so benchmarks can address it without loading");
    }

    @Test
    @DisplayName("questions are spread evenly over every category and the four roles and levels, as documented")
    void spread() throws Exception {
        // given
        SyntheticBank.write(dir, N);

        // when
        QuestionBank bank = loader.load(dir).bank();

        // then
        assertEquals(4, bank.roles().size(), () -> bank.roles().toString());
        for (String[] rl : SyntheticBank.ROLE_LEVELS) {
            for (Category c : Category.values()) {
                assertEquals(N / 20, bank.in(rl[0], rl[1], c).size(), rl[0] + " " + rl[1] + " " + c);
            }
        }
        assertAll(IntStream.range(0, N).mapToObj(n -> () -> {
            Question q = bank.byId(SyntheticBank.id(n)).orElseThrow();
            assertEquals(SyntheticBank.category(n), q.category(), q.id());
            assertEquals(SyntheticBank.role(n), q.role(), q.id());
            assertEquals(SyntheticBank.level(n), q.level(), q.id());
        }));
    }

    @Test
    @DisplayName("questions are about as large as the shipped ones: 3,000 to 8,000 characters of text on average")
    void realisticSize() throws Exception {
        // given
        SyntheticBank.write(dir, N);
        QuestionBank shipped = loader.load(Path.of("questions")).bank();

        // when
        QuestionBank bank = loader.load(dir).bank();

        // then
        double synthetic = bank.all().stream().mapToInt(SyntheticBankTest::textLength).average().orElseThrow();
        double real = shipped.all().stream().mapToInt(SyntheticBankTest::textLength).average().orElseThrow();
        assertTrue(synthetic >= 3_000 && synthetic <= 8_000, "synthetic average " + synthetic);
        assertTrue(Math.abs(synthetic - real) / real < 0.35, "synthetic " + synthetic + " vs shipped " + real);
        assertTrue(bank.all().stream().anyMatch(q -> q.starExample().summary() != null), "some STAR summaries");
        assertTrue(bank.all().stream().anyMatch(q -> q.starExample().hasParts()), "some STAR parts");
    }

    @Test
    @DisplayName("the same N gives the same questions whether written to one file or to ten")
    void deterministic(@TempDir Path other) throws Exception {
        // given
        SyntheticBank.write(dir, N, 10);
        SyntheticBank.write(other, N, 1);

        // when
        List<Question> ten = loader.load(dir).bank().all();
        List<Question> one = loader.load(other).bank().all();

        // then
        assertEquals(one, ten);
    }

    private static int textLength(Question q) {
        var s = q.starExample();
        int star = s.hasParts()
                ? s.situation().length() + s.task().length() + s.action().length() + s.result().length()
                : s.summary().length();
        return q.prompt().length() + q.answerFramework().length() + star
                + List.of(q.howToAnswer(), q.keyPoints(), q.keyTerminology(), q.interviewersLookFor(),
                        q.commonMistakes()).stream().flatMap(List::stream).mapToInt(String::length).sum();
    }
}
