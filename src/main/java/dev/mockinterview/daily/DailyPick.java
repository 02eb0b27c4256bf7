package dev.mockinterview.daily;

import dev.mockinterview.interview.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Which question a channel gets next. Pure: the randomness is passed in.
 *
 * <p>A channel works through its pool (the whole bank, or the schedule's category) in cycles. Within a cycle no
 * question is posted twice: each pick is drawn uniformly from the pool's questions not yet posted in the cycle. When
 * every one of them has been posted, the pick starts a new cycle ({@link Pick#newCycle()}); the caller then starts
 * counting a new cycle before recording the post (e.g. {@code DailyStore.claim} with {@code newCycle}), so this post is the first
 * of the new cycle. The question posted last is never picked again straight away, unless it is the only question in
 * the pool, also across a cycle boundary.
 *
 * <p>Ids in {@code postedThisCycle} that are not in the pool (a question removed from the bank, or from another
 * category) are ignored. Duplicate questions in the pool (same id) count once. Candidates are taken in pool order,
 * so the same pool, history and seed give the same pick.
 */
public final class DailyPick {
    private DailyPick() {
    }

    /**
     * @param question the question to post
     * @param newCycle true when every question in the pool had already been posted in the current cycle, so this
     *                 question is the first of a new one
     */
    public record Pick(Question question, boolean newCycle) {
        public Pick {
            Objects.requireNonNull(question, "question");
        }
    }

    /**
     * The next question for a channel, or empty when the pool is empty.
     *
     * @param pool            the questions the channel may get, in a stable order
     * @param postedThisCycle ids of the questions posted in the channel since its current cycle began
     * @param lastPostedId    id of the question the channel saw last (its latest successful post), or null if none
     * @param random          the source of randomness
     */
    public static Optional<Pick> choose(List<Question> pool, Set<String> postedThisCycle, String lastPostedId,
            RandomGenerator random) {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(postedThisCycle, "postedThisCycle");
        Objects.requireNonNull(random, "random");
        Map<String, Question> byId = new LinkedHashMap<>();
        for (Question q : pool) {
            byId.putIfAbsent(q.id(), q);
        }
        if (byId.isEmpty()) {
            return Optional.empty();
        }
        List<Question> fresh = new ArrayList<>();
        for (Question q : byId.values()) {
            if (!postedThisCycle.contains(q.id()) && !q.id().equals(lastPostedId)) {
                fresh.add(q);
            }
        }
        if (!fresh.isEmpty()) {
            return Optional.of(new Pick(fresh.get(random.nextInt(fresh.size())), false));
        }
        List<Question> all = new ArrayList<>();
        for (Question q : byId.values()) {
            if (!q.id().equals(lastPostedId)) {
                all.add(q);
            }
        }
        if (all.isEmpty()) { // a pool of one: it has to repeat
            all.addAll(byId.values());
        }
        return Optional.of(new Pick(all.get(random.nextInt(all.size())), true));
    }

    /**
     * {@link #choose(List, Set, String, RandomGenerator)} without knowing the last question: it cannot then avoid
     * repeating it right after a new cycle starts. Prefer the four-argument form.
     */
    public static Optional<Pick> choose(List<Question> pool, Set<String> postedThisCycle, RandomGenerator random) {
        return choose(pool, postedThisCycle, null, random);
    }
}
