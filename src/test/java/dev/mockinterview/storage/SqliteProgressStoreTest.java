package dev.mockinterview.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.interview.Answer;
import dev.mockinterview.interview.QuestionActivity;
import dev.mockinterview.interview.UserRef;
import dev.mockinterview.interview.UserSettings;
import dev.mockinterview.review.DueItem;
import dev.mockinterview.review.Rating;
import dev.mockinterview.review.ReviewState;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Round trips through every {@link SqliteProgressStore} method on a real SQLite file, including across a reopen. */
class SqliteProgressStoreTest {
    private static final UserRef ALICE = new UserRef("T1", "UALICE");
    private static final UserRef BOB = new UserRef("T1", "UBOB");
    /** The same user id in another workspace: a different person. */
    private static final UserRef ALICE_ELSEWHERE = new UserRef("T2", "UALICE");
    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
    private static final LocalDate D0 = LocalDate.parse("2026-11-25");

    @TempDir
    Path tmp;
    private Database db;
    private SqliteSessionStore sessions;
    private SqliteProgressStore store;

    @BeforeEach
    void open() {
        db = Database.open(tmp.resolve("mi.db"));
        sessions = new SqliteSessionStore(db);
        store = new SqliteProgressStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void restart() {
        db.close();
        open();
    }

    // ------------------------------------------------------------------------------------------------- reviews

    @Test
    @DisplayName("a review is absent until saved, then survives a restart exactly")
    void reviewRoundTrip() {
        // given
        assertEquals(Optional.empty(), store.review(ALICE, "q-one"));
        ReviewState state = new ReviewState(3, 2.36, 15, D0, D0.plusDays(15));

        // when
        store.saveReview(ALICE, "q-one", state, null);
        restart();

        // then
        assertEquals(Optional.of(state), store.review(ALICE, "q-one"));
        assertEquals(Optional.empty(), store.review(ALICE, "q-two"));
    }

    @Test
    @DisplayName("the state before the latest review is kept, so a same-day re-rating can replace it")
    void reviewBefore() {
        // given
        ReviewState first = new ReviewState(1, 2.5, 1, D0, D0.plusDays(1));
        ReviewState second = new ReviewState(2, 2.6, 6, D0.plusDays(1), D0.plusDays(7));

        // when
        store.saveReview(ALICE, "q-one", first, null);
        assertEquals(Optional.empty(), store.reviewBefore(ALICE, "q-one"));
        store.saveReview(ALICE, "q-one", second, first);

        // then
        assertEquals(Optional.of(second), store.review(ALICE, "q-one"));
        assertEquals(Optional.of(first), store.reviewBefore(ALICE, "q-one"));
        assertEquals(Optional.empty(), store.reviewBefore(BOB, "q-one"));
    }

    @Test
    @DisplayName("saving a review again replaces it: one row per user and question")
    void reviewUpsert() {
        // given
        store.saveReview(ALICE, "q-one", new ReviewState(1, 2.5, 1, D0, D0.plusDays(1)), null);

        // when
        ReviewState later = new ReviewState(0, 1.3, 1, D0.plusDays(1), D0.plusDays(2));
        store.saveReview(ALICE, "q-one", later, null);

        // then
        assertEquals(Optional.of(later), store.review(ALICE, "q-one"));
        assertEquals(List.of(new DueItem("q-one", D0.plusDays(2))), store.schedule(ALICE));
    }

    @Test
    @DisplayName("the schedule lists every scheduled question, earliest due first, across months and years")
    void scheduleOrder() {
        // given, saved out of order
        store.saveReview(ALICE, "q-dec", state(LocalDate.parse("2026-12-01")), null);
        store.saveReview(ALICE, "q-next-year", state(LocalDate.parse("2027-01-02")), null);
        store.saveReview(ALICE, "q-nov", state(LocalDate.parse("2026-11-09")), null);
        store.saveReview(ALICE, "q-late-nov", state(LocalDate.parse("2026-11-30")), null);

        // when
        List<DueItem> schedule = store.schedule(ALICE);

        // then
        assertEquals(List.of(
                new DueItem("q-nov", LocalDate.parse("2026-11-09")),
                new DueItem("q-late-nov", LocalDate.parse("2026-11-30")),
                new DueItem("q-dec", LocalDate.parse("2026-12-01")),
                new DueItem("q-next-year", LocalDate.parse("2027-01-02"))), schedule);
        assertEquals(List.of(), store.schedule(BOB));
    }

    @Test
    @DisplayName("scheduledAmong tells which of the ids asked about are scheduled, due or not, for that user only")
    void scheduledAmong() {
        // given
        store.saveReview(ALICE, "q-due", state(D0.minusDays(3)), null);
        store.saveReview(ALICE, "q-later", state(D0.plusDays(30)), null);
        store.saveReview(BOB, "q-bob", state(D0), null);
        store.saveReview(ALICE_ELSEWHERE, "q-new", state(D0), null);
        List<String> asked = List.of("q-due", "q-later", "q-bob", "q-new", "q-never");

        // when / then
        assertEquals(Set.of("q-due", "q-later"), store.scheduledAmong(ALICE, asked));
        assertEquals(Set.of("q-bob"), store.scheduledAmong(BOB, asked));
        assertEquals(Set.of("q-new"), store.scheduledAmong(ALICE_ELSEWHERE, asked));
        assertEquals(Set.of(), store.scheduledAmong(ALICE, List.of()));
    }

    @Test
    @DisplayName("scheduledAmong answers for more ids than one query binds")
    void scheduledAmongManyIds() {
        // given every fifth of 1,100 questions scheduled
        sessions.inTransaction(() -> {
            for (int i = 0; i < 1_100; i += 5) {
                store.saveReview(ALICE, "q" + i, state(D0.plusDays(i % 7)), null);
            }
            return null;
        });

        // when
        Set<String> scheduled = store.scheduledAmong(ALICE, IntStream.range(0, 1_100).mapToObj(i -> "q" + i).toList());

        // then
        assertEquals(220, scheduled.size());
        assertEquals(new HashSet<>(store.schedule(ALICE).stream().map(DueItem::questionId).toList()), scheduled);
    }

    @Test
    @DisplayName("dueReviews pages through reviews due on or before the day, most overdue first, ties by id")
    void dueReviewsPages() {
        // given 150 reviews over 10 due dates around D0, saved in no particular order, and Bob's
        sessions.inTransaction(() -> {
            for (int i = 0; i < 150; i++) {
                int n = (i * 37) % 150;
                store.saveReview(ALICE, "q-" + (n % 13) + "-" + n, state(D0.plusDays(n % 10 - 6)), null);
            }
            store.saveReview(BOB, "q-bob", state(D0.minusDays(100)), null);
            return null;
        });
        List<DueItem> expected = store.schedule(ALICE).stream().filter(d -> !d.dueOn().isAfter(D0))
                .sorted(Comparator.comparing(DueItem::dueOn).thenComparing(DueItem::questionId)).toList();

        // when paging 16 at a time
        List<DueItem> paged = new ArrayList<>();
        DueItem after = null;
        List<DueItem> page;
        int pages = 0;
        do {
            page = store.dueReviews(ALICE, D0, T0, after, 16);
            assertTrue(page.size() <= 16);
            paged.addAll(page);
            after = page.isEmpty() ? after : page.get(page.size() - 1);
            pages++;
        } while (page.size() == 16);

        // then
        assertEquals(105, expected.size(), "precondition: 7 of the 10 due dates are on or before D0");
        assertEquals(expected, paged);
        assertEquals(7, pages);
        assertEquals(expected.subList(0, 5), store.dueReviews(ALICE, D0, T0, null, 5));
        assertEquals(List.of(new DueItem("q-bob", D0.minusDays(100))), store.dueReviews(BOB, D0, T0, null, 64));
        assertEquals(List.of(), store.dueReviews(ALICE_ELSEWHERE, D0, T0, null, 64));
        assertEquals(List.of(), store.dueReviews(ALICE, D0.minusDays(7), T0, null, 64), "nothing due that early");
    }

    @Test
    @DisplayName("dueReviews leaves out a review whose question was shown at or after the instant, by anyone's "
            + "session of that user only")
    void dueReviewsSkipShownSince() {
        // given three due reviews; Alice was shown q-b at T0 and q-c the day before; Bob was shown q-a at T0
        store.saveReview(ALICE, "q-a", state(D0.minusDays(2)), null);
        store.saveReview(ALICE, "q-b", state(D0.minusDays(1)), null);
        store.saveReview(ALICE, "q-c", state(D0), null);
        long alices = sessions.createSession(ALICE, null, T0.minusSeconds(86_400));
        sessions.showQuestion(alices, "q-c", T0.minusSeconds(86_400));
        sessions.showQuestion(alices, "q-b", T0);
        long bobs = sessions.createSession(BOB, null, T0);
        sessions.showQuestion(bobs, "q-a", T0);

        // when / then
        assertEquals(List.of(new DueItem("q-a", D0.minusDays(2)), new DueItem("q-c", D0)),
                store.dueReviews(ALICE, D0, T0, null, 64));
        assertEquals(List.of(new DueItem("q-a", D0.minusDays(2))),
                store.dueReviews(ALICE, D0, T0.minusSeconds(86_400), null, 64));
        assertEquals(List.of(new DueItem("q-a", D0.minusDays(2)), new DueItem("q-b", D0.minusDays(1)),
                new DueItem("q-c", D0)), store.dueReviews(ALICE, D0, T0.plusMillis(1), null, 64));
        assertEquals(List.of(new DueItem("q-c", D0)),
                store.dueReviews(ALICE, D0, T0, new DueItem("q-a", D0.minusDays(2)), 64));
    }

    @Test
    @DisplayName("the due-review, scheduled and shown-today queries search indexes; none scans a table")
    void hotQueriesUseIndexes() {
        // given / when
        List<String> due = QueryPlans.plan(db, SqliteProgressStore.DUE_REVIEWS);
        List<String> dueAfter = QueryPlans.plan(db, SqliteProgressStore.DUE_REVIEWS_AFTER);
        List<String> scheduled = QueryPlans.plan(db, SqliteProgressStore.scheduledAmongSql(16));
        List<String> shownCount = QueryPlans.plan(db, SqliteProgressStore.QUESTIONS_SHOWN_SINCE);
        List<String> shownIds = QueryPlans.plan(db, SqliteProgressStore.QUESTION_IDS_SHOWN_SINCE);

        // then
        assertTrue(due.stream().anyMatch(l -> l.contains("USING COVERING INDEX reviews_by_user_due "
                + "(team_id=? AND user_id=? AND due_on<?)")), due::toString);
        assertTrue(dueAfter.stream().anyMatch(l -> l.contains("USING COVERING INDEX reviews_by_user_due "
                + "(team_id=? AND user_id=? AND (due_on,question_id)>(?,?)")), dueAfter::toString);
        for (List<String> plan : List.of(due, dueAfter)) {
            assertTrue(plan.stream().anyMatch(l -> l.contains("USING COVERING INDEX session_questions_by_user_question "
                    + "(team_id=? AND user_id=? AND question_id=? AND shown_at>?)")), plan::toString);
        }
        assertTrue(scheduled.stream().anyMatch(l -> l.contains("USING COVERING INDEX sqlite_autoindex_reviews_1 "
                + "(team_id=? AND user_id=? AND question_id=?)")), scheduled::toString);
        assertTrue(shownCount.stream().anyMatch(l -> l.contains("USING COVERING INDEX session_questions_by_user_shown "
                + "(team_id=? AND user_id=? AND shown_at>?)")), shownCount::toString);
        assertTrue(shownIds.stream().anyMatch(l -> l.contains("USING COVERING INDEX session_questions_by_user_shown "
                + "(team_id=? AND user_id=? AND shown_at>?)")), shownIds::toString);
        for (List<String> plan : List.of(due, dueAfter, scheduled, shownCount, shownIds)) {
            assertTrue(QueryPlans.noScan(plan), plan::toString);
            assertFalse(plan.stream().anyMatch(l -> l.contains("TEMP B-TREE FOR ORDER BY")), plan::toString);
        }
    }

    @Test
    @DisplayName("questionIdsShownSince lists the distinct questions shown at or after the instant, per user")
    void questionIdsShownSince() {
        // given
        long alices = sessions.createSession(ALICE, null, T0.minusSeconds(60));
        sessions.showQuestion(alices, "q-yesterday", T0.minusSeconds(1));
        sessions.showQuestion(alices, "q-one", T0);
        sessions.endSession(alices, T0);
        long again = sessions.createSession(ALICE, null, T0);
        sessions.showQuestion(again, "q-one", T0.plusSeconds(1));
        sessions.showQuestion(again, "q-two", T0.plusSeconds(2));
        long bobs = sessions.createSession(BOB, null, T0);
        sessions.showQuestion(bobs, "q-bob", T0.plusSeconds(3));

        // when / then
        assertEquals(Set.of("q-one", "q-two"), store.questionIdsShownSince(ALICE, T0));
        assertEquals(Set.of("q-bob"), store.questionIdsShownSince(BOB, T0));
        assertEquals(Set.of(), store.questionIdsShownSince(ALICE, T0.plusSeconds(3)));
    }

    // ------------------------------------------------------------------------------------------------- ratings

    @Test
    @DisplayName("a rating is stored with its session, feedback score (or none), time and due date")
    void ratings() throws Exception {
        // given
        long session = sessions.createSession(ALICE, null, T0);
        sessions.showQuestion(session, "q-one", T0);

        // when
        store.saveRating(session, ALICE, "q-one", Rating.GOOD, OptionalInt.of(35), T0.plusSeconds(5),
                D0.plusDays(1));
        store.saveRating(session, ALICE, "q-one", Rating.AGAIN, OptionalInt.empty(), T0.plusSeconds(9),
                D0.plusDays(2));
        restart();

        // then
        List<String> rows = db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT session_id, team_id, user_id, question_id, rating, feedback_score, rated_at, due_on
                      FROM ratings ORDER BY id""");
                 ResultSet rs = ps.executeQuery()) {
                List<String> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4)
                            + "|" + rs.getString(5) + "|" + rs.getObject(6) + "|" + rs.getLong(7) + "|"
                            + rs.getString(8));
                }
                return out;
            }
        });
        assertEquals(List.of(
                session + "|T1|UALICE|q-one|GOOD|35|" + T0.plusSeconds(5).toEpochMilli() + "|2026-11-26",
                session + "|T1|UALICE|q-one|AGAIN|null|" + T0.plusSeconds(9).toEpochMilli() + "|2026-11-27"), rows);
        assertEquals(2, activityOf(ALICE, "q-one").ratings());
    }

    // ------------------------------------------------------------------------------------------------ settings

    @Test
    @DisplayName("a user with no settings gets the defaults: 20 a day, UTC")
    void settingsDefaults() {
        // given / when
        UserSettings settings = store.settings(ALICE);

        // then
        assertEquals(UserSettings.defaults(), settings);
        assertEquals(20, settings.dailyCap());
        assertEquals(ZoneId.of("UTC"), settings.zone());
    }

    @Test
    @DisplayName("the daily cap and the zone are saved independently, and a second save replaces the first")
    void settingsRoundTrip() {
        // given / when only the cap is set
        store.saveDailyCap(ALICE, 7);
        // then the zone keeps its default
        assertEquals(new UserSettings(7, ZoneId.of("UTC")), store.settings(ALICE));

        // when the zone is set too
        store.saveZone(ALICE, ZoneId.of("Pacific/Auckland"));
        // then the cap is kept
        assertEquals(new UserSettings(7, ZoneId.of("Pacific/Auckland")), store.settings(ALICE));

        // when both change again, and the bot restarts
        store.saveDailyCap(ALICE, 500);
        store.saveZone(ALICE, ZoneId.of("America/Los_Angeles"));
        restart();
        // then
        assertEquals(new UserSettings(500, ZoneId.of("America/Los_Angeles")), store.settings(ALICE));

        // and a zone set alone keeps the default cap
        store.saveZone(BOB, ZoneId.of("Europe/Berlin"));
        assertEquals(new UserSettings(20, ZoneId.of("Europe/Berlin")), store.settings(BOB));
    }

    @Test
    @DisplayName("a stored zone that is not a valid zone id falls back to UTC and keeps the cap")
    void invalidStoredZone() {
        // given a row whose zone some other writer corrupted
        store.saveDailyCap(ALICE, 9);
        db.inTransaction(c -> c.createStatement().executeUpdate(
                "UPDATE user_settings SET time_zone = 'Mars/Olympus_Mons' WHERE user_id = 'UALICE'"));
        store.saveDailyCap(BOB, 3);
        db.inTransaction(c -> c.createStatement().executeUpdate(
                "UPDATE user_settings SET time_zone = '' WHERE user_id = 'UBOB'"));

        // when / then
        assertEquals(new UserSettings(9, ZoneId.of("UTC")), store.settings(ALICE));
        assertEquals(new UserSettings(3, ZoneId.of("UTC")), store.settings(BOB));
    }

    // ------------------------------------------------------------------------------------- shown, activity, history

    @Test
    @DisplayName("questionsShownSince counts questions shown at or after the instant, to the millisecond")
    void questionsShownSinceBoundaries() {
        // given
        long session = sessions.createSession(ALICE, null, T0.minusSeconds(60));
        sessions.showQuestion(session, "q-before", T0.minusMillis(1));
        sessions.showQuestion(session, "q-at", T0);
        sessions.showQuestion(session, "q-after", T0.plusMillis(1));

        // when / then
        assertEquals(3, store.questionsShownSince(ALICE, T0.minusMillis(1)));
        assertEquals(2, store.questionsShownSince(ALICE, T0));
        assertEquals(1, store.questionsShownSince(ALICE, T0.plusMillis(1)));
        assertEquals(0, store.questionsShownSince(ALICE, T0.plusMillis(2)));
        assertEquals(0, store.questionsShownSince(BOB, Instant.EPOCH));
    }

    @Test
    @DisplayName("questionsShownSince counts every showing, across sessions, including repeats of one question")
    void questionsShownSinceAcrossSessions() {
        // given
        long first = sessions.createSession(ALICE, null, T0);
        sessions.showQuestion(first, "q-one", T0);
        sessions.endSession(first, T0.plusSeconds(1));
        long second = sessions.createSession(ALICE, null, T0.plusSeconds(2));
        sessions.showQuestion(second, "q-one", T0.plusSeconds(3));
        sessions.showQuestion(second, "q-two", T0.plusSeconds(4));

        // when / then
        assertEquals(3, store.questionsShownSince(ALICE, T0));
    }

    @Test
    @DisplayName("activity is the union of questions shown, answers written and ratings given")
    void activityUnion() {
        // given
        Instant shown = T0;
        Instant answered = T0.plusSeconds(3600);
        Instant rated = T0.plusSeconds(86_400 * 2);
        long session = sessions.createSession(ALICE, null, shown);
        sessions.showQuestion(session, "q-one", shown);
        sessions.saveAnswer(session, "q-one", ALICE, "my answer", 50, answered);
        store.saveRating(session, ALICE, "q-one", Rating.HARD, OptionalInt.of(50), rated, D0.plusDays(3));

        // when
        List<Instant> activity = store.activity(ALICE);

        // then
        assertEquals(Set.of(shown, answered, rated), new HashSet<>(activity));
        assertEquals(List.of(), store.activity(BOB));
    }

    @Test
    @DisplayName("questionActivity aggregates showings, answers, scored answers, score sum and ratings per question")
    void questionActivityAggregates() {
        // given q-one shown in two sessions, answered three times (one unscored) and rated twice
        long first = sessions.createSession(ALICE, null, T0);
        sessions.showQuestion(first, "q-one", T0);
        sessions.saveAnswer(first, "q-one", ALICE, "a", 50, T0.plusSeconds(1));
        sessions.saveAnswer(first, "q-one", ALICE, "b", null, T0.plusSeconds(2));
        store.saveRating(first, ALICE, "q-one", Rating.GOOD, OptionalInt.empty(), T0.plusSeconds(3), D0);
        sessions.showQuestion(first, "q-two", T0.plusSeconds(4));
        sessions.endSession(first, T0.plusSeconds(5));
        long second = sessions.createSession(ALICE, null, T0.plusSeconds(6));
        sessions.showQuestion(second, "q-one", T0.plusSeconds(7));
        sessions.saveAnswer(second, "q-one", ALICE, "c", 61, T0.plusSeconds(8));
        store.saveRating(second, ALICE, "q-one", Rating.EASY, OptionalInt.of(61), T0.plusSeconds(9), D0);
        // and q-three only rated (as after a rating from a card that was then left)
        sessions.showQuestion(second, "q-three", T0.plusSeconds(10));
        store.saveRating(second, ALICE, "q-three", Rating.HARD, OptionalInt.empty(), T0.plusSeconds(11), D0);

        // when
        List<QuestionActivity> rows = store.questionActivity(ALICE).stream()
                .sorted(Comparator.comparing(QuestionActivity::questionId)).toList();

        // then
        assertEquals(List.of(
                new QuestionActivity("q-one", 2, 3, 2, 111, 2),
                new QuestionActivity("q-three", 1, 0, 0, 0, 1),
                new QuestionActivity("q-two", 1, 0, 0, 0, 0)), rows);
        assertTrue(rows.get(0).done());
        assertTrue(rows.get(1).done(), "rated counts as done");
        assertFalse(rows.get(2).done(), "merely shown is not done");
    }

    @Test
    @DisplayName("recentAnswers lists the user's answers newest first, at most limit of them")
    void recentAnswers() {
        // given five answers over two sessions, interleaved with another user's
        long first = sessions.createSession(ALICE, null, T0);
        long bobs = sessions.createSession(BOB, null, T0);
        sessions.showQuestion(first, "q-one", T0);
        sessions.showQuestion(bobs, "q-one", T0);
        Answer a1 = sessions.saveAnswer(first, "q-one", ALICE, "one", 10, T0.plusSeconds(1));
        sessions.saveAnswer(bobs, "q-one", BOB, "bob's", 90, T0.plusSeconds(2));
        Answer a2 = sessions.saveAnswer(first, "q-one", ALICE, "two", 20, T0.plusSeconds(3));
        sessions.endSession(first, T0.plusSeconds(4));
        long second = sessions.createSession(ALICE, null, T0.plusSeconds(5));
        sessions.showQuestion(second, "q-two", T0.plusSeconds(5));
        Answer a3 = sessions.saveAnswer(second, "q-two", ALICE, "three", 30, T0.plusSeconds(6));
        Answer a4 = sessions.saveAnswer(second, "q-two", ALICE, "four", 40, T0.plusSeconds(7));
        Answer a5 = sessions.saveAnswer(second, "q-two", ALICE, "five 🎉", 50, T0.plusSeconds(8));

        // when
        restart();

        // then
        assertEquals(List.of(a5, a4, a3), store.recentAnswers(ALICE, 3));
        assertEquals(List.of(a5, a4, a3, a2, a1), store.recentAnswers(ALICE, 10));
        assertEquals(List.of(), store.recentAnswers(ALICE, 0));
        assertEquals(List.of("bob's"), store.recentAnswers(BOB, 10).stream().map(Answer::text).toList());
    }

    @Test
    @DisplayName("an answer is found by id, whoever wrote it; an unknown id is empty")
    void answerById() {
        // given
        long session = sessions.createSession(ALICE, null, T0);
        long bobs = sessions.createSession(BOB, null, T0);
        sessions.showQuestion(session, "q-one", T0);
        sessions.showQuestion(bobs, "q-one", T0);
        Answer alices = sessions.saveAnswer(session, "q-one", ALICE, "Ünïcödé 🎉\n'; DROP TABLE answers;--", 64,
                T0.plusSeconds(1));
        Answer bobsAnswer = sessions.saveAnswer(bobs, "q-one", BOB, "bob", 0, T0.plusSeconds(2));

        // when
        restart();

        // then
        assertEquals(Optional.of(alices), store.answer(alices.id()));
        assertEquals(Optional.of(bobsAnswer), store.answer(bobsAnswer.id()));
        assertEquals(Optional.empty(), store.answer(bobsAnswer.id() + 1000));
        assertEquals(Optional.empty(), store.answer(0));
        assertEquals(Optional.empty(), store.answer(-1));
    }

    @Test
    @DisplayName("an unscored answer reads back with a null score from every query, not 0")
    void unscoredAnswerReadsAsNull() {
        // given
        long session = sessions.createSession(ALICE, null, T0);
        sessions.showQuestion(session, "q-one", T0);
        Answer unscored = sessions.saveAnswer(session, "q-one", ALICE, "unscored", null, T0.plusSeconds(1));

        // when
        restart();

        // then
        assertNull(store.answer(unscored.id()).orElseThrow().score());
        assertNull(store.recentAnswers(ALICE, 1).get(0).score());
        assertNull(store.unscoredAnswers(1).get(0).score());
        assertNull(sessions.answers(session, "q-one").get(0).score());
        assertEquals(Optional.of(unscored), store.answer(unscored.id()));
    }

    @Test
    @DisplayName("unscoredAnswers lists unscored answers of every user oldest first; saveScore takes one off the list")
    void unscoredAndSaveScore() {
        // given
        long alices = sessions.createSession(ALICE, null, T0);
        long bobs = sessions.createSession(BOB, null, T0);
        sessions.showQuestion(alices, "q-one", T0);
        sessions.showQuestion(bobs, "q-one", T0);
        Answer u1 = sessions.saveAnswer(alices, "q-one", ALICE, "u1", null, T0.plusSeconds(1));
        sessions.saveAnswer(alices, "q-one", ALICE, "scored", 70, T0.plusSeconds(2));
        Answer u2 = sessions.saveAnswer(bobs, "q-one", BOB, "u2", null, T0.plusSeconds(3));
        Answer u3 = sessions.saveAnswer(alices, "q-one", ALICE, "u3", null, T0.plusSeconds(4));

        // when / then (compared by id and text: scores read back are covered by unscoredAnswerReadsAsNull)
        assertEquals(List.of(u1.id(), u2.id(), u3.id()), ids(store.unscoredAnswers(10)));
        assertEquals(List.of("u1", "u2", "u3"), store.unscoredAnswers(10).stream().map(Answer::text).toList());
        assertEquals(List.of(u1.id(), u2.id()), ids(store.unscoredAnswers(2)));

        // when
        store.saveScore(u2.id(), 0);
        store.saveScore(u1.id(), 100);
        restart();

        // then
        assertEquals(List.of(u3.id()), ids(store.unscoredAnswers(10)));
        assertEquals(0, store.answer(u2.id()).orElseThrow().score());
        assertEquals(100, store.answer(u1.id()).orElseThrow().score());
        assertEquals("u1", store.answer(u1.id()).orElseThrow().text());
    }

    // --------------------------------------------------------------------------------------------- isolation

    @Test
    @DisplayName("one user's progress is invisible to another user, and to the same user id in another team")
    void isolation() {
        // given everything written for ALICE in team T1
        long session = sessions.createSession(ALICE, null, T0);
        sessions.showQuestion(session, "q-one", T0);
        sessions.saveAnswer(session, "q-one", ALICE, "mine", 80, T0.plusSeconds(1));
        store.saveRating(session, ALICE, "q-one", Rating.GOOD, OptionalInt.of(80), T0.plusSeconds(2),
                D0.plusDays(1));
        store.saveReview(ALICE, "q-one", state(D0.plusDays(1)), null);
        store.saveDailyCap(ALICE, 3);
        store.saveZone(ALICE, ZoneId.of("Asia/Tokyo"));
        // and a different review of the same question for the same user id in team T2
        ReviewState elsewhere = new ReviewState(0, 1.3, 1, D0, D0.plusDays(9));
        store.saveReview(ALICE_ELSEWHERE, "q-one", elsewhere, null);

        // when / then
        for (UserRef other : List.of(BOB, ALICE_ELSEWHERE)) {
            assertEquals(UserSettings.defaults(), store.settings(other), other.toString());
            assertEquals(0, store.questionsShownSince(other, Instant.EPOCH), other.toString());
            assertEquals(List.of(), store.activity(other), other.toString());
            assertEquals(List.of(), store.questionActivity(other), other.toString());
            assertEquals(List.of(), store.recentAnswers(other, 10), other.toString());
        }
        assertEquals(Optional.empty(), store.review(BOB, "q-one"));
        assertEquals(List.of(), store.schedule(BOB));
        assertEquals(Optional.of(elsewhere), store.review(ALICE_ELSEWHERE, "q-one"));
        assertEquals(List.of(new DueItem("q-one", D0.plusDays(9))), store.schedule(ALICE_ELSEWHERE));
        assertEquals(Optional.of(state(D0.plusDays(1))), store.review(ALICE, "q-one"));
        assertEquals(new UserSettings(3, ZoneId.of("Asia/Tokyo")), store.settings(ALICE));
        assertEquals(List.of(new QuestionActivity("q-one", 1, 1, 1, 80, 1)), store.questionActivity(ALICE));
    }

    private static List<Long> ids(List<Answer> answers) {
        return answers.stream().map(Answer::id).toList();
    }

    private QuestionActivity activityOf(UserRef user, String questionId) {
        return store.questionActivity(user).stream().filter(a -> a.questionId().equals(questionId)).findFirst()
                .orElseThrow();
    }

    private static ReviewState state(LocalDate dueOn) {
        return new ReviewState(1, 2.5, 1, dueOn.minusDays(1), dueOn);
    }
}
