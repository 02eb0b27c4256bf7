package dev.mockinterview.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.interview.Category;
import dev.mockinterview.interview.Hint;
import dev.mockinterview.interview.Question;
import dev.mockinterview.interview.QuestionBank;
import dev.mockinterview.interview.TestQuestions;
import dev.mockinterview.storage.Database;
import dev.mockinterview.storage.SqliteDailyStore;
import dev.mockinterview.testutil.MutableClock;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DailyService} on a real SQLite file ({@link SqliteDailyStore}), with a clock the tests move and seeded
 * randomness. Times are in Europe/Berlin, which is UTC+1 in November: 09:00 Berlin is 08:00 UTC.
 */
@DisplayName("DailyService")
class DailyServiceTest {
    private static final String TEAM = "T1";
    private static final String CH = "C1";
    private static final String CH2 = "C2";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Monday 23 November 2026. */
    private static final LocalDate MON = LocalDate.of(2026, 11, 23);
    private static final LocalDate TUE = MON.plusDays(1);
    private static final LocalDate WED = MON.plusDays(2);
    private static final LocalDate FRI = MON.plusDays(4);
    private static final LocalDate SAT = MON.plusDays(5);
    private static final LocalDate SUN = MON.plusDays(6);
    private static final LocalDate NEXT_MON = MON.plusDays(7);

    private static final DailyService.Actor ADMIN = new DailyService.Actor(TEAM, "U0ADMIN", true, false);
    private static final DailyService.Actor OWNER = new DailyService.Actor(TEAM, "U0OWNER", false, true);
    private static final DailyService.Actor CREATOR = new DailyService.Actor(TEAM, "U0CREATOR", false, false);
    private static final DailyService.Actor OTHER = new DailyService.Actor(TEAM, "U0OTHER", false, false);
    private static final DailyService.Actor LISTED = new DailyService.Actor(TEAM, "U0LISTED", false, false);

    private static final List<Question> BEHAVIORAL = List.of(
            TestQuestions.question("b1", Category.BEHAVIORAL),
            TestQuestions.question("b2", Category.BEHAVIORAL),
            TestQuestions.question("b3", Category.BEHAVIORAL));
    private static final List<Question> SYSTEM_DESIGN = List.of(
            TestQuestions.question("s1", Category.SYSTEM_DESIGN),
            TestQuestions.question("s2", Category.SYSTEM_DESIGN));
    private static final Question LEADERSHIP = TestQuestions.question("l1", Category.LEADERSHIP);

    @TempDir
    Path tmp;
    private final AtomicReference<QuestionBank> bank = new AtomicReference<>(fullBank());
    private final MutableClock clock = new MutableClock(berlin(MON, 8, 0));
    private final List<Database> others = new ArrayList<>();
    private Database db;
    private SqliteDailyStore store;
    private DailyService daily;

    private static QuestionBank fullBank() {
        List<Question> all = new ArrayList<>(BEHAVIORAL);
        all.addAll(SYSTEM_DESIGN);
        all.add(LEADERSHIP);
        return new QuestionBank(all); // no technical questions
    }

    @BeforeEach
    void open() {
        db = Database.open(tmp.resolve("daily.db"));
        store = new SqliteDailyStore(db);
        daily = service(DailyPermissions.defaults());
    }

    @AfterEach
    void close() {
        others.forEach(Database::close);
        db.close();
    }

    private DailyService service(DailyPermissions permissions) {
        return new DailyService(bank::get, store, permissions, clock, new SplittableRandom(42));
    }

    /** A second bot instance on the same file: its own Database, store and service. */
    private DailyService secondInstance(long seed) {
        Database other = Database.open(tmp.resolve("daily.db"));
        others.add(other);
        return new DailyService(bank::get, new SqliteDailyStore(other), DailyPermissions.defaults(), clock,
                new SplittableRandom(seed));
    }

    /** The bot restarts: the file is reopened and a new service built on it. */
    private void restart() {
        db.close();
        open();
    }

    private static Instant berlin(LocalDate date, int hour, int minute) {
        return ZonedDateTime.of(date, LocalTime.of(hour, minute), BERLIN).toInstant();
    }

    private static DailyCommand.On on(String text) {
        DailyCommand c = DailyCommand.parse(text);
        assertEquals(DailyCommand.Kind.ON, c.kind(), () -> "not an on command: " + c);
        return (DailyCommand.On) c;
    }

    /** A schedule set up by CREATOR, as if an earlier policy had allowed it. */
    private DailySchedule savedByCreator(String text) {
        DailySchedule s = on(text).toSchedule(TEAM, CH, CREATOR.userId(), BERLIN);
        store.saveSchedule(s, clock.instant());
        return s;
    }

    private DailyService.Due tick(Instant at) {
        clock.set(at);
        return daily.claimDue();
    }

    /** Ticks at {@code at}, expects exactly one claim and posts it. */
    private DailyService.Claimed postAt(Instant at) {
        DailyService.Due due = tick(at);
        assertEquals(1, due.claimed().size(), () -> "claims at " + at + ": " + due);
        DailyService.Claimed c = due.claimed().get(0);
        daily.posted(c.post(), "ts-" + c.post().id());
        return c;
    }

    private static void assertRefused(DailyException.Reason reason, Executable call) {
        DailyException e = assertThrows(DailyException.class, call::run);
        assertEquals(reason, e.reason());
    }

    /** java.util.function has no throwing runnable; a tiny one for assertRefused. */
    @FunctionalInterface
    private interface Executable {
        void run();
    }

