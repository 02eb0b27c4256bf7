package dev.mockinterview.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.interview.Category;
import dev.mockinterview.interview.Question;
import dev.mockinterview.interview.TestQuestions;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("DailyPick")
class DailyPickTest {
    static final List<Question> POOL = IntStream.rangeClosed(1, 5)
            .mapToObj(i -> TestQuestions.question("q" + i, Category.BEHAVIORAL)).toList();

    /** A "random" source that always answers {@code index} (bounded), to make a pick predictable. */
    static RandomGenerator always(int index) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int nextInt(int bound) {
                return Math.min(index, bound - 1);
            }
        };
    }

    @Test
    @DisplayName("no question twice until the pool is used up, then a new cycle, again without repeats")
    void cycles() {
        for (long seed = 0; seed < 200; seed++) {
            // given
            SplittableRandom random = new SplittableRandom(seed);
            Set<String> cycle = new HashSet<>();
            String last = null;

            // when / then: the first cycle
            for (int i = 0; i < POOL.size(); i++) {
                DailyPick.Pick p = DailyPick.choose(POOL, cycle, last, random).orElseThrow();
                assertFalse(p.newCycle(), "seed " + seed);
                assertTrue(cycle.add(p.question().id()), "repeat in seed " + seed);
                last = p.question().id();
            }
            // the pool is used up: the next pick starts a new cycle and is not the last question
            DailyPick.Pick first = DailyPick.choose(POOL, cycle, last, random).orElseThrow();
            assertTrue(first.newCycle(), "seed " + seed);
            assertNotEquals(last, first.question().id(), "immediate repeat in seed " + seed);
            // the caller starts the new cycle with this post
            cycle = new HashSet<>(Set.of(first.question().id()));
            last = first.question().id();
            for (int i = 1; i < POOL.size(); i++) {
                DailyPick.Pick p = DailyPick.choose(POOL, cycle, last, random).orElseThrow();
                assertFalse(p.newCycle(), "seed " + seed);
                assertTrue(cycle.add(p.question().id()), "repeat in seed " + seed);
                last = p.question().id();
            }
            assertEquals(POOL.size(), cycle.size());
        }
    }

    @Test
    @DisplayName("picks among the questions not posted yet, in pool order, with the random source given")
    void freshOnly() {
        // given
        Set<String> posted = Set.of("q1", "q2", "q4");

        // when
        Optional<DailyPick.Pick> first = DailyPick.choose(POOL, posted, "q4", always(0));
        Optional<DailyPick.Pick> second = DailyPick.choose(POOL, posted, "q4", always(1));

        // then
        assertEquals(Optional.of(new DailyPick.Pick(POOL.get(2), false)), first);
        assertEquals(Optional.of(new DailyPick.Pick(POOL.get(4), false)), second);
    }

    @Test
    @DisplayName("a new cycle never starts with the question posted last")
    void newCycleAvoidsLast() {
        // given
        Set<String> all = Set.of("q1", "q2", "q3", "q4", "q5");

        // when
        DailyPick.Pick p = DailyPick.choose(POOL, all, "q1", always(0)).orElseThrow();

        // then
        assertEquals(new DailyPick.Pick(POOL.get(1), true), p);
    }

    @Test
    @DisplayName("a pool of one repeats its question, each time a new cycle")
    void poolOfOne() {
        // given
        List<Question> one = List.of(POOL.get(0));

        // when / then
        assertEquals(Optional.of(new DailyPick.Pick(POOL.get(0), false)),
                DailyPick.choose(one, Set.of(), null, always(0)));
        assertEquals(Optional.of(new DailyPick.Pick(POOL.get(0), true)),
                DailyPick.choose(one, Set.of("q1"), "q1", always(0)));
    }

    @Test
    @DisplayName("an empty pool: nothing to post")
    void emptyPool() {
        // given / when / then
        assertEquals(Optional.empty(), DailyPick.choose(List.of(), Set.of(), null, always(0)));
    }

    @Test
    @DisplayName("ids not in the pool are ignored; duplicates in the pool count once")
    void strangers() {
        // given: a category change left other questions in the cycle; the pool lists q2 twice
        List<Question> pool = List.of(POOL.get(1), POOL.get(1), POOL.get(2));
        Set<String> posted = Set.of("x9", "q2");

        // when
        DailyPick.Pick p = DailyPick.choose(pool, posted, "x9", always(5)).orElseThrow();
        DailyPick.Pick q = DailyPick.choose(pool, Set.of("q2", "q3"), "q3", always(5)).orElseThrow();

        // then
        assertEquals(new DailyPick.Pick(POOL.get(2), false), p);
        assertEquals(new DailyPick.Pick(POOL.get(1), true), q);
    }

    @Test
    @DisplayName("the last question is avoided even if the cycle set does not contain it")
    void lastNotInCycle() {
        // given
        Set<String> posted = Set.of("q1", "q2", "q3");

        // when
        DailyPick.Pick p = DailyPick.choose(POOL, posted, "q4", always(0)).orElseThrow();

        // then
        assertEquals(new DailyPick.Pick(POOL.get(4), false), p);
    }

    @Test
    @DisplayName("the three-argument form works without a last question")
    void withoutLast() {
        // given / when / then
        assertEquals(Optional.of(new DailyPick.Pick(POOL.get(3), false)),
                DailyPick.choose(POOL, Set.of("q1", "q2", "q3"), always(0)));
        assertTrue(DailyPick.choose(POOL, Set.of("q1", "q2", "q3", "q4", "q5"), always(0)).orElseThrow().newCycle());
    }
}
