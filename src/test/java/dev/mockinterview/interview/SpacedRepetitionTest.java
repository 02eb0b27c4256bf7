package dev.mockinterview.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Self-ratings, the SM-2 schedule and the daily cap, through {@link InterviewService} and {@link ProgressService}
 * on a real SQLite file, a clock the test moves by hand and seeded randomness.
 */
class SpacedRepetitionTest {
    private static final UserRef ALICE = new UserRef("T1", "UALICE");
    private static final UserRef BOB = new UserRef("T1", "UBOB");
    private static final LocalDate DAY1 = LocalDate.parse("2026-11-25");
    private static final LocalDate DAY2 = DAY1.plusDays(1);
    private static final Instant DAY1_9AM = Instant.parse("2026-11-25T09:00:00Z");
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    private static final String STRONG_ANSWER = TestQuestions.STRONG_ANSWER;
    private static final String WEAK_ANSWER = "No idea.";

    @TempDir
    Path tmp;
    private Database db;
    private final MutableClock clock = new MutableClock(DAY1_9AM);
    private final AtomicReference<QuestionBank> bank = new AtomicReference<>(TestQuestions.fiveQuestionBank());
    private final AnswerScorer scorer = new AnswerScorer();
    private SqliteProgressStore progressStore;
    private SqliteSessionStore sessionStore;
    private InterviewService service;
    private ProgressService progress;

    @BeforeEach
    void setUp() {
        db = Database.open(tmp.resolve("mi.db"));
        sessionStore = new SqliteSessionStore(db);
        progressStore = new SqliteProgressStore(db);
        service = new InterviewService(bank::get, sessionStore, progressStore, scorer, new Sm2Scheduler(), clock,
                new SplittableRandom(20261125L));
        progress = new ProgressService(bank::get, sessionStore, progressStore, scorer, clock);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    // ------------------------------------------------------------------------------------------------ SM-2

    @Test
    @DisplayName("GOOD on a new question without an answer schedules it for tomorrow with the SM-2 start values")
    void goodOnNewQuestion() {
        // given
        Card card = service.start(ALICE, null);
        String q = card.question().id();
        assertNull(card.review(), "never rated");

        // when
        RatingSaved saved = service.rate(ALICE, card.session().id(), q, Rating.GOOD);

        // then
        ReviewState expected = new ReviewState(1, Sm2Scheduler.INITIAL_EASE, 1, DAY1, DAY2);
        assertEquals(Rating.GOOD, saved.rating());
        assertEquals(q, saved.question().id());
        assertEquals(OptionalInt.empty(), saved.feedbackScore());
        assertEquals(DAY1, saved.today());
        assertEquals(expected, saved.schedule());
        assertEquals(expected, progressStore.review(ALICE, q).orElseThrow());
        assertEquals(expected, service.show(ALICE, card.session().id()).review());
        assertEquals(1, activity(ALICE, q).ratings());
        assertEquals(0, progress.stats(ALICE).reviewsDue(), "due tomorrow, not today");
    }

    @Test
    @DisplayName("a feedback score below 40 lowers GOOD to quality 3: still due tomorrow, but the ease drops to 2.36")
    void lowScoreLowersGood() {
        // given
        Card card = service.start(ALICE, null);
        long id = card.session().id();
        String q = card.question().id();
        int score = service.answer(ALICE, id, q, WEAK_ANSWER).feedback().score();
        assertTrue(score < Sm2Scheduler.LOW_SCORE, "precondition: a weak answer, scored " + score);

        // when
        RatingSaved saved = service.rate(ALICE, id, q, Rating.GOOD);

        // then
        assertEquals(OptionalInt.of(score), saved.feedbackScore());
        assertEquals(3, new Sm2Scheduler().quality(Rating.GOOD, saved.feedbackScore()));
        assertEquals(new ReviewState(1, 2.36, 1, DAY1, DAY2), saved.schedule());
        assertEquals(saved.schedule(), progressStore.review(ALICE, q).orElseThrow());
    }

    @Test
    @DisplayName("the latest answer's score is the one combined with the rating")
    void latestAnswerCounts() {
        // given a strong answer, then a weak one
        Card card = service.start(ALICE, Category.BEHAVIORAL);
        long id = card.session().id();
        String q = card.question().id();
        int strong = service.answer(ALICE, id, q, STRONG_ANSWER).feedback().score();
        int weak = service.answer(ALICE, id, q, WEAK_ANSWER).feedback().score();
        assertTrue(strong >= Sm2Scheduler.HIGH_SCORE && weak < Sm2Scheduler.LOW_SCORE,
                "precondition: scores " + strong + " and " + weak);

        // when
        RatingSaved good = service.rate(ALICE, id, q, Rating.GOOD);

        // then the weak one lowered GOOD
        assertEquals(OptionalInt.of(weak), good.feedbackScore());
        assertEquals(2.36, good.schedule().easeFactor());

        // when a strong answer follows and the user is unsure (HARD)
        service.answer(ALICE, id, q, STRONG_ANSWER);
        RatingSaved hard = service.rate(ALICE, id, q, Rating.HARD);

        // then the strong one raised HARD to quality 4; and as a second rating on the same day it replaces the
        // first, so it is scheduled from the new-question state: ease 2.5 kept, one repetition
        assertEquals(OptionalInt.of(strong), hard.feedbackScore());
        assertEquals(4, new Sm2Scheduler().quality(Rating.HARD, hard.feedbackScore()));
        assertEquals(Rating.GOOD, hard.countedAs());
        assertEquals(2.5, hard.schedule().easeFactor());
        assertEquals(1, hard.schedule().repetitions());
    }

    // --------------------------------------------------------------------------------------- coming back

    @Test
    @DisplayName("a rated question does not come back before its due day, not even in a new round")
    void notBeforeDue() {
        // given
        Card card = service.start(ALICE, null);
        String rated = card.question().id();
        service.rate(ALICE, card.session().id(), rated, Rating.GOOD);

        // when the user goes on all day, through several rounds of the other four questions
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            card = service.next(ALICE, card.session().id(), card.question().id());
            cards.add(card);
        }
        clock.set(Instant.parse("2026-11-25T23:59:59.999Z"));
        cards.add(service.next(ALICE, card.session().id(), card.question().id()));

        // then
        assertTrue(cards.stream().noneMatch(c -> c.question().id().equals(rated)), "came back early");
        assertTrue(cards.stream().anyMatch(c -> c.notice() == Card.Notice.NEW_ROUND), "went through rounds");
        assertTrue(cards.stream().noneMatch(c -> c.notice() == Card.Notice.REVIEW));
    }

