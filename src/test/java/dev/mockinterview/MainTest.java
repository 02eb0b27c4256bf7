package dev.mockinterview;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.bank.BankLoader;
import dev.mockinterview.bank.LoadResult;
import dev.mockinterview.bank.TestBanks;
import dev.mockinterview.feedback.AnswerScorer;
import dev.mockinterview.interview.Feedback;
import dev.mockinterview.interview.Category;
import dev.mockinterview.interview.Question;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Main (command line)")
class MainTest {

    @TempDir
    Path tmp;

    /** One run of the command line with captured output. */
    private record Run(int code, String out, String err) {
    }

    private static Run runWithInput(Map<String, String> env, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = new Main(env, in, o, e).run(args);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run run(Map<String, String> env, String... args) {
        return runWithInput(env, "", args);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    // ---------------------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("validate")
    class Validate {

        @Test
        @DisplayName("the shipped bank (default ./questions) exits 0 and prints OK with its number of questions")
        void shippedBank() {
            // when
            Run r = run(Map.of(), "validate");

            // then
            int size = new BankLoader().load(Path.of("questions")).bank().size();
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("OK: " + size + " questions"), r.out());
            assertEquals("", r.err());
        }

        @Test
        @DisplayName("validate DIR on a bad bank exits 1 and prints every problem to stderr")
        void badBank() {
            // given
            Path bad = TestBanks.badBank(tmp.resolve("bad"));

            // when
            Run r = run(Map.of(), "validate", bad.toString());

            // then
            assertEquals(1, r.code());
            assertEquals("", r.out());
            String file = bad.resolve("bad.json").toString();
            assertAll(
                    () -> assertTrue(r.err().contains(file + ": question bad-question-01: prompt: is missing"),
                            r.err()),
                    () -> assertTrue(r.err().contains(file + ": question bad-question-01: category: unknown category"),
                            r.err()),
                    () -> assertTrue(r.err().contains(file + ": question bad-question-01: keyPoints: is an empty list"),
                            r.err()),
                    () -> assertTrue(r.err().contains("3 problem(s) found in 1 file(s)."), r.err()));
        }

        @Test
        @DisplayName("without DIR, QUESTIONS_DIR is validated")
        void questionsDirFromEnv() {
            // given
            Path bad = TestBanks.badBank(tmp.resolve("bad"));

            // when
            Run r = run(Map.of("QUESTIONS_DIR", bad.toString()), "validate");

            // then
            assertEquals(1, r.code());
            assertTrue(r.err().contains("3 problem(s) found"), r.err());
        }

        @Test
        @DisplayName("a missing folder exits 1 and says it is not a folder")
        void missingFolder() {
            // when
            Run r = run(Map.of(), "validate", tmp.resolve("nope").toString());

            // then
            assertEquals(1, r.code());
            assertTrue(r.err().contains("not a folder"), r.err());
        }

        @Test
        @DisplayName("more than one folder exits 2")
        void tooManyArgs() {
            // when
            Run r = run(Map.of(), "validate", "a", "b");

            // then
            assertEquals(2, r.code());
            assertTrue(r.err().contains("validate takes at most one folder"), r.err());
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("forget")
    class Forget {
        private Map<String, String> env() {
            return Map.of("MOCKINTERVIEW_DB", tmp.resolve("mi.db").toString());
        }

        private void answer(String team, String user) {
            try (var db = dev.mockinterview.storage.Database.open(tmp.resolve("mi.db"))) {
                db.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO user_settings (team_id, user_id, "
                        + "daily_cap) VALUES ('" + team + "', '" + user + "', 5)"));
            }
        }

        private int rows(String team, String user) {
            try (var db = dev.mockinterview.storage.Database.open(tmp.resolve("mi.db"))) {
                var data = new dev.mockinterview.storage.SqliteUserDataStore(db)
                        .export(new dev.mockinterview.interview.UserRef(team, user));
                return data.values().stream().mapToInt(java.util.List::size).sum();
            }
        }

        @Test
        @DisplayName("forget TEAM USER deletes that user's data and lists what went; others' stays")
        void oneUser() {
            answer("T0001", "U0ALICE");
            answer("T0001", "U0BOB");
            Run r = run(env(), "forget", "T0001", "U0ALICE");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("user U0ALICE of T0001") && r.out().contains("user_settings: 1"), r.out());
            assertEquals(0, rows("T0001", "U0ALICE"));
            assertEquals(1, rows("T0001", "U0BOB"));
        }

        @Test
        @DisplayName("forget TEAM deletes the whole workspace's data; another workspace's stays")
        void workspace() {
            answer("T0001", "U0ALICE");
            answer("T0002", "U0ALICE");
            Run r = run(env(), "forget", "T0001");
            assertEquals(0, r.code(), r.err());
            assertEquals(0, rows("T0001", "U0ALICE"));
            assertEquals(1, rows("T0002", "U0ALICE"));
        }

        @Test
        @DisplayName("no id, too many, or ids not as Slack writes them: exit 2 with an example, nothing deleted")
        void badArguments() {
            answer("T0001", "U0ALICE");
            for (String[] args : new String[][] {{"forget"}, {"forget", "T1", "U1", "U2"}, {"forget", "t0001"},
                    {"forget", "T0001", "alice"}}) {
                Run r = run(env(), args);
                assertEquals(2, r.code(), String.join(" ", args));
                assertTrue(r.err().contains("forget T0123ABCD U0456EFGH"), r.err());
            }
            assertEquals(1, rows("T0001", "U0ALICE"));
        }
    }

    @Nested
    @DisplayName("help and unknown commands")
    class Help {

        @Test
        @DisplayName("help exits 0 and lists serve, practice, validate and the categories")
        void help() {
            for (String word : new String[] {"help", "--help", "-h"}) {
                // when
                Run r = run(Map.of(), word);

                // then
                assertEquals(0, r.code(), word);
                assertTrue(r.out().contains("serve"), r.out());
                assertTrue(r.out().contains("practice [CATEGORY]"), r.out());
                assertTrue(r.out().contains("validate [DIR]"), r.out());
                assertTrue(r.out().contains(Category.slugList()), r.out());
                assertEquals("", r.err());
            }
        }

        @Test
        @DisplayName("an unknown command exits 2 with a 'Did you mean' suggestion and the usage")
        void unknownWithSuggestion() {
            // when
            Run r = run(Map.of(), "valdate");

            // then
            assertEquals(2, r.code());
            assertTrue(r.err().contains("Unknown command \"valdate\". Did you mean \"validate\"?"), r.err());
            assertTrue(r.err().contains("Usage:"), r.err());
            assertTrue(r.err().contains("practice [CATEGORY]"), r.err());
            assertEquals("", r.out());
        }

        @Test
        @DisplayName("a command unlike any other exits 2 without a suggestion")
        void unknownWithoutSuggestion() {
            // when
            Run r = run(Map.of(), "xyzzyplugh");

            // then
            assertEquals(2, r.code());
            assertTrue(r.err().startsWith("Unknown command \"xyzzyplugh\".\n"), r.err());
            assertFalse(r.err().contains("Did you mean"), r.err());
            assertTrue(r.err().contains("Usage:"), r.err());
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("serve")
    class Serve {

        @Test
        @DisplayName("with an empty environment exits 2 naming SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET in one message")
        void emptyEnvironment() {
            // when
            Run r = run(Map.of(), "serve");

            // then
            assertEquals(2, r.code());
            assertTrue(r.err().startsWith("Configuration problems:"), r.err());
            assertTrue(r.err().contains("SLACK_BOT_TOKEN is not set"), r.err());
            assertTrue(r.err().contains("SLACK_SIGNING_SECRET is not set"), r.err());
            assertEquals(1, count(r.err(), "Configuration problem"), "one message: " + r.err());
        }

        @Test
        @DisplayName("no arguments means serve")
        void defaultIsServe() {
            // when
            Run r = run(Map.of());

            // then
            assertEquals(2, r.code());
            assertTrue(r.err().contains("SLACK_BOT_TOKEN is not set"), r.err());
        }

        @Test
        @DisplayName("with valid-looking tokens but an invalid bank exits 1 and prints the bank report")
        void invalidBank() {
            // given
            Path bad = TestBanks.badBank(tmp.resolve("bad"));
            Map<String, String> env = Map.of(
                    "SLACK_BOT_TOKEN", "xoxb-FAKE-bot-7f3a9c1e5d",
                    "SLACK_SIGNING_SECRET", "FAKE-signing-4b8e2d6a0c",
                    "QUESTIONS_DIR", bad.toString(),
                    "PORT", "0",
                    "MOCKINTERVIEW_DB", tmp.resolve("serve.db").toString(),
                    "SLACK_API_URL", "http://127.0.0.1:9/api/");

            // when
            Run r = run(env, "serve");

            // then
            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().contains("has problems, so mockinterview will not start"), r.err());
            assertTrue(r.err().contains("prompt: is missing"), r.err());
            assertTrue(r.err().contains("category: unknown category"), r.err());
            assertTrue(r.err().contains("keyPoints: is an empty list"), r.err());
            assertTrue(r.err().contains("3 problem(s) found"), r.err());
            assertFalse(r.err().contains("FAKE-signing") || r.err().contains("FAKE-bot"), r.err());
            assertFalse(r.out().contains("is running"), r.out());
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("practice")
    class Practice {

        private Map<String, String> env() {
            Map<String, String> env = new HashMap<>();
            env.put("MOCKINTERVIEW_DB", tmp.resolve("practice.db").toString());
            env.put("QUESTIONS_DIR", dev.mockinterview.testutil.FixtureBanks.E2E.toString());
            return env;
        }

        @Test
        @DisplayName("runs a full interview: hints, a multi-line answer, the model answer, next, quit with a summary")
        void fullInterview() {
            // given
            String answer = "First I measured the p99 latency.\nThen I added a read replica \u00e9 \uD83C\uDF89";
            String script = String.join("\n",
                    "h", "h", "h", "h", "h",
                    "a", answer, ".",
                    "m", "3",
                    "n",
                    "q") + "\n";

            // when
            LocalDate before = LocalDate.now(ZoneId.systemDefault());
            Run r = runWithInput(env(), script, "practice");
            LocalDate after = LocalDate.now(ZoneId.systemDefault());

            // then
            String out = r.out();
            assertEquals(0, r.code(), r.err() + out);
            Feedback feedback = new AnswerScorer().score(shippedQuestion(promptOf(out)), answer);
            String rated = "Rated good. This question comes back on %s (in 1 day).\n";
            assertAll(
                    () -> assertTrue(out.contains("New interview: all categories, 15 questions."), out),
                    () -> assertTrue(out.contains("Question 1 \u00b7 "), out),
                    () -> assertTrue(out.contains("Hint 1 of 4: "), out),
                    () -> assertTrue(out.contains("Hint 4 of 4: "), out),
                    () -> assertTrue(out.contains("That was the last hint."), out),
                    () -> assertTrue(out.contains("You have seen all 4 hints for this question."), out),
                    () -> assertTrue(out.indexOf("That was the last hint.")
                            < out.indexOf("You have seen all 4 hints"), "the fifth h says no more hints"),
                    () -> assertTrue(out.contains("Answer saved.\nScore: " + feedback.score() + "/100\n"), out),
                    () -> assertEquals(13, feedback.words(), "the emoji is not a word"),
                    () -> assertTrue(out.contains("\n  13 words, about "), out),
                    () -> assertTrue(out.contains("MODEL ANSWER"), out),
                    () -> assertTrue(out.contains("Your answer\n  > First I measured the p99 latency.\n"
                            + "  > Then I added a read replica \u00e9 \uD83C\uDF89\n"), out),
                    () -> assertTrue(out.contains("How did you do? [1] Again  [2] Hard  [3] Good  [4] Easy  "
                            + "(Enter to skip)\n> "), out),
                    () -> assertTrue(out.contains(String.format(rated, before.plusDays(1)))
                            || out.contains(String.format(rated, after.plusDays(1))), out),
                    () -> assertTrue(out.indexOf("MODEL ANSWER") < out.indexOf("How did you do?")
                            && out.indexOf("How did you do?") < out.indexOf("Rated good.")
                            && out.indexOf("Rated good.") < out.indexOf("Question 2 \u00b7 "),
                            "the rating line is read right after the model answer, before n"),
                    () -> assertTrue(out.contains("Question 2 \u00b7 "), out),
                    () -> assertTrue(out.contains("Interview finished."), out));
            assertSummary(out, 2, 4, 1, 1);
        }

        @Test
        @DisplayName("running practice again on the same database resumes the interview")
        void resumes() {
            // given: a first run that shows one hint and then ends its input
            Run first = runWithInput(env(), "h\n", "practice");
            assertEquals(0, first.code(), first.err());
            assertTrue(first.out().contains("Input ended; your interview is saved."), first.out());
            String question = promptOf(first.out());

            // when
            Run second = runWithInput(env(), "q\n", "practice");

            // then
            assertEquals(0, second.code(), second.err());
            assertTrue(second.out().contains("Picking up where you left off."), second.out());
            assertFalse(second.out().contains("New interview"), second.out());
            assertEquals(question, promptOf(second.out()), "the same question is shown again");
            assertTrue(second.out().contains("1/4 hints shown"), second.out());
            assertSummary(second.out(), 1, 1, 0, 0);
        }

        @Test
        @DisplayName("an unknown key prints the valid keys and carries on")
        void unknownKey() {
            // when
            Run r = runWithInput(env(), "x\n\nq\n", "practice");

            // then
            assertEquals(0, r.code());
            assertTrue(r.out().contains("Unknown key \"x\". Use one of: h, m, a, n, q."), r.out());
            assertEquals(1, count(r.out(), "Unknown key"), "an empty line is not an unknown key");
            assertTrue(r.out().contains("Interview finished."), r.out());
        }

        @Test
        @DisplayName("practice with an unknown category exits 2 and lists the categories")
        void unknownCategory() {
            // when
            Run r = runWithInput(env(), "q\n", "practice", "unknowncat");

            // then
            assertEquals(2, r.code());
            assertTrue(r.err().contains("Unknown category \"unknowncat\". Use one of: " + Category.slugList()),
                    r.err());
            assertEquals("", r.out());
        }

        @Test
        @DisplayName("practice System Design (two words, any case) picks that category")
        void categoryInTwoWords() {
            // when
            Run r = runWithInput(env(), "q\n", "practice", "System", "Design");

            // then
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("New interview: System design, 5 questions."), r.out());
            assertTrue(r.out().contains(" \u00b7 System design \u00b7 "), r.out());
        }

        @Test
        @DisplayName("practice in a category the bank has no questions for exits 1")
        void emptyCategory() {
            // when
            Run r = runWithInput(env(), "q\n", "practice", "technical");

            // then
            assertEquals(1, r.code());
            assertTrue(r.err().contains("There are no technical questions in "
                    + dev.mockinterview.testutil.FixtureBanks.E2E + "."), r.err());
        }

        @Test
        @DisplayName("practice on an invalid bank exits 1 with the report")
        void invalidBank() {
            // given
            Map<String, String> env = env();
            env.put("QUESTIONS_DIR", TestBanks.badBank(tmp.resolve("bad")).toString());

            // when
            Run r = runWithInput(env, "q\n", "practice");

            // then
            assertEquals(1, r.code());
            assertTrue(r.err().contains("3 problem(s) found"), r.err());
        }

        @Test
        @DisplayName("a database path that cannot be used exits 1 with 'Database problem'")
        void unusableDatabase() throws Exception {
            // given: a regular file where the database's folder should be
            Path notAFolder = java.nio.file.Files.writeString(tmp.resolve("file"), "x");
            Map<String, String> env = env();
            env.put("MOCKINTERVIEW_DB", notAFolder.resolve("practice.db").toString());

            // when
            Run r = runWithInput(env, "q\n", "practice");

            // then
            assertEquals(1, r.code(), r.out());
            assertTrue(r.err().startsWith("Database problem: "), r.err());
        }

        private static final Pattern PROMPT = Pattern.compile("-{60}\n(.*?)\n-{60}", Pattern.DOTALL);

        /** The fixture bank's question with this prompt. */
        private static Question shippedQuestion(String prompt) {
            LoadResult bank = new BankLoader().load(dev.mockinterview.testutil.FixtureBanks.E2E);
            assertTrue(bank.ok(), bank::report);
            return bank.bank().all().stream().filter(q -> q.prompt().equals(prompt)).findFirst().orElseThrow();
        }

        private static String promptOf(String out) {
            Matcher m = PROMPT.matcher(out);
            assertTrue(m.find(), out);
            return m.group(1);
        }

        private static void assertSummary(String out, int questions, int hints, int answers, int models) {
            assertAll(
                    () -> assertTrue(Pattern.compile("Questions:\\s+" + questions + "\n").matcher(out).find(), out),
                    () -> assertTrue(Pattern.compile("Hints used:\\s+" + hints + "\n").matcher(out).find(), out),
                    () -> assertTrue(Pattern.compile("Answers written:\\s+" + answers + "\n").matcher(out).find(),
                            out),
                    () -> assertTrue(Pattern.compile("Model answers viewed:\\s+" + models + "\n").matcher(out).find(),
                            out));
        }
    }
}
