package dev.mockinterview.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.storage.Database;
import dev.mockinterview.feedback.AnswerScorer;
import dev.mockinterview.review.Sm2Scheduler;
import dev.mockinterview.storage.SqliteProgressStore;
import dev.mockinterview.storage.SqliteSessionStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

/** The interview rules, on a real SQLite store, a fixed clock and seeded randomness. */
class InterviewServiceTest {
    private static final UserRef ALICE = new UserRef("T1", "UALICE");
    private static final UserRef BOB = new UserRef("T1", "UBOB");
    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    @TempDir
    Path tmp;
    private Database db;
    private final AtomicReference<QuestionBank> bank = new AtomicReference<>(new QuestionBank(List.of(
            TestQuestions.question("design-a", Category.SYSTEM_DESIGN),
            TestQuestions.question("design-b", Category.SYSTEM_DESIGN),
            TestQuestions.question("story-a", Category.BEHAVIORAL))));
    private InterviewService service;

    @BeforeEach
    void setUp() {
        db = Database.open(tmp.resolve("mi.db"));
        service = new InterviewService(bank::get, new SqliteSessionStore(db), new SqliteProgressStore(db),
                new AnswerScorer(), new Sm2Scheduler(), Clock.fixed(T0, ZoneOffset.UTC),
                RandomGenerator.of("L64X128MixRandom"));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    @DisplayName("start creates an interview; starting again resumes the same question")
    void startAndResume() {
        Card first = service.start(ALICE, null);
        assertEquals(Card.Notice.STARTED, first.notice());
        assertEquals(1, first.progress().position());
        assertEquals(3, first.poolSize());
        assertEquals(0, first.revealedHints().size());
        assertEquals(4, first.totalHints());

        Card again = service.start(ALICE, null);
        assertEquals(Card.Notice.RESUMED, again.notice());
        assertEquals(first.session().id(), again.session().id());
        assertEquals(first.question().id(), again.question().id());
    }

    @Test
    @DisplayName("hints come least revealing first, are counted, and run out")
    void hintLadder() {
        Card card = service.start(ALICE, null);
        long id = card.session().id();
        String q = card.question().id();
        List<HintKind> order = List.of(HintKind.FRAMEWORK, HintKind.KEY_POINTS, HintKind.TERMINOLOGY, HintKind.LOOK_FOR);
        for (int i = 0; i < order.size(); i++) {
            HintResult r = service.hint(ALICE, id, q);
            assertEquals(order.get(i), r.revealed().kind());
            assertEquals(i + 1, r.card().revealedHints().size());
        }
        assertEquals(List.of("Framework for " + q), service.start(ALICE, null).revealedHints().get(0).items());
        HintResult none = service.hint(ALICE, id, q);
        assertTrue(none.noMoreHints());
        assertTrue(none.card().allHintsRevealed());
        assertEquals(4, service.end(ALICE, id).session().hintsUsed());
    }

    @Test
    @DisplayName("next never repeats a question until all are seen, then starts a new round without an immediate repeat")
    void noRepeatsUntilExhausted() {
        Card card = service.start(ALICE, null);
        Set<String> seen = new HashSet<>(Set.of(card.question().id()));
        for (int i = 0; i < 2; i++) {
            card = service.next(ALICE, card.session().id(), card.question().id());
            assertEquals(Card.Notice.NEXT, card.notice());
            assertTrue(seen.add(card.question().id()), "repeated " + card.question().id());
        }
        String last = card.question().id();
        Card newRound = service.next(ALICE, card.session().id(), last);
        assertEquals(Card.Notice.NEW_ROUND, newRound.notice());
        assertNotEquals(last, newRound.question().id());
        assertEquals(4, newRound.progress().position());
    }

    @Test
    @DisplayName("a chosen category holds for next, and its own round")
    void category() {
        Card card = service.start(ALICE, Category.SYSTEM_DESIGN);
        assertEquals(Category.SYSTEM_DESIGN, card.question().category());
        assertEquals(2, card.poolSize());
        card = service.next(ALICE, card.session().id(), card.question().id());
        assertEquals(Category.SYSTEM_DESIGN, card.question().category());
        card = service.next(ALICE, card.session().id(), card.question().id());
        assertEquals(Card.Notice.NEW_ROUND, card.notice());
        assertEquals(Category.SYSTEM_DESIGN, card.question().category());
    }

    @Test
    @DisplayName("choosing another category mid-interview moves to a question of that category")
    void switchCategory() {
        Card card = service.start(ALICE, Category.SYSTEM_DESIGN);
        Card switched = service.start(ALICE, Category.BEHAVIORAL);
        assertEquals(card.session().id(), switched.session().id());
        assertEquals("story-a", switched.question().id());
        assertEquals(Category.BEHAVIORAL, switched.session().category());
        assertThrows(InterviewException.class, () -> service.start(ALICE, Category.LEADERSHIP));
    }

    @Test
    @DisplayName("only the owner can act on a session; refusals change nothing")
    void ownership() {
        Card card = service.start(ALICE, null);
        long id = card.session().id();
        String q = card.question().id();
        assertReason(InterviewException.Reason.NOT_OWNER, () -> service.hint(BOB, id, q));
        assertReason(InterviewException.Reason.NOT_OWNER, () -> service.next(BOB, id, q));
        assertReason(InterviewException.Reason.NOT_OWNER, () -> service.answer(BOB, id, q, "mine"));
        assertReason(InterviewException.Reason.NOT_OWNER, () -> service.modelAnswer(BOB, id, q));
        assertReason(InterviewException.Reason.NOT_OWNER, () -> service.end(BOB, id));
        assertReason(InterviewException.Reason.NO_SESSION, () -> service.hint(ALICE, 999, q));
        Card after = service.start(ALICE, null);
        assertEquals(q, after.question().id());
        assertEquals(0, after.revealedHints().size());
        assertEquals(0, after.session().answersWritten());
        assertTrue(after.session().active());
    }

    @Test
    @DisplayName("buttons of an earlier question are refused as stale")
    void stale() {
        Card first = service.start(ALICE, null);
        Card second = service.next(ALICE, first.session().id(), first.question().id());
        assertReason(InterviewException.Reason.STALE_QUESTION,
                () -> service.hint(ALICE, first.session().id(), first.question().id()));
        assertReason(InterviewException.Reason.STALE_QUESTION,
                () -> service.next(ALICE, first.session().id(), first.question().id()));
        assertEquals(second.question().id(), service.start(ALICE, null).question().id());
    }

    @Test
    @DisplayName("a click made on an earlier showing of the same question (an earlier round) is stale: its place "
            + "in the session differs; one on the current showing goes through")
    void staleShowingOfTheSameQuestion() {
        // given the current question, shown at place 1
        Card card = service.start(ALICE, null);
        long session = card.session().id();
        String question = card.question().id();
        int place = card.progress().position();

        // when clicks carry another place for the same question (as a late click from an earlier round would)
        assertReason(InterviewException.Reason.STALE_QUESTION, () -> service.hint(ALICE, session, question, place + 7));
        assertReason(InterviewException.Reason.STALE_QUESTION,
                () -> service.modelAnswer(ALICE, session, question, place + 7));
        assertReason(InterviewException.Reason.STALE_QUESTION,
                () -> service.answer(ALICE, session, question, place + 7, "late answer"));
        assertReason(InterviewException.Reason.STALE_QUESTION, () -> service.next(ALICE, session, question, place + 7));

        // then nothing changed; and clicks on the current showing work
        assertEquals(0, service.show(ALICE, session).progress().hintsRevealed());
        assertEquals(question, service.show(ALICE, session).question().id());
        assertEquals(1, service.hint(ALICE, session, question, place).card().progress().hintsRevealed());
        assertEquals(2, service.next(ALICE, session, question, place).progress().position());
    }

    @Test
    @DisplayName("answers are stored verbatim, of any size, and shown beside the model answer")
    void answers() {
        Card card = service.start(ALICE, null);
        long id = card.session().id();
        String q = card.question().id();
        assertReason(InterviewException.Reason.EMPTY_ANSWER, () -> service.answer(ALICE, id, q, "  \n "));
        String huge = "I did X. ".repeat(2_300) + "é🎉";
        service.answer(ALICE, id, q, "first");
        AnswerSaved saved = service.answer(ALICE, id, q, huge);
        assertEquals(huge, saved.answer().text());
        assertEquals(T0, saved.answer().createdAt());
        ModelAnswer model = service.modelAnswer(ALICE, id, q);
        assertEquals(List.of("first", huge), model.userAnswers().stream().map(Answer::text).toList());
        assertTrue(model.card().progress().modelAnswerRevealed());
        assertEquals(2, model.card().session().answersWritten());
    }

    @Test
    @DisplayName("the latest answer delivered again (a replay after a crash) is saved once; a different one, or an "
            + "earlier one given again, is a new answer")
    void sameAnswerTwiceSavedOnce() {
        // given a question and an answer already saved
        Card card = service.start(ALICE, null);
        long id = card.session().id();
        String q = card.question().id();
        AnswerSaved first = service.answer(ALICE, id, q, "I would shard by tenant.");

        // when the identical text arrives again, and then a different one
        AnswerSaved again = service.answer(ALICE, id, q, "I would shard by tenant.");
        AnswerSaved other = service.answer(ALICE, id, q, "I would shard by tenant and region.");

        // then the repeat is the same stored answer, and only two answers exist
        assertEquals(first.answer().id(), again.answer().id());
        assertTrue(other.answer().id() != first.answer().id());
        assertEquals(List.of("I would shard by tenant.", "I would shard by tenant and region."),
                service.modelAnswer(ALICE, id, q).userAnswers().stream().map(Answer::text).toList());
        assertEquals(2, service.modelAnswer(ALICE, id, q).card().session().answersWritten());

        // and going back to the first text is a new answer
        AnswerSaved back = service.answer(ALICE, id, q, "I would shard by tenant.");
        assertTrue(back.answer().id() != first.answer().id());
    }

    @Test
    @DisplayName("ending summarises; ending twice is harmless; an ended session refuses buttons")
    void end() {
        Card card = service.start(ALICE, null);
        long id = card.session().id();
        service.hint(ALICE, id, card.question().id());
        Card next = service.next(ALICE, id, card.question().id());
        service.modelAnswer(ALICE, id, next.question().id());
        Summary summary = service.end(ALICE, id);
        assertFalse(summary.alreadyEnded());
        assertEquals(2, summary.session().questionsAsked());
        assertEquals(1, summary.session().hintsUsed());
        assertEquals(1, summary.session().modelAnswersViewed());
        assertEquals(Duration.ZERO, summary.duration());
        assertTrue(service.end(ALICE, id).alreadyEnded());
        assertReason(InterviewException.Reason.SESSION_ENDED, () -> service.hint(ALICE, id, next.question().id()));
        Card fresh = service.start(ALICE, null);
        assertNotEquals(id, fresh.session().id());
        assertEquals(Card.Notice.STARTED, fresh.notice());
    }

    @Test
    @DisplayName("a question removed from the bank: its buttons say so, next and resume go on")
    void removedQuestion() {
        Card card = service.start(ALICE, null);
        long id = card.session().id();
        String gone = card.question().id();
        bank.set(new QuestionBank(bank.get().all().stream().filter(q -> !q.id().equals(gone)).toList()));
        assertReason(InterviewException.Reason.QUESTION_GONE, () -> service.hint(ALICE, id, gone));
        Card resumed = service.start(ALICE, null);
        assertNotEquals(gone, resumed.question().id());
        Card next = service.next(ALICE, id, resumed.question().id());
        assertNotEquals(gone, next.question().id());
    }

    private static void assertReason(InterviewException.Reason reason, Executable call) {
        InterviewException e = assertThrows(InterviewException.class, call);
        assertEquals(reason, e.reason());
    }
}
