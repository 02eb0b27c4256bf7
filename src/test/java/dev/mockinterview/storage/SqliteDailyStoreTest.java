package dev.mockinterview.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.daily.DailyPost;
import dev.mockinterview.daily.DailySchedule;
import dev.mockinterview.interview.Category;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daily-question tables on a real SQLite file: schedules, exactly-once claims (also across several
 * {@link Database} instances on the same file, and under contention), post states, cycles and hints.
 */
@DisplayName("SqliteDailyStore")
class SqliteDailyStoreTest {
    private static final String TEAM = "T1";
    private static final String CH = "C1";
    private static final String CH2 = "C2";
    private static final LocalDate MON = LocalDate.of(2026, 11, 23);
    private static final LocalDate TUE = MON.plusDays(1);
    private static final LocalDate WED = MON.plusDays(2);
    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    Path tmp;
    private Database db;
    private SqliteDailyStore store;
    private final List<Database> others = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(tmp.resolve("daily.db"));
        store = new SqliteDailyStore(db);
    }

    @AfterEach
    void close() {
        others.forEach(Database::close);
        db.close();
    }

    /** Closes and reopens the file, as a bot restart does. */
    private void restart() {
        db.close();
        open();
    }

    /** A second instance of the bot: its own Database (its own connection) on the same file. */
    private SqliteDailyStore secondInstance() {
        Database other = Database.open(tmp.resolve("daily.db"));
        others.add(other);
        return new SqliteDailyStore(other);
    }

    private static DailySchedule schedule(String channel, String createdBy, boolean enabled) {
        return new DailySchedule(TEAM, channel, LocalTime.of(9, 0), ZoneId.of("Europe/Berlin"),
                DailySchedule.WEEKDAYS, null, createdBy, enabled, null);
    }

    private DailyPost claim(String channel, LocalDate date, String question) {
        return store.claim(TEAM, channel, date, question, T0, false).orElseThrow();
    }

    private DailyPost reload(DailyPost p) {
        return store.post(p.id()).orElseThrow();
    }

    @Nested
    @DisplayName("schedules")
    class Schedules {
        @Test
        @DisplayName("every field survives a restart: time, zone, days, category, creator, enabled, reveal time")
        void roundTrip() {
            // given
            DailySchedule full = new DailySchedule(TEAM, CH, LocalTime.of(17, 30), ZoneId.of("America/New_York"),
                    EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), Category.SYSTEM_DESIGN,
                    "U0CREATOR", true, LocalTime.of(21, 15));
            DailySchedule bare = new DailySchedule(TEAM, CH2, LocalTime.of(8, 5, 30), ZoneId.of("UTC"),
                    Set.of(), null, "U0OTHER", false, null);
            store.saveSchedule(full, T0);
            store.saveSchedule(bare, T0);

            // when
            restart();
            DailySchedule readFull = store.schedule(TEAM, CH).orElseThrow();
            DailySchedule readBare = store.schedule(TEAM, CH2).orElseThrow();

            // then
            assertEquals(full, readFull);
            assertEquals(LocalTime.of(17, 30), readFull.time());
            assertEquals(ZoneId.of("America/New_York"), readFull.zone());
            assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), readFull.days());
            assertEquals(Category.SYSTEM_DESIGN, readFull.category());
            assertEquals("U0CREATOR", readFull.createdBy());
            assertTrue(readFull.enabled());
            assertEquals(LocalTime.of(21, 15), readFull.revealTime());

            assertEquals(bare, readBare);
            assertTrue(readBare.days().isEmpty());
            assertNull(readBare.category());
            assertFalse(readBare.enabled());
            assertNull(readBare.revealTime());
            assertEquals(LocalTime.of(8, 5, 30), readBare.time());
        }

        @Test
        @DisplayName("an unknown channel or team has no schedule")
        void unknown() {
            // given
            store.saveSchedule(schedule(CH, "U1", true), T0);

            // when / then
            assertEquals(Optional.empty(), store.schedule(TEAM, CH2));
            assertEquals(Optional.empty(), store.schedule("T2", CH));
        }

        @Test
        @DisplayName("saving a channel's schedule again replaces it: one row, the new values")
        void upsert() {
            // given
            store.saveSchedule(schedule(CH, "U1", true), T0);
            DailySchedule changed = new DailySchedule(TEAM, CH, LocalTime.of(10, 0), ZoneId.of("Asia/Tokyo"),
                    DailySchedule.EVERY_DAY, Category.BEHAVIORAL, "U2", true, LocalTime.of(18, 0));

            // when
            store.saveSchedule(changed, T0.plusSeconds(60));

            // then
            assertEquals(changed, store.schedule(TEAM, CH).orElseThrow());
            assertEquals(List.of(changed), store.enabledSchedules());

            // when it is turned off and the category cleared
            DailySchedule off = new DailySchedule(TEAM, CH, LocalTime.of(10, 0), ZoneId.of("Asia/Tokyo"),
                    DailySchedule.EVERY_DAY, null, "U2", false, null);
            store.saveSchedule(off, T0.plusSeconds(120));

            // then the nulls overwrite the old values too
            assertEquals(off, store.schedule(TEAM, CH).orElseThrow());
        }

        @Test
        @DisplayName("enabledSchedules lists the enabled ones only, by team then channel")
        void enabledSchedules() {
            // given
            DailySchedule c3 = schedule("C3", "U1", true);
            DailySchedule c1 = schedule(CH, "U1", true);
            DailySchedule c2off = schedule(CH2, "U1", false);
            DailySchedule otherTeam = new DailySchedule("T0", "C9", LocalTime.NOON, ZoneId.of("UTC"),
                    DailySchedule.EVERY_DAY, null, "U9", true, null);
            store.saveSchedule(c3, T0);
            store.saveSchedule(c1, T0);
            store.saveSchedule(c2off, T0);
            store.saveSchedule(otherTeam, T0);

            // when / then
            assertEquals(List.of(otherTeam, c1, c3), store.enabledSchedules());

            // when C1 is turned off and C2 on
            store.saveSchedule(c1.withEnabled(false), T0);
            store.saveSchedule(c2off.withEnabled(true), T0);

            // then
            assertEquals(List.of(otherTeam, c2off.withEnabled(true), c3), store.enabledSchedules());
        }
    }

    @Nested
    @DisplayName("claims")
    class Claims {
        @Test
        @DisplayName("the first claim for a channel and date wins and is returned in full; a second one gets nothing")
        void firstClaimWins() {
            // when
            DailyPost first = store.claim(TEAM, CH, MON, "q1", T0, false).orElseThrow();
            Optional<DailyPost> second = store.claim(TEAM, CH, MON, "q2", T0.plusSeconds(5), false);

            // then
            assertTrue(first.id() > 0);
            assertEquals(TEAM, first.teamId());
            assertEquals(CH, first.channelId());
            assertEquals(MON, first.localDate());
            assertEquals("q1", first.questionId());
            assertEquals(DailyPost.Status.CLAIMED, first.status());
            assertNull(first.messageTs());
            assertEquals(0, first.attempts());
            assertNull(first.lastError());
            assertFalse(first.revealed());
            assertEquals(T0, first.claimedAt());
            assertFalse(first.extra());
            assertEquals(Optional.empty(), second);
            assertEquals(first, store.post(first.id()).orElseThrow(), "the losing claim changed nothing");
        }

        @Test
        @DisplayName("the claim holds after a restart")
        void afterRestart() {
            // given
            DailyPost first = claim(CH, MON, "q1");

            // when
            restart();

            // then
            assertEquals(Optional.empty(), store.claim(TEAM, CH, MON, "q2", T0.plusSeconds(3600), false));
            assertEquals(first, store.post(first.id()).orElseThrow());
        }

        @Test
        @DisplayName("another date, another channel or another team is a separate claim")
        void separateKeys() {
            // when
            DailyPost mon = claim(CH, MON, "q1");
            DailyPost tue = claim(CH, TUE, "q1");
            DailyPost otherChannel = claim(CH2, MON, "q1");
            DailyPost otherTeam = store.claim("T2", CH, MON, "q1", T0, false).orElseThrow();

            // then
            assertEquals(4, Set.of(mon.id(), tue.id(), otherChannel.id(), otherTeam.id()).size());
        }

        @Test
        @DisplayName("two instances (two Database objects on one file): whichever claims second gets nothing")
        void twoInstances() {
            // given
            SqliteDailyStore other = secondInstance();

            // when
            DailyPost mine = claim(CH, MON, "q1");
            Optional<DailyPost> theirs = other.claim(TEAM, CH, MON, "q2", T0, false);
            DailyPost theirTuesday = other.claim(TEAM, CH, TUE, "q3", T0, false).orElseThrow();
            Optional<DailyPost> myTuesday = store.claim(TEAM, CH, TUE, "q4", T0, false);

            // then
            assertEquals(Optional.empty(), theirs);
            assertEquals(Optional.empty(), myTuesday);
            assertEquals(Optional.of(mine), other.post(mine.id()));
            assertEquals(Optional.of(theirTuesday), store.post(theirTuesday.id()));
            assertEquals(Optional.of(TUE), other.lastScheduledDate(TEAM, CH));
        }

        @Test
        @DisplayName("8 threads, each with its own Database on the file, race for one channel and date: one wins")
        void contention() throws Exception {
            int threads = 8;
            List<SqliteDailyStore> stores = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                stores.add(secondInstance());
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                for (int round = 0; round < 5; round++) {
                    // given
                    LocalDate date = MON.plusDays(round);
                    CountDownLatch start = new CountDownLatch(1);
                    List<Future<Optional<DailyPost>>> results = new ArrayList<>();
                    for (int i = 0; i < threads; i++) {
                        SqliteDailyStore s = stores.get(i);
                        String question = "q" + i;
                        results.add(pool.submit(() -> {
                            start.await();
                            return s.claim(TEAM, CH, date, question, T0, false);
                        }));
                    }

                    // when
                    start.countDown();
                    List<DailyPost> winners = new ArrayList<>();
                    for (Future<Optional<DailyPost>> f : results) {
                        f.get(60, TimeUnit.SECONDS).ifPresent(winners::add); // a guard, not a timing assertion
                    }

                    // then
                    assertEquals(1, winners.size(), "round " + round + ": " + winners);
                    DailyPost winner = winners.get(0);
                    assertEquals(Optional.of(winner), store.latestPost(TEAM, CH));
                    assertEquals(Optional.of(date), store.lastScheduledDate(TEAM, CH));
                    assertEquals(round + 1, store.unfinishedPosts().size(), "one row per date");
                }
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        @DisplayName("extra claims (daily now) do not block the day's scheduled claim, and several fit in a day")
        void extraClaims() {
            // when
            DailyPost extra1 = store.claim(TEAM, CH, MON, "q1", T0, true).orElseThrow();
            DailyPost extra2 = store.claim(TEAM, CH, MON, "q2", T0.plusMillis(1), true).orElseThrow();
            DailyPost scheduled = store.claim(TEAM, CH, MON, "q3", T0.plusMillis(2), false).orElseThrow();
            DailyPost extra3 = store.claim(TEAM, CH, MON, "q4", T0.plusSeconds(60), true).orElseThrow();

            // then
            assertTrue(extra1.extra());
            assertTrue(extra2.extra());
            assertFalse(scheduled.extra());
            assertTrue(extra3.extra());
            assertEquals(4, Set.of(extra1.id(), extra2.id(), scheduled.id(), extra3.id()).size());
            assertEquals(MON, extra3.localDate());
            assertEquals(Optional.empty(), store.claim(TEAM, CH, MON, "q5", T0.plusSeconds(90), false),
                    "still one scheduled post a day");
            // the extra slot is keyed by the claim's millisecond: the same millisecond twice is one claim
            assertEquals(Optional.empty(), store.claim(TEAM, CH, MON, "q6", T0, true));
        }

        @Test
        @DisplayName("an extra claim made first does not take the day's scheduled slot")
        void extraBeforeScheduled() {
            // given
            store.claim(TEAM, CH, MON, "q1", T0.minusSeconds(600), true).orElseThrow();

            // when
            Optional<DailyPost> scheduled = store.claim(TEAM, CH, MON, "q2", T0, false);

            // then
            assertTrue(scheduled.isPresent());
            assertFalse(scheduled.get().extra());
        }
    }

    @Nested
    @DisplayName("post states")
    class PostStates {
        @Test
        @DisplayName("markPosted: POSTED with its ts and one attempt; leaves the unfinished, joins the unrevealed")
        void posted() {
            // given
            DailyPost p = claim(CH, MON, "q1");
            assertEquals(List.of(p), store.unfinishedPosts());
            assertEquals(List.of(), store.unrevealedPosts());

            // when
            store.markPosted(p.id(), "1764000000.000100");

            // then
            DailyPost after = reload(p);
            assertEquals(DailyPost.Status.POSTED, after.status());
            assertEquals("1764000000.000100", after.messageTs());
            assertEquals(1, after.attempts());
            assertFalse(after.revealed());
            assertEquals(List.of(), store.unfinishedPosts());
            assertEquals(List.of(after), store.unrevealedPosts());
        }

        @Test
        @DisplayName("markFailed, not given up: still CLAIMED (to retry), with the error and the attempts")
        void failedRetry() {
            // given
            DailyPost p = claim(CH, MON, "q1");

            // when
            store.markFailed(p.id(), "ratelimited", 2, false);

            // then
            DailyPost after = reload(p);
            assertEquals(DailyPost.Status.CLAIMED, after.status());
            assertEquals("ratelimited", after.lastError());
            assertEquals(2, after.attempts());
            assertEquals(List.of(after), store.unfinishedPosts());
            assertEquals(List.of(), store.unrevealedPosts());
        }

        @Test
        @DisplayName("markFailed, given up: FAILED, neither unfinished nor unrevealed, and the day stays claimed")
        void failedGivenUp() {
            // given
            DailyPost p = claim(CH, MON, "q1");

            // when
            store.markFailed(p.id(), "channel_not_found", 1, true);

            // then
            DailyPost after = reload(p);
            assertEquals(DailyPost.Status.FAILED, after.status());
            assertEquals("channel_not_found", after.lastError());
            assertEquals(1, after.attempts());
            assertEquals(List.of(), store.unfinishedPosts());
            assertEquals(List.of(), store.unrevealedPosts());
            assertEquals(Optional.empty(), store.claim(TEAM, CH, MON, "q2", T0, false));
            assertEquals(Optional.of(MON), store.lastScheduledDate(TEAM, CH));
        }

        @Test
        @DisplayName("markRevealed takes a post out of the unrevealed list")
        void revealed() {
            // given
            DailyPost a = claim(CH, MON, "q1");
            DailyPost b = claim(CH2, MON, "q2");
            store.markPosted(a.id(), "1.1");
            store.markPosted(b.id(), "2.2");

            // when
            store.markRevealed(a.id());

            // then
            assertTrue(reload(a).revealed());
            assertEquals(List.of(reload(b)), store.unrevealedPosts());
        }

        @Test
        @DisplayName("unfinished and unrevealed posts come in claim order, across channels")
        void order() {
            // given
            DailyPost a = claim(CH2, MON, "q1");
            DailyPost b = claim(CH, MON, "q2");
            DailyPost c = claim(CH, TUE, "q3");

            // when / then
            assertEquals(List.of(a, b, c), store.unfinishedPosts());
            store.markPosted(c.id(), "3");
            store.markPosted(a.id(), "1");
            assertEquals(List.of(reload(a), reload(c)), store.unrevealedPosts());
            assertEquals(List.of(b), store.unfinishedPosts());
        }

        @Test
        @DisplayName("an unknown post id is empty")
        void unknownPost() {
            assertEquals(Optional.empty(), store.post(12345));
        }
    }

    @Nested
    @DisplayName("history")
    class History {
        @Test
        @DisplayName("lastScheduledDate: empty at first, the latest scheduled date, extra posts ignored, per channel")
        void lastScheduledDate() {
            // given
            assertEquals(Optional.empty(), store.lastScheduledDate(TEAM, CH));
            claim(CH, MON, "q1");
            store.claim(TEAM, CH, WED, "q2", T0, true).orElseThrow();
            claim(CH2, WED, "q3");

            // when / then
            assertEquals(Optional.of(MON), store.lastScheduledDate(TEAM, CH));
            assertEquals(Optional.of(WED), store.lastScheduledDate(TEAM, CH2));
            assertEquals(Optional.empty(), store.lastScheduledDate("T2", CH));

            // when
            claim(CH, TUE, "q4");

            // then
            assertEquals(Optional.of(TUE), store.lastScheduledDate(TEAM, CH));
        }

        @Test
        @DisplayName("latestPost: the latest date, then the latest claim that day, extra posts included")
        void latestPost() {
            // given
            assertEquals(Optional.empty(), store.latestPost(TEAM, CH));
            claim(CH, TUE, "q1");
            claim(CH, MON, "q2"); // a later claim for an earlier date
            DailyPost extra = store.claim(TEAM, CH, TUE, "q3", T0.plusSeconds(1), true).orElseThrow();

            // when / then
            assertEquals(Optional.of(extra), store.latestPost(TEAM, CH));
        }

        @Test
        @DisplayName("postedInCycle: claimed and posted questions of the channel, not failed ones; extras count")
        void postedInCycle() {
            // given
            DailyPost a = claim(CH, MON, "q1");
            claim(CH, TUE, "q2");
            DailyPost failed = claim(CH, WED, "q3");
            store.claim(TEAM, CH, WED, "q4", T0, true).orElseThrow();
            claim(CH2, MON, "q9");
            store.markPosted(a.id(), "1");
            store.markFailed(failed.id(), "is_archived", 1, true);

            // when / then
            assertEquals(Set.of("q1", "q2", "q4"), store.postedInCycle(TEAM, CH));
            assertEquals(Set.of("q9"), store.postedInCycle(TEAM, CH2));
        }

        @Test
        @DisplayName("a claim that starts a new cycle forgets the channel's earlier posts, not other channels'")
        void newCycle() {
            // given
            store.saveSchedule(schedule(CH, "U1", true), T0);
            store.saveSchedule(schedule(CH2, "U1", true), T0);
            claim(CH, MON, "q1");
            claim(CH2, MON, "q9");
            claim(CH, TUE, "q2");

            // when the channel's pool is used up and Wednesday's claim starts a new cycle
            store.claim(TEAM, CH, WED, "q1", T0, false, true).orElseThrow();

            // then only that post counts in the channel's cycle, also after a restart
            assertEquals(Set.of("q1"), store.postedInCycle(TEAM, CH));
            assertEquals(Set.of("q9"), store.postedInCycle(TEAM, CH2));
            claim(CH2, TUE, "q8");
            restart();
            assertEquals(Set.of("q1"), store.postedInCycle(TEAM, CH));
            assertEquals(Set.of("q9", "q8"), store.postedInCycle(TEAM, CH2));

            // and a claim that loses (the day was already claimed) does not start a cycle
            assertTrue(store.claim(TEAM, CH, WED, "q3", T0, false, true).isEmpty());
            assertEquals(Set.of("q1"), store.postedInCycle(TEAM, CH));
        }

        @Test
        @DisplayName("hints revealed are kept per user and per post, overwritten, and survive a restart")
        void hints() {
            // given
            DailyPost p1 = claim(CH, MON, "q1");
            DailyPost p2 = claim(CH, TUE, "q2");
            assertEquals(0, store.hintsRevealed(p1.id(), "U1"));

            // when
            store.saveHintsRevealed(p1.id(), "U1", 2);
            store.saveHintsRevealed(p1.id(), "U2", 1);
            store.saveHintsRevealed(p1.id(), "U1", 3);
            restart();

            // then
            assertEquals(3, store.hintsRevealed(p1.id(), "U1"));
            assertEquals(1, store.hintsRevealed(p1.id(), "U2"));
            assertEquals(0, store.hintsRevealed(p2.id(), "U1"));
            assertEquals(0, store.hintsRevealed(p1.id(), "U3"));
            assertNotEquals(p1.id(), p2.id());
        }
    }
}
