package dev.mockinterview.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.review.DueItem;
import dev.mockinterview.review.ReviewState;
import dev.mockinterview.storage.Database;
import dev.mockinterview.storage.SqliteProgressStore;
import dev.mockinterview.storage.SqliteSessionStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How {@link QuestionPicker} finds the due review and the new question: uniform, never a question it must skip,
 * exact near the end of a round, and by lookups of a few ids rather than of the user's whole history.
 */
class QuestionPickerTest {
    private static final UserRef ALICE = new UserRef("T1", "UALICE");
    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
    private static final LocalDate D0 = LocalDate.parse("2026-11-25");
    private static final Instant START_OF_D0 = Instant.parse("2026-11-25T00:00:00Z");
    /** Always draws the first question of the pool: every rejection-sampling batch misses when that one is seen. */
    private static final RandomGenerator ALWAYS_ZERO = () -> 0L;

    @TempDir
    Path tmp;
    private Database db;
    private SqliteSessionStore sessions;
    private SqliteProgressStore progress;
    private final CallRecorder recorder = new CallRecorder();
    private SessionStore recordedSessions;
    private ProgressStore recordedProgress;

    @BeforeEach
    void open() {
        db = Database.open(tmp.resolve("mi.db"));
        sessions = new SqliteSessionStore(db);
        progress = new SqliteProgressStore(db);
        recordedSessions = recorder.wrap(SessionStore.class, sessions);
        recordedProgress = recorder.wrap(ProgressStore.class, progress);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private QuestionPicker picker(RandomGenerator random) {
        return new QuestionPicker(recordedSessions, recordedProgress, random);
    }

    /** {@code size} questions q-000, q-001, ... cycling through the categories. */
    private static List<Question> pool(int size) {
        List<Question> questions = new ArrayList<>();
        Category[] categories = Category.values();
        for (int i = 0; i < size; i++) {
            questions.add(TestQuestions.question(String.format("q-%03d", i), categories[i % categories.length]));
        }
        return questions;
    }

    private void see(List<String> ids) {
        long session = sessions.createSession(ALICE, null, T0);
        sessions.inTransaction(() -> {
            ids.forEach(id -> sessions.showQuestion(session, id, T0));
            return null;
        });
        sessions.endSession(session, T0);
    }

    private void schedule(String id, LocalDate dueOn) {
        progress.saveReview(ALICE, id, new ReviewState(1, 2.5, 1, dueOn.minusDays(1), dueOn), null);
    }

    @ParameterizedTest(name = "pool of {0}")
    @ValueSource(ints = {40, 100, 300})
    @DisplayName("the new question is uniform over the questions neither seen, scheduled nor previous, and never "
            + "one of those")
    void uniformOverTheRemainder(int size) {
        // given every third question seen, every seventh scheduled, and the previous question
        List<Question> pool = pool(size);
        List<String> seen = new ArrayList<>();
        Set<String> rejected = new HashSet<>();
        for (int i = 0; i < size; i++) {
            String id = pool.get(i).id();
            if (i % 3 == 0) {
                seen.add(id);
                rejected.add(id);
            }
            if (i % 7 == 1) {
                schedule(id, D0.plusDays(i % 5));
                rejected.add(id);
            }
        }
        see(seen);
        String previous = pool.stream().map(Question::id).filter(id -> !rejected.contains(id)).findFirst()
                .orElseThrow();
        rejected.add(previous);
        List<String> remainder = pool.stream().map(Question::id).filter(id -> !rejected.contains(id)).toList();
        int draws = Math.min(60, 6_000 / remainder.size()) * remainder.size();
        QuestionPicker picker = picker(new SplittableRandom(size));

        // when
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < draws; i++) {
            String id = picker.fresh(ALICE, pool, null, true, previous).orElseThrow();
            assertFalse(rejected.contains(id), id + " is seen, scheduled or previous");
            counts.merge(id, 1, Integer::sum);
        }

        // then every question of the remainder comes up, about equally often (chi-square, p < 0.001)
        assertEquals(new HashSet<>(remainder), counts.keySet());
        double expected = (double) draws / remainder.size();
        double chiSquare = counts.values().stream().mapToDouble(c -> (c - expected) * (c - expected) / expected)
                .sum();
        int freedom = remainder.size() - 1;
        assertTrue(chiSquare < freedom + 3.1 * Math.sqrt(2.0 * freedom) + 10,
                "chi-square " + chiSquare + " with " + freedom + " degrees of freedom");
        assertEquals(List.of(), recorder.calls("seenInRound"), "never the whole round");
        assertEquals(List.of(), recorder.calls("schedule"), "never the whole schedule");
    }

