package dev.mockinterview.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.feedback.AnswerScorer;
import dev.mockinterview.review.Rating;
import dev.mockinterview.review.ReviewState;
import dev.mockinterview.review.Sm2Scheduler;
import dev.mockinterview.storage.Database;
import dev.mockinterview.storage.SqliteProgressStore;
import dev.mockinterview.storage.SqliteSessionStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Stats, streaks, history and reopened answers, on a real SQLite file and a clock the test moves by hand. */
class ProgressServiceTest {
    private static final UserRef ALICE = new UserRef("T1", "UALICE");
    private static final UserRef BOB = new UserRef("T1", "UBOB");
    private static final Instant DAY1_9AM = Instant.parse("2026-11-25T09:00:00Z");
    private static final LocalDate DAY1 = LocalDate.parse("2026-11-25");

    private static final String STRONG_ANSWER = TestQuestions.STRONG_ANSWER;

    @TempDir
    Path tmp;
    private Database db;
    private final MutableClock clock = new MutableClock(DAY1_9AM);
    private final AtomicReference<QuestionBank> bank = new AtomicReference<>(TestQuestions.fiveQuestionBank());
    private final AnswerScorer scorer = new AnswerScorer();
    private SqliteSessionStore sessions;
    private SqliteProgressStore store;
    private InterviewService interviews;
    private ProgressService progress;