    @Test
    @DisplayName("on its due day a rated question comes back first, as a review, ahead of unseen questions")
    void backOnDueDay() {
        // given a question rated GOOD on day 1 and two more questions seen
        Card card = service.start(ALICE, null);
        long id = card.session().id();
        String rated = card.question().id();
        service.rate(ALICE, id, rated, Rating.GOOD);
        card = service.next(ALICE, id, card.question().id());
        Set<String> seen = new HashSet<>(Set.of(rated, card.question().id()));
        clock.set(Instant.parse("2026-11-25T23:59:59.999Z"));
        card = service.next(ALICE, id, card.question().id());
        assertNotEquals(rated, card.question().id());
        seen.add(card.question().id());
        assertEquals(3, seen.size());

        // when the day changes
        clock.set(Instant.parse("2026-11-26T00:00:00Z"));
        assertEquals(1, progress.stats(ALICE).reviewsDue());
        Card review = service.next(ALICE, id, card.question().id());

        // then it is back, with its schedule on the card, although two questions are still unseen
        assertEquals(rated, review.question().id());
        assertEquals(Card.Notice.REVIEW, review.notice());
        assertNotNull(review.review());
        assertEquals(DAY2, review.review().dueOn());
        assertEquals(1, review.review().repetitions());

        // when rated GOOD again on its due day, the second success in a row is due in 6 days
        RatingSaved again = service.rate(ALICE, id, rated, Rating.GOOD);
        assertEquals(new ReviewState(2, 2.5, 6, DAY2, DAY2.plusDays(6)), again.schedule());

        // and the next question is an unseen one
        Card next = service.next(ALICE, id, rated);
        assertEquals(Card.Notice.NEXT, next.notice());
        assertFalse(seen.contains(next.question().id()), next.question().id() + " was seen");
        assertNull(next.review());
    }