    @Test
    @DisplayName("on a large pool with most questions left, one lookup of 16 drawn ids finds the new question")
    void fewLookupsWhileMostAreLeft() {
        // given 1,000 questions, 400 seen
        List<Question> pool = pool(1_000);
        see(pool.subList(0, 400).stream().map(Question::id).toList());
        QuestionPicker picker = picker(new SplittableRandom(11));

        // when
        for (int i = 0; i < 50; i++) {
            picker.fresh(ALICE, pool, null, true, null).orElseThrow();
        }

        // then
        List<CallRecorder.Call> seenLookups = recorder.calls("seenInRoundAmong");
        assertEquals(50, seenLookups.size(), "one batch per choice");
        assertTrue(seenLookups.stream().allMatch(c -> c.ids() == QuestionPicker.DRAW_BATCHES.get(0)),
                seenLookups::toString);
        assertTrue(recorder.calls("scheduledAmong").stream().allMatch(c -> c.ids() <= 16));
    }

    @Test
    @DisplayName("a pool of 200 with 199 seen: the one left is found, also when every random draw misses it")
    void nearlyExhausted() {
        // given
        List<Question> pool = pool(200);
        see(pool.subList(0, 199).stream().map(Question::id).toList());

        // when drawing at random, and with draws that always hit a seen question
        Set<String> chosen = new HashSet<>();
        for (int seed = 0; seed < 20; seed++) {
            chosen.add(picker(new SplittableRandom(seed)).fresh(ALICE, pool, null, true, null).orElseThrow());
        }
        recorder.clear();
        Optional<String> exact = picker(ALWAYS_ZERO).fresh(ALICE, pool, null, true, null);

        // then
        assertEquals(Set.of("q-199"), chosen);
        assertEquals(Optional.of("q-199"), exact);
        List<Integer> batches = recorder.calls("seenInRoundAmong").stream().map(CallRecorder.Call::ids).toList();
        assertEquals(List.of(16, 64, 256, 1024, 200), batches, "every batch missed, then one exact scan");
    }

    @Test
    @DisplayName("with every question seen there is no new question, and the exact scan walks the pool once")
    void exhausted() {
        // given
        List<Question> pool = pool(1_200);
        see(pool.stream().map(Question::id).toList());

        // when
        Optional<String> none = picker(new SplittableRandom(3)).fresh(ALICE, pool, null, true, null);

        // then
        assertEquals(Optional.empty(), none);
        List<Integer> scanned = recorder.calls("seenInRoundAmong").stream().skip(4).map(CallRecorder.Call::ids)
                .toList();
        assertEquals(List.of(500, 500, 200), scanned, "the pool, in batches");
        assertEquals(List.of(), recorder.calls("scheduledAmong"), "nothing left to ask about");
    }

    @Test
    @DisplayName("for a new round (seen ignored) only the scheduled questions and the previous one are skipped")
    void newRoundSkipsOnlyScheduled() {
        // given all 30 seen; all but q-007 and q-011 scheduled
        List<Question> pool = pool(30);
        see(pool.stream().map(Question::id).toList());
        for (Question q : pool) {
            if (!q.id().equals("q-007") && !q.id().equals("q-011")) {
                schedule(q.id(), D0.plusDays(3));
            }
        }
        QuestionPicker picker = picker(new SplittableRandom(5));

        // when
        Set<String> chosen = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            chosen.add(picker.fresh(ALICE, pool, null, false, "q-011").orElseThrow());
        }

