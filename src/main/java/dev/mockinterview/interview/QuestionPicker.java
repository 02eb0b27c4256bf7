package dev.mockinterview.interview;

import dev.mockinterview.review.DueItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Finds the candidates for the next question by point lookups in the stores, so the cost of a click does not grow
 * with how many questions the user has seen or scheduled, nor (on the usual path) with the size of the bank.
 *
 * <ul>
 *   <li><b>Due reviews</b> are read a page at a time, most overdue first, from an index on the due date, with
 *   those already shown today left out by the store (one index search each, and at most the daily cap of them).
 *   The first page usually holds the answer; paging goes on only past reviews outside the pool (another category,
 *   role or level, or gone from the bank).</li>
 *   <li><b>A new question</b> is found by rejection sampling: draw pool positions uniformly at random, ask the
 *   stores which of the drawn questions are seen in the round or scheduled, and take the first drawn that is
 *   neither (nor the previous question). The first acceptable draw of a sequence of uniform draws is uniform over
 *   the acceptable questions, so the choice is exactly as uniform as shuffling the whole remainder. The draws come
 *   in growing batches (16, 64, 256, 1024) to bound round trips. With half of the pool left the first batch misses
 *   with probability 0.5¹⁶ ≈ 1.5·10⁻⁵; with a tenth left, 0.19, and all four batches 10⁻⁶².</li>
 *   <li><b>Near the end of a round</b>, when every batch misses, an exact scan walks the pool (never the seen set)
 *   in batches with the same lookups, collects what is left, and draws from that, so the choice stays exact and
 *   uniform. It costs O(pool) lookups, but runs only when very little of the pool is left: with 0.5% left it runs
 *   once in a thousand choices. A pool of at most {@link #SMALL_POOL} questions is always scanned, in one batch.</li>
 * </ul>
 */
public final class QuestionPicker {
    /** Due reviews read per query. */
    static final int DUE_PAGE = 64;
    /** Random draws per lookup, batch by batch, before the exact scan. */
    static final List<Integer> DRAW_BATCHES = List.of(16, 64, 256, 1024);
    /** Pools up to this size are scanned exactly at once: one batch, no rejection sampling needed. */
    static final int SMALL_POOL = 64;
    /** Questions per lookup in the exact scan. */
    static final int SCAN_BATCH = 500;

    private final SessionStore sessions;
    private final ProgressStore progress;
    private final RandomGenerator random;

    public QuestionPicker(SessionStore sessions, ProgressStore progress, RandomGenerator random) {
        this.sessions = sessions;
        this.progress = progress;
        this.random = random;
    }

    /**
     * The most overdue review due on or before {@code today} (earliest due date, then question id) whose question
     * is in the pool {@code bank.in(role, level, category)}, is not {@code previous}, and was not shown at or after
     * {@code startOfDay}.
     */
    public Optional<DueItem> mostOverdue(UserRef user, QuestionBank bank, String role, String level, Category category,
                                  LocalDate today, Instant startOfDay, String previous) {
        DueItem after = null;
        while (true) {
            List<DueItem> page = progress.dueReviews(user, today, startOfDay, after, DUE_PAGE);
            for (DueItem item : page) {
                String id = item.questionId();
                if (!id.equals(previous) && bank.inPool(id, role, level, category)) {
                    return Optional.of(item);
                }
            }
            if (page.size() < DUE_PAGE) {
                return Optional.empty();
            }
            after = page.get(page.size() - 1);
        }
    }

    /**
     * A uniformly random question of {@code pool} that is not scheduled for review and is not {@code previous}; with
     * {@code unseenOnly}, also not seen in the current round of {@code scope}. Empty when there is none.
     */
    public Optional<String> fresh(UserRef user, List<Question> pool, Category scope, boolean unseenOnly, String previous) {
        int size = pool.size();
        if (size > SMALL_POOL) {
            for (int draws : DRAW_BATCHES) {
                List<String> drawn = new ArrayList<>(draws);
                for (int i = 0; i < draws; i++) {
                    drawn.add(pool.get(random.nextInt(size)).id());
                }
                Set<String> rejected = rejected(user, scope, unseenOnly, drawn, previous);
                for (String id : drawn) {
                    if (!rejected.contains(id)) {
                        return Optional.of(id);
                    }
                }
            }
        }
        // Exact: few questions are left (or the pool is small). Walk the pool, not the user's history.
        List<String> left = new ArrayList<>();
        for (int from = 0; from < size; from += SCAN_BATCH) {
            List<String> ids = pool.subList(from, Math.min(size, from + SCAN_BATCH)).stream()
                    .map(Question::id).toList();
            Set<String> rejected = rejected(user, scope, unseenOnly, ids, previous);
            for (String id : ids) {
                if (!rejected.contains(id)) {
                    left.add(id);
                }
            }
        }
        return left.isEmpty() ? Optional.empty() : Optional.of(left.get(random.nextInt(left.size())));
    }

    /** Of {@code ids}: the previous question, those seen in the round (if asked) and those scheduled. */
    private Set<String> rejected(UserRef user, Category scope, boolean unseenOnly, List<String> ids,
                                 String previous) {
        Set<String> rejected = new HashSet<>();
        if (previous != null) {
            rejected.add(previous);
        }
        if (unseenOnly) {
            rejected.addAll(sessions.seenInRoundAmong(user, scope, ids));
        }
        List<String> rest = ids.stream().filter(id -> !rejected.contains(id)).distinct().toList();
        if (!rest.isEmpty()) {
            rejected.addAll(progress.scheduledAmong(user, rest));
        }
        return rejected;
    }

    /** A uniformly random question of the pool other than {@code previous}; empty if the pool holds only that. */
    Optional<String> anyBut(List<Question> pool, String previous) {
        int size = pool.size();
        int skip = -1;
        // O(pool) in memory, but only when every question of the pool is scheduled for review.
        for (int i = 0; previous != null && i < size && skip < 0; i++) {
            if (pool.get(i).id().equals(previous)) {
                skip = i;
            }
        }
        if (skip < 0) {
            return size == 0 ? Optional.empty() : Optional.of(pool.get(random.nextInt(size)).id());
        }
        if (size == 1) {
            return Optional.empty();
        }
        int j = random.nextInt(size - 1);
        return Optional.of(pool.get(j >= skip ? j + 1 : j).id());
    }
}
