package dev.mockinterview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.bank.BankLoader;
import dev.mockinterview.bank.LoadResult;
import dev.mockinterview.interview.Question;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import}: a scraped page becomes a valid bank (JSON or YAML) with every section kept. */
class ImportCommandTest {
    private static final Path SEED = Path.of("src/test/resources/seeds/backend-interview-questions.txt");

    @TempDir
    Path tmp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new ImportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args), tmp.resolve("default"));
    }

    private static List<Question> shippedInSourceOrder() {
        return new BankLoader().load(dev.mockinterview.testutil.FixtureBanks.E2E).bank().all().stream()
                .sorted(Comparator.comparing(Question::id)).toList();
    }

    /** The sections only: what the importer must reproduce exactly (the prompt, ids and labels are the author's). */
    private static List<Object> sections(Question q) {
        return List.of(q.answerFramework(), q.starExample(), q.howToAnswer(), q.keyPoints(), q.keyTerminology(),
                q.interviewersLookFor(), q.commonMistakes());
    }

    @Test
    @DisplayName("the seed imports, in JSON and in YAML, into a valid bank whose sections equal the shipped bank's")
    void seedRoundTrip() {
        for (String format : List.of("json", "yaml")) {
            // when
            Path dir = tmp.resolve(format);
            int code = run(SEED.toString(), "--role", "backend", "--level", "senior", "--out", dir.toString(),
                    "--format", format);

            // then
            assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
            assertTrue(Files.exists(dir.resolve("backend-senior." + format)));
            String written = readUnchecked(dir.resolve("backend-senior." + format));
            assertTrue(format.equals("json") ? written.contains("\"$schema\" : \"./question-bank.schema.json\"")
                    : written.startsWith("# yaml-language-server: $schema=./question-bank.schema.json\n"), written);
            LoadResult loaded = new BankLoader().load(dir);
            assertTrue(loaded.ok(), loaded.report());
            assertEquals(15, loaded.warnings().size(), "every placeholder prompt is flagged");
            assertTrue(loaded.report().contains("warning: "), loaded.report());
            List<Question> imported = loaded.bank().all().stream().sorted(Comparator.comparing(Question::id)).toList();
            List<Question> shipped = shippedInSourceOrder();
            assertEquals(15, imported.size());
            for (int i = 0; i < 15; i++) {
                assertEquals(String.format("backend-senior-%02d", i + 1), imported.get(i).id());
                assertEquals(sections(shipped.get(i)), sections(imported.get(i)), "question " + (i + 1));
            }
        }
    }

    private static String readUnchecked(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("unparseable parts are reported with their line numbers and the exit code is 1")
    void reportsWhatItCannotParse() throws Exception {
        // given a page with a stray, unbulleted line inside a "What Interviewers Look For" list
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(SEED, StandardCharsets.UTF_8));
        int list = lines.indexOf("What Interviewers Look For");
        lines.add(list + 3, "Stray text that is not a list item");
        Path page = tmp.resolve("page.txt");
        Files.write(page, lines, StandardCharsets.UTF_8);

        // when
        int code = run(page.toString(), "--out", tmp.resolve("o").toString());

        // then
        assertEquals(1, code);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("page.txt: line " + (list + 4) + ": "), errors);
        assertTrue(errors.contains("Stray text"), errors);
    }

    @Test
    @DisplayName("bad arguments and an existing file are refused with what would be right")
    void refusals() throws Exception {
        assertEquals(2, run());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage: import FILE"));
        assertEquals(2, run(SEED.toString(), "--role", "Back End"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("must be lowercase letters, digits and hyphens"));
        assertEquals(2, run(SEED.toString(), "--category", "design"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("use one of: behavioral"));
        assertEquals(2, run(SEED.toString(), "--format", "xml"));
        assertEquals(2, run("no-such-page.txt"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no-such-page.txt: file not found"));
        Path dir = tmp.resolve("exists");
        assertEquals(0, run(SEED.toString(), "--out", dir.toString()));
        String before = Files.readString(dir.resolve("general-any.json"));
        assertEquals(2, run(SEED.toString(), "--out", dir.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("already exists; nothing was written"));
        assertEquals(before, Files.readString(dir.resolve("general-any.json")));
    }
}