        // then
        assertEquals(Set.of("q-007"), chosen);
        assertEquals(List.of(), recorder.calls("seenInRoundAmong"));
        assertEquals(Optional.of("q-011"), picker.fresh(ALICE, pool, null, false, "q-007"));
    }

    @Test
    @DisplayName("anyBut draws uniformly from the pool without the previous question, or gives up on a pool of one")
    void anyBut() {
        // given
        List<Question> pool = pool(3);
        QuestionPicker picker = picker(new SplittableRandom(9));

        // when
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < 600; i++) {
            counts.merge(picker.anyBut(pool, "q-001").orElseThrow(), 1, Integer::sum);
        }

        // then
        assertEquals(Set.of("q-000", "q-002"), counts.keySet());
        assertTrue(Math.abs(counts.get("q-000") - 300) < 60, counts::toString);
        assertEquals(Optional.empty(), picker.anyBut(pool(1), "q-000"));
        assertEquals(Optional.of("q-000"), picker.anyBut(pool(1), null));
        assertEquals(Optional.of("q-000"), picker.anyBut(pool(1), "not-in-pool"));
    }

    @Test
    @DisplayName("the due review is the most overdue in the pool, paging past reviews outside it, and skipping the "
            + "previous question and those shown today")
    void mostOverdue() {
        // given 300 questions; 150 due reviews outside the behavioral pool, all more overdue than the 3 inside
        QuestionBank bank = new QuestionBank(pool(300));
        List<Question> behavioral = bank.in(null, null, Category.BEHAVIORAL);
        int outside = 0;
        for (Question q : bank.all()) {
            if (q.category() != Category.BEHAVIORAL && outside < 150) {
                schedule(q.id(), D0.minusDays(100 + outside % 9));
                outside++;
            }
        }
        schedule(behavioral.get(0).id(), D0.minusDays(5));
        schedule(behavioral.get(1).id(), D0.minusDays(5));
        schedule(behavioral.get(2).id(), D0.minusDays(9));
        schedule(behavioral.get(3).id(), D0.plusDays(1));
        QuestionPicker picker = picker(new SplittableRandom(1));
        String mostOverdue = behavioral.get(2).id();
        String tieFirst = behavioral.get(0).id();
        String tieSecond = behavioral.get(1).id();

        // when / then
        assertEquals(Optional.of(new DueItem(mostOverdue, D0.minusDays(9))), picker.mostOverdue(ALICE, bank,
                null, null, Category.BEHAVIORAL, D0, START_OF_D0, null));
        assertEquals(3, recorder.calls("dueReviews").size(), "two full pages of others, then the third");
        assertEquals(Optional.of(new DueItem(tieFirst, D0.minusDays(5))), picker.mostOverdue(ALICE, bank,
                null, null, Category.BEHAVIORAL, D0, START_OF_D0, mostOverdue));
        see(List.of(tieFirst));
        assertEquals(Optional.of(new DueItem(tieSecond, D0.minusDays(5))), picker.mostOverdue(ALICE, bank,
                null, null, Category.BEHAVIORAL, D0, START_OF_D0, mostOverdue));
        see(List.of(tieSecond));
        assertEquals(Optional.empty(), picker.mostOverdue(ALICE, bank, null, null, Category.BEHAVIORAL, D0,
                START_OF_D0, mostOverdue));
        assertEquals(Optional.of(new DueItem(tieFirst, D0.minusDays(5))), picker.mostOverdue(ALICE, bank,
                null, null, Category.BEHAVIORAL, D0, T0.plusMillis(1), mostOverdue), "shown, but before that");
        assertEquals(Optional.empty(), picker.mostOverdue(ALICE, bank, "frontend", null, null, D0, START_OF_D0,
                null), "no question of that role");
        assertTrue(picker.mostOverdue(ALICE, bank, null, null, null, D0, START_OF_D0, null).isPresent());
        assertEquals(List.of(), recorder.calls("schedule"), "never the whole schedule");
    }
}
