package dev.mockinterview.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.bank.BankLoader;
import dev.mockinterview.bank.LoadResult;
import dev.mockinterview.bank.TestBanks;
import dev.mockinterview.feedback.AnswerScorer;
import dev.mockinterview.interview.Answer;
import dev.mockinterview.interview.Category;
import dev.mockinterview.interview.InterviewService;
import dev.mockinterview.interview.Question;
import dev.mockinterview.interview.QuestionBank;
import dev.mockinterview.interview.Session;
import dev.mockinterview.interview.UserRef;
import dev.mockinterview.review.Rating;
import dev.mockinterview.storage.Database;
import dev.mockinterview.storage.SqliteProgressStore;
import dev.mockinterview.storage.SqliteSessionStore;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("PracticeCommand")
class PracticeCommandTest {
    private static final String USER = "alice";
    private static final UserRef LOCAL_ALICE = new UserRef(PracticeCommand.LOCAL_TEAM, USER);

    @TempDir
    Path tmp;

    /** The rating prompt printed after every model answer; it reads exactly one line. */
    static final String RATING_PROMPT =
            "How did you do? [1] Again  [2] Hard  [3] Good  [4] Easy  (Enter to skip)\n> ";

    private Database db;
    private SqliteSessionStore store;
    private SqliteProgressStore progress;
    private InterviewService interviews;
    private Question only;

    /** A one-question bank: every "next" starts a new round, and the question is known in advance. */
    @BeforeEach
    void setUp() {
        Map<String, Object> q = TestBanks.validQuestion("only-01");
        q.put("prompt", "Tell me about a time you disagreed with a design decision.");
        TestBanks.writeBank(tmp.resolve("bank"), "bank.json", q);
        LoadResult loaded = new BankLoader().load(tmp.resolve("bank"));
        assertTrue(loaded.ok(), loaded::report);
        QuestionBank bank = loaded.bank();
        only = bank.byId("only-01").orElseThrow();
        db = Database.open(tmp.resolve("practice.db"));
        store = new SqliteSessionStore(db);
        progress = new SqliteProgressStore(db);
        interviews = new InterviewService(() -> bank, store, progress,
                new AnswerScorer(), new dev.mockinterview.review.Sm2Scheduler(),
                Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC), new Random(7));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private record Result(int code, String out) {
    }