    @Nested
    @DisplayName("turnOn permissions")
    class TurnOnPermissions {
        @Test
        @DisplayName("defaults: any member may set up a channel's first daily question and becomes its creator; "
                + "another member may not change it")
        void defaultsNewChannel() {
            // when a plain member sets up a channel's first daily question
            assertEquals(OTHER.userId(), daily.turnOn(OTHER, CH, on("on 09:00"), BERLIN).createdBy());
            assertEquals(ADMIN.userId(), daily.turnOn(ADMIN, CH2, on("on"), BERLIN).createdBy());

            // then another plain member may not change it, and its creator may
            assertRefused(DailyException.Reason.NOT_ALLOWED, () -> daily.turnOn(LISTED, CH, on("on 07:00"), BERLIN));
            assertEquals(LocalTime.of(9, 0), store.schedule(TEAM, CH).orElseThrow().time());
            assertEquals(LocalTime.of(8, 0), daily.turnOn(OTHER, CH, on("on 08:00"), BERLIN).time());
        }

        @Test
        @DisplayName("defaults on an existing schedule: its creator, admins and owners may change it, others not")
        void defaultsExisting() {
            // given
            DailySchedule original = savedByCreator("on 09:00 weekdays");

            // when
            DailyException refused = assertThrows(DailyException.class,
                    () -> daily.turnOn(OTHER, CH, on("on 07:00"), BERLIN));

            // then
            assertEquals(DailyException.Reason.NOT_ALLOWED, refused.reason());
            assertEquals("Only workspace admins, workspace owners or whoever set up the daily question can change "
                    + "this channel's daily question.", refused.getMessage());
            assertEquals(Optional.of(original), store.schedule(TEAM, CH));
            assertEquals(LocalTime.of(10, 0), daily.turnOn(CREATOR, CH, on("on 10:00"), BERLIN).time());
            assertEquals(LocalTime.of(11, 0), daily.turnOn(ADMIN, CH, on("on 11:00"), BERLIN).time());
            assertEquals(LocalTime.of(12, 0), daily.turnOn(OWNER, CH, on("on 12:00"), BERLIN).time());
        }

        @Test
        @DisplayName("everyone: any member may set a channel up and change it")
        void everyone() {
            // given
            DailyService open = service(DailyPermissions.parse("everyone"));

            // when
            DailySchedule created = open.turnOn(OTHER, CH, on("on 09:00"), BERLIN);
            DailySchedule changed = open.turnOn(CREATOR, CH, on("on 10:00"), BERLIN);

            // then
            assertEquals(OTHER.userId(), created.createdBy());
            assertEquals(LocalTime.of(10, 0), changed.time());
            assertEquals(OTHER.userId(), changed.createdBy(), "the first one stays the creator");
            assertFalse(open.turnOff(LISTED, CH).enabled());
        }

        @Test
        @DisplayName("a listed user id: that user may change a schedule, an admin who is not listed may not")
        void listedUser() {
            // given
            DailyService listedOnly = service(DailyPermissions.parse("U0LISTED"));

            // when / then
            assertEquals(LISTED.userId(), listedOnly.turnOn(LISTED, CH, on("on"), BERLIN).createdBy());
            assertRefused(DailyException.Reason.NOT_ALLOWED, () -> listedOnly.turnOn(ADMIN, CH, on("on"), BERLIN));
            assertRefused(DailyException.Reason.NOT_ALLOWED,
                    () -> listedOnly.turnOn(OTHER, CH, on("on 10:00"), BERLIN));
            assertRefused(DailyException.Reason.NOT_ALLOWED, () -> listedOnly.turnOff(OWNER, CH));
            assertFalse(listedOnly.turnOff(LISTED, CH).enabled());
        }

        @Test
        @DisplayName("admins plus a listed user: both may, a plain member may not")
        void adminsAndListed() {
            // given
            DailyService mixed = service(DailyPermissions.parse("admins, U0LISTED"));

            // when / then
            mixed.turnOn(LISTED, CH, on("on"), BERLIN);
            mixed.turnOn(ADMIN, CH, on("on 10:00"), BERLIN);
            assertRefused(DailyException.Reason.NOT_ALLOWED, () -> mixed.turnOn(OWNER, CH, on("on 11:00"), BERLIN));
            assertRefused(DailyException.Reason.NOT_ALLOWED, () -> mixed.turnOn(OTHER, CH, on("on 11:00"), BERLIN));
            assertEquals(LocalTime.of(10, 0), store.schedule(TEAM, CH).orElseThrow().time());
        }

        @Test
        @DisplayName("creator only: the creator alone can change a schedule, not even an admin")
        void creatorOnly() {
            // given
            DailyService creatorOnly = service(DailyPermissions.parse("creator"));

            // when / then
            assertEquals(CREATOR.userId(), creatorOnly.turnOn(CREATOR, CH, on("on"), BERLIN).createdBy());
            assertRefused(DailyException.Reason.NOT_ALLOWED,
                    () -> creatorOnly.turnOn(ADMIN, CH, on("on 10:00"), BERLIN));
            assertEquals(LocalTime.of(10, 0), creatorOnly.turnOn(CREATOR, CH, on("on 10:00"), BERLIN).time());
        }
    }

    @Nested
    @DisplayName("turnOn settings")
    class TurnOnSettings {
        @Test
        @DisplayName("a new schedule gets the defaults: 09:00, the caller's zone, weekdays, all categories")
        void defaults() {
            // when
            DailySchedule s = daily.turnOn(ADMIN, CH, on("on"), NEW_YORK);

            // then
            assertEquals(new DailySchedule(TEAM, CH, LocalTime.of(9, 0), NEW_YORK, DailySchedule.WEEKDAYS, null,
                    ADMIN.userId(), true, null), s);
            assertEquals(Optional.of(s), store.schedule(TEAM, CH));
        }

        @Test
        @DisplayName("every setting given is stored")
        void full() {
            // when
            DailySchedule s = daily.turnOn(ADMIN, CH, on("on 17:30 America/New_York mon,wed,fri system-design"),
                    BERLIN);

            // then
            assertEquals(new DailySchedule(TEAM, CH, LocalTime.of(17, 30), NEW_YORK,
                    EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), Category.SYSTEM_DESIGN,
                    ADMIN.userId(), true, null), s);
            assertEquals(Optional.of(s), store.schedule(TEAM, CH));
        }

