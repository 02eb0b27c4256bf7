package dev.mockinterview.daily;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("DailyRules")
class DailyRulesTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    static final ZoneId UTC = ZoneId.of("UTC");
    static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);
    static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(MONDAY, FRIDAY);

    static DailySchedule schedule(String time, ZoneId zone, Set<DayOfWeek> days) {
        return new DailySchedule("T1", "C1", LocalTime.parse(time), zone, days, null, "U1", true, null);
    }

    static Instant utc(String isoLocal) {
        return LocalDateTime.parse(isoLocal).toInstant(ZoneOffset.UTC);
    }

    static Instant next(DailySchedule s, Instant after) {
        return DailyRules.nextSlot(s, after).orElseThrow().toInstant();
    }

    /** {@code n} consecutive slots, each the next one after the previous. */
    static List<ZonedDateTime> slots(DailySchedule s, Instant from, int n) {
        List<ZonedDateTime> out = new ArrayList<>();
        Instant t = from;
        for (int i = 0; i < n; i++) {
            ZonedDateTime z = DailyRules.nextSlot(s, t).orElseThrow();
            out.add(z);
            t = z.toInstant();
        }
        return out;
    }

    @Test
    @DisplayName("the dates used below fall on the weekdays the tests assume")
    void calendar() {
        // given / when / then
        assertAll(
                () -> assertEquals(SUNDAY, LocalDate.of(2026, 3, 29).getDayOfWeek(), "last Sunday of March"),
                () -> assertEquals(SUNDAY, LocalDate.of(2026, 10, 25).getDayOfWeek(), "last Sunday of October"),
                () -> assertEquals(SUNDAY, LocalDate.of(2026, 3, 8).getDayOfWeek(), "2nd Sunday of March"),
                () -> assertEquals(SUNDAY, LocalDate.of(2026, 11, 1).getDayOfWeek(), "1st Sunday of November"),
                () -> assertEquals(SUNDAY, LocalDate.of(2026, 4, 5).getDayOfWeek(), "1st Sunday of April"),
                () -> assertEquals(SUNDAY, LocalDate.of(2026, 9, 27).getDayOfWeek(), "last Sunday of September"),
                () -> assertEquals(MONDAY, LocalDate.of(2026, 3, 30).getDayOfWeek()),
                () -> assertEquals(FRIDAY, LocalDate.of(2026, 4, 3).getDayOfWeek()));
    }

    @Nested
    @DisplayName("nextSlot in several zones")
    class Zones {

        @Test
        @DisplayName("Europe/Berlin in summer: 09:00 CEST is 07:00 UTC")
        void berlin() {
            // given
            DailySchedule s = schedule("09:00", BERLIN, WEEKDAYS);

            // when
            ZonedDateTime slot = DailyRules.nextSlot(s, utc("2026-03-30T06:00")).orElseThrow();

            // then
            assertEquals(utc("2026-03-30T07:00"), slot.toInstant());
            assertEquals(LocalDateTime.parse("2026-03-30T09:00"), slot.toLocalDateTime());
            assertEquals(BERLIN, slot.getZone());
        }

        @Test
        @DisplayName("Asia/Kolkata (+05:30): 09:00 IST is 03:30 UTC; a slot exactly at 'after' is not after it")
        void kolkata() {
            // given
            DailySchedule s = schedule("09:00", KOLKATA, WEEKDAYS);

            // when
            Instant first = next(s, utc("2026-03-30T00:00"));
            Instant second = next(s, first);

            // then
            assertEquals(utc("2026-03-30T03:30"), first);
            assertEquals(utc("2026-03-31T03:30"), second);
        }

        @Test
        @DisplayName("Pacific/Auckland (+13 in March): Monday 09:00 there is Sunday 20:00 UTC")
        void auckland() {
            // given: Sunday 19:00 UTC is Monday 08:00 NZDT
            DailySchedule s = schedule("09:00", AUCKLAND, WEEKDAYS);

            // when
            ZonedDateTime slot = DailyRules.nextSlot(s, utc("2026-03-29T19:00")).orElseThrow();

            // then
            assertEquals(utc("2026-03-29T20:00"), slot.toInstant());
            assertEquals(LocalDate.of(2026, 3, 30), slot.toLocalDate());
            assertEquals(MONDAY, slot.getDayOfWeek());
        }

        @Test
        @DisplayName("Pacific/Auckland autumn (2026-04-05, 03:00 NZDT → 02:00 NZST): 09:00 moves from 20:00 to 21:00 UTC")
        void aucklandFallBack() {
            // given
            DailySchedule s = schedule("09:00", AUCKLAND, EVERY_DAY);

            // when
            List<ZonedDateTime> got = slots(s, utc("2026-04-03T12:00"), 2);

            // then: Sat 4 Apr 09:00 +13:00 = Fri 3 Apr 20:00Z; Sun 5 Apr 09:00 +12:00 = Sat 4 Apr 21:00Z
            assertEquals(List.of(utc("2026-04-03T20:00"), utc("2026-04-04T21:00")),
                    got.stream().map(ZonedDateTime::toInstant).toList());
        }

        @Test
        @DisplayName("Pacific/Auckland spring gap (2026-09-27, 02:00 NZST → 03:00 NZDT): 02:30 posts at 03:30 NZDT")
        void aucklandGap() {
            // given
            DailySchedule s = schedule("02:30", AUCKLAND, EVERY_DAY);

            // when
            ZonedDateTime slot = DailyRules.nextSlot(s, utc("2026-09-26T00:00")).orElseThrow();

            // then: 03:30 +13:00 on 27 Sep = 26 Sep 14:30Z
            assertEquals(utc("2026-09-26T14:30"), slot.toInstant());
            assertEquals(LocalDateTime.parse("2026-09-27T03:30"), slot.toLocalDateTime());
        }

        @Test
        @DisplayName("UTC: mon,wed,fri at 21:30; Friday after the slot → Monday")
        void utcZone() {
            // given
            DailySchedule s = schedule("21:30", UTC, EnumSet.of(MONDAY, WEDNESDAY, FRIDAY));

            // when / then
            assertEquals(utc("2026-04-03T21:30"), next(s, utc("2026-04-03T21:29:59")));
            assertEquals(utc("2026-04-06T21:30"), next(s, utc("2026-04-03T21:30")));
            assertEquals(utc("2026-04-06T21:30"), next(s, utc("2026-04-03T22:00")));
        }
    }

    @Nested
    @DisplayName("daylight saving in Europe/Berlin")
    class BerlinDst {

        @Test
        @DisplayName("spring gap: 02:30 on 2026-03-29 does not exist and posts at 03:30 CEST = 01:30 UTC, once")
        void springGap() {
            // given: clocks jump from 02:00 CET (01:00Z) to 03:00 CEST
            DailySchedule s = schedule("02:30", BERLIN, EVERY_DAY);

            // when
            List<ZonedDateTime> got = slots(s, utc("2026-03-27T12:00"), 3);

            // then: 28 Mar 02:30 +01:00 = 01:30Z; 29 Mar → 03:30 +02:00 = 01:30Z; 30 Mar 02:30 +02:00 = 00:30Z
            assertEquals(List.of(utc("2026-03-28T01:30"), utc("2026-03-29T01:30"), utc("2026-03-30T00:30")),
                    got.stream().map(ZonedDateTime::toInstant).toList());
            assertEquals(LocalDateTime.parse("2026-03-29T03:30"), got.get(1).toLocalDateTime());
            assertEquals(ZoneOffset.ofHours(2), got.get(1).getOffset());
        }

        @Test
        @DisplayName("spring: 09:00 is 08:00 UTC on Saturday and 07:00 UTC on the Sunday of the change")
        void springRegularTime() {
            // given
            DailySchedule s = schedule("09:00", BERLIN, EVERY_DAY);

            // when
            List<ZonedDateTime> got = slots(s, utc("2026-03-28T00:00"), 2);

            // then
            assertEquals(List.of(utc("2026-03-28T08:00"), utc("2026-03-29T07:00")),
                    got.stream().map(ZonedDateTime::toInstant).toList());
        }

        @Test
        @DisplayName("autumn overlap: 02:30 on 2026-10-25 happens twice and posts once, at 02:30 CEST = 00:30 UTC")
        void autumnOverlap() {
            // given: clocks go back from 03:00 CEST (01:00Z) to 02:00 CET; 02:30 is both 00:30Z and 01:30Z
            DailySchedule s = schedule("02:30", BERLIN, EVERY_DAY);

            // when
            List<ZonedDateTime> got = slots(s, utc("2026-10-23T12:00"), 3);

            // then: 24 Oct 00:30Z (+02:00); 25 Oct 00:30Z (earlier offset); 26 Oct 02:30 +01:00 = 01:30Z
            assertEquals(List.of(utc("2026-10-24T00:30"), utc("2026-10-25T00:30"), utc("2026-10-26T01:30")),
                    got.stream().map(ZonedDateTime::toInstant).toList());
            assertEquals(ZoneOffset.ofHours(2), got.get(1).getOffset());
        }

        @Test
        @DisplayName("autumn overlap: between the two 02:30s, the next slot is the next day, not the second 02:30")
        void betweenTheTwoOccurrences() {
            // given: 00:45Z on 25 Oct is 02:45 CEST, after the first 02:30 and before the second (01:30Z)
            DailySchedule s = schedule("02:30", BERLIN, EVERY_DAY);

            // when
            Instant got = next(s, utc("2026-10-25T00:45"));

            // then
            assertEquals(utc("2026-10-26T01:30"), got);
        }

        @Test
        @DisplayName("across both changes, every local day has exactly one slot")
        void oneSlotPerLocalDay() {
            for (String time : List.of("02:00", "02:30", "02:59", "03:00", "09:00", "23:30", "00:00")) {
                for (Instant from : List.of(utc("2026-03-25T00:00"), utc("2026-10-21T00:00"))) {
                    // given
                    DailySchedule s = schedule(time, BERLIN, EVERY_DAY);

                    // when
                    List<ZonedDateTime> got = slots(s, from, 10);

                    // then
                    for (int i = 1; i < got.size(); i++) {
                        assertEquals(got.get(i - 1).toLocalDate().plusDays(1), got.get(i).toLocalDate(),
                                time + " from " + from + ": " + got);
                    }
                }
            }
        }
    }

    @Nested
    @DisplayName("daylight saving in America/New_York")
    class NewYorkDst {

        @Test
        @DisplayName("spring gap on 2026-03-08: 02:30 posts at 03:30 EDT = 07:30 UTC")
        void springGap() {
            // given: 02:00 EST (07:00Z) jumps to 03:00 EDT
            DailySchedule s = schedule("02:30", NEW_YORK, EVERY_DAY);

            // when
            List<ZonedDateTime> got = slots(s, utc("2026-03-07T00:00"), 3);

            // then: 7 Mar 02:30 −05:00 = 07:30Z; 8 Mar 03:30 −04:00 = 07:30Z; 9 Mar 02:30 −04:00 = 06:30Z
            assertEquals(List.of(utc("2026-03-07T07:30"), utc("2026-03-08T07:30"), utc("2026-03-09T06:30")),
                    got.stream().map(ZonedDateTime::toInstant).toList());
            assertEquals(LocalDateTime.parse("2026-03-08T03:30"), got.get(1).toLocalDateTime());
        }

        @Test
        @DisplayName("autumn overlap on 2026-11-01: 01:30 posts once, at 01:30 EDT = 05:30 UTC")
        void autumnOverlap() {
            // given: 02:00 EDT (06:00Z) goes back to 01:00 EST; 01:30 is both 05:30Z and 06:30Z
            DailySchedule s = schedule("01:30", NEW_YORK, EVERY_DAY);

            // when
            List<ZonedDateTime> got = slots(s, utc("2026-10-31T00:00"), 3);

            // then: 31 Oct 05:30Z; 1 Nov 05:30Z (EDT, the earlier); 2 Nov 01:30 −05:00 = 06:30Z
            assertEquals(List.of(utc("2026-10-31T05:30"), utc("2026-11-01T05:30"), utc("2026-11-02T06:30")),
                    got.stream().map(ZonedDateTime::toInstant).toList());
            assertEquals(utc("2026-11-02T06:30"), next(s, utc("2026-11-01T05:45")), "not the second 01:30");
        }

        @Test
        @DisplayName("09:00 weekdays around the spring change: 14:00 UTC on Friday, 13:00 UTC on Monday")
        void regularTime() {
            // given
            DailySchedule s = schedule("09:00", NEW_YORK, WEEKDAYS);

            // when
            List<ZonedDateTime> got = slots(s, utc("2026-03-06T12:00"), 2);

            // then
            assertEquals(List.of(utc("2026-03-06T14:00"), utc("2026-03-09T13:00")),
                    got.stream().map(ZonedDateTime::toInstant).toList());
        }
    }

    @Nested
    @DisplayName("days of the week")
    class Days {

        @Test
        @DisplayName("weekdays: two weeks of slots skip every Saturday and Sunday")
        void weekdays() {
            // given
            DailySchedule s = schedule("09:00", BERLIN, WEEKDAYS);

            // when
            List<ZonedDateTime> got = slots(s, utc("2026-03-29T12:00"), 10);

            // then
            assertTrue(got.stream().noneMatch(z -> z.getDayOfWeek() == SATURDAY || z.getDayOfWeek() == SUNDAY));
            assertEquals(LocalDate.of(2026, 3, 30), got.get(0).toLocalDate());
            assertEquals(LocalDate.of(2026, 4, 10), got.get(9).toLocalDate());
        }

        @Test
        @DisplayName("mon,wed,fri: Monday's slot → Wednesday → Friday; a Friday evening's next slot is Monday")
        void monWedFri() {
            // given
            DailySchedule s = schedule("09:00", BERLIN, EnumSet.of(MONDAY, WEDNESDAY, FRIDAY));

            // when / then
            assertEquals(utc("2026-04-01T07:00"), next(s, utc("2026-03-30T07:00")));
            assertEquals(utc("2026-04-03T07:00"), next(s, utc("2026-04-01T10:00")));
            assertEquals(utc("2026-04-06T07:00"), next(s, utc("2026-04-03T18:00")));
        }

        @Test
        @DisplayName("weekdays: Friday evening → Monday morning")
        void fridayEvening() {
            // given
            DailySchedule s = schedule("09:00", NEW_YORK, WEEKDAYS);

            // when
            ZonedDateTime slot = DailyRules.nextSlot(s, utc("2026-04-03T23:00")).orElseThrow();

            // then
            assertEquals(MONDAY, slot.getDayOfWeek());
            assertEquals(utc("2026-04-06T13:00"), slot.toInstant());
        }

        @Test
        @DisplayName("a single day a week: the same weekday next week when this week's has passed")
        void onceAWeek() {
            // given
            DailySchedule s = schedule("09:00", UTC, EnumSet.of(WEDNESDAY));

            // when / then
            assertEquals(utc("2026-04-08T09:00"), next(s, utc("2026-04-01T09:00")));
        }

        @Test
        @DisplayName("no slot when the schedule is off or has no days")
        void none() {
            // given
            DailySchedule off = schedule("09:00", BERLIN, WEEKDAYS).withEnabled(false);
            DailySchedule noDays = schedule("09:00", BERLIN, Set.of());

            // when / then
            assertEquals(Optional.empty(), DailyRules.nextSlot(off, utc("2026-03-30T00:00")));
            assertEquals(Optional.empty(), DailyRules.nextSlot(noDays, utc("2026-03-30T00:00")));
        }
    }

    @Test
    @DisplayName("localDate is the date in the schedule's zone, not in UTC")
    void localDate() {
        // given
        Instant t = utc("2026-03-29T20:00");

        // when / then
        assertAll(
                () -> assertEquals(LocalDate.of(2026, 3, 30), DailyRules.localDate(schedule("09:00", AUCKLAND, WEEKDAYS), t)),
                () -> assertEquals(LocalDate.of(2026, 3, 29), DailyRules.localDate(schedule("09:00", NEW_YORK, WEEKDAYS), t)),
                () -> assertEquals(LocalDate.of(2026, 3, 30),
                        DailyRules.localDate(schedule("09:00", KOLKATA, WEEKDAYS), utc("2026-03-29T18:30"))));
    }

    @Nested
    @DisplayName("dueNow, missedDays and catchUp (Europe/Berlin, 09:00 CEST = 07:00 UTC, weekdays)")
    class Due {
        final DailySchedule s = schedule("09:00", BERLIN, WEEKDAYS);
        final LocalDate mon = LocalDate.of(2026, 3, 30);
        final LocalDate tue = mon.plusDays(1);
        final LocalDate wed = mon.plusDays(2);
        final LocalDate friBefore = mon.minusDays(3);

        @Test
        @DisplayName("before today's slot: nothing")
        void beforeSlot() {
            // given / when / then
            assertEquals(Optional.empty(), DailyRules.dueNow(s, utc("2026-03-30T06:59:59"), friBefore));
        }

        @Test
        @DisplayName("at and after today's slot: today, until the local day ends")
        void afterSlot() {
            // given / when / then
            assertAll(
                    () -> assertEquals(Optional.of(mon), DailyRules.dueNow(s, utc("2026-03-30T07:00"), friBefore)),
                    () -> assertEquals(Optional.of(mon), DailyRules.dueNow(s, utc("2026-03-30T12:00"), friBefore)),
                    () -> assertEquals(Optional.of(mon), DailyRules.dueNow(s, utc("2026-03-30T21:59:59"), friBefore)),
                    () -> assertEquals(Optional.of(mon), DailyRules.dueNow(s, utc("2026-03-30T12:00"), null)));
        }

        @Test
        @DisplayName("already posted today: nothing (nor when the last post is dated after today)")
        void alreadyPosted() {
            // given / when / then
            assertEquals(Optional.empty(), DailyRules.dueNow(s, utc("2026-03-30T12:00"), mon));
            assertEquals(Optional.empty(), DailyRules.dueNow(s, utc("2026-03-30T12:00"), tue));
        }

        @Test
        @DisplayName("not a chosen day (Saturday): nothing, and nothing missed")
        void weekend() {
            // given / when / then
            assertEquals(Optional.empty(), DailyRules.dueNow(s, utc("2026-04-04T12:00"), LocalDate.of(2026, 4, 3)));
            assertEquals(List.of(), DailyRules.missedDays(s, utc("2026-04-04T12:00"), LocalDate.of(2026, 4, 3)));
        }

        @Test
        @DisplayName("disabled: nothing due and nothing missed")
        void disabled() {
            // given
            DailySchedule off = s.withEnabled(false);

            // when / then
            assertEquals(Optional.empty(), DailyRules.dueNow(off, utc("2026-03-30T12:00"), friBefore));
            assertEquals(List.of(), DailyRules.missedDays(off, utc("2026-04-01T12:00"), friBefore));
        }

        @Test
        @DisplayName("down across Tuesday's slot, back Wednesday 08:00: Tuesday is skipped, not posted late")
        void downtimeBeforeTodaysSlot() {
            // given: posted Monday; down from Monday noon to Wednesday 08:00 local (06:00Z)
            Instant back = utc("2026-04-01T06:00");

            // when
            DailyRules.CatchUp c = DailyRules.catchUp(s, back, mon);

            // then
            assertEquals(Optional.empty(), c.post());
            assertEquals(List.of(tue), c.skipped());
            assertEquals(Optional.empty(), DailyRules.dueNow(s, back, mon));
            assertEquals(List.of(tue), DailyRules.missedDays(s, back, mon));
        }

        @Test
        @DisplayName("down across Tuesday's slot, back Wednesday 09:30: Wednesday is posted, Tuesday skipped")
        void downtimeAfterTodaysSlot() {
            // given
            Instant back = utc("2026-04-01T07:30");

            // when
            DailyRules.CatchUp c = DailyRules.catchUp(s, back, mon);

            // then
            assertEquals(Optional.of(wed), c.post());
            assertEquals(List.of(tue), c.skipped());
            // after Wednesday's post, nothing is left to catch up
            assertEquals(DailyRules.catchUp(s, back, wed), new DailyRules.CatchUp(Optional.empty(), List.of()));
        }

        @Test
        @DisplayName("down at the slot, back the same day: posted late, nothing skipped")
        void sameDayCatchUp() {
            // given / when
            DailyRules.CatchUp c = DailyRules.catchUp(s, utc("2026-03-30T13:00"), friBefore);

            // then
            assertEquals(new DailyRules.CatchUp(Optional.of(mon), List.of()), c);
        }

        @Test
        @DisplayName("down from Thursday to Monday morning: only Friday is missed, not the weekend")
        void downtimeOverWeekend() {
            // given / when
            List<LocalDate> missed = DailyRules.missedDays(s, utc("2026-04-06T05:00"), LocalDate.of(2026, 4, 2));

            // then
            assertEquals(List.of(LocalDate.of(2026, 4, 3)), missed);
        }

        @Test
        @DisplayName("down all of Monday, back after midnight local: Monday is missed, Tuesday not yet due")
        void justAfterMidnight() {
            // given: 22:00Z on Monday is 00:00 Tuesday in Berlin
            Instant t = utc("2026-03-30T22:00");

            // when / then
            assertEquals(Optional.empty(), DailyRules.dueNow(s, t, friBefore));
            assertEquals(List.of(mon), DailyRules.missedDays(s, t, friBefore));
        }

        @Test
        @DisplayName("a channel that never posted has nothing to catch up")
        void neverPosted() {
            // given / when / then
            assertEquals(List.of(), DailyRules.missedDays(s, utc("2026-04-01T12:00"), null));
        }

        @Test
        @DisplayName("a very long downtime reports at most the last 366 days")
        void lookback() {
            // given
            DailySchedule daily = schedule("09:00", UTC, EVERY_DAY);
            Instant now = utc("2026-04-01T08:00");

            // when
            List<LocalDate> missed = DailyRules.missedDays(daily, now, LocalDate.of(2020, 1, 1));

            // then
            assertEquals(DailyRules.MISSED_LOOKBACK_DAYS, missed.size());
            assertEquals(LocalDate.of(2026, 4, 1).minusDays(366), missed.get(0));
            assertEquals(LocalDate.of(2026, 3, 31), missed.get(missed.size() - 1));
        }

        @Test
        @DisplayName("spring-forward day: 02:30 becomes due at 01:30 UTC (03:30 CEST)")
        void dueOnGapDay() {
            // given
            DailySchedule night = schedule("02:30", BERLIN, EVERY_DAY);
            LocalDate sun = LocalDate.of(2026, 3, 29);

            // when / then
            assertEquals(Optional.empty(), DailyRules.dueNow(night, utc("2026-03-29T01:29:59"), sun.minusDays(1)));
            assertEquals(Optional.of(sun), DailyRules.dueNow(night, utc("2026-03-29T01:30"), sun.minusDays(1)));
        }

        @Test
        @DisplayName("fall-back day: due at the first 02:30 and not again at the second")
        void dueOnceOnOverlapDay() {
            // given
            DailySchedule night = schedule("02:30", BERLIN, EVERY_DAY);
            LocalDate sun = LocalDate.of(2026, 10, 25);

            // when / then
            assertEquals(Optional.empty(), DailyRules.dueNow(night, utc("2026-10-25T00:29"), sun.minusDays(1)));
            assertEquals(Optional.of(sun), DailyRules.dueNow(night, utc("2026-10-25T00:30"), sun.minusDays(1)));
            assertEquals(Optional.empty(), DailyRules.dueNow(night, utc("2026-10-25T01:30"), sun));
        }

        @Test
        @DisplayName("the same instant is a different local day in Auckland and New York")
        void zonesDecideToday() {
            // given: 2026-03-30T21:00Z is Tue 10:00 in Auckland and Mon 17:00 in New York
            Instant t = utc("2026-03-30T21:00");
            DailySchedule auckland = schedule("09:00", AUCKLAND, WEEKDAYS);
            DailySchedule newYork = schedule("09:00", NEW_YORK, WEEKDAYS);

            // when / then
            assertEquals(Optional.of(tue), DailyRules.dueNow(auckland, t, mon));
            assertEquals(Optional.of(mon), DailyRules.dueNow(newYork, t, friBefore));
        }
    }

    @Nested
    @DisplayName("revealAt")
    class Reveal {

        @Test
        @DisplayName("with a reveal time after the post: that time on the post's day (17:00 CEST = 15:00 UTC)")
        void revealTime() {
            // given
            DailySchedule s = schedule("09:00", BERLIN, WEEKDAYS).withRevealTime(LocalTime.of(17, 0));

            // when / then
            assertEquals(Optional.of(utc("2026-03-30T15:00")), DailyRules.revealAt(s, LocalDate.of(2026, 3, 30)));
        }

        @Test
        @DisplayName("without a reveal time: at the next post (Monday's → Tuesday's, Friday's → Monday's)")
        void nextPost() {
            // given
            DailySchedule s = schedule("09:00", BERLIN, WEEKDAYS);

            // when / then
            assertEquals(Optional.of(utc("2026-03-31T07:00")), DailyRules.revealAt(s, LocalDate.of(2026, 3, 30)));
            assertEquals(Optional.of(utc("2026-04-06T07:00")), DailyRules.revealAt(s, LocalDate.of(2026, 4, 3)));
        }

        @Test
        @DisplayName("a reveal time at or before the post time: at the next post")
        void revealTimeBeforePost() {
            // given
            DailySchedule early = schedule("09:00", BERLIN, WEEKDAYS).withRevealTime(LocalTime.of(8, 0));
            DailySchedule same = schedule("09:00", BERLIN, WEEKDAYS).withRevealTime(LocalTime.of(9, 0));

            // when / then
            assertEquals(Optional.of(utc("2026-03-31T07:00")), DailyRules.revealAt(early, LocalDate.of(2026, 3, 30)));
            assertEquals(Optional.of(utc("2026-03-31T07:00")), DailyRules.revealAt(same, LocalDate.of(2026, 3, 30)));
        }

        @Test
        @DisplayName("a late post (15:00) with a 12:00 reveal time reveals at the next post")
        void latePost() {
            // given
            DailySchedule s = schedule("09:00", BERLIN, WEEKDAYS).withRevealTime(LocalTime.of(12, 0));

            // when
            Optional<Instant> got = DailyRules.revealAt(s, utc("2026-03-30T13:00"));

            // then
            assertEquals(Optional.of(utc("2026-03-31T07:00")), got);
        }

        @Test
        @DisplayName("on the spring-forward day a reveal time in the gap moves later like a slot; compared as instants")
        void revealAcrossGap() {
            // given: post 01:00 CET (00:00Z) on 29 Mar, reveal 02:30 → 03:30 CEST = 01:30Z
            DailySchedule s = schedule("01:00", BERLIN, EVERY_DAY).withRevealTime(LocalTime.of(2, 30));
            // post 02:30 → 03:30 CEST (01:30Z); reveal 03:15 CEST is 01:15Z, before the post: next slot
            DailySchedule t = schedule("02:30", BERLIN, EVERY_DAY).withRevealTime(LocalTime.of(3, 15));

            // when / then
            assertEquals(Optional.of(utc("2026-03-29T01:30")), DailyRules.revealAt(s, LocalDate.of(2026, 3, 29)));
            assertEquals(Optional.of(utc("2026-03-30T00:30")), DailyRules.revealAt(t, LocalDate.of(2026, 3, 29)));
        }

        @Test
        @DisplayName("a schedule turned off still reveals at the slot the next post would have had")
        void turnedOff() {
            // given
            DailySchedule s = schedule("09:00", BERLIN, WEEKDAYS).withEnabled(false);

            // when / then
            assertEquals(Optional.of(utc("2026-03-31T07:00")), DailyRules.revealAt(s, LocalDate.of(2026, 3, 30)));
            assertFalse(DailyRules.revealAt(schedule("09:00", BERLIN, Set.of()), LocalDate.of(2026, 3, 30)).isPresent());
        }

        @Test
        @DisplayName("the reveal is never before the post, for any reveal time, in any of the zones")
        void neverBeforePost() {
            for (ZoneId zone : List.of(BERLIN, NEW_YORK, KOLKATA, AUCKLAND, UTC)) {
                for (int h = 0; h < 24; h++) {
                    // given
                    DailySchedule s = schedule("09:00", zone, WEEKDAYS).withRevealTime(LocalTime.of(h, 15));
                    LocalDate day = LocalDate.of(2026, 3, 30);
                    Instant post = DailyRules.slotOn(s, day).toInstant();

                    // when
                    Instant reveal = DailyRules.revealAt(s, day).orElseThrow();

                    // then
                    assertTrue(reveal.isAfter(post), zone + " " + h);
                    assertTrue(Duration.between(post, reveal).compareTo(Duration.ofDays(4)) < 0, zone + " " + h);
                }
            }
        }
    }
}