    private Result practice(String input, Category category) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            code = new PracticeCommand(interviews, new BufferedReader(new StringReader(input)), out)
                    .run(USER, category);
        }
        return new Result(code, bytes.toString(StandardCharsets.UTF_8));
    }

    private Result practice(String input) throws Exception {
        return practice(input, null);
    }

    private Session onlySession() {
        return store.session(1).orElseThrow();
    }

    /** What the terminal prints right after an answer is saved: the score the real scorer gives it. */
    private String savedWithScore(String answer) {
        return "Answer saved.\nScore: " + new AnswerScorer().score(only, answer).score() + "/100\n";
    }

    /** The feedback's last line: the answer's word count (the old "Answer saved (N words)." check). */
    private static String wordsLine(int words) {
        return "\n  " + words + " words, about ";
    }

    @Test
    @DisplayName("input ending in the middle of an answer keeps what was typed and ends cleanly")
    void eofInTheMiddleOfAnAnswer() throws Exception {
        // when
        Result r = practice("a\nI would start by\nmeasuring");

        // then
        assertEquals(0, r.code());
        assertTrue(r.out().contains(savedWithScore("I would start by\nmeasuring")), r.out());
        assertTrue(r.out().contains(wordsLine(5)), r.out());
        assertTrue(r.out().contains("Input ended; your interview is saved."), r.out());
        List<Answer> answers = store.answers(1, "only-01");
        assertEquals(1, answers.size());
        assertEquals("I would start by\nmeasuring", answers.get(0).text());
        assertTrue(onlySession().active(), "the interview stays open to resume");
    }

    @Test
    @DisplayName("input ending before any answer text saves nothing")
    void eofRightAfterA() throws Exception {
        // when
        Result r = practice("a\n");

        // then
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Nothing written, nothing saved."), r.out());
        assertEquals(List.of(), store.answers(1, "only-01"));
    }

    @Test
    @DisplayName("a blank answer is not saved and not counted")
    void blankAnswerNotSaved() throws Exception {
        // when
        Result r = practice("a\n   \n\n\t\n.\nm\n\nq\n");

        // then
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Nothing written, nothing saved."), r.out());
        assertFalse(r.out().contains("Answer saved"), r.out());
        assertFalse(r.out().contains("Score: "), "no feedback without an answer");
        assertTrue(r.out().contains(RATING_PROMPT + "Not rated.\n"), r.out());
        assertFalse(r.out().contains("Your answer"), "the model answer has no answer of yours to show");
        assertEquals(List.of(), store.answers(1, "only-01"));
        assertEquals(0, onlySession().answersWritten());
        assertTrue(Pattern.compile("Answers written:\\s+0\n").matcher(r.out()).find(), r.out());
    }

    @Test
    @DisplayName("an answer is stored verbatim (inner lines kept, outer blank lines dropped); ' . ' ends it")
    void answerStoredVerbatim() throws Exception {
        // when
        Result r = practice("a\n\nLine one\n\n  indented two\n  .  \nq\n");

        // then
        assertEquals(0, r.code(), r.out());
        assertEquals("Line one\n\n  indented two", store.answers(1, "only-01").get(0).text());
        assertTrue(r.out().contains(savedWithScore("Line one\n\n  indented two")), r.out());
        assertTrue(r.out().contains(wordsLine(4)), r.out());
    }

    @Test
    @DisplayName("the model answer shows the latest answer of yours, indented")
    void modelAnswerShowsLatestAnswer() throws Exception {
        // when
        Result r = practice("a\nfirst try\n.\na\nsecond try\non two lines\n.\nm\n3\nq\n");

        // then
        String out = r.out();
        assertTrue(out.contains(savedWithScore("first try")), out);
        assertTrue(out.contains(savedWithScore("second try\non two lines")), out);
        assertTrue(out.contains("MODEL ANSWER"), out);
        assertTrue(out.contains("Situation: A team picked a shared database for two services."), out);
        assertTrue(out.contains("Result:    We split the schema before launch."), out);
        assertTrue(out.contains("Your answer\n  > second try\n  > on two lines\n"), out);
        assertFalse(out.contains("  > first try"), out);
        assertTrue(out.contains("  > on two lines\n\n" + RATING_PROMPT
                + "Rated good. This question comes back on 2026-01-06 (in 1 day).\n"), out);
        assertTrue(Pattern.compile("Answers written:\\s+2\n").matcher(out).find(), out);
        assertTrue(Pattern.compile("Model answers viewed:\\s+1\n").matcher(out).find(), out);
    }

    @Test
    @DisplayName("hints come least revealing first, Markdown bold is dropped, and the fifth says there are no more")
    void hintLadder() throws Exception {
        // when
        Result r = practice("h\nh\nh\nh\nh\nq\n");

        // then
        String out = r.out();
        int framework = out.indexOf("Hint 1 of 4: ");
        int keyPoints = out.indexOf("Hint 2 of 4: ");
        int terms = out.indexOf("Hint 3 of 4: ");
        int lookFor = out.indexOf("Hint 4 of 4: ");
        int noMore = out.indexOf("You have seen all 4 hints for this question.");
        assertAll(
                () -> assertTrue(0 < framework && framework < keyPoints && keyPoints < terms && terms < lookFor
                        && lookFor < noMore, out),
                () -> assertTrue(out.contains("Use STAR: set the scene briefly"), out),
                () -> assertTrue(out.contains("  \u2022 Disagree with data, not opinions."), out),
                () -> assertTrue(out.contains("  \u2022 ADR: architecture decision record."), out),
                () -> assertFalse(out.contains("**"), "bold markers are not shown in a terminal"),
                () -> assertTrue(out.contains("That was the last hint."), out),
                () -> assertTrue(Pattern.compile("Hints used:\\s+4\n").matcher(out).find(), out));
        assertEquals(4, onlySession().hintsUsed());
    }

    @Test
    @DisplayName("keys are case-insensitive and surrounding spaces are ignored")
    void keysCaseInsensitive() throws Exception {
        // when
        Result r = practice("  H \nQ\n");

        // then
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Hint 1 of 4"), r.out());
        assertTrue(r.out().contains("Interview finished."), r.out());
        assertFalse(onlySession().active());
    }

    @Test
    @DisplayName("an unknown key names the valid keys and the interview carries on")
    void unknownKey() throws Exception {
        // when
        Result r = practice("help\nq\n");

        // then
        assertTrue(r.out().contains("Unknown key \"help\". Use one of: h, m, a, n, q."), r.out());
        assertTrue(r.out().contains("Interview finished."), r.out());
    }

    @Test
    @DisplayName("next on a one-question bank starts a new round with the same question")
    void nextStartsNewRound() throws Exception {
        // when
        Result r = practice("n\nq\n");

        // then
        assertTrue(r.out().contains("You have seen all 1 questions in all categories. Starting a new round."),
                r.out());
        assertTrue(r.out().contains("Question 2 \u00b7 Behavioral \u00b7 senior backend"), r.out());
        assertTrue(Pattern.compile("Questions:\\s+2\n").matcher(r.out()).find(), r.out());
    }

    @Test
    @DisplayName("interviews are stored under the local team and resumed by the next run")
    void storedUnderLocalTeamAndResumed() throws Exception {
        // given
        practice("h\nh\n");

        // when
        Result second = practice("q\n");

        // then
        assertTrue(second.out().contains("Picking up where you left off."), second.out());
        assertTrue(second.out().contains("2/4 hints shown"), second.out());
        assertEquals(LOCAL_ALICE, onlySession().user());
        assertTrue(store.activeSession(LOCAL_ALICE).isEmpty(), "quit ends the interview");
    }

    @Test
    @DisplayName("a category is shown in the header and the card")
    void withCategory() throws Exception {
        // when
        Result r = practice("q\n", Category.BEHAVIORAL);

        // then
        assertTrue(r.out().contains("New interview: Behavioral, 1 questions."), r.out());
        assertEquals(Category.BEHAVIORAL, onlySession().category());
    }

    @Test
    @DisplayName("the summary of a quick interview says under a minute")
    void summary() throws Exception {
        // when
        Result r = practice("q\n");

        // then
        assertTrue(r.out().contains("Interview finished.\n  Questions:            1\n"), r.out());
        assertTrue(r.out().contains("Time:                 under a minute"), r.out());
    }

    // ------------------------------------------------------------------------------ feedback and self-rating

    @Test
    @DisplayName("after an answer: the score, every dimension with its finding and next step, then the word count")
    void feedbackAfterAnswer() throws Exception {
        // given
        String answer = "At my last company we had a shared database.\nI wrote an ADR with load numbers and "
                + "as a result we split the schema, which cut p99 by 40%.";
        var feedback = new AnswerScorer().score(only, answer);

        // when
        Result r = practice("a\n" + answer + "\n.\nq\n");

        // then
        String out = r.out();
        assertEquals(0, r.code(), out);
        int saved = out.indexOf(savedWithScore(answer));
        assertTrue(saved > 0, out);
        int at = saved;
        for (var d : feedback.dimensions()) {
            String block = "  " + d.dimension().label() + ": " + d.score() + "/100\n"
                    + "    " + d.finding() + "\n"
                    + "    Next time: " + d.suggestion() + "\n";
            int found = out.indexOf(block, at);
            assertTrue(found > at, () -> "missing or out of order: " + block + "\n" + out);
            at = found;
        }
        int words = out.indexOf(wordsLine(feedback.words()), at);
        assertTrue(words > at, out);
        assertTrue(out.indexOf("Press m to compare it with the model answer.\n", words) > words, out);
        assertEquals(List.of(feedback.score()), store.answers(1, "only-01").stream().map(Answer::score).toList(),
                "the score shown is the score stored");
    }

    static Stream<Arguments> ratings() {
        return Stream.of(
                Arguments.of("1", "again", Rating.AGAIN),
                Arguments.of("2", "hard", Rating.HARD),
                Arguments.of("3", "good", Rating.GOOD),
                Arguments.of(" 4 ", "easy", Rating.EASY));
    }

    @ParameterizedTest(name = "\"{0}\" rates {1}")
    @MethodSource("ratings")
    @DisplayName("after the model answer, one line 1-4 rates the question and says when it comes back")
    void ratingAfterModelAnswer(String typed, String word, Rating rating) throws Exception {
        // when
        Result r = practice("m\n" + typed + "\nq\n");

        // then
        String out = r.out();
        assertEquals(0, r.code(), out);
        int model = out.indexOf("MODEL ANSWER");
        int prompt = out.indexOf(RATING_PROMPT);
        int rated = out.indexOf(RATING_PROMPT + "Rated " + word
                + ". This question comes back on 2026-01-06 (in 1 day).\n\n" + TerminalText.KEYS);
        assertTrue(0 < model && model < prompt && prompt == rated, out);
        assertEquals(1, count(out, "How did you do?"), out);
        var review = progress.review(LOCAL_ALICE, "only-01").orElseThrow();
        assertEquals(LocalDate.parse("2026-01-06"), review.dueOn());
        assertEquals(LocalDate.parse("2026-01-05"), review.lastReviewed());
        assertEquals(rating == Rating.AGAIN ? 0 : 1, review.repetitions());
        assertTrue(Pattern.compile("Model answers viewed:\\s+1\n").matcher(out).find(), out);
    }

    @Test
    @DisplayName("a second rating on the same day replaces the first instead of counting as another review")
    void secondRatingSameDay() throws Exception {
        // when
        Result r = practice("m\n3\nm\n1\nq\n");

        // then
        String out = r.out();
        int first = out.indexOf("Rated good. This question comes back on 2026-01-06 (in 1 day).\n");
        int second = out.indexOf("Rated again. This question comes back on 2026-01-06 (in 1 day).\n");
        assertTrue(0 < first && first < second, out);
        assertEquals(2, count(out, RATING_PROMPT), out);
        var review = progress.review(LOCAL_ALICE, "only-01").orElseThrow();
        assertEquals(0, review.repetitions(), "Again replaced Good: no successful review counted");
        assertEquals(LocalDate.parse("2026-01-06"), review.dueOn());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", "5", "0", "good", "h"})
    @DisplayName("Enter or anything but 1-4 at the rating prompt skips it: not rated, and it is not taken as a key")
    void ratingSkipped(String typed) throws Exception {
        // when
        Result r = practice("m\n" + typed + "\nq\n");

        // then
        String out = r.out();
        assertEquals(0, r.code(), out);
        String expected = typed.isBlank() ? "Not rated.\n\n" : "Not rated (type 1 to 4 to rate).\n\n";
        assertTrue(out.contains(RATING_PROMPT + expected + TerminalText.KEYS), out);
        assertFalse(out.contains("Rated "), out);
        assertFalse(out.contains("Hint 1 of"), "the line answered the rating prompt, it was not a key");
        assertTrue(progress.review(LOCAL_ALICE, "only-01").isEmpty(), "nothing scheduled");
        assertTrue(out.contains("Interview finished."), out);
    }

    @Test
    @DisplayName("q at the rating prompt only skips the rating; the next q quits")
    void quitKeyAtRatingPromptSkips() throws Exception {
        // when
        Result r = practice("m\nq\nq\n");

        // then
        String out = r.out();
        int skipped = out.indexOf(RATING_PROMPT + "Not rated (type 1 to 4 to rate).\n");
        int finished = out.indexOf("Interview finished.");
        assertTrue(0 < skipped && skipped < finished, out);
        assertEquals(1, count(out, "Interview finished."), out);
        assertFalse(onlySession().active());
    }

    @Test
    @DisplayName("input ending at the rating prompt: not rated, and the interview is kept to resume")
    void eofAtRatingPrompt() throws Exception {
        // when
        Result r = practice("m\n");

        // then
        String out = r.out();
        assertEquals(0, r.code(), out);
        assertTrue(out.contains(RATING_PROMPT + "Not rated.\n"), out);
        assertTrue(out.indexOf("Not rated.") < out.indexOf("Input ended; your interview is saved."), out);
        assertTrue(progress.review(LOCAL_ALICE, "only-01").isEmpty());
        assertTrue(onlySession().active());
    }

    @Test
    @DisplayName("the feedback's word-count line gives the same speaking time as the length finding (seconds)")
    void shortAnswerSpeakingTime() throws Exception {
        // when
        Result r = practice("a\nI would start by\nmeasuring\n.\nq\n");

        // then
        String out = r.out();
        assertTrue(out.contains("5 words, about 2 s spoken at 130 words a minute"), out);
        assertTrue(out.contains(wordsLine(5) + "2 s spoken\n"), out);
        assertFalse(out.contains("5 words, about 1 min spoken"), out);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