    @Test
    @DisplayName("several due reviews come most overdue first, not in id order")
    void mostOverdueFirst() {
        // given three questions shown on day 1
        Card card = service.start(ALICE, null);
        long id = card.session().id();
        List<String> shown = new ArrayList<>(List.of(card.question().id()));
        for (int i = 0; i < 2; i++) {
            card = service.next(ALICE, id, card.question().id());
            shown.add(card.question().id());
        }
        String current = card.question().id();
        // the later id of the first two rated on day 1 (due day 2), the earlier id on day 2 (due day 3)
        List<String> rated = shown.subList(0, 2).stream().sorted().toList();
        String earlierId = rated.get(0);
        String laterId = rated.get(1);
        service.rate(ALICE, id, laterId, Rating.GOOD);
        clock.set(Instant.parse("2026-11-26T12:00:00Z"));
        service.rate(ALICE, id, earlierId, Rating.GOOD);

        // when both are overdue on day 5, and the user rates each review as it comes
        clock.set(Instant.parse("2026-11-29T09:00:00Z"));
        Card first = service.next(ALICE, id, current);
        service.rate(ALICE, id, first.question().id(), Rating.GOOD);
        Card second = service.next(ALICE, id, first.question().id());
        service.rate(ALICE, id, second.question().id(), Rating.GOOD);
        Card third = service.next(ALICE, id, second.question().id());

        // then
        assertEquals(laterId, first.question().id(), "due 2026-11-26, 3 days overdue");
        assertEquals(Card.Notice.REVIEW, first.notice());
        assertEquals(earlierId, second.question().id(), "due 2026-11-27, 2 days overdue");
        assertEquals(Card.Notice.REVIEW, second.notice());
        assertEquals(Card.Notice.NEXT, third.notice());
        assertFalse(shown.contains(third.question().id()));
    }

    // ------------------------------------------------------------------------------------------- daily cap

    @Test
    @DisplayName("after cap questions shown today next is refused, the card stays, and the next day it works again")
    void dailyCap() {
        // given a cap of 2
        assertEquals(new UserSettings(2, ZoneId.of("UTC")), service.setDailyCap(ALICE, 2));
        Card card = service.start(ALICE, null);
        long id = card.session().id();
        card = service.next(ALICE, id, card.question().id());
        String current = card.question().id();

        // when
        clock.set(Instant.parse("2026-11-25T23:59:59.999Z"));
        InterviewException refused = assertReason(InterviewException.Reason.DAILY_CAP_REACHED,
                () -> service.next(ALICE, id, current));

        // then
        assertTrue(refused.getMessage().contains("2"), refused.getMessage());
        Card shown = service.show(ALICE, id);
        assertEquals(current, shown.question().id());
        assertEquals(2, shown.session().questionsAsked());
        assertEquals(Card.Notice.RESUMED, service.start(ALICE, null).notice(), "resuming is not a new question");
        assertEquals(2, progress.stats(ALICE).doneToday());

        // when the day changes
        clock.set(Instant.parse("2026-11-26T00:00:00Z"));
        Card next = service.next(ALICE, id, current);

        // then
        assertNotEquals(current, next.question().id());
        assertEquals(3, next.session().questionsAsked());
        assertEquals(1, progress.stats(ALICE).doneToday());
    }

