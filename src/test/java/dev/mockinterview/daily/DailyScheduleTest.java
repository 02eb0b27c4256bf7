package dev.mockinterview.daily;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mockinterview.interview.Category;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("DailySchedule")
class DailyScheduleTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static DailySchedule schedule(Set<DayOfWeek> days, Category category) {
        return new DailySchedule("T1", "C1", LocalTime.of(9, 0), BERLIN, days, category, "U1", true, null);
    }

    @Test
    @DisplayName("describe: time, zone, days and category in words")
    void describe() {
        // given / when / then
        assertEquals("09:00 Europe/Berlin, weekdays, all categories",
                schedule(EnumSet.range(MONDAY, FRIDAY), null).describe());
        assertEquals("09:00 Europe/Berlin, on Mon, Wed, Fri, System design",
                schedule(Set.of(FRIDAY, MONDAY, WEDNESDAY), Category.SYSTEM_DESIGN).describe());
        assertEquals("09:00 Europe/Berlin, every day, Behavioral",
                schedule(EnumSet.allOf(DayOfWeek.class), Category.BEHAVIORAL).describe());
        assertEquals("09:00 Europe/Berlin, weekends, all categories",
                schedule(EnumSet.of(SATURDAY, SUNDAY), null).describe());
        assertEquals("09:00 Europe/Berlin, on Sun, all categories", schedule(EnumSet.of(SUNDAY), null).describe());
    }

    @Test
    @DisplayName("describe: the reveal time when set; on or off is left to the caller")
    void describeRevealAndOff() {
        // given
        DailySchedule s = new DailySchedule("T1", "C1", LocalTime.of(8, 15), ZoneId.of("UTC"),
                EnumSet.allOf(DayOfWeek.class), Category.BEHAVIORAL, "U1", false, LocalTime.of(17, 0));

        // when / then
        assertEquals("08:15 UTC, every day, Behavioral, model answer at 17:00", s.describe());
        assertEquals(s.describe(), s.withEnabled(true).describe());
        assertEquals("no days", DailySchedule.describeDays(Set.of()));
    }

    @Test
    @DisplayName("days are copied into an unmodifiable set, Monday first, whatever came in")
    void daysCopied() {
        // given
        Set<DayOfWeek> days = new LinkedHashSet<>(List.of(FRIDAY, MONDAY));

        // when
        DailySchedule s = schedule(days, null);
        days.add(SUNDAY);

        // then
        assertEquals(List.of(MONDAY, FRIDAY), new ArrayList<>(s.days()));
        assertThrows(UnsupportedOperationException.class, () -> s.days().add(WEDNESDAY));
        assertEquals(Set.of(), schedule(Set.of(), null).days());
        assertThrows(UnsupportedOperationException.class, () -> schedule(Set.of(), null).days().add(WEDNESDAY));
    }

    @Test
    @DisplayName("required fields are checked; withEnabled and withRevealTime keep everything else")
    void requiredAndWithers() {
        // given
        DailySchedule s = schedule(EnumSet.of(MONDAY), Category.TECHNICAL);

        // when
        DailySchedule off = s.withEnabled(false);
        DailySchedule reveal = s.withRevealTime(LocalTime.of(18, 0));

        // then
        assertEquals(new DailySchedule("T1", "C1", LocalTime.of(9, 0), BERLIN, EnumSet.of(MONDAY),
                Category.TECHNICAL, "U1", false, null), off);
        assertEquals(LocalTime.of(18, 0), reveal.revealTime());
        assertEquals(s, off.withEnabled(true));
        assertThrows(NullPointerException.class,
                () -> new DailySchedule("T1", "C1", null, BERLIN, Set.of(), null, "U1", true, null));
        assertThrows(NullPointerException.class,
                () -> new DailySchedule("T1", "C1", LocalTime.NOON, null, Set.of(), null, "U1", true, null));
        assertThrows(NullPointerException.class,
                () -> new DailySchedule("T1", "C1", LocalTime.NOON, BERLIN, null, null, "U1", true, null));
    }
}
