package dev.mockinterview.storage;

import dev.mockinterview.ports.StorageException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.interview.Category;
import dev.mockinterview.interview.Session;
import dev.mockinterview.interview.UserRef;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Round trips through the store on a real SQLite file, including across a reopen (a restart). */
class SqliteSessionStoreTest {
    private static final UserRef ALICE = new UserRef("T1", "UALICE");
    private static final UserRef BOB = new UserRef("T1", "UBOB");
    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    @TempDir
    Path tmp;
    private Database db;
    private SqliteSessionStore store;

    @BeforeEach
    void open() {
        db = Database.open(tmp.resolve("mi.db"));
        store = new SqliteSessionStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void restart() {
        db.close();
        open();
    }

    @Test
    @DisplayName("a session, its questions, progress and answers survive a restart exactly")
    void roundTrip() {
        // given
        long id = store.createSession(ALICE, Category.SYSTEM_DESIGN, T0);
        store.showQuestion(id, "q-one", T0.plusSeconds(1));
        store.saveProgress(id, 2, false, T0.plusSeconds(2));
        store.showQuestion(id, "q-two", T0.plusSeconds(3));
        store.saveProgress(id, 1, true, T0.plusSeconds(4));
        var answer = store.saveAnswer(id, "q-two", ALICE, "Ünïcödé answer 🎉\nline two; DROP TABLE answers;--", 64,
                T0.plusSeconds(5));

        // when
        restart();
        Session s = store.activeSession(ALICE).orElseThrow();

        // then
        assertEquals(id, s.id());
        assertEquals(ALICE, s.user());
        assertEquals(Category.SYSTEM_DESIGN, s.category());
        assertTrue(s.active());
        assertEquals(T0, s.startedAt());
        assertNull(s.endedAt());
        var current = s.current().orElseThrow();
        assertEquals("q-two", current.questionId());
        assertEquals(2, current.position());
        assertEquals(1, current.hintsRevealed());
        assertTrue(current.modelAnswerRevealed());
        assertEquals(T0.plusSeconds(3), current.shownAt());
        assertEquals(2, s.questionsAsked());
        assertEquals(3, s.hintsUsed());
        assertEquals(1, s.answersWritten());
        assertEquals(1, s.modelAnswersViewed());
        var answers = store.answers(id, "q-two");
        assertEquals(1, answers.size());
        assertEquals(answer, answers.get(0));
        assertEquals("Ünïcödé answer 🎉\nline two; DROP TABLE answers;--", answers.get(0).text());
        assertEquals(64, answers.get(0).score());
        assertTrue(store.answers(id, "q-one").isEmpty());
    }

    @Test
    @DisplayName("sessions are per user and per team")
    void perUser() {
        long a = store.createSession(ALICE, null, T0);
        assertTrue(store.activeSession(BOB).isEmpty());
        assertTrue(store.activeSession(new UserRef("T2", "UALICE")).isEmpty());
        assertEquals(a, store.activeSession(ALICE).orElseThrow().id());
        assertNull(store.activeSession(ALICE).orElseThrow().category());
    }

    @Test
    @DisplayName("a user has at most one active session; an ended one is kept")
    void oneActive() {
        long first = store.createSession(ALICE, null, T0);
        assertThrows(StorageException.class, () -> store.createSession(ALICE, null, T0));
        store.endSession(first, T0.plusSeconds(60));
        assertTrue(store.activeSession(ALICE).isEmpty());
        Session ended = store.session(first).orElseThrow();
        assertFalse(ended.active());
        assertEquals(T0.plusSeconds(60), ended.endedAt());
        long second = store.createSession(ALICE, null, T0.plusSeconds(61));
        assertEquals(second, store.activeSession(ALICE).orElseThrow().id());
    }

    @Test
    @DisplayName("seen questions count per user until a new round starts, across sessions")
    void rounds() {
        long s1 = store.createSession(ALICE, null, T0);
        store.showQuestion(s1, "a", T0);
        store.showQuestion(s1, "b", T0);
        store.endSession(s1, T0);
        long s2 = store.createSession(ALICE, Category.BEHAVIORAL, T0);
        store.showQuestion(s2, "c", T0);
        long bob = store.createSession(BOB, null, T0);
        store.showQuestion(bob, "z", T0);

        assertEquals(Set.of("a", "b", "c"), store.seenInRound(ALICE, null));
        assertEquals(Set.of("z"), store.seenInRound(BOB, null));

        // when a new round starts for all categories, nothing counts as seen there; other scopes keep theirs
        store.startNewRound(ALICE, null, T0);
        assertEquals(Set.of(), store.seenInRound(ALICE, null));
        assertEquals(Set.of("a", "b", "c"), store.seenInRound(ALICE, Category.BEHAVIORAL));
        store.showQuestion(s2, "a", T0);
        assertEquals(Set.of("a"), store.seenInRound(ALICE, null));

        // and a second new round works the same
        restart();
        store.startNewRound(ALICE, null, T0);
        assertEquals(Set.of(), store.seenInRound(ALICE, null));
        assertEquals(Set.of("z"), store.seenInRound(BOB, null));
    }

    @Test
    @DisplayName("seenInRoundAmong is seenInRound restricted to the ids asked about: per user, per round scope, "
            + "across a restart")
    void seenInRoundAmong() {
        // given Alice saw a, b (ended session) and c; Bob saw z
        long s1 = store.createSession(ALICE, null, T0);
        store.showQuestion(s1, "a", T0);
        store.showQuestion(s1, "b", T0);
        store.endSession(s1, T0);
        long s2 = store.createSession(ALICE, Category.BEHAVIORAL, T0);
        store.showQuestion(s2, "c", T0);
        long bob = store.createSession(BOB, null, T0);
        store.showQuestion(bob, "z", T0);
        List<String> asked = List.of("a", "c", "z", "never");

        // when / then
        assertEquals(Set.of("a", "c"), store.seenInRoundAmong(ALICE, null, asked));
        assertEquals(Set.of("z"), store.seenInRoundAmong(BOB, null, asked));
        assertEquals(Set.of(), store.seenInRoundAmong(new UserRef("T2", "UALICE"), null, asked));
        assertEquals(Set.of(), store.seenInRoundAmong(ALICE, null, List.of()));

        // when a new round starts for all categories, and Alice sees a again
        store.startNewRound(ALICE, null, T0);
        store.showQuestion(s2, "a", T0);
        restart();

        // then only the new round counts there; the behavioral scope keeps its own round
        assertEquals(Set.of("a"), store.seenInRoundAmong(ALICE, null, asked));
        assertEquals(Set.of("a", "c"), store.seenInRoundAmong(ALICE, Category.BEHAVIORAL, asked));
        for (Category scope : new Category[] {null, Category.BEHAVIORAL, Category.LEADERSHIP}) {
            Set<String> all = store.seenInRound(ALICE, scope);
            Set<String> expected = asked.stream().filter(all::contains).collect(Collectors.toSet());
            assertEquals(expected, store.seenInRoundAmong(ALICE, scope, asked), String.valueOf(scope));
        }
    }

    @Test
    @DisplayName("seenInRoundAmong answers for more ids than one query binds, with repeats among them")
    void seenInRoundAmongManyIds() {
        // given Alice saw every third of 1,200 questions
        long id = store.createSession(ALICE, null, T0);
        store.inTransaction(() -> {
            for (int i = 0; i < 1_200; i += 3) {
                store.showQuestion(id, "q" + i, T0);
            }
            return null;
        });
        List<String> asked = new ArrayList<>(IntStream.range(0, 1_200).mapToObj(i -> "q" + i).toList());
        asked.addAll(List.of("q0", "q1", "q3"));

        // when
        Set<String> seen = store.seenInRoundAmong(ALICE, null, asked);

        // then
        assertEquals(400, seen.size());
        assertEquals(store.seenInRound(ALICE, null), seen);
    }

    @Test
    @DisplayName("each question shown carries its user, also for a session created before it")
    void shownRowsCarryTheirUser() {
        // given
        long alices = store.createSession(ALICE, null, T0);
        long bobs = store.createSession(BOB, null, T0);

        // when
        store.showQuestion(alices, "a", T0);
        store.showQuestion(bobs, "a", T0);

        // then
        assertEquals(List.of("T1|UALICE|a", "T1|UBOB|a"), db.inTransaction(c -> {
            List<String> rows = new ArrayList<>();
            try (var rs = c.createStatement().executeQuery(
                    "SELECT team_id, user_id, question_id FROM session_questions ORDER BY id")) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3));
                }
            }
            return rows;
        }));
    }

    @Test
    @DisplayName("the seen lookup searches the index on (team, user, question), round check included, no scan")
    void seenLookupUsesIndex() {
        // given
        String sql = SqliteSessionStore.seenInRoundAmongSql(16);

        // when
        List<String> plan = QueryPlans.plan(db, sql);

        // then
        assertTrue(plan.stream().anyMatch(line -> line.contains(
                "USING COVERING INDEX session_questions_by_user_question (team_id=? AND user_id=? AND question_id=?")),
                plan::toString);
        assertTrue(plan.stream().anyMatch(line -> line.contains("SEARCH rounds USING INDEX")), plan::toString);
        assertTrue(QueryPlans.noScan(plan), plan::toString);
    }

    @Test
    @DisplayName("a session's totals always equal the counts over its questions and answers, hints going up and "
            + "back down included, across a restart")
    void totalsMatchTheRows() {
        // given a long mix of changes in two sessions
        java.util.SplittableRandom random = new java.util.SplittableRandom(17);
        long alices = store.createSession(ALICE, null, T0);
        long bobs = store.createSession(BOB, null, T0);
        for (int i = 0; i < 300; i++) {
            long id = random.nextBoolean() ? alices : bobs;
            UserRef user = id == alices ? ALICE : BOB;
            switch (random.nextInt(4)) {
                case 0 -> store.showQuestion(id, "q" + random.nextInt(20), T0.plusSeconds(i));
                case 1 -> {
                    if (store.session(id).orElseThrow().current().isPresent()) {
                        store.saveProgress(id, random.nextInt(5), random.nextBoolean(), T0.plusSeconds(i));
                    }
                }
                default -> store.saveAnswer(id, "q" + random.nextInt(20), user, "answer " + i, null,
                        T0.plusSeconds(i));
            }
        }

        // when
        restart();

        // then
        for (long id : new long[] {alices, bobs}) {
            Session s = store.session(id).orElseThrow();
            List<Integer> counted = db.inTransaction(c -> {
                try (var rs = c.createStatement().executeQuery("""
                        SELECT (SELECT count(*) FROM session_questions WHERE session_id = %1$d),
                               (SELECT coalesce(sum(hints_revealed), 0) FROM session_questions WHERE session_id = %1$d),
                               (SELECT count(*) FROM answers WHERE session_id = %1$d),
                               (SELECT coalesce(sum(model_answer_revealed), 0)
                                  FROM session_questions WHERE session_id = %1$d)""".formatted(id))) {
                    rs.next();
                    return List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4));
                }
            });
            assertTrue(counted.get(0) > 20 && counted.get(2) > 20, "precondition: a long mix " + counted);
            assertEquals(counted, List.of(s.questionsAsked(), s.hintsUsed(), s.answersWritten(),
                    s.modelAnswersViewed()));
        }
    }

    @Test
    @DisplayName("updates to a missing session fail loudly")
    void missingSession() {
        assertThrows(StorageException.class, () -> store.saveProgress(404, 1, false, T0));
        assertThrows(StorageException.class, () -> store.setCategory(404, null));
        assertTrue(store.session(404).isEmpty());
    }

    @Test
    @DisplayName("a transaction that fails leaves no partial state")
    void atomic() {
        long id = store.createSession(ALICE, null, T0);
        assertThrows(IllegalStateException.class, () -> store.inTransaction(() -> {
            store.showQuestion(id, "q", T0);
            throw new IllegalStateException("boom");
        }));
        assertTrue(store.session(id).orElseThrow().current().isEmpty());
    }
}