    @Test
    @DisplayName("reviews count toward the cap: a due review uses the day's only place, then next is refused")
    void reviewsCountTowardCap() {
        // given a question rated on day 1 and a cap of 1
        Card card = service.start(ALICE, null);
        long id = card.session().id();
        String rated = card.question().id();
        service.rate(ALICE, id, rated, Rating.AGAIN);
        service.setDailyCap(ALICE, 1);
        assertReason(InterviewException.Reason.DAILY_CAP_REACHED, () -> service.next(ALICE, id, rated));

        // when on day 2
        clock.set(Instant.parse("2026-11-26T09:00:00Z"));
        service.end(ALICE, id);
        Card review = service.start(ALICE, null);

        // then the review takes the place, and nothing new follows today although four questions are unseen
        assertEquals(rated, review.question().id());
        assertEquals(Card.Notice.REVIEW, review.notice());
        assertReason(InterviewException.Reason.DAILY_CAP_REACHED,
                () -> service.next(ALICE, review.session().id(), rated));
    }

    @Test
    @DisplayName("with the cap reached, starting a new interview is refused too and leaves no session behind")
    void capRefusesStart() {
        // given
        service.setDailyCap(ALICE, 1);
        Card card = service.start(ALICE, null);
        service.end(ALICE, card.session().id());

        // when / then
        assertReason(InterviewException.Reason.DAILY_CAP_REACHED, () -> service.start(ALICE, null));
        assertTrue(sessionStore.activeSession(ALICE).isEmpty());
        assertFalse(progress.stats(ALICE).hasActiveSession());
    }

