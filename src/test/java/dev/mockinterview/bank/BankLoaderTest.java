package dev.mockinterview.bank;

import static dev.mockinterview.bank.TestBanks.validQuestion;
import static dev.mockinterview.bank.TestBanks.writeBank;
import static dev.mockinterview.bank.TestBanks.writeBytes;
import static dev.mockinterview.bank.TestBanks.writeRaw;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.interview.Category;
import dev.mockinterview.interview.Question;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("BankLoader")
class BankLoaderTest {

    private final BankLoader loader = new BankLoader();

    @TempDir
    Path dir;

    // ---------------------------------------------------------------------------------------------------------
    // helpers

    /** The single problem of {@code result}, failing with the full report when there is not exactly one. */
    private static BankProblem onlyProblem(LoadResult result) {
        assertEquals(1, result.problems().size(), () -> "expected exactly one problem, got:\n" + result.report());
        return result.problems().get(0);
    }

    /** Asserts where the problem is, that the message says what is wrong, and that the report shows all of it. */
    private static void assertProblem(LoadResult result, BankProblem problem, Path file, String questionId,
            String field, String messagePart) {
        String report = result.report();
        assertAll(
                () -> assertFalse(result.ok(), "a bank with problems must not be ok"),
                () -> assertNull(result.bank(), "no bank is built when there are problems"),
                () -> assertEquals(file.toString(), problem.file(), "file"),
                () -> assertEquals(questionId, problem.questionId(), "question id"),
                () -> assertEquals(field, problem.field(), "field"),
                () -> assertTrue(problem.message().contains(messagePart),
                        () -> "message \"" + problem.message() + "\" should contain \"" + messagePart + "\""),
                () -> assertTrue(report.contains(file.toString()), () -> "report names the file:\n" + report),
                () -> {
                    if (questionId != null) {
                        assertTrue(report.contains("question " + questionId), () -> "report names the question:\n"
                                + report);
                    }
                },
                () -> {
                    if (field != null) {
                        assertTrue(report.contains(": " + field + ": "), () -> "report names the field:\n" + report);
                    }
                },
                () -> assertTrue(report.contains(messagePart), () -> "report has the message:\n" + report));
    }

    private LoadResult loadOne(Map<String, Object> question) {
        writeBank(dir, "bank.json", question);
        return loader.load(dir);
    }

    // ---------------------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("valid banks")
    class Valid {

        @Test
        @DisplayName("the shipped bank in ./questions loads with 15 questions and 15 distinct ids")
        void shippedBank() {
            // when
            LoadResult result = loader.load(Path.of("questions"));

            // then
            assertTrue(result.ok(), result::report);
            assertEquals(List.of(), result.problems());
            assertEquals(15, result.bank().size());
            Set<String> ids = result.bank().all().stream().map(Question::id).collect(Collectors.toSet());
            assertEquals(15, ids.size());
            assertEquals(List.of(Path.of("questions", "backend-senior.json").toString()), result.files(),
                    "only the bank file is read, not the schema beside it");
            assertEquals("OK: 15 questions in 1 file(s).", result.report());
        }

        @Test
        @DisplayName("a hand-written bank over two files loads every field, stripped")
        void handWrittenBank() {
            // given
            Map<String, Object> first = validQuestion("first-01");
            first.put("prompt", "  Why did you pick Postgres?  ");
            first.put("category", "System Design");
            Map<String, Object> second = validQuestion("second-01");
            second.put("starExample", Map.of("summary", "One paragraph, no parts."));
            writeBank(dir, "a.json", first);
            writeBank(dir, "b.json", second);

            // when
            LoadResult result = loader.load(dir);

            // then
            assertTrue(result.ok(), result::report);
            assertEquals(2, result.bank().size());
            Question q = result.bank().byId("first-01").orElseThrow();
            assertEquals("Why did you pick Postgres?", q.prompt());
            assertEquals(Category.SYSTEM_DESIGN, q.category());
            assertEquals(List.of("conflict", "communication"), q.tags());
            assertTrue(q.starExample().hasParts());
            assertEquals("We split the schema before launch.", q.starExample().result());
            Question s = result.bank().byId("second-01").orElseThrow();
            assertFalse(s.starExample().hasParts());
            assertEquals("One paragraph, no parts.", s.starExample().summary());
            assertEquals(List.of(dir.resolve("a.json").toString(), dir.resolve("b.json").toString()),
                    result.files());
        }

