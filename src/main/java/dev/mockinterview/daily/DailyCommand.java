package dev.mockinterview.daily;

import dev.mockinterview.interview.Category;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The text after {@code /mockinterview daily}, parsed. One of {@link On}, {@link Off}, {@link Status},
 * {@link PostNow} or {@link Invalid}; {@link #kind()} gives the same answer as an enum, for a {@code switch}.
 *
 * <h2>Grammar</h2>
 * <pre>
 * on [TIME] [ZONE] [DAYS] [CATEGORY]     each optional, in any order; absent ones are null in {@link On}
 * off | status | now                      nothing may follow
 * </pre>
 * <ul>
 *   <li><b>TIME</b>: 24-hour {@code 9:00}, {@code 09:00}, {@code 21:30}, or 12-hour {@code 9am}, {@code 9:30pm}
 *   (also {@code 9 am}). {@code 12am} is 00:00, {@code 12pm} is noon.</li>
 *   <li><b>ZONE</b>: any id of {@link ZoneId#getAvailableZoneIds()}, in any case ({@code europe/berlin},
 *   {@code UTC}). Fixed-offset abbreviations people mistake for their local zone ({@code EST}, {@code MST},
 *   {@code HST}, and the non-ids {@code PST}, {@code CEST}, …) are refused with the IANA name to use instead.</li>
 *   <li><b>DAYS</b>: {@code weekdays}, {@code weekends}, {@code everyday} (also {@code daily}, {@code every day}),
 *   or a comma list of day names, short or full, any case, with ranges: {@code mon,wed,fri}, {@code Monday},
 *   {@code mon-thu}, {@code tue, thu} (spaces after the commas are fine).</li>
 *   <li><b>CATEGORY</b>: a {@link Category#fromSlug(String) category slug} ({@code system-design}, also
 *   {@code system design}); {@code all} means all categories, the same as none.</li>
 * </ul>
 * A leading {@code daily} is ignored, so both the text after {@code /mockinterview} and the text after
 * {@code /mockinterview daily} may be passed. Every error names the word that was wrong and shows a correct example;
 * see the constants and the tests for the exact wording.
 */
public sealed interface DailyCommand
        permits DailyCommand.On, DailyCommand.Off, DailyCommand.Status, DailyCommand.PostNow, DailyCommand.Invalid {

    /** What the command asks for. */
    enum Kind { ON, OFF, STATUS, NOW, INVALID }

    Kind kind();

    /** An example of a full {@code on} command, used in error messages. */
    String EXAMPLE = "/mockinterview daily on 09:00 Europe/Berlin weekdays system-design";

    /** The four subcommands, one a line (Slack mrkdwn). Shown for an empty or unknown subcommand. */
    String USAGE = String.join("\n",
            "Usage:",
            "• `/mockinterview daily on [HH:MM] [time zone] [weekdays|everyday|mon,wed,fri] [category] "
                    + "[reveal HH:MM]`: post an interview question in this channel every day, e.g. `" + EXAMPLE
                    + "`. Each part is optional; the defaults are 09:00, weekdays and all categories, and the model "
                    + "answer is revealed in the thread when the next question is posted (or at `reveal HH:MM`).",
            "• `/mockinterview daily off`: stop posting in this channel.",
            "• `/mockinterview daily status`: show this channel's schedule.",
            "• `/mockinterview daily now`: post a question now.");

    /**
     * Turn the daily question on (or change it). Each field is null when the command did not name it; see
     * {@link #toSchedule} for the defaults.
     *
     * @param days     unmodifiable, never empty when not null
     * @param category    null both when absent and for {@code all}: all categories
     * @param categoryGiven whether the command named a category ({@code all} included)
     * @param revealTime  local time to reveal the model answer on the post's day; null: with the next post
     * @param revealGiven whether the command named a reveal ({@code reveal HH:MM} or {@code reveal next})
     */
    record On(LocalTime time, ZoneId zone, Set<DayOfWeek> days, Category category, boolean categoryGiven,
              LocalTime revealTime, boolean revealGiven) implements DailyCommand {

        /** Without a reveal time: the model answer is revealed with the next post. */
        public On(LocalTime time, ZoneId zone, Set<DayOfWeek> days, Category category) {
            this(time, zone, days, category, category != null, null, false);
        }

        public On {
            if (days != null) {
                if (days.isEmpty()) {
                    throw new IllegalArgumentException("days must not be empty; use null for absent");
                }
                days = Collections.unmodifiableSet(EnumSet.copyOf(days));
            }
        }

        @Override
        public Kind kind() {
            return Kind.ON;
        }

        /**
         * The schedule this command sets up, enabled, with the defaults for what it did not name: time
         * {@link DailySchedule#DEFAULT_TIME 09:00}, days {@link DailySchedule#DEFAULT_DAYS Monday to Friday},
         * zone {@code defaultZone} (for example the Slack time zone of whoever typed it), all categories, and the
         * model answer revealed with the next post.
         */
        public DailySchedule toSchedule(String teamId, String channelId, String createdBy, ZoneId defaultZone) {
            Objects.requireNonNull(defaultZone, "defaultZone");
            return new DailySchedule(teamId, channelId, time == null ? DailySchedule.DEFAULT_TIME : time,
                    zone == null ? defaultZone : zone, days == null ? DailySchedule.DEFAULT_DAYS : days, category,
                    createdBy, true, revealTime);
        }
    }

    /** Turn the channel's daily question off (the schedule is kept, disabled). */
    record Off() implements DailyCommand {
        @Override
        public Kind kind() {
            return Kind.OFF;
        }
    }

    /** Show the channel's schedule. */
    record Status() implements DailyCommand {
        @Override
        public Kind kind() {
            return Kind.STATUS;
        }
    }

    /** Post a question in the channel now. */
    record PostNow() implements DailyCommand {
        @Override
        public Kind kind() {
            return Kind.NOW;
        }
    }

    /** The text could not be understood; {@code message} says why, for the user, with an example. */
    record Invalid(String message) implements DailyCommand {
        public Invalid {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public Kind kind() {
            return Kind.INVALID;
        }
    }

    /** Parses the text after {@code /mockinterview daily} (null counts as empty). Never throws. */
    static DailyCommand parse(String text) {
        return DailyCommandParser.parse(text);
    }
}