        @Test
        @DisplayName("an admin changing a member's schedule leaves the member as its creator")
        void keepsCreator() {
            // given
            savedByCreator("on 09:00");

            // when
            DailySchedule s = daily.turnOn(ADMIN, CH, on("on 10:00 everyday"), BERLIN);

            // then
            assertEquals(CREATOR.userId(), s.createdBy());
            assertEquals(CREATOR.userId(), store.schedule(TEAM, CH).orElseThrow().createdBy());
        }

        @Test
        @DisplayName("\"daily on 10:00\" keeps the zone, days and reveal time of the existing schedule")
        void keepsUnspecified() {
            // given
            DailySchedule existing = new DailySchedule(TEAM, CH, LocalTime.of(9, 0), NEW_YORK,
                    EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), null, CREATOR.userId(), true,
                    LocalTime.of(17, 0));
            store.saveSchedule(existing, clock.instant());

            // when: the admin's own zone is Tokyo
            DailySchedule s = daily.turnOn(ADMIN, CH, on("on 10:00"), ZoneId.of("Asia/Tokyo"));

            // then
            assertEquals(new DailySchedule(TEAM, CH, LocalTime.of(10, 0), NEW_YORK,
                    EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), null, CREATOR.userId(), true,
                    LocalTime.of(17, 0)), s);
            assertEquals(Optional.of(s), store.schedule(TEAM, CH));

            // when only the days change
            DailySchedule days = daily.turnOn(ADMIN, CH, on("on weekends"), ZoneId.of("Asia/Tokyo"));

            // then
            assertEquals(LocalTime.of(10, 0), days.time());
            assertEquals(NEW_YORK, days.zone());
            assertEquals(DailySchedule.WEEKENDS, days.days());
            assertEquals(LocalTime.of(17, 0), days.revealTime());
        }

        @Test
        @DisplayName("\"reveal HH:MM\" sets the reveal time, \"reveal next\" clears it; other settings stay")
        void reveal() {
            // given
            DailySchedule s = daily.turnOn(ADMIN, CH, on("on 09:00 America/New_York everyday"), BERLIN);
            assertNull(s.revealTime());

            // when / then
            DailySchedule at = daily.turnOn(ADMIN, CH, on("on reveal 17:30"), BERLIN);
            assertEquals(LocalTime.of(17, 30), at.revealTime());
            assertEquals(LocalTime.of(9, 0), at.time());
            assertEquals(NEW_YORK, at.zone());
            assertEquals(DailySchedule.EVERY_DAY, at.days());
            DailySchedule next = daily.turnOn(ADMIN, CH, on("on reveal next"), BERLIN);
            assertNull(next.revealTime());
            assertEquals(Optional.of(next), store.schedule(TEAM, CH));
        }

        @Test
        @DisplayName("\"daily on 10:00\" keeps the category of the existing schedule")
        void keepsCategory() {
            // given
            savedByCreator("on 09:00 system-design");

            // when
            DailySchedule s = daily.turnOn(ADMIN, CH, on("on 10:00"), BERLIN);

            // then
            assertEquals(Category.SYSTEM_DESIGN, s.category());
        }

        @Test
        @DisplayName("turning an off schedule back on keeps its settings and enables it")
        void backOn() {
            // given
            daily.turnOn(ADMIN, CH, on("on 07:45 America/New_York mon,fri"), BERLIN);
            daily.turnOff(ADMIN, CH);

            // when
            DailySchedule s = daily.turnOn(ADMIN, CH, on("on"), BERLIN);

            // then
            assertTrue(s.enabled());
            assertEquals(LocalTime.of(7, 45), s.time());
            assertEquals(NEW_YORK, s.zone());
            assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), s.days());
        }

        @Test
        @DisplayName("a category with no questions is refused with EMPTY_CATEGORY and nothing changes")
        void emptyCategory() {
            // when / then: a new channel
            DailyException e = assertThrows(DailyException.class,
                    () -> daily.turnOn(ADMIN, CH, on("on technical"), BERLIN));
            assertEquals(DailyException.Reason.EMPTY_CATEGORY, e.reason());
            assertEquals("There are no Technical questions in the bank yet.", e.getMessage());
            assertEquals(Optional.empty(), store.schedule(TEAM, CH));

            // when / then: an existing one
            DailySchedule existing = daily.turnOn(ADMIN, CH, on("on behavioral"), BERLIN);
            assertRefused(DailyException.Reason.EMPTY_CATEGORY,
                    () -> daily.turnOn(ADMIN, CH, on("on 10:00 technical"), BERLIN));
            assertEquals(Optional.of(existing), store.schedule(TEAM, CH));
        }
    }

    @Nested
    @DisplayName("turnOff")
    class TurnOff {
        @Test
        @DisplayName("NO_SCHEDULE when the channel has none, or it is already off")
        void noSchedule() {
            // when / then
            assertRefused(DailyException.Reason.NO_SCHEDULE, () -> daily.turnOff(ADMIN, CH));
            daily.turnOn(ADMIN, CH, on("on"), BERLIN);
            daily.turnOff(ADMIN, CH);
            assertRefused(DailyException.Reason.NO_SCHEDULE, () -> daily.turnOff(ADMIN, CH));
        }

        @Test
        @DisplayName("a member who may not change it is refused, and the schedule stays on")
        void notAllowed() {
            // given
            DailySchedule s = savedByCreator("on 09:00");

            // when / then
            assertRefused(DailyException.Reason.NOT_ALLOWED, () -> daily.turnOff(OTHER, CH));
            assertEquals(Optional.of(s), store.schedule(TEAM, CH));
        }

        @Test
        @DisplayName("the creator turns it off: the settings are kept, and nothing is claimed any more")
        void off() {
            // given
            DailySchedule s = savedByCreator("on 09:00 everyday behavioral");

            // when
            DailySchedule off = daily.turnOff(CREATOR, CH);

            // then
            assertEquals(s.withEnabled(false), off);
            assertEquals(Optional.of(off), store.schedule(TEAM, CH));
            assertEquals(List.of(), tick(berlin(MON, 9, 0)).claimed());
            assertEquals(Optional.empty(), daily.nextPost(off));
        }
    }

    @Nested
    @DisplayName("claimDue")
    class ClaimDue {
        @BeforeEach
        void weekdaysAtNine() {
            clock.set(berlin(MON, 8, 0));
            daily.turnOn(ADMIN, CH, on("on 09:00 Europe/Berlin weekdays"), BERLIN);
        }

        @Test
        @DisplayName("nothing before the slot; one claim at the slot; nothing more that day")
        void oncePerDay() {
            // when / then: before the slot
            clock.set(berlin(MON, 9, 0).minusMillis(1));
            assertEquals(new DailyService.Due(List.of(), List.of()), daily.claimDue());

            // when: at the slot
            DailyService.Due due = tick(berlin(MON, 9, 0));

            // then
            assertEquals(1, due.claimed().size());
            assertEquals(List.of(), due.skipped());
            DailyService.Claimed c = due.claimed().get(0);
            assertEquals(MON, c.post().localDate());
            assertEquals(CH, c.post().channelId());
            assertEquals(DailyPost.Status.CLAIMED, c.post().status());
            assertFalse(c.post().extra());
            assertFalse(c.retry());
            assertEquals(berlin(MON, 9, 0), c.post().claimedAt());
            assertEquals(c.post().questionId(), c.question().id());
            assertEquals(Optional.of(c.question()), bank.get().byId(c.question().id()));
            assertEquals(store.schedule(TEAM, CH).orElseThrow(), c.schedule());

            // when / then: again the same day, posted or not
            assertEquals(List.of(), tick(berlin(MON, 9, 0)).claimed());
            daily.posted(c.post(), "1.0");
            assertEquals(List.of(), tick(berlin(MON, 12, 0)).claimed());
            assertEquals(List.of(), tick(berlin(MON, 23, 59)).claimed());
        }

        @Test
        @DisplayName("two instances on the same file: the second one claims nothing; next day either claims once")
        void twoInstances() {
            // given
            DailyService second = secondInstance(7);

            // when
            clock.set(berlin(MON, 9, 0));
            List<DailyService.Claimed> first = daily.claimDue().claimed();
            List<DailyService.Claimed> other = second.claimDue().claimed();

            // then
            assertEquals(1, first.size());
            assertEquals(List.of(), other);

            // when: the next day the second instance ticks first
            clock.set(berlin(TUE, 9, 0));
            List<DailyService.Claimed> secondTue = second.claimDue().claimed();
            List<DailyService.Claimed> firstTue = daily.claimDue().claimed();

            // then
            assertEquals(1, secondTue.size());
            assertEquals(TUE, secondTue.get(0).post().localDate());
            assertEquals(List.of(), firstTue);
        }

        @Test
        @DisplayName("a restart the same day after the post claims nothing")
        void restartAfterPost() {
            // given
            postAt(berlin(MON, 9, 0));

            // when
            restart();

            // then
            assertEquals(List.of(), tick(berlin(MON, 9, 30)).claimed());
        }

        @Test
        @DisplayName("the next chosen day claims again; the weekend is skipped for weekdays, and not reported")
        void weekdays() {
            // given
            postAt(berlin(MON, 9, 0));

            // when / then
            for (LocalDate d = TUE; !d.isAfter(FRI); d = d.plusDays(1)) {
                assertEquals(d, postAt(berlin(d, 9, 0)).post().localDate());
            }
            assertEquals(List.of(), tick(berlin(SAT, 9, 0)).claimed());
            assertEquals(List.of(), tick(berlin(SAT, 18, 0)).claimed());
            assertEquals(List.of(), tick(berlin(SUN, 9, 0)).claimed());
            DailyService.Due monday = tick(berlin(NEXT_MON, 9, 0));
            assertEquals(1, monday.claimed().size());
            assertEquals(NEXT_MON, monday.claimed().get(0).post().localDate());
            assertEquals(List.of(), monday.skipped());
        }

        @Test
        @DisplayName("down over Tuesday's slot, back Wednesday after its slot: claims Wednesday only, skips Tuesday")
        void downtime() {
            // given
            postAt(berlin(MON, 9, 0));

            // when: the bot is down from Monday evening to Wednesday 10:30
            restart();
            DailyService.Due due = tick(berlin(WED, 10, 30));

            // then
            assertEquals(1, due.claimed().size());
            assertEquals(WED, due.claimed().get(0).post().localDate());
            assertEquals(List.of(CH + " " + TUE), due.skipped());
            assertEquals(Optional.of(WED), store.lastScheduledDate(TEAM, CH));
            assertEquals(new DailyService.Due(List.of(), List.of()), tick(berlin(WED, 10, 31)));
        }

        @Test
        @DisplayName("down over the slot, back the same day: the start-up tick claims today's post late")
        void sameDayCatchUp() {
            // given: nothing ticked at 09:00
            restart();

            // when
            DailyService.Due due = tick(berlin(MON, 15, 0));

            // then
            assertEquals(1, due.claimed().size());
            assertEquals(MON, due.claimed().get(0).post().localDate());
            assertEquals(List.of(), due.skipped());
        }

        @Test
        @DisplayName("changing the time after today's post does not post again today")
        void changedTimeSameDay() {
            // given
            postAt(berlin(MON, 9, 0));

            // when
            clock.set(berlin(MON, 10, 0));
            daily.turnOn(ADMIN, CH, on("on 11:00"), BERLIN);

            // then
            assertEquals(List.of(), tick(berlin(MON, 11, 0)).claimed());
            assertEquals(TUE, postAt(berlin(TUE, 11, 0)).post().localDate());
        }

        @Test
        @DisplayName("a day given up after failures is not claimed again that day")
        void givenUpDay() {
            // given
            DailyService.Claimed c = tick(berlin(MON, 9, 0)).claimed().get(0);

            // when
            assertTrue(daily.failed(c.post(), "channel_not_found", false));

            // then
            assertEquals(List.of(), tick(berlin(MON, 9, 5)).claimed());
            assertEquals(List.of(), daily.retries());
        }
    }

    @Test
    @DisplayName("turned on after today's slot: the first question comes at the announced next slot, not at once")
    void turnedOnAfterTodaysSlot() {
        // given: Monday 10:00 Berlin
        clock.set(berlin(MON, 10, 0));
        DailySchedule s = daily.turnOn(ADMIN, CH, on("on 09:00 Europe/Berlin weekdays"), BERLIN);
        Instant announced = daily.nextPost(s).orElseThrow();

        // when
        DailyService.Due due = tick(berlin(MON, 10, 0));

        // then
        assertEquals(berlin(TUE, 9, 0), announced);
        assertEquals(List.of(), due.claimed(), "the reply said the next question comes on Tuesday");
    }

    @Nested
    @DisplayName("which question")
    class WhichQuestion {
        @Test
        @DisplayName("no repeats until the pool is used up, then a new cycle, never the last question twice; "
                + "extra posts take part")
        void cycles() {
            for (long seed = 0; seed < 8; seed++) {
                // given
                Database own = Database.open(tmp.resolve("cycles-" + seed + ".db"));
                others.add(own);
                MutableClock c = new MutableClock(berlin(MON, 8, 0));
                DailyService s = new DailyService(bank::get, new SqliteDailyStore(own), DailyPermissions.defaults(),
                        c, new SplittableRandom(seed));
                s.turnOn(ADMIN, CH, on("on 09:00 Europe/Berlin everyday behavioral"), BERLIN);
                List<String> sequence = new ArrayList<>();

                // when: 12 days, with an extra question on some afternoons
                for (int day = 0; day < 12; day++) {
                    c.set(berlin(MON.plusDays(day), 9, 0));
                    List<DailyService.Claimed> claimed = s.claimDue().claimed();
                    assertEquals(1, claimed.size(), "seed " + seed + " day " + day);
                    s.posted(claimed.get(0).post(), "ts");
                    sequence.add(claimed.get(0).question().id());
                    if (day % 4 == 1) {
                        c.set(berlin(MON.plusDays(day), 15, 0));
                        DailyService.Claimed extra = s.claimNow(ADMIN, CH, BERLIN);
                        s.posted(extra.post(), "ts");
                        sequence.add(extra.question().id());
                    }
                }

                // then
                Set<String> pool = Set.of("b1", "b2", "b3");
                for (int i = 0; i + 3 <= sequence.size(); i += 3) {
                    assertEquals(pool, new HashSet<>(sequence.subList(i, i + 3)),
                            "seed " + seed + ", cycle at " + i + ": " + sequence);
                }
                for (int i = 1; i < sequence.size(); i++) {
                    assertNotEquals(sequence.get(i - 1), sequence.get(i), "seed " + seed + ": " + sequence);
                }
            }
        }

        @Test
        @DisplayName("the pick follows the schedule's category")
        void category() {
            // given
            clock.set(berlin(MON, 8, 0));
            daily.turnOn(ADMIN, CH, on("on 09:00 everyday system-design"), BERLIN);

            // when
            Set<String> ids = new HashSet<>();
            for (int day = 0; day < 6; day++) {
                ids.add(postAt(berlin(MON.plusDays(day), 9, 0)).question().id());
            }

            // then
            assertEquals(Set.of("s1", "s2"), ids);
        }

        @Test
        @DisplayName("after a given-up day, the next post is still not the question the channel saw last")
        void failedDayDoesNotAllowRepeat() {
            // given: 8 channels, each with system design (2 questions), every day
            clock.set(berlin(MON, 8, 0));
            List<String> channels = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                channels.add("C" + i);
                daily.turnOn(ADMIN, "C" + i, on("on 09:00 everyday system-design"), BERLIN);
            }
            // Monday and Tuesday are posted (the pool is used up), Wednesday's post is given up
            java.util.Map<String, String> seenLast = new java.util.HashMap<>();
            for (LocalDate d : List.of(MON, TUE)) {
                for (DailyService.Claimed c : tick(berlin(d, 9, 0)).claimed()) {
                    daily.posted(c.post(), "ts");
                    seenLast.put(c.post().channelId(), c.question().id());
                }
            }
            for (DailyService.Claimed c : tick(berlin(WED, 9, 0)).claimed()) {
                assertTrue(daily.failed(c.post(), "msg_too_long", false));
            }

            // when
            List<DailyService.Claimed> thursday = tick(berlin(WED.plusDays(1), 9, 0)).claimed();

            // then
            assertEquals(channels.size(), thursday.size());
            for (DailyService.Claimed c : thursday) {
                assertNotEquals(seenLast.get(c.post().channelId()), c.question().id(),
                        c.post().channelId() + " got the question it saw last again");
            }
        }

        @Test
        @DisplayName("two instances at a cycle boundary: the post that won still counts in the new cycle")
        void cycleBoundaryRace() {
            // given: b1..b3 posted Monday to Wednesday by this instance
            clock.set(berlin(MON, 8, 0));
            daily.turnOn(ADMIN, CH, on("on 09:00 everyday behavioral"), BERLIN);
            for (LocalDate d : List.of(MON, TUE, WED)) {
                postAt(berlin(d, 9, 0));
            }
            // a second instance whose store lets this instance win the race just before it starts the new cycle
            Database other = Database.open(tmp.resolve("daily.db"));
            others.add(other);
            List<DailyService.Claimed> winner = new ArrayList<>();
            InterleavingStore racing = new InterleavingStore(new SqliteDailyStore(other), () -> {
                winner.addAll(daily.claimDue().claimed());
                winner.forEach(c -> daily.posted(c.post(), "ts"));
            });
            DailyService second = new DailyService(bank::get, racing, DailyPermissions.defaults(), clock,
                    new SplittableRandom(3));

            // when: both tick at Thursday's slot
            clock.set(berlin(WED.plusDays(1), 9, 0));
            List<DailyService.Claimed> loser = second.claimDue().claimed();

            // then
            assertTrue(racing.interleaved, "the race was not set up");
            assertEquals(List.of(), loser);
            assertEquals(1, winner.size());
            assertEquals(Set.of(winner.get(0).question().id()), store.postedInCycle(TEAM, CH));
        }
    }

    @Nested
    @DisplayName("claimNow")
    class ClaimNow {
        @Test
        @DisplayName("without a schedule any member gets a question at once; with one, only those who may change it")
        void whoMayAsk() {
            // when a plain member asks in a channel with no schedule
            DailyService.Claimed oneOff = daily.claimNow(OTHER, CH2, BERLIN);

            // then a question is claimed for today, asked by them, and no schedule is created
            assertTrue(oneOff.post().extra());
            assertEquals(OTHER.userId(), oneOff.schedule().createdBy());
            assertEquals(Optional.empty(), store.schedule(TEAM, CH2));

            // when the channel has a schedule, a plain member may not ask for an extra question
            savedByCreator("on");
            assertRefused(DailyException.Reason.NOT_ALLOWED, () -> daily.claimNow(OTHER, CH, BERLIN));
            assertEquals(List.of(oneOff.post().id()), store.unfinishedPosts().stream().map(DailyPost::id).toList());
        }

        @Test
        @DisplayName("a one-off question whose post failed is retried like any other, though no schedule exists")
        void oneOffRetried() {
            DailyService.Claimed oneOff = daily.claimNow(OTHER, CH2, BERLIN);
            daily.failed(oneOff.post(), "ratelimited", true);
            clock.advance(java.time.Duration.ofMinutes(2));
            assertEquals(List.of(oneOff.post().id()), daily.retries().stream().map(c -> c.post().id()).toList());
        }

        @Test
        @DisplayName("pausing a workspace turns its schedules off, keeps their settings, and gives up unsent posts")
        void pauseWorkspace() {
            savedByCreator("on 09:00 weekdays");
            DailyService.Claimed pending = daily.claimNow(OTHER, CH2, BERLIN);

            assertEquals(1, daily.pauseWorkspace(TEAM, "app_uninstalled"));

            DailySchedule paused = store.schedule(TEAM, CH).orElseThrow();
            assertFalse(paused.enabled());
            assertEquals(LocalTime.of(9, 0), paused.time());
            assertEquals(List.of(), store.unfinishedPosts());
            assertEquals("app_uninstalled", store.post(pending.post().id()).orElseThrow().lastError());
            assertEquals(List.of(), daily.claimDue().claimed());
        }

        @Test
        @DisplayName("an extra question does not use up the scheduled one, and several can be asked for in a day")
        void extraDoesNotConsume() {
            // given
            clock.set(berlin(MON, 8, 0));
            daily.turnOn(ADMIN, CH, on("on 09:00 weekdays"), BERLIN);

            // when: an extra question before the slot
            clock.set(berlin(MON, 8, 30));
            DailyService.Claimed extra = daily.claimNow(ADMIN, CH, BERLIN);
            daily.posted(extra.post(), "ts-extra");

            // then
            assertTrue(extra.post().extra());
            assertEquals(MON, extra.post().localDate());
            assertEquals(berlin(MON, 8, 30), extra.post().claimedAt());
            assertEquals(Optional.empty(), store.lastScheduledDate(TEAM, CH));

            // when: the slot
            DailyService.Claimed scheduled = postAt(berlin(MON, 9, 0));

            // then: posted anyway, and not the question just asked
            assertFalse(scheduled.post().extra());
            assertNotEquals(extra.question().id(), scheduled.question().id());

            // when: more extras the same day, by the creator of the schedule
            clock.set(berlin(MON, 9, 30));
            DailyService.Claimed extra2 = daily.claimNow(ADMIN, CH, BERLIN);
            clock.advance(Duration.ofMillis(1));
            DailyService.Claimed extra3 = daily.claimNow(ADMIN, CH, BERLIN);

            // then
            assertTrue(extra2.post().extra());
            assertTrue(extra3.post().extra());
            assertNotEquals(extra2.post().id(), extra3.post().id());
            assertEquals(List.of(), tick(berlin(MON, 10, 0)).claimed());
        }

        @Test
        @DisplayName("works while the schedule is off")
        void whileOff() {
            // given
            daily.turnOn(ADMIN, CH, on("on"), BERLIN);
            daily.turnOff(ADMIN, CH);

            // when
            DailyService.Claimed extra = daily.claimNow(ADMIN, CH, BERLIN);

            // then
            assertTrue(extra.post().extra());
        }
    }

    @Nested
    @DisplayName("retries and failures")
    class Retries {
        private DailyService.Claimed claimed;

        @BeforeEach
        void claimAtNine() {
            clock.set(berlin(MON, 8, 0));
            daily.turnOn(ADMIN, CH, on("on 09:00 weekdays"), BERLIN);
            claimed = tick(berlin(MON, 9, 0)).claimed().get(0);
        }

        @Test
        @DisplayName("a fresh claim (no attempt yet, under 60 s old) is being posted: not a retry; an older one is")
        void youngClaim() {
            // when / then
            clock.set(berlin(MON, 9, 0).plusSeconds(59));
            assertEquals(List.of(), daily.retries());
            clock.set(berlin(MON, 9, 0).plusSeconds(61));
            List<DailyService.Claimed> retries = daily.retries();
            assertEquals(1, retries.size());
            assertEquals(claimed.post(), retries.get(0).post());
            assertEquals(claimed.question(), retries.get(0).question());
            assertEquals(claimed.schedule(), retries.get(0).schedule());
            assertTrue(retries.get(0).retry());

            // when it is posted
            daily.posted(retries.get(0).post(), "1.0");

            // then
            assertEquals(List.of(), daily.retries());
        }

        @Test
        @DisplayName("a retriable failure is retried at the next tick, and given up after MAX_ATTEMPTS attempts")
        void retriable() {
            // given
            DailyPost post = claimed.post();
            clock.set(berlin(MON, 9, 0).plusSeconds(1));

            // when / then
            for (int attempt = 1; attempt < DailyService.MAX_ATTEMPTS; attempt++) {
                assertFalse(daily.failed(post, "ratelimited", true), "attempt " + attempt);
                List<DailyService.Claimed> retries = daily.retries();
                assertEquals(1, retries.size(), "attempt " + attempt);
                post = retries.get(0).post();
                assertEquals(attempt, post.attempts());
                assertEquals(DailyPost.Status.CLAIMED, post.status());
                assertEquals("ratelimited", post.lastError());
            }
            assertTrue(daily.failed(post, "ratelimited", true), "the last attempt gives up");

            // then
            DailyPost last = store.post(post.id()).orElseThrow();
            assertEquals(DailyPost.Status.FAILED, last.status());
            assertEquals(DailyService.MAX_ATTEMPTS, last.attempts());
            assertEquals(List.of(), daily.retries());
            assertEquals(List.of(), daily.dueReveals());
        }

        @Test
        @DisplayName("a permanent failure gives up at once")
        void permanent() {
            // when
            boolean givenUp = daily.failed(claimed.post(), "channel_not_found", false);

            // then
            assertTrue(givenUp);
            DailyPost p = store.post(claimed.post().id()).orElseThrow();
            assertEquals(DailyPost.Status.FAILED, p.status());
            assertEquals(1, p.attempts());
            assertEquals("channel_not_found", p.lastError());
            clock.set(berlin(MON, 10, 0));
            assertEquals(List.of(), daily.retries());
        }

        @Test
        @DisplayName("a retry whose question left the bank is given up, not returned")
        void questionGone() {
            // given
            String gone = claimed.question().id();
            bank.set(new QuestionBank(fullBank().all().stream().filter(q -> !q.id().equals(gone)).toList()));

            // when
            clock.set(berlin(MON, 9, 5));
            List<DailyService.Claimed> retries = daily.retries();

            // then
            assertEquals(List.of(), retries);
            assertEquals(DailyPost.Status.FAILED, store.post(claimed.post().id()).orElseThrow().status());
        }
    }

    @Nested
    @DisplayName("reveals")
    class Reveals {
        @Test
        @DisplayName("nothing before the next slot; at the next slot the previous post is due; revealed() ends it")
        void withNextPost() {
            // given
            clock.set(berlin(MON, 8, 0));
            daily.turnOn(ADMIN, CH, on("on 09:00 weekdays"), BERLIN);
            DailyService.Claimed mon = postAt(berlin(MON, 9, 0));

            // when / then
            assertEquals(List.of(), daily.dueReveals());
            clock.set(berlin(MON, 23, 59));
            assertEquals(List.of(), daily.dueReveals());
            clock.set(berlin(TUE, 9, 0).minusMillis(1));
            assertEquals(List.of(), daily.dueReveals());
            clock.set(berlin(TUE, 9, 0));
            List<DailyService.Reveal> due = daily.dueReveals();
            assertEquals(1, due.size());
            assertEquals(mon.post().id(), due.get(0).post().id());
            assertEquals("ts-" + mon.post().id(), due.get(0).post().messageTs());
            assertEquals(mon.question(), due.get(0).question());

            // when
            daily.revealed(due.get(0).post());

            // then
            assertEquals(List.of(), daily.dueReveals());
            assertTrue(store.post(mon.post().id()).orElseThrow().revealed());
        }

        @Test
        @DisplayName("Friday's answer is revealed with Monday's question, not over the weekend")
        void overTheWeekend() {
            // given
            clock.set(berlin(FRI, 8, 0));
            daily.turnOn(ADMIN, CH, on("on 09:00 weekdays"), BERLIN);
            postAt(berlin(FRI, 9, 0));

            // when / then
            clock.set(berlin(SAT, 9, 0));
            assertEquals(List.of(), daily.dueReveals());
            clock.set(berlin(SUN, 23, 0));
            assertEquals(List.of(), daily.dueReveals());
            clock.set(berlin(NEXT_MON, 9, 0));
            assertEquals(1, daily.dueReveals().size());
        }

        @Test
        @DisplayName("a reveal time reveals the answer the same day")
        void revealTime() {
            // given
            clock.set(berlin(MON, 8, 0));
            DailySchedule s = daily.turnOn(ADMIN, CH, on("on 09:00 weekdays reveal 17:00"), BERLIN);
            assertEquals(LocalTime.of(17, 0), s.revealTime());
            DailyService.Claimed mon = postAt(berlin(MON, 9, 0));

            // when / then
            clock.set(berlin(MON, 17, 0).minusMillis(1));
            assertEquals(List.of(), daily.dueReveals());
            clock.set(berlin(MON, 17, 0));
            List<DailyService.Reveal> due = daily.dueReveals();
            assertEquals(1, due.size());
            assertEquals(mon.post().id(), due.get(0).post().id());
        }

        @Test
        @DisplayName("an extra question is revealed at the next slot after it was asked for")
        void extra() {
            // given
            clock.set(berlin(MON, 8, 0));
            daily.turnOn(ADMIN, CH, on("on 09:00 weekdays"), BERLIN);
            clock.set(berlin(MON, 10, 0));
            DailyService.Claimed extra = daily.claimNow(ADMIN, CH, BERLIN);
            daily.posted(extra.post(), "ts-extra");

            // when / then
            clock.set(berlin(MON, 23, 0));
            assertEquals(List.of(), daily.dueReveals());
            clock.set(berlin(TUE, 9, 0));
            assertEquals(List.of(extra.post().id()),
                    daily.dueReveals().stream().map(r -> r.post().id()).toList());
        }

        @Test
        @DisplayName("a claim that was never posted is never revealed")
        void notPosted() {
            // given
            clock.set(berlin(MON, 8, 0));
            daily.turnOn(ADMIN, CH, on("on 09:00 weekdays"), BERLIN);
            tick(berlin(MON, 9, 0));

            // when
            clock.set(berlin(TUE, 9, 0));

            // then
            assertEquals(List.of(), daily.dueReveals());
        }

        @Test
        @DisplayName("a post caught up late, after the reveal time, is revealed with the next post, not at once")
        void lateCatchUpRevealTime() {
            // given: 09:00 with the answer at 12:00; the bot was down until 15:00
            clock.set(berlin(MON, 8, 0));
            daily.turnOn(ADMIN, CH, on("on 09:00 weekdays reveal 12:00"), BERLIN);
            restart();

            // when
            postAt(berlin(MON, 15, 0));

            // then
            assertEquals(List.of(), daily.dueReveals(), "revealed right after it was posted");
            clock.set(berlin(TUE, 9, 0));
            assertEquals(1, daily.dueReveals().size());
        }
    }

    @Nested
    @DisplayName("hints and questions of a post")
    class HintsAndQuestions {
        private DailyService.Claimed claimed;

        @BeforeEach
        void posted() {
            clock.set(berlin(MON, 8, 0));
            daily.turnOn(ADMIN, CH, on("on 09:00 weekdays"), BERLIN);
            claimed = postAt(berlin(MON, 9, 0));
        }

        @Test
        @DisplayName("nextHint counts per user and stops one past the last hint")
        void hints() {
            // given
            long id = claimed.post().id();
            int ladder = Hint.ladder(claimed.question()).size();
            assertEquals(4, ladder);

            // when / then
            for (int i = 1; i <= ladder; i++) {
                assertEquals(i, daily.nextHint(id, "U1"));
            }
            assertEquals(ladder + 1, daily.nextHint(id, "U1"), "no more hints");
            assertEquals(ladder + 1, daily.nextHint(id, "U1"), "still no more");
            assertEquals(ladder, store.hintsRevealed(id, "U1"));
            assertEquals(1, daily.nextHint(id, "U2"), "another user starts at the first hint");
            restart();
            assertEquals(2, daily.nextHint(id, "U2"));
            assertEquals(ladder + 1, daily.nextHint(id, "U1"));
        }

        @Test
        @DisplayName("question() of a post; of an unknown post, or of a question gone from the bank, NOT_FOUND")
        void question() {
            // when / then
            assertEquals(claimed.question(), daily.question(claimed.post().id()));
            DailyException unknown = assertThrows(DailyException.class, () -> daily.question(999_999));
            assertEquals(DailyException.Reason.NOT_FOUND, unknown.reason());
            assertEquals("That daily question no longer exists.", unknown.getMessage());
            assertRefused(DailyException.Reason.NOT_FOUND, () -> daily.nextHint(999_999, "U1"));

            String gone = claimed.question().id();
            bank.set(new QuestionBank(fullBank().all().stream().filter(q -> !q.id().equals(gone)).toList()));
            assertRefused(DailyException.Reason.NOT_FOUND, () -> daily.question(claimed.post().id()));
        }
    }

    /**
     * A {@link DailyStore} over the real SQLite store that runs {@code interleave} once, just before the first
     * claim that would start a new cycle: a deterministic stand-in for another instance acting at that moment.
     */
    private static final class InterleavingStore implements DailyStore {
        private final DailyStore delegate;
        private final Runnable interleave;
        boolean interleaved;

        InterleavingStore(DailyStore delegate, Runnable interleave) {
            this.delegate = delegate;
            this.interleave = interleave;
        }

        @Override
        public Optional<DailyPost> claim(String teamId, String channelId, LocalDate date, String questionId,
                                         Instant now, boolean extra, boolean newCycle) {
            if (newCycle && !interleaved) {
                interleaved = true;
                interleave.run();
            }
            return delegate.claim(teamId, channelId, date, questionId, now, extra, newCycle);
        }

        @Override
        public Optional<String> lastPostedQuestion(String teamId, String channelId) {
            return delegate.lastPostedQuestion(teamId, channelId);
        }

        @Override
        public Optional<Instant> updatedAt(String teamId, String channelId) {
            return delegate.updatedAt(teamId, channelId);
        }

        @Override
        public ChannelRole role(String teamId, String channelId) {
            return delegate.role(teamId, channelId);
        }

        @Override
        public void saveRole(String teamId, String channelId, ChannelRole role) {
            delegate.saveRole(teamId, channelId, role);
        }

        @Override
        public Optional<DailySchedule> schedule(String teamId, String channelId) {
            return delegate.schedule(teamId, channelId);
        }

        @Override
        public void saveSchedule(DailySchedule schedule, Instant now) {
            delegate.saveSchedule(schedule, now);
        }

        @Override
        public List<DailySchedule> enabledSchedules() {
            return delegate.enabledSchedules();
        }

        @Override
        public void markPosted(long postId, String messageTs) {
            delegate.markPosted(postId, messageTs);
        }

        @Override
        public void markFailed(long postId, String error, int attempts, boolean givenUp) {
            delegate.markFailed(postId, error, attempts, givenUp);
        }

        @Override
        public void markRevealed(long postId) {
            delegate.markRevealed(postId);
        }

        @Override
        public Optional<DailyPost> latestPost(String teamId, String channelId) {
            return delegate.latestPost(teamId, channelId);
        }

        @Override
        public Optional<LocalDate> lastScheduledDate(String teamId, String channelId) {
            return delegate.lastScheduledDate(teamId, channelId);
        }

        @Override
        public Optional<DailyPost> post(long postId) {
            return delegate.post(postId);
        }

        @Override
        public List<DailyPost> unfinishedPosts() {
            return delegate.unfinishedPosts();
        }

        @Override
        public List<DailyPost> unrevealedPosts() {
            return delegate.unrevealedPosts();
        }

        @Override
        public Set<String> postedInCycle(String teamId, String channelId) {
            return delegate.postedInCycle(teamId, channelId);
        }

        @Override
        public int hintsRevealed(long postId, String userId) {
            return delegate.hintsRevealed(postId, userId);
        }

        @Override
        public void saveHintsRevealed(long postId, String userId, int hints) {
            delegate.saveHintsRevealed(postId, userId, hints);
        }
    }
}
