package dev.mockinterview.daily;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.interview.Category;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("DailyCommand.parse")
class DailyCommandTest {
    static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(MONDAY, FRIDAY);
    static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);
    static final String EXAMPLE = "Example: /mockinterview daily on 09:00 Europe/Berlin weekdays system-design";
    static final String ZONE_HELP = "Use an IANA name such as Europe/Berlin or America/New_York.";

    static DailyCommand.On on(String text) {
        DailyCommand c = DailyCommand.parse(text);
        return assertInstanceOf(DailyCommand.On.class, c, () -> text + " → " + c);
    }

    static String error(String text) {
        DailyCommand c = DailyCommand.parse(text);
        return assertInstanceOf(DailyCommand.Invalid.class, c, () -> text + " → " + c).message();
    }

    @Nested
    @DisplayName("on")
    class On {

        @Test
        @DisplayName("the full example: time, zone, days and category")
        void fullExample() {
            // given / when
            DailyCommand.On c = on("on 09:00 Europe/Berlin weekdays system-design");

            // then
            assertEquals(new DailyCommand.On(LocalTime.of(9, 0), ZoneId.of("Europe/Berlin"), WEEKDAYS,
                    Category.SYSTEM_DESIGN), c);
            assertEquals(DailyCommand.Kind.ON, c.kind());
        }

        @Test
        @DisplayName("bare 'on': every argument absent (null)")
        void bare() {
            // given / when / then
            assertEquals(new DailyCommand.On(null, null, null, null), on("on"));
            assertEquals(new DailyCommand.On(null, null, null, null), on("  ON  "));
        }

        @Test
        @DisplayName("arguments in any order, each optional")
        void anyOrder() {
            // given / when / then
            assertEquals(new DailyCommand.On(LocalTime.of(17, 30), ZoneId.of("America/New_York"),
                    EnumSet.of(MONDAY, WEDNESDAY, FRIDAY), Category.BEHAVIORAL),
                    on("on behavioral mon,wed,fri America/New_York 17:30"));
            assertEquals(new DailyCommand.On(null, ZoneId.of("Asia/Kolkata"), null, null), on("on asia/kolkata"));
            assertEquals(new DailyCommand.On(null, null, EVERY_DAY, Category.TECHNICAL), on("on technical everyday"));
        }

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource(delimiter = '|', value = {
                "9:00    | 09:00", "09:00 | 09:00", "21:30 | 21:30", "0:00 | 00:00", "23:59 | 23:59",
                "9am     | 09:00", "9AM | 09:00", "9:30pm | 21:30", "12am | 00:00", "12pm | 12:00", "12:45am | 00:45",
                "9 am    | 09:00", "11 p.m. | 23:00"})
        @DisplayName("times: 24-hour and 12-hour forms")
        void times(String text, String expected) {
            // given / when / then
            assertEquals(LocalTime.parse(expected), on("on " + text).time());
        }

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource(delimiter = '|', value = {
                "Europe/Berlin | Europe/Berlin", "europe/berlin | Europe/Berlin", "AMERICA/NEW_YORK | America/New_York",
                "UTC | UTC", "utc | UTC", "Pacific/Auckland | Pacific/Auckland", "asia/kolkata | Asia/Kolkata",
                "Etc/UTC | Etc/UTC"})
        @DisplayName("zones: IANA ids in any case, and UTC")
        void zones(String text, String expected) {
            // given / when
            ZoneId zone = on("on " + text).zone();

            // then
            assertEquals(ZoneId.of(expected), zone);
            assertEquals(expected, zone.getId());
        }

        @Test
        @DisplayName("day keywords, short and full names in any case, lists with or without spaces, ranges")
        void days() {
            // given / when / then
            assertEquals(WEEKDAYS, on("on weekdays").days());
            assertEquals(EVERY_DAY, on("on everyday").days());
            assertEquals(EVERY_DAY, on("on daily").days());
            assertEquals(EVERY_DAY, on("on every day").days());
            assertEquals(EnumSet.of(SATURDAY, SUNDAY), on("on weekends").days());
            assertEquals(EnumSet.of(MONDAY, WEDNESDAY, FRIDAY), on("on mon,wed,fri").days());
            assertEquals(EnumSet.of(MONDAY, WEDNESDAY, FRIDAY), on("on Mon, Wed, FRI").days());
            assertEquals(EnumSet.of(MONDAY, WEDNESDAY, FRIDAY), on("on monday,Wednesday,friday").days());
            assertEquals(EnumSet.of(TUESDAY, THURSDAY), on("on tues,thurs").days());
            assertEquals(EnumSet.of(WEDNESDAY), on("on Wednesday").days());
            assertEquals(EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY), on("on mon-thu").days());
            assertEquals(EnumSet.of(FRIDAY, SATURDAY, SUNDAY, MONDAY), on("on fri-mon").days());
            assertEquals(EnumSet.of(MONDAY, SATURDAY, SUNDAY), on("on weekends,mon").days());
        }

        @Test
        @DisplayName("categories by slug, with a space for the hyphen, and 'all' for all categories")
        void categories() {
            // given / when / then
            assertEquals(Category.SYSTEM_DESIGN, on("on system-design").category());
            assertEquals(Category.SYSTEM_DESIGN, on("on System design 10:00").category());
            assertEquals(Category.LEADERSHIP, on("on LEADERSHIP").category());
            assertEquals(null, on("on all 10:00").category());
        }

        @Test
        @DisplayName("a leading 'daily' is ignored, so the whole text after /mockinterview also works")
        void leadingDaily() {
            // given / when / then
            assertEquals(on("on 09:00 utc"), on("daily on 09:00 utc"));
            assertInstanceOf(DailyCommand.Off.class, DailyCommand.parse("daily off"));
        }

        @Test
        @DisplayName("toSchedule applies the defaults: 09:00, weekdays, the given zone, all categories, on")
        void defaults() {
            // given
            ZoneId userZone = ZoneId.of("Asia/Kolkata");

            // when
            DailySchedule s = on("on").toSchedule("T1", "C1", "U1", userZone);
            DailySchedule t = on("on 17:30 everyday utc leadership").toSchedule("T1", "C1", "U1", userZone);

            // then
            assertEquals(new DailySchedule("T1", "C1", LocalTime.of(9, 0), userZone, WEEKDAYS, null, "U1", true, null), s);
            assertEquals(new DailySchedule("T1", "C1", LocalTime.of(17, 30), ZoneId.of("UTC"), EVERY_DAY,
                    Category.LEADERSHIP, "U1", true, null), t);
            assertEquals(LocalTime.of(9, 0), DailySchedule.DEFAULT_TIME);
            assertEquals(WEEKDAYS, DailySchedule.DEFAULT_DAYS);
        }

        @Test
        @DisplayName("On copies its days into an unmodifiable set and refuses an empty one")
        void onDays() {
            // given
            Set<DayOfWeek> days = EnumSet.of(MONDAY);

            // when
            DailyCommand.On c = new DailyCommand.On(null, null, days, null);
            days.add(TUESDAY);

            // then
            assertEquals(EnumSet.of(MONDAY), c.days());
            assertThrows(UnsupportedOperationException.class, () -> c.days().add(FRIDAY));
            assertThrows(IllegalArgumentException.class, () -> new DailyCommand.On(null, null, Set.of(), null));
        }
    }

    @Nested
    @DisplayName("on: errors name the bad word and give an example")
    class OnErrors {

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"25:00", "24:00", "9:60", "13pm", "0am", "9", "0900", "9.30", "21:30pm"})
        @DisplayName("not a time of day")
        void badTime(String text) {
            // given / when / then
            assertEquals("\"" + text + "\" is not a time of day: use 24-hour HH:MM, e.g. 09:00 or 17:30.",
                    error("on " + text));
        }

        @Test
        @DisplayName("\"25:00\" exactly as documented")
        void twentyFive() {
            // given / when / then
            assertEquals("\"25:00\" is not a time of day: use 24-hour HH:MM, e.g. 09:00 or 17:30.",
                    error("on 25:00 Europe/Berlin"));
        }

        @Test
        @DisplayName("\"Mars/Base\": an unknown zone, nothing close enough to suggest")
        void marsBase() {
            // given / when / then
            assertEquals("\"Mars/Base\" is not a time zone I know. " + ZONE_HELP, error("on Mars/Base"));
        }

        @Test
        @DisplayName("a misspelt zone suggests the closest id; a wrong region suggests the zone with that city")
        void zoneSuggestions() {
            // given / when / then
            assertEquals("\"Europe/Berln\" is not a time zone I know. " + ZONE_HELP + " Did you mean Europe/Berlin?",
                    error("on 09:00 Europe/Berln"));
            assertEquals("\"america/newyork\" is not a time zone I know. " + ZONE_HELP
                    + " Did you mean America/New_York?", error("on america/newyork"));
            assertEquals("\"Germany/Berlin\" is not a time zone I know. " + ZONE_HELP + " Did you mean Europe/Berlin?",
                    error("on Germany/Berlin"));
            assertEquals("\"Berlin\" is not a time zone I know. " + ZONE_HELP + " Did you mean Europe/Berlin?",
                    error("on Berlin"));
        }

        @Test
        @DisplayName("abbreviations and fixed offsets are refused: they do not follow daylight saving")
        void abbreviations() {
            // given / when / then
            assertEquals("\"EST\" is an abbreviation, not a time zone: use an IANA name such as America/New_York, "
                    + "which also follows daylight saving time.", error("on EST"));
            assertEquals("\"pst\" is an abbreviation, not a time zone: use an IANA name such as America/Los_Angeles, "
                    + "which also follows daylight saving time.", error("on pst"));
            assertEquals("\"UTC+2\" is not a time zone I know. " + ZONE_HELP
                    + " A fixed offset does not follow daylight saving time.", error("on UTC+2"));
            assertEquals("\"+05:30\" is not a time zone I know. " + ZONE_HELP
                    + " A fixed offset does not follow daylight saving time.", error("on +05:30"));
        }

        @Test
        @DisplayName("\"funday\" is not a day, alone or in a list")
        void funday() {
            // given
            String expected = "\"funday\" is not a day: use weekdays, everyday, or days like mon,wed,fri.";

            // when / then
            assertEquals(expected, error("on funday"));
            assertEquals(expected, error("on mon,funday,fri"));
            assertEquals("\"mon-funday\" is not a day: use weekdays, everyday, or days like mon,wed,fri.",
                    error("on mon-funday"));
        }

        @Test
        @DisplayName("an unknown word: the exact message with the example")
        void unknownWord() {
            // given / when / then
            assertEquals("\"xyz\" is not a time, time zone, day list or category. " + EXAMPLE, error("on xyz"));
            assertEquals("\"system-desing\" is not a time, time zone, day list or category. Did you mean "
                    + "system-design? " + EXAMPLE, error("on 10:00 system-desing"));
        }

        @Test
        @DisplayName("two times, two zones, two day lists, two categories")
        void twice() {
            // given / when / then
            assertEquals("Two times given (\"09:00\" and \"10:00\"): give one, e.g. /mockinterview daily on 09:00 "
                    + "weekdays.", error("on 09:00 utc 10:00"));
            assertEquals("Two time zones given (\"Europe/Berlin\" and \"UTC\"): give one, e.g. /mockinterview daily "
                    + "on 09:00 Europe/Berlin.", error("on Europe/Berlin UTC"));
            assertEquals("Two day lists given (\"weekdays\" and \"mon,fri\"): give one, e.g. weekdays, everyday, or "
                    + "mon,wed,fri (commas, no spaces).", error("on weekdays mon,fri"));
            assertEquals("Two day lists given (\"mon\" and \"wed\"): give one, e.g. weekdays, everyday, or "
                    + "mon,wed,fri (commas, no spaces).", error("on mon wed"));
            assertEquals("Two categories given (\"behavioral\" and \"leadership\"): give one of behavioral, "
                    + "leadership, situational, system-design, technical, or none for all categories.",
                    error("on behavioral leadership"));
        }

        @Test
        @DisplayName("the first error wins, and a very long word is shortened in the message")
        void firstErrorAndLongWords() {
            // given
            String longWord = "x".repeat(500);

            // when
            String message = error("on " + longWord + " 25:00");

            // then
            assertEquals("\"" + "x".repeat(39) + "…\" is not a time, time zone, day list or category. " + EXAMPLE,
                    message);
        }
    }

    @Nested
    @DisplayName("off, status, now, and everything else")
    class Others {

        @Test
        @DisplayName("off, status and now, in any case")
        void simple() {
            // given / when / then
            assertEquals(new DailyCommand.Off(), DailyCommand.parse("off"));
            assertEquals(new DailyCommand.Status(), DailyCommand.parse("Status"));
            assertEquals(new DailyCommand.PostNow(), DailyCommand.parse(" NOW "));
            assertEquals(DailyCommand.Kind.OFF, DailyCommand.parse("off").kind());
            assertEquals(DailyCommand.Kind.STATUS, DailyCommand.parse("status").kind());
            assertEquals(DailyCommand.Kind.NOW, DailyCommand.parse("now").kind());
        }

        @Test
        @DisplayName("off, status and now take no arguments")
        void noArguments() {
            // given / when / then
            assertEquals("`off` takes nothing after it, but got \"now please\". Use `/mockinterview daily off`.",
                    error("off now please"));
            assertEquals(DailyCommand.Kind.INVALID, DailyCommand.parse("status 09:00").kind());
        }

        @Test
        @DisplayName("nothing (or only 'daily'): the usage of all four subcommands")
        void empty() {
            for (String text : new String[] {"", "   ", null, "daily"}) {
                // given / when
                String message = error(text);

                // then
                assertEquals("Say what to do with the daily question.\n" + DailyCommand.USAGE, message);
            }
            assertUsageNamesAllFour(DailyCommand.USAGE);
        }

        @Test
        @DisplayName("an unknown subcommand: the usage, with the closest subcommand when there is one")
        void unknown() {
            // given / when / then
            assertEquals("\"foo\" is not a daily command.\n" + DailyCommand.USAGE, error("foo"));
            assertEquals("\"stauts\" is not a daily command. Did you mean `/mockinterview daily status`?\n"
                    + DailyCommand.USAGE, error("stauts"));
            assertEquals("\"of\" is not a daily command. Did you mean `/mockinterview daily on`?\n"
                    + DailyCommand.USAGE, error("of"));
        }

        @Test
        @DisplayName("a schedule without 'on' is pointed at the right command")
        void missingOn() {
            // given / when / then
            assertEquals("\"09:00\" is not a daily command. To post a question every day, start with on: "
                    + "`/mockinterview daily on 09:00 Europe/Berlin`.", error("09:00 Europe/Berlin"));
        }

        private void assertUsageNamesAllFour(String usage) {
            for (String sub : new String[] {"on [HH:MM] [time zone] [weekdays|everyday|mon,wed,fri] [category] [reveal HH:MM]",
                    "off", "status", "now"}) {
                assertTrue(usage.contains("`/mockinterview daily " + sub + "`"), sub);
            }
            assertTrue(usage.contains("e.g. `/mockinterview daily on 09:00 Europe/Berlin weekdays system-design`"));
        }
    }

    @org.junit.jupiter.api.Test
    @DisplayName("reveal HH:MM sets the reveal time; reveal next clears it; a missing time is a precise error")
    void revealTime() {
        // given / when
        DailyCommand at = DailyCommand.parse("on 09:00 reveal 17:30 weekdays");
        DailyCommand next = DailyCommand.parse("on reveal next");
        DailyCommand none = DailyCommand.parse("on 09:00");
        DailyCommand missing = DailyCommand.parse("on 09:00 reveal");
        DailyCommand bad = DailyCommand.parse("on reveal 26:00");

        // then
        var on = (DailyCommand.On) at;
        org.junit.jupiter.api.Assertions.assertEquals(java.time.LocalTime.of(17, 30), on.revealTime());
        org.junit.jupiter.api.Assertions.assertTrue(on.revealGiven());
        org.junit.jupiter.api.Assertions.assertEquals(java.time.LocalTime.of(9, 0), on.time());
        org.junit.jupiter.api.Assertions.assertNull(((DailyCommand.On) next).revealTime());
        org.junit.jupiter.api.Assertions.assertTrue(((DailyCommand.On) next).revealGiven());
        org.junit.jupiter.api.Assertions.assertFalse(((DailyCommand.On) none).revealGiven());
        org.junit.jupiter.api.Assertions.assertTrue(((DailyCommand.Invalid) missing).message()
                .contains("\"reveal\" needs a time, e.g. reveal 17:00"));
        org.junit.jupiter.api.Assertions.assertTrue(((DailyCommand.Invalid) bad).message()
                .contains("\"26:00\" is not a time of day"));
    }
}