        @Test
        @DisplayName("text exactly at the limits (prompt 300, item 2900, 40 items) is accepted")
        void exactlyAtLimits() {
            // given
            Map<String, Object> q = validQuestion("at-limits-01");
            q.put("prompt", "p".repeat(BankLimits.PROMPT_MAX));
            q.put("howToAnswer", List.of("x".repeat(BankLimits.TEXT_MAX)));
            q.put("keyPoints", Collections.nCopies(BankLimits.LIST_MAX_ITEMS, "point"));

            // when
            LoadResult result = loadOne(q);

            // then
            assertTrue(result.ok(), result::report);
            Question loaded = result.bank().byId("at-limits-01").orElseThrow();
            assertEquals(300, loaded.prompt().length());
            assertEquals(40, loaded.keyPoints().size());
        }

        @Test
        @DisplayName("a .schema.json file in the folder is not treated as a bank file")
        void schemaFileIgnored() throws Exception {
            // given: a real bank file, and the shipped schema (which is not a bank and would fail as one)
            writeBank(dir, "bank.json", validQuestion("only-01"));
            Files.copy(Path.of("questions", "question-bank.schema.json"), dir.resolve("question-bank.schema.json"));

            // when
            LoadResult result = loader.load(dir);

            // then
            assertTrue(result.ok(), result::report);
            assertEquals(List.of(dir.resolve("bank.json").toString()), result.files());
        }