    @Test
    @DisplayName("setDailyCap accepts 1 to 500 and refuses 0, 501 and negatives with INVALID_SETTING")
    void dailyCapValidation() {
        // given / when / then
        for (int bad : new int[] {0, 501, -1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            assertReason(InterviewException.Reason.INVALID_SETTING, () -> service.setDailyCap(ALICE, bad));
        }
        assertEquals(UserSettings.DEFAULT_DAILY_CAP, progress.stats(ALICE).dailyCap(), "a refusal changes nothing");
        assertEquals(1, service.setDailyCap(ALICE, 1).dailyCap());
        assertEquals(500, service.setDailyCap(ALICE, UserSettings.MAX_DAILY_CAP).dailyCap());
        assertEquals(500, progress.stats(ALICE).dailyCap());
        assertEquals(UserSettings.DEFAULT_DAILY_CAP, progress.stats(BOB).dailyCap());
    }

    // -------------------------------------------------------------------------------------------- time zone

    @Test
    @DisplayName("the user's zone decides the day: past midnight in Auckland is a new day there, not yet in UTC")
    void zoneDecidesTheDay() {
        // given Alice in Auckland (UTC+13 in November), Bob in UTC, both with a cap of 1
        service.setZone(ALICE, AUCKLAND);
        service.setDailyCap(ALICE, 1);
        service.setDailyCap(BOB, 1);
        clock.set(Instant.parse("2026-11-25T10:30:00Z")); // 23:30 on the 25th in Auckland
        Card alice = service.start(ALICE, null);
        Card bob = service.start(BOB, null);

        // when it is 00:30 on the 26th in Auckland, still the 25th in UTC
        clock.set(Instant.parse("2026-11-25T11:30:00Z"));

        // then Alice has a new day's place, Bob has not
        assertEquals(AUCKLAND, progress.zone(ALICE));
        assertEquals(ZoneId.of("UTC"), progress.zone(BOB));
        Card aliceNext = service.next(ALICE, alice.session().id(), alice.question().id());
        assertNotEquals(alice.question().id(), aliceNext.question().id());
        assertReason(InterviewException.Reason.DAILY_CAP_REACHED,
                () -> service.next(BOB, bob.session().id(), bob.question().id()));
        assertEquals(1, progress.stats(ALICE).doneToday());
        assertEquals(1, progress.stats(BOB).doneToday());

        // and ratings are dated by each user's own day
        RatingSaved aliceRating = service.rate(ALICE, alice.session().id(), alice.question().id(), Rating.GOOD);
        RatingSaved bobRating = service.rate(BOB, bob.session().id(), bob.question().id(), Rating.GOOD);
        assertEquals(LocalDate.parse("2026-11-26"), aliceRating.today());
        assertEquals(LocalDate.parse("2026-11-27"), aliceRating.schedule().dueOn());
        assertEquals(LocalDate.parse("2026-11-25"), bobRating.today());
        assertEquals(LocalDate.parse("2026-11-26"), bobRating.schedule().dueOn());
    }

    @Test
    @DisplayName("a question due tomorrow in Auckland is due from Auckland's midnight, 11:00 UTC the day before")
    void dueDayInUserZone() {
        // given Alice in Auckland rates a question at 09:00 on the 25th, her time (20:00 UTC on the 24th)
        service.setZone(ALICE, AUCKLAND);
        clock.set(Instant.parse("2026-11-24T20:00:00Z"));
        Card card = service.start(ALICE, null);
        long id = card.session().id();
        String rated = card.question().id();
        assertEquals(DAY2, service.rate(ALICE, id, rated, Rating.GOOD).schedule().dueOn());
        card = service.next(ALICE, id, rated);

        // when / then just before her midnight it is not due
        clock.set(Instant.parse("2026-11-25T10:59:59.999Z"));
        assertEquals(0, progress.stats(ALICE).reviewsDue());
        card = service.next(ALICE, id, card.question().id());
        assertNotEquals(rated, card.question().id());

        // when / then at her midnight it is
        clock.set(Instant.parse("2026-11-25T11:00:00Z"));
        assertEquals(1, progress.stats(ALICE).reviewsDue());
        Card review = service.next(ALICE, id, card.question().id());
        assertEquals(rated, review.question().id());
        assertEquals(Card.Notice.REVIEW, review.notice());
    }

    // ------------------------------------------------------------------------------------ key points

    @ParameterizedTest(name = "{0} of {1} key points ticked is {2}")
    @CsvSource({
        "10, 10, EASY", "9, 10, EASY", "8, 10, GOOD", "6, 10, GOOD", "5, 10, HARD", "3, 10, HARD",
        "2, 10, AGAIN", "0, 10, AGAIN",
        "27, 30, EASY", "26, 30, GOOD", "18, 30, GOOD", "17, 30, HARD", "9, 30, HARD", "8, 30, AGAIN",
        "2, 2, EASY", "1, 2, HARD", "0, 2, AGAIN", "2, 3, GOOD", "1, 3, HARD", "1, 4, AGAIN",
        "0, 0, GOOD"})
    @DisplayName("ratingFromKeyPoints: at least 90% EASY, 60% GOOD, 30% HARD, less AGAIN; no key points GOOD")
    void ratingFromKeyPoints(int ticked, int total, Rating expected) {
        // given / when / then
        assertEquals(expected, InterviewService.ratingFromKeyPoints(ticked, total));
    }

    @Test
    @DisplayName("rateByKeyPoints rates by the share of the question's key points ticked and schedules accordingly")
    void rateByKeyPoints() {
        // given a question with ten key points
        bank.set(new QuestionBank(List.of(withKeyPoints("ten-points", 10))));
        Card card = service.start(ALICE, null);
        long id = card.session().id();

        // when / then
        assertEquals(Rating.EASY, service.rateByKeyPoints(ALICE, id, "ten-points", 9).rating());
        assertEquals(Rating.GOOD, service.rateByKeyPoints(ALICE, id, "ten-points", 6).rating());
        assertEquals(Rating.HARD, service.rateByKeyPoints(ALICE, id, "ten-points", 3).rating());
        RatingSaved lapse = service.rateByKeyPoints(ALICE, id, "ten-points", 2);
        assertEquals(Rating.AGAIN, lapse.rating());
        assertEquals(0, lapse.schedule().repetitions());
        assertEquals(DAY2, lapse.schedule().dueOn());
        assertEquals(lapse.schedule(), progressStore.review(ALICE, "ten-points").orElseThrow());
        assertEquals(4, activity(ALICE, "ten-points").ratings());
        assertReason(InterviewException.Reason.NOT_OWNER, () -> service.rateByKeyPoints(BOB, id, "ten-points", 10));
        assertReason(InterviewException.Reason.QUESTION_GONE, () -> service.rateByKeyPoints(ALICE, id, "gone", 1));
    }

    // ------------------------------------------------------------------------------------------ refusals

    @Test
    @DisplayName("rating a question from an earlier session is stale; another user's session is not theirs")
    void ratingRefusals() {
        // given a first session with one question, ended, and a second session
        Card first = service.start(ALICE, null);
        String old = first.question().id();
        service.end(ALICE, first.session().id());
        Card second = service.start(ALICE, null);
        long id = second.session().id();
        assertNotEquals(old, second.question().id());

        // when / then
        assertReason(InterviewException.Reason.STALE_QUESTION, () -> service.rate(ALICE, id, old, Rating.GOOD));
        assertReason(InterviewException.Reason.STALE_QUESTION,
                () -> service.rate(ALICE, id, "never-shown", Rating.GOOD));
        assertReason(InterviewException.Reason.NOT_OWNER,
                () -> service.rate(BOB, id, second.question().id(), Rating.GOOD));
        assertReason(InterviewException.Reason.NOT_OWNER,
                () -> service.rate(BOB, first.session().id(), old, Rating.GOOD));
        assertReason(InterviewException.Reason.NO_SESSION, () -> service.rate(ALICE, 9_999, old, Rating.GOOD));

        // and the refusals changed nothing
        assertTrue(progressStore.schedule(ALICE).isEmpty());
        assertTrue(progressStore.schedule(BOB).isEmpty());
        assertEquals(0, activity(ALICE, old).ratings());

        // while the ended session's own question can still be rated
        assertEquals(Rating.HARD, service.rate(ALICE, first.session().id(), old, Rating.HARD).rating());
    }

    @Test
    @DisplayName("a question removed from the bank cannot be rated, and its schedule no longer counts as due")
    void removedQuestion() {
        // given
        Card card = service.start(ALICE, null);
        long id = card.session().id();
        String q = card.question().id();
        service.rate(ALICE, id, q, Rating.AGAIN);
        clock.advance(Duration.ofDays(1));
        assertEquals(1, progress.stats(ALICE).reviewsDue());

        // when
        bank.set(new QuestionBank(bank.get().all().stream().filter(x -> !x.id().equals(q)).toList()));

        // then
        assertReason(InterviewException.Reason.QUESTION_GONE, () -> service.rate(ALICE, id, q, Rating.GOOD));
        assertEquals(0, progress.stats(ALICE).reviewsDue());
        Card next = service.start(ALICE, null);
        assertNotEquals(q, next.question().id());
    }

    @Test
    @DisplayName("an unscored answer (written before scoring existed) does not change the rating")
    void unscoredAnswerDoesNotLowerRating() {
        // given an answer stored without a score, as the v1 code wrote it
        Card card = service.start(ALICE, null);
        long id = card.session().id();
        String q = card.question().id();
        sessionStore.saveAnswer(id, q, ALICE, "written before v2", null, clock.instant());

        // when
        RatingSaved saved = service.rate(ALICE, id, q, Rating.GOOD);

        // then
        assertEquals(OptionalInt.empty(), saved.feedbackScore());
        assertEquals(new ReviewState(1, 2.5, 1, DAY1, DAY2), saved.schedule());
    }

    private QuestionActivity activity(UserRef user, String questionId) {
        return progressStore.questionActivity(user).stream().filter(a -> a.questionId().equals(questionId))
                .findFirst().orElse(new QuestionActivity(questionId, 0, 0, 0, 0, 0));
    }

    private static Question withKeyPoints(String id, int count) {
        Question base = TestQuestions.question(id, Category.SYSTEM_DESIGN);
        List<String> points = IntStream.rangeClosed(1, count).mapToObj(i -> "Key point number " + i).toList();
        return new Question(base.id(), base.prompt(), base.category(), base.role(), base.level(), base.tags(),
                base.answerFramework(), base.starExample(), base.howToAnswer(), points, base.keyTerminology(),
                base.interviewersLookFor(), base.commonMistakes());
    }

    private static InterviewException assertReason(InterviewException.Reason reason, Executable call) {
        InterviewException e = assertThrows(InterviewException.class, call);
        assertEquals(reason, e.reason(), e.getMessage());
        return e;
    }
}