    @BeforeEach
    void open() {
        db = Database.open(tmp.resolve("mi.db"));
        sessions = new SqliteSessionStore(db);
        store = new SqliteProgressStore(db);
        interviews = new InterviewService(bank::get, sessions, store, scorer, new Sm2Scheduler(), clock,
                new SplittableRandom(42L));
        progress = new ProgressService(bank::get, sessions, store, scorer, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    // ------------------------------------------------------------------------------------------------ stats

    @Test
    @DisplayName("a new user's stats are empty: zeros everywhere, no averages, one entry per category in the bank")
    void newUser() {
        // given / when
        Stats stats = progress.stats(ALICE);

        // then
        assertTrue(stats.empty());
        assertEquals(List.of(
                new CategoryStats(Category.BEHAVIORAL, 2, 0, 0, null, 0),
                new CategoryStats(Category.LEADERSHIP, 1, 0, 0, null, 0),
                new CategoryStats(Category.SYSTEM_DESIGN, 2, 0, 0, null, 0)), stats.categories());
        assertEquals(0, stats.streakDays());
        assertFalse(stats.practisedToday());
        assertEquals(0, stats.reviewsDue());
        assertEquals(0, stats.doneToday());
        assertEquals(UserSettings.DEFAULT_DAILY_CAP, stats.dailyCap());
        assertEquals(0, stats.answers());
        assertNull(stats.averageScore());
        assertFalse(stats.hasActiveSession());
        assertEquals(List.of(), progress.history(ALICE));
        assertEquals(ZoneId.of("UTC"), progress.zone(ALICE));
    }

    @Test
    @DisplayName("stats after activity: done is answered or rated, averages round half up, only due questions "
            + "still in the bank count")
    void afterActivity() {
        // given, all on day 1
        Instant t = DAY1_9AM;
        long s = sessions.createSession(ALICE, null, t);
        // design-a: answered twice (70, 71), scheduled for tomorrow
        sessions.showQuestion(s, "design-a", t);
        sessions.saveAnswer(s, "design-a", ALICE, "a1", 70, t);
        sessions.saveAnswer(s, "design-a", ALICE, "a2", 71, t);
        store.saveReview(ALICE, "design-a", review(DAY1.plusDays(1)), null);
        // design-b: only rated, due today
        sessions.showQuestion(s, "design-b", t);
        store.saveRating(s, ALICE, "design-b", Rating.GOOD, OptionalInt.empty(), t, DAY1);
        store.saveReview(ALICE, "design-b", review(DAY1), null);
        // story-a: only shown
        sessions.showQuestion(s, "story-a", t);
        // story-b: answered, not scored
        sessions.showQuestion(s, "story-b", t);
        sessions.saveAnswer(s, "story-b", ALICE, "b1", null, t);
        // lead-a: answered three times (60, 60, 61), overdue since yesterday
        sessions.showQuestion(s, "lead-a", t);
        for (int score : new int[] {60, 60, 61}) {
            sessions.saveAnswer(s, "lead-a", ALICE, "l" + score, score, t);
        }
        store.saveReview(ALICE, "lead-a", review(DAY1.minusDays(1)), null);
        // retired-q: no longer in the bank, answered and overdue
        sessions.showQuestion(s, "retired-q", t);
        sessions.saveAnswer(s, "retired-q", ALICE, "r1", 10, t);
        store.saveReview(ALICE, "retired-q", review(DAY1.minusDays(3)), null);
        // and Bob's practice, which is not Alice's
        long bobs = sessions.createSession(BOB, null, t);
        sessions.showQuestion(bobs, "story-a", t);
        sessions.saveAnswer(bobs, "story-a", BOB, "bob", 100, t);
        store.saveReview(BOB, "story-a", review(DAY1), null);

        // when
        clock.set(DAY1_9AM.plusSeconds(3600));
        Stats stats = progress.stats(ALICE);

        // then
        assertEquals(List.of(
                new CategoryStats(Category.BEHAVIORAL, 2, 1, 1, null, 0),
                new CategoryStats(Category.LEADERSHIP, 1, 1, 3, 60, 1),
                new CategoryStats(Category.SYSTEM_DESIGN, 2, 2, 2, 71, 1)), stats.categories());
        assertEquals(6, stats.answers(), "answers to questions in the bank");
        assertEquals(64, stats.averageScore(), "(70 + 71 + 60 + 60 + 61) / 5 = 64.4");
        assertEquals(2, stats.reviewsDue(), "design-b and lead-a; not design-a (tomorrow) nor retired-q");
        assertEquals(6, stats.doneToday(), "every question shown today");
        assertTrue(stats.practisedToday());
        assertEquals(1, stats.streakDays());
        assertTrue(stats.hasActiveSession());
        assertFalse(stats.empty());

        // and Bob sees only his own
        Stats bob = progress.stats(BOB);
        assertEquals(1, bob.answers());
        assertEquals(100, bob.averageScore());
        assertEquals(1, bob.reviewsDue());
        assertEquals(new CategoryStats(Category.BEHAVIORAL, 2, 1, 1, 100, 1), bob.categories().get(0));

        // when the day changes and the session has ended
        sessions.endSession(s, t.plusSeconds(60));
        clock.set(Instant.parse("2026-11-26T09:00:00Z"));
        Stats tomorrow = progress.stats(ALICE);

        // then today's count starts again, design-a is due too, and the streak is still alive
        assertEquals(0, tomorrow.doneToday());
        assertEquals(3, tomorrow.reviewsDue());
        assertFalse(tomorrow.practisedToday());
        assertEquals(1, tomorrow.streakDays());
        assertFalse(tomorrow.hasActiveSession());
        assertFalse(tomorrow.empty());
    }

    @Test
    @DisplayName("an average of exactly .5 rounds up, in a category and overall")
    void averageHalfRoundsUp() {
        // given
        long s = sessions.createSession(ALICE, Category.SYSTEM_DESIGN, DAY1_9AM);
        sessions.showQuestion(s, "design-a", DAY1_9AM);
        sessions.saveAnswer(s, "design-a", ALICE, "x", 0, DAY1_9AM);
        sessions.saveAnswer(s, "design-a", ALICE, "y", 1, DAY1_9AM);

        // when
        Stats stats = progress.stats(ALICE);

        // then
        assertEquals(1, stats.averageScore());
        assertEquals(1, stats.categories().get(2).averageScore());
        assertEquals(Category.SYSTEM_DESIGN, stats.categories().get(2).category());
    }

    @Test
    @DisplayName("merely shown questions in an ended session leave the stats empty")
    void shownOnlyIsEmpty() {
        // given
        Card card = interviews.start(ALICE, null);
        interviews.end(ALICE, card.session().id());

        // when
        Stats stats = progress.stats(ALICE);

        // then
        assertTrue(stats.empty());
        assertEquals(1, stats.doneToday());
        assertTrue(stats.practisedToday(), "shown counts as practice for the streak");
        assertEquals(1, stats.streakDays());
    }

    @Test
    @DisplayName("through the interview: an answer's feedback score is the average; a rating makes it done")
    void throughTheInterview() {
        // given
        Card card = interviews.start(ALICE, Category.BEHAVIORAL);
        long id = card.session().id();
        int score = interviews.answer(ALICE, id, card.question().id(), STRONG_ANSWER).feedback().score();
        Card other = interviews.next(ALICE, id, card.question().id());
        interviews.rate(ALICE, id, other.question().id(), Rating.AGAIN);

        // when
        Stats stats = progress.stats(ALICE);

        // then
        assertEquals(new CategoryStats(Category.BEHAVIORAL, 2, 2, 1, score, 0), stats.categories().get(0));
        assertEquals(score, stats.averageScore());
        assertTrue(stats.hasActiveSession());

        // when
        clock.set(Instant.parse("2026-11-26T00:00:00Z"));

        // then the lapse is due the next day
        assertEquals(1, progress.stats(ALICE).reviewsDue());
        assertEquals(1, progress.stats(ALICE).categories().get(0).reviewsDue());
    }

    // ------------------------------------------------------------------------------------------------ streak

    @Test
    @DisplayName("the streak counts consecutive days of any activity, stays alive a day, and breaks after a gap")
    void streakAcrossDays() {
        // given a question shown on the 23rd, answered on the 24th and rated on the 25th
        long s = sessions.createSession(ALICE, null, Instant.parse("2026-11-23T09:00:00Z"));
        sessions.showQuestion(s, "design-a", Instant.parse("2026-11-23T09:00:00Z"));
        sessions.saveAnswer(s, "design-a", ALICE, "answer", 50, Instant.parse("2026-11-24T23:59:59Z"));
        store.saveRating(s, ALICE, "design-a", Rating.GOOD, OptionalInt.of(50),
                Instant.parse("2026-11-25T00:00:00Z"), DAY1.plusDays(1));
        sessions.endSession(s, Instant.parse("2026-11-25T00:00:01Z"));

        // when / then on the 25th
        clock.set(Instant.parse("2026-11-25T18:00:00Z"));
        Stats today = progress.stats(ALICE);
        assertEquals(3, today.streakDays());
        assertTrue(today.practisedToday());

        // when / then on the 26th, not practised yet: alive because practised yesterday
        clock.set(Instant.parse("2026-11-26T23:59:59Z"));
        Stats alive = progress.stats(ALICE);
        assertEquals(3, alive.streakDays());
        assertFalse(alive.practisedToday());

        // when / then on the 27th, after a day without practice: broken
        clock.set(Instant.parse("2026-11-27T09:00:00Z"));
        assertEquals(0, progress.stats(ALICE).streakDays());

        // when practising again on the 27th: a new streak of one
        interviews.start(ALICE, null);
        Stats again = progress.stats(ALICE);
        assertEquals(1, again.streakDays());
        assertTrue(again.practisedToday());
        assertEquals(0, progress.stats(BOB).streakDays());
    }

    @Test
    @DisplayName("streak days are the user's own: the same two instants are one day apart in UTC, two in Auckland")
    void streakInUserZone() {
        // given the same activity for Alice (Auckland, UTC+13) and Bob (UTC)
        interviews.setZone(ALICE, ZoneId.of("Pacific/Auckland"));
        for (UserRef user : List.of(ALICE, BOB)) {
            Instant first = Instant.parse("2026-11-24T10:30:00Z"); // Auckland: 24th 23:30
            Instant second = Instant.parse("2026-11-25T11:30:00Z"); // Auckland: 26th 00:30
            long s = sessions.createSession(user, null, first);
            sessions.showQuestion(s, "design-a", first);
            sessions.showQuestion(s, "design-b", second);
        }

        // when
        clock.set(Instant.parse("2026-11-25T12:00:00Z")); // Auckland: 26th 01:00

        // then
        assertEquals(1, progress.stats(ALICE).streakDays(), "the 24th and the 26th: the 25th is missing");
        assertEquals(2, progress.stats(BOB).streakDays(), "the 24th and the 25th");
        assertEquals(1, progress.stats(ALICE).doneToday());
        assertEquals(1, progress.stats(BOB).doneToday());
    }

    @Nested
    @DisplayName("Streak.days")
    class StreakDays {
        private final LocalDate today = LocalDate.parse("2027-01-01");

        @Test
        @DisplayName("no days is no streak")
        void none() {
            // given / when / then
            assertEquals(0, Streak.days(List.of(), today));
        }

        @Test
        @DisplayName("today alone is 1; yesterday alone is still 1 (alive)")
        void oneDay() {
            // given / when / then
            assertEquals(1, Streak.days(List.of(today), today));
            assertEquals(1, Streak.days(List.of(today.minusDays(1)), today));
        }

        @Test
        @DisplayName("consecutive days up to today count, across a year boundary")
        void consecutive() {
            // given
            List<LocalDate> days = List.of(today, today.minusDays(1), today.minusDays(2), today.minusDays(4));

            // when / then
            assertEquals(3, Streak.days(days, today));
            assertEquals(LocalDate.parse("2026-12-30"), today.minusDays(2));
        }

        @Test
        @DisplayName("consecutive days up to yesterday count when today is not practised yet")
        void aliveUntilToday() {
            // given / when / then
            assertEquals(2, Streak.days(Set.of(today.minusDays(1), today.minusDays(2)), today));
        }

        @Test
        @DisplayName("a gap breaks the streak: the day before yesterday alone is 0, today after a gap is 1")
        void gap() {
            // given / when / then
            assertEquals(0, Streak.days(List.of(today.minusDays(2), today.minusDays(3)), today));
            assertEquals(1, Streak.days(List.of(today, today.minusDays(2), today.minusDays(3)), today));
        }

        @Test
        @DisplayName("repeated days count once; future days do not count; a leap day is a day")
        void edges() {
            // given / when / then
            assertEquals(1, Streak.days(List.of(today, today, today), today));
            assertEquals(0, Streak.days(List.of(today.plusDays(1)), today));
            LocalDate march1 = LocalDate.parse("2028-03-01");
            assertEquals(3, Streak.days(List.of(march1, LocalDate.parse("2028-02-29"),
                    LocalDate.parse("2028-02-28")), march1));
        }
    }

    // ----------------------------------------------------------------------------------------------- history

    @Test
    @DisplayName("history lists the user's latest ten answers newest first, with the question or null when removed")
    void history() {
        // given twelve answers by Alice, alternating questions, and one by Bob
        long s = sessions.createSession(ALICE, null, DAY1_9AM);
        long bobs = sessions.createSession(BOB, null, DAY1_9AM);
        sessions.showQuestion(s, "design-a", DAY1_9AM);
        sessions.showQuestion(bobs, "design-a", DAY1_9AM);
        List<Answer> written = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String q = i % 2 == 0 ? "design-a" : "story-a";
            if (i == 1) {
                sessions.showQuestion(s, "story-a", DAY1_9AM.plusSeconds(i));
            }
            written.add(sessions.saveAnswer(s, q, ALICE, "answer " + i, 40 + i, DAY1_9AM.plusSeconds(i)));
            if (i == 5) {
                sessions.saveAnswer(bobs, "design-a", BOB, "bob's", 99, DAY1_9AM.plusSeconds(i));
            }
        }
        // and design-a leaves the bank
        bank.set(new QuestionBank(bank.get().all().stream().filter(q -> !q.id().equals("design-a")).toList()));

        // when
        List<HistoryEntry> history = progress.history(ALICE);

        // then
        assertEquals(ProgressService.HISTORY_SIZE, history.size());
        List<Answer> newestFirst = new ArrayList<>(written.subList(2, 12));
        Collections.reverse(newestFirst);
        assertEquals(newestFirst, history.stream().map(HistoryEntry::answer).toList());
        for (HistoryEntry e : history) {
            if (e.answer().questionId().equals("design-a")) {
                assertNull(e.question(), e.answer().text());
            } else {
                assertEquals(bank.get().byId("story-a").orElseThrow(), e.question());
            }
        }
        assertEquals(List.of("bob's"), progress.history(BOB).stream().map(e -> e.answer().text()).toList());
        assertNull(progress.history(BOB).get(0).question());
    }

    // ------------------------------------------------------------------------------------------------- open

    @Test
    @DisplayName("open recomputes the feedback identically to what was given and stored, also after a restart")
    void openRecomputes() {
        // given
        Card card = interviews.start(ALICE, Category.BEHAVIORAL);
        AnswerSaved saved = interviews.answer(ALICE, card.session().id(), card.question().id(), STRONG_ANSWER);
        AnswerSaved weak = interviews.answer(ALICE, card.session().id(), card.question().id(), "No idea.");

        // when the bot restarts, with a new scorer
        db.close();
        open();
        ProgressService restarted = new ProgressService(bank::get, sessions, store, new AnswerScorer(), clock);
        OpenedAnswer opened = restarted.open(ALICE, saved.answer().id());
        OpenedAnswer openedWeak = restarted.open(ALICE, weak.answer().id());

        // then
        assertEquals(saved.answer(), opened.answer());
        assertEquals(card.question(), opened.question());
        assertEquals(saved.feedback(), opened.feedback());
        assertEquals(saved.answer().score(), opened.feedback().score());
        assertEquals(weak.feedback(), openedWeak.feedback());
        assertEquals(weak.answer().score(), openedWeak.feedback().score());
        assertTrue(opened.feedback().score() > openedWeak.feedback().score());
    }

    @Test
    @DisplayName("open refuses another user's answer and an unknown id")
    void openRefusals() {
        // given
        Card card = interviews.start(ALICE, null);
        long answerId = interviews.answer(ALICE, card.session().id(), card.question().id(), "mine").answer().id();

        // when / then
        assertReason(InterviewException.Reason.NOT_OWNER, () -> progress.open(BOB, answerId));
        assertReason(InterviewException.Reason.NOT_OWNER,
                () -> progress.open(new UserRef("T2", ALICE.userId()), answerId));
        assertReason(InterviewException.Reason.NOT_FOUND, () -> progress.open(ALICE, answerId + 1));
        assertReason(InterviewException.Reason.NOT_FOUND, () -> progress.open(ALICE, -1));
        assertNotNull(progress.open(ALICE, answerId));
    }

    @Test
    @DisplayName("an answer whose question left the bank opens with no question and no feedback")
    void openRemovedQuestion() {
        // given
        Card card = interviews.start(ALICE, null);
        String q = card.question().id();
        Answer answer = interviews.answer(ALICE, card.session().id(), q, STRONG_ANSWER).answer();
        bank.set(new QuestionBank(bank.get().all().stream().filter(x -> !x.id().equals(q)).toList()));

        // when
        OpenedAnswer opened = progress.open(ALICE, answer.id());

        // then
        assertEquals(answer, opened.answer());
        assertNull(opened.question());
        assertNull(opened.feedback());
    }

    private static ReviewState review(LocalDate dueOn) {
        return new ReviewState(1, 2.5, 1, dueOn.minusDays(1), dueOn);
    }

    private static void assertReason(InterviewException.Reason reason, Executable call) {
        InterviewException e = assertThrows(InterviewException.class, call);
        assertEquals(reason, e.reason(), e.getMessage());
    }
}
