package dev.mockinterview.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.feedback.AnswerScorer;
import dev.mockinterview.review.DueItem;
import dev.mockinterview.review.ReviewState;
import dev.mockinterview.review.Sm2Scheduler;
import dev.mockinterview.storage.Database;
import dev.mockinterview.storage.SqliteProgressStore;
import dev.mockinterview.storage.SqliteSessionStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Next question for a user with a long history, through {@link InterviewService} on a real SQLite file, with the
 * stores wrapped in a recorder: the choice must come from a few lookups, never from reading the user's whole round
 * or schedule.
 */
class NextQuestionAtScaleTest {
    private static final UserRef ALICE = new UserRef("T1", "UALICE");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");
    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    private static final Instant LAST_MONTH = Instant.parse("2026-10-20T09:00:00Z");

    @TempDir
    Path tmp;
    private Database db;
    private SqliteSessionStore sessions;
    private SqliteProgressStore progress;
    private final CallRecorder recorder = new CallRecorder();

    @BeforeEach
    void open() {
        db = Database.open(tmp.resolve("mi.db"));
        sessions = new SqliteSessionStore(db);
        progress = new SqliteProgressStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private InterviewService service(QuestionBank bank, RandomGenerator random) {
        return new InterviewService(() -> bank, recorder.wrap(SessionStore.class, sessions),
                recorder.wrap(ProgressStore.class, progress), new AnswerScorer(), new Sm2Scheduler(),
                Clock.fixed(NOW, ZoneOffset.UTC), random);
    }

    private static QuestionBank bank(int size) {
        List<Question> questions = new ArrayList<>();
        Category[] categories = Category.values();
        for (int i = 0; i < size; i++) {
            questions.add(TestQuestions.question(String.format("q-%04d", i), categories[i % categories.length]));
        }
        return new QuestionBank(questions);
    }

    /** Shows the questions to Alice last month, in sessions of 100, each ended. */
    private void seenLastMonth(List<String> ids) {
        sessions.inTransaction(() -> {
            for (int from = 0; from < ids.size(); from += 100) {
                long session = sessions.createSession(ALICE, null, LAST_MONTH);
                ids.subList(from, Math.min(ids.size(), from + 100))
                        .forEach(id -> sessions.showQuestion(session, id, LAST_MONTH));
                sessions.endSession(session, LAST_MONTH);
            }
            return null;
        });
    }

    @Test
    @DisplayName("with 2,000 of 5,000 questions seen and 300 scheduled: reviews due come first, most overdue "
            + "first, then unseen questions, each from a few lookups and never from the whole round or schedule")
    void longHistory() {
        // given 2,000 seen (two of every five), 300 of them scheduled, 30 of those due today or earlier
        QuestionBank bank = bank(5_000);
        List<String> seen = bank.all().stream().map(Question::id)
                .filter(id -> Integer.parseInt(id.substring(2)) % 5 < 2).toList();
        seenLastMonth(seen);
        List<DueItem> due = new ArrayList<>();
        Set<String> scheduled = new HashSet<>();
        sessions.inTransaction(() -> {
            for (int i = 0; i < 300; i++) {
                String id = seen.get(i * 6);
                LocalDate dueOn = i < 30 ? TODAY.minusDays(i % 7) : TODAY.plusDays(1 + i % 20);
                progress.saveReview(ALICE, id, new ReviewState(1, 2.5, 1, dueOn.minusDays(1), dueOn), null);
                scheduled.add(id);
                if (i < 30) {
                    due.add(new DueItem(id, dueOn));
                }
            }
            progress.saveDailyCap(ALICE, 100);
            return null;
        });
        due.sort(Comparator.comparing(DueItem::dueOn).thenComparing(DueItem::questionId));
        InterviewService service = service(bank, new SplittableRandom(2026));

        // when the interview starts and moves on 49 times
        List<Card> cards = new ArrayList<>();
        Card card = service.start(ALICE, null);
        cards.add(card);
        for (int i = 0; i < 49; i++) {
            card = service.next(ALICE, card.session().id(), card.question().id());
            cards.add(card);
        }

        // then the 30 due reviews come first, most overdue first
        assertEquals(due.stream().map(DueItem::questionId).toList(),
                cards.subList(0, 30).stream().map(c -> c.question().id()).toList());
        assertTrue(cards.subList(0, 30).stream().allMatch(c -> c.notice() == Card.Notice.REVIEW));
        // and then 20 different questions, none seen before or scheduled
        List<Card> fresh = cards.subList(30, 50);
        assertTrue(fresh.stream().allMatch(c -> c.notice() == Card.Notice.NEXT), fresh.toString());
        Set<String> freshIds = new HashSet<>();
        Set<String> seenSet = new HashSet<>(seen);
        for (Card c : fresh) {
            String id = c.question().id();
            assertTrue(freshIds.add(id), "repeated " + id);
            assertFalse(seenSet.contains(id), id + " was seen");
            assertFalse(scheduled.contains(id), id + " is scheduled");
        }
        assertEquals(5_000, card.poolSize());
        // and the whole round and the whole schedule were never read
        assertEquals(List.of(), recorder.calls("seenInRound"));
        assertEquals(List.of(), recorder.calls("schedule"));
        // and each new question took one page of due reviews and one lookup of 16 drawn ids
        assertEquals(50, recorder.calls("dueReviews").size());
        List<CallRecorder.Call> seenLookups = recorder.calls("seenInRoundAmong");
        assertEquals(20, seenLookups.size());
        assertTrue(seenLookups.stream().allMatch(c -> c.ids() == 16), seenLookups::toString);
        assertTrue(recorder.calls("scheduledAmong").stream().allMatch(c -> c.ids() <= 16));
    }

    @Test
    @DisplayName("a pool of 200 with 199 seen gives the one left; next starts a new round without repeating it")
    void lastQuestionThenNewRound() {
        // given
        QuestionBank bank = bank(200);
        seenLastMonth(bank.all().subList(0, 199).stream().map(Question::id).toList());
        InterviewService service = service(bank, new SplittableRandom(4));

        // when
        Card last = service.start(ALICE, null);
        Card newRound = service.next(ALICE, last.session().id(), last.question().id());
        Card after = service.next(ALICE, newRound.session().id(), newRound.question().id());

        // then
        assertEquals("q-0199", last.question().id());
        assertEquals(Card.Notice.STARTED, last.notice());
        assertEquals(Card.Notice.NEW_ROUND, newRound.notice());
        assertNotEquals("q-0199", newRound.question().id());
        assertEquals(Card.Notice.NEXT, after.notice());
        assertNotEquals(newRound.question().id(), after.question().id());
        assertEquals(List.of(), recorder.calls("seenInRound"));
        assertEquals(List.of(), recorder.calls("schedule"));
    }

    @Test
    @DisplayName("when every random draw hits a seen question, the exact scan still finds the one left, and a "
            + "new round follows")
    void exactScanWhenEveryDrawMisses() {
        // given draws that always land on q-0000, which is seen
        QuestionBank bank = bank(200);
        seenLastMonth(bank.all().subList(0, 199).stream().map(Question::id).toList());
        InterviewService service = service(bank, () -> 0L);

        // when
        Card last = service.start(ALICE, null);
        Card newRound = service.next(ALICE, last.session().id(), last.question().id());

        // then
        assertEquals("q-0199", last.question().id());
        assertEquals(Card.Notice.NEW_ROUND, newRound.notice());
        assertEquals("q-0000", newRound.question().id());
        assertTrue(recorder.calls("seenInRoundAmong").stream().anyMatch(c -> c.ids() == 200),
                "the exact scan asked about the whole pool of 200");
    }
}