        @Test
        @DisplayName("files not ending in .json are ignored")
        void otherFilesIgnored() {
            // given
            writeBank(dir, "bank.json", validQuestion("only-01"));
            writeRaw(dir, "README.md", "# not a bank {");
            writeRaw(dir, "bank.json.bak", "{ broken");

            // when
            LoadResult result = loader.load(dir);

            // then
            assertTrue(result.ok(), result::report);
            assertEquals(1, result.files().size());
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("folder problems")
    class Folder {

        @Test
        @DisplayName("a missing folder is reported, naming the folder and QUESTIONS_DIR")
        void missingFolder() {
            // given
            Path missing = dir.resolve("no-such-folder");

            // when
            LoadResult result = loader.load(missing);

            // then
            BankProblem p = onlyProblem(result);
            assertProblem(result, p, missing, null, null, "not a folder");
            assertTrue(p.message().contains("QUESTIONS_DIR"));
            assertEquals(List.of(), result.files());
        }

        @Test
        @DisplayName("a file given instead of a folder is reported as not a folder")
        void fileInsteadOfFolder() {
            // given
            Path file = writeBank(dir, "bank.json", validQuestion("q-01"));

            // when
            LoadResult result = loader.load(file);

            // then
            assertProblem(result, onlyProblem(result), file, null, null, "not a folder");
        }

        @Test
        @DisplayName("an empty folder is reported as a bank with no questions")
        void emptyFolder() {
            // when
            LoadResult result = loader.load(dir);

            // then
            BankProblem p = onlyProblem(result);
            assertProblem(result, p, dir, null, null, "the bank has no questions");
            assertTrue(result.report().endsWith("1 problem(s) found in 0 file(s)."), result::report);
        }

        @Test
        @DisplayName("a folder holding only a .schema.json file has no questions")
        void onlySchema() throws Exception {
            // given
            Files.copy(Path.of("questions", "question-bank.schema.json"), dir.resolve("question-bank.schema.json"));

            // when
            LoadResult result = loader.load(dir);

            // then
            assertProblem(result, onlyProblem(result), dir, null, null, "the bank has no questions");
        }

        @Test
        @DisplayName("a file with an empty questions array is reported")
        void emptyQuestionsArray() {
            // given
            Path file = writeRaw(dir, "bank.json", "{\"questions\": []}");

            // when
            LoadResult result = loader.load(dir);

            // then
            assertProblem(result, onlyProblem(result), file, null, "questions", "is empty");
        }

        @Test
        @DisplayName("a file whose root is not an object, or has no questions array, is reported")
        void wrongRoot() {
            // given
            Path array = writeRaw(dir, "array.json", "[]");
            Path noQuestions = writeRaw(dir, "none.json", "{\"question\": []}");

            // when
            LoadResult result = loader.load(dir);

            // then
            assertEquals(3, result.problems().size(), result::report);
            assertProblem(result, result.problems().get(0), array, null, null, "must be a JSON object");
            assertProblem(result, result.problems().get(1), noQuestions, null, "question", "unknown field");
            assertProblem(result, result.problems().get(2), noQuestions, null, "questions", "missing");
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("file problems")
    class FileLevel {

        @Test
        @DisplayName("invalid JSON is reported with its line and column")
        void invalidJson() {
            // given: a missing comma before "prompt" on line 3
            Path file = writeRaw(dir, "broken.json", """
                    {
                      "questions": [
                        { "id": "x-01" "prompt": "y" }
                      ]
                    }
                    """);

            // when
            LoadResult result = loader.load(dir);

            // then
            BankProblem p = onlyProblem(result);
            assertProblem(result, p, file, null, null, "invalid JSON at line 3, column ");
            assertTrue(p.message().startsWith("invalid JSON at line 3, column 20: "), p.message());
            assertTrue(p.message().contains("expecting comma"), p.message());
        }

        @Test
        @DisplayName("a file that is not UTF-8 is reported as such")
        void notUtf8() {
            // given: "café" in ISO-8859-1 (0xE9 alone is not valid UTF-8)
            byte[] latin1 = ("{\"questions\": [{\"id\": \"caf\u00e9-01\"}]}").getBytes(StandardCharsets.ISO_8859_1);
            Path file = writeBytes(dir, "latin1.json", latin1);

            // when
            LoadResult result = loader.load(dir);

            // then
            assertProblem(result, onlyProblem(result), file, null, null, "not valid UTF-8");
        }

        @Test
        @DisplayName("non-ASCII UTF-8 text loads intact, whatever the platform charset")
        void utf8TextLoads() {
            // given
            Map<String, Object> q = validQuestion("utf8-01");
            q.put("prompt", "Caf\u00e9 d\u00e9j\u00e0 vu \uD83C\uDF89 \u2014 why?");

            // when
            LoadResult result = loadOne(q);

            // then
            assertTrue(result.ok(), result::report);
            assertEquals("Caf\u00e9 d\u00e9j\u00e0 vu \uD83C\uDF89 \u2014 why?",
                    result.bank().byId("utf8-01").orElseThrow().prompt());
        }

        @Test
        @DisplayName("an unknown top-level field is reported")
        void unknownTopLevelField() {
            // given
            Path file = writeRaw(dir, "bank.json", "{\"questions\": [], \"version\": 2}");

            // when
            LoadResult result = loader.load(dir);

            // then
            BankProblem unknown = result.problems().stream().filter(p -> "version".equals(p.field())).findFirst()
                    .orElseThrow(() -> new AssertionError(result.report()));
            assertProblem(result, unknown, file, null, "version", "unknown field");
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("question problems")
    class QuestionLevel {

        @Test
        @DisplayName("a duplicate id across two files is reported on the second, naming both files")
        void duplicateIdAcrossFiles() {
            // given
            Path a = writeBank(dir, "a.json", validQuestion("dup-01"));
            Path b = writeBank(dir, "b.json", validQuestion("dup-01"));

            // when
            LoadResult result = loader.load(dir);

            // then
            BankProblem p = onlyProblem(result);
            assertProblem(result, p, b, "dup-01", "id", "duplicate id");
            assertTrue(p.message().contains(a.toString()), p.message());
            assertTrue(result.report().contains(a.toString()) && result.report().contains(b.toString()));
        }

        @Test
        @DisplayName("a duplicate id within one file is reported")
        void duplicateIdSameFile() {
            // given
            Path file = writeBank(dir, "a.json", validQuestion("dup-01"), validQuestion("dup-01"));

            // when
            LoadResult result = loader.load(dir);

            // then
            assertProblem(result, onlyProblem(result), file, "dup-01", "id", "duplicate id: already used in "
                    + file);
        }

        @Test
        @DisplayName("a missing field (no prompt) is reported")
        void missingField() {
            // given
            Map<String, Object> q = validQuestion("no-prompt-01");
            q.remove("prompt");

            // when
            LoadResult result = loadOne(q);

            // then
            assertProblem(result, onlyProblem(result), dir.resolve("bank.json"), "no-prompt-01", "prompt",
                    "is missing");
        }

        @Test
        @DisplayName("a field of the wrong type is reported with the type found")
        void wrongType() {
            // given
            Map<String, Object> q = validQuestion("wrong-type-01");
            q.put("prompt", 42);
            q.put("keyPoints", "one point, not a list");

            // when
            LoadResult result = loadOne(q);

            // then
            assertEquals(2, result.problems().size(), result::report);
            Path file = dir.resolve("bank.json");
            assertProblem(result, result.problems().get(0), file, "wrong-type-01", "prompt",
                    "must be a string, not number");
            assertProblem(result, result.problems().get(1), file, "wrong-type-01", "keyPoints",
                    "must be a list of strings");
        }

        @Test
        @DisplayName("an empty list (keyPoints: []) is reported")
        void emptyList() {
            // given
            Map<String, Object> q = validQuestion("empty-list-01");
            q.put("keyPoints", List.of());

            // when
            LoadResult result = loadOne(q);

            // then
            assertProblem(result, onlyProblem(result), dir.resolve("bank.json"), "empty-list-01", "keyPoints",
                    "is an empty list");
        }

        @Test
        @DisplayName("a blank string item in a list is reported with its index")
        void emptyStringItem() {
            // given
            Map<String, Object> q = validQuestion("blank-item-01");
            q.put("commonMistakes", List.of("Rambling.", "   "));

            // when
            LoadResult result = loadOne(q);

            // then
            assertProblem(result, onlyProblem(result), dir.resolve("bank.json"), "blank-item-01",
                    "commonMistakes[1]", "is empty");
        }

        @Test
        @DisplayName("an unknown category is reported, listing every valid category")
        void unknownCategory() {
            // given
            Map<String, Object> q = validQuestion("cat-01");
            q.put("category", "trivia");

            // when
            LoadResult result = loadOne(q);

            // then
            BankProblem p = onlyProblem(result);
            assertProblem(result, p, dir.resolve("bank.json"), "cat-01", "category", "unknown category \"trivia\"");
            for (Category c : Category.values()) {
                assertTrue(p.message().contains(c.slug()), () -> p.message() + " should list " + c.slug());
            }
        }

        @Test
        @DisplayName("an unknown field (typo keypoints) is reported, as is the then-missing keyPoints")
        void unknownFieldTypo() {
            // given
            Map<String, Object> q = validQuestion("typo-01");
            q.put("keypoints", q.remove("keyPoints"));

            // when
            LoadResult result = loadOne(q);

            // then
            assertEquals(2, result.problems().size(), result::report);
            Path file = dir.resolve("bank.json");
            BankProblem unknown = result.problems().get(0);
            assertProblem(result, unknown, file, "typo-01", "keypoints", "unknown field");
            assertTrue(unknown.message().contains("keyPoints"), "the allowed fields are listed: " + unknown.message());
            assertProblem(result, result.problems().get(1), file, "typo-01", "keyPoints", "is missing");
        }

        @Test
        @DisplayName("a prompt over 300 characters is reported with its length")
        void promptTooLong() {
            // given
            Map<String, Object> q = validQuestion("long-prompt-01");
            q.put("prompt", "p".repeat(301));

            // when
            LoadResult result = loadOne(q);

            // then
            assertProblem(result, onlyProblem(result), dir.resolve("bank.json"), "long-prompt-01", "prompt",
                    "is 301 characters; at most 300");
        }

        @Test
        @DisplayName("a list item over 2900 characters is reported with its index and length")
        void itemTooLong() {
            // given
            Map<String, Object> q = validQuestion("long-item-01");
            q.put("howToAnswer", List.of("short", "x".repeat(2901)));

            // when
            LoadResult result = loadOne(q);

            // then
            assertProblem(result, onlyProblem(result), dir.resolve("bank.json"), "long-item-01", "howToAnswer[1]",
                    "is 2901 characters; at most 2900");
        }

        @Test
        @DisplayName("a list of more than 40 items is reported")
        void tooManyItems() {
            // given
            Map<String, Object> q = validQuestion("many-items-01");
            q.put("keyPoints", Collections.nCopies(41, "point"));

            // when
            LoadResult result = loadOne(q);

            // then
            assertProblem(result, onlyProblem(result), dir.resolve("bank.json"), "many-items-01", "keyPoints",
                    "has 41 items; at most 40");
        }

        @Test
        @DisplayName("an id that is not lowercase kebab-case is reported, located by that id")
        void invalidIdPattern() {
            // given
            Map<String, Object> q = validQuestion("x");
            q.put("id", "Backend_Senior_01");

            // when
            LoadResult result = loadOne(q);

            // then
            assertProblem(result, onlyProblem(result), dir.resolve("bank.json"), "Backend_Senior_01", "id",
                    "must be lowercase letters, digits and hyphens");
        }

        @Test
        @DisplayName("a starExample with both summary and parts is reported")
        void starBothSummaryAndParts() {
            // given
            Map<String, Object> q = validQuestion("star-both-01");
            Map<String, Object> star = TestBanks.starParts();
            star.put("summary", "And a summary as well.");
            q.put("starExample", star);

            // when
            LoadResult result = loadOne(q);

            // then
            assertProblem(result, onlyProblem(result), dir.resolve("bank.json"), "star-both-01", "starExample",
                    "either summary or the four parts, not both");
        }

        @Test
        @DisplayName("a starExample without result is reported on starExample.result")
        void starMissingResult() {
            // given
            Map<String, Object> q = validQuestion("star-no-result-01");
            Map<String, Object> star = TestBanks.starParts();
            star.remove("result");
            q.put("starExample", star);

            // when
            LoadResult result = loadOne(q);

            // then
            assertProblem(result, onlyProblem(result), dir.resolve("bank.json"), "star-no-result-01",
                    "starExample.result", "is missing");
        }

        @Test
        @DisplayName("a question without an id is located by its position, \"#N (no id)\"")
        void noIdLocatedByPosition() {
            // given: the second question has no id, the third a blank one
            Map<String, Object> noId = validQuestion("ignored");
            noId.remove("id");
            Map<String, Object> blankId = validQuestion("ignored");
            blankId.put("id", "   ");
            Path file = writeBank(dir, "bank.json", validQuestion("first-01"), noId, blankId);

            // when
            LoadResult result = loader.load(dir);

            // then
            assertEquals(2, result.problems().size(), result::report);
            assertProblem(result, result.problems().get(0), file, "#2 (no id)", "id", "is missing");
            assertProblem(result, result.problems().get(1), file, "#3 (no id)", "id", "is empty");
        }

        @Test
        @DisplayName("a question that is not an object is located by its position")
        void questionNotAnObject() {
            // given
            Path file = writeRaw(dir, "bank.json", "{\"questions\": [\"just a string\"]}");

            // when
            LoadResult result = loader.load(dir);

            // then
            assertProblem(result, onlyProblem(result), file, "#1 (no id)", null, "must be a JSON object");
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("reporting everything at once")
    class AllAtOnce {

        @Test
        @DisplayName("a question with three different problems yields three problems")
        void threeProblemsInOneQuestion() {
            // given
            Path folder = TestBanks.badBank(dir);
            Path file = folder.resolve("bad.json");

            // when
            LoadResult result = loader.load(folder);

            // then
            assertEquals(3, result.problems().size(), result::report);
            assertEquals(List.of("prompt", "category", "keyPoints"),
                    result.problems().stream().map(BankProblem::field).toList());
            assertProblem(result, result.problems().get(0), file, "bad-question-01", "prompt", "is missing");
            assertProblem(result, result.problems().get(1), file, "bad-question-01", "category", "unknown category");
            assertProblem(result, result.problems().get(2), file, "bad-question-01", "keyPoints", "empty list");
            assertTrue(result.report().endsWith("\n3 problem(s) found in 1 file(s)."), result::report);
            assertEquals(4, result.report().split("\n").length, "one line per problem, then the count");
        }

        @Test
        @DisplayName("problems in several files and questions are all reported, valid questions do not hide them")
        void problemsAcrossFiles() {
            // given
            Map<String, Object> noPrompt = validQuestion("no-prompt-01");
            noPrompt.remove("prompt");
            Path a = writeBank(dir, "a.json", validQuestion("good-01"), noPrompt);
            Path b = writeRaw(dir, "b.json", "{ \"questions\": [ }");
            Map<String, Object> badStar = validQuestion("bad-star-01");
            badStar.put("starExample", "not an object");
            Path c = writeBank(dir, "c.json", badStar);

            // when
            LoadResult result = loader.load(dir);

            // then
            assertEquals(3, result.problems().size(), result::report);
            assertEquals(List.of(a.toString(), b.toString(), c.toString()),
                    result.problems().stream().map(BankProblem::file).toList());
            assertProblem(result, result.problems().get(0), a, "no-prompt-01", "prompt", "is missing");
            assertProblem(result, result.problems().get(1), b, null, null, "invalid JSON at line 1");
            assertProblem(result, result.problems().get(2), c, "bad-star-01", "starExample", "must be an object");
            assertTrue(result.report().endsWith("3 problem(s) found in 3 file(s)."), result::report);
        }

        @Test
        @DisplayName("every list field's problems are reported, not just the first list's")
        void everyListChecked() {
            // given
            Map<String, Object> q = validQuestion("lists-01");
            for (String f : List.of("howToAnswer", "keyPoints", "keyTerminology", "interviewersLookFor",
                    "commonMistakes")) {
                q.put(f, List.of());
            }

            // when
            LoadResult result = loadOne(q);

            // then
            assertEquals(List.of("howToAnswer", "keyPoints", "keyTerminology", "interviewersLookFor",
                    "commonMistakes"), result.problems().stream().map(BankProblem::field).toList(), result.report());
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("known bugs")
    class KnownBugs {

        @Test
        @DisplayName("a duplicate id is reported even when the duplicate question has another problem")
        void duplicateIdReportedAlongsideOtherProblems() {
            // given
            writeBank(dir, "a.json", validQuestion("dup-01"));
            Map<String, Object> copy = validQuestion("dup-01");
            copy.remove("prompt");
            Path b = writeBank(dir, "b.json", copy);

            // when
            LoadResult result = loader.load(dir);

            // then: both the missing prompt and the duplicate id, in one run
            List<String> fields = new ArrayList<>(result.problems().stream().map(BankProblem::field).toList());
            Collections.sort(fields);
            assertEquals(List.of("id", "prompt"), fields, result.report());
            BankProblem dup = result.problems().stream().filter(p -> "id".equals(p.field())).findFirst()
                    .orElseThrow();
            assertEquals(b.toString(), dup.file());
            assertTrue(dup.message().contains("duplicate id"));
        }

        @Test
        @DisplayName("trailing content after the JSON object is reported as invalid JSON")
        void trailingContentRejected() {
            // given: a stray second object after a complete, valid one (e.g. a bad merge)
            String valid = "{\"questions\": [" + json(validQuestion("q-01")) + "]}";
            Path file = writeRaw(dir, "bank.json", valid + "\n{\"questions\": []}\n");

            // when
            LoadResult result = loader.load(dir);

            // then
            assertFalse(result.ok(), "trailing content must not be silently ignored");
            assertNotNull(onlyProblem(result));
            assertEquals(file.toString(), onlyProblem(result).file());
        }
    }

    @Nested
    @DisplayName("known bugs (JSON strictness)")
    class KnownJsonBugs {

        @Test
        @DisplayName("a field given twice in one question is reported")
        void duplicateKeyRejected() {
            // given: keyPoints twice; an editor would show both, the bot only the second
            String q = json(validQuestion("dup-key-01"));
            String twice = q.replace("\"keyPoints\":", "\"keyPoints\":[\"first list\"],\"keyPoints\":");
            Path file = writeRaw(dir, "bank.json", "{\"questions\": [" + twice + "]}");

            // when
            LoadResult result = loader.load(dir);

            // then
            assertFalse(result.ok(), "a duplicate key must not be silently accepted");
            BankProblem p = onlyProblem(result);
            assertEquals(file.toString(), p.file());
            assertTrue(p.message().contains("keyPoints"), p.message());
        }
    }

    private static String json(Map<String, Object> q) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(q);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
