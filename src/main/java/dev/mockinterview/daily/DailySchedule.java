package dev.mockinterview.daily;

import dev.mockinterview.interview.Category;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A channel's subscription to a daily interview question. Immutable; {@code days} is copied into an unmodifiable
 * {@link EnumSet}, so it iterates Monday to Sunday whatever order it was given in.
 *
 * <p>When the question is posted, and what happens around daylight-saving changes, is decided by {@link DailyRules}.
 *
 * @param teamId     the Slack workspace (team) id
 * @param channelId  the channel the question is posted in
 * @param time       local time of day of the post, in {@code zone}
 * @param zone       the channel's time zone (an IANA region such as Europe/Berlin, or UTC)
 * @param days       the days of the week a question is posted; empty means never
 * @param category   the category questions are drawn from, or null for all categories
 * @param createdBy  the Slack user id of whoever set the schedule up
 * @param enabled    false when the channel turned the daily question off (the settings are kept)
 * @param revealTime local time at which the day's model answer is revealed in the post's thread, or null to reveal
 *                   it with the next post (see {@link DailyRules#revealAt(DailySchedule, java.time.LocalDate)})
 */
public record DailySchedule(
        String teamId,
        String channelId,
        LocalTime time,
        ZoneId zone,
        Set<DayOfWeek> days,
        Category category,
        String createdBy,
        boolean enabled,
        LocalTime revealTime) {

    /** The time of day used when {@code /mockinterview daily on} names none. */
    public static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    /** The days used when {@code /mockinterview daily on} names none: Monday to Friday. */
    public static final Set<DayOfWeek> DEFAULT_DAYS =
            Collections.unmodifiableSet(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    /** Monday to Friday. */
    public static final Set<DayOfWeek> WEEKDAYS = DEFAULT_DAYS;

    /** Saturday and Sunday. */
    public static final Set<DayOfWeek> WEEKENDS =
            Collections.unmodifiableSet(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));

    /** All seven days. */
    public static final Set<DayOfWeek> EVERY_DAY = Collections.unmodifiableSet(EnumSet.allOf(DayOfWeek.class));

    public DailySchedule {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(days, "days");
        days = days.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(DayOfWeek.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(days));
    }

    /** This schedule, turned on or off; everything else is kept. */
    public DailySchedule withEnabled(boolean on) {
        return new DailySchedule(teamId, channelId, time, zone, days, category, createdBy, on, revealTime);
    }

    /** This schedule with another reveal time (null: reveal with the next post). */
    public DailySchedule withRevealTime(LocalTime reveal) {
        return new DailySchedule(teamId, channelId, time, zone, days, category, createdBy, enabled, reveal);
    }

    /**
     * The schedule's settings in words, for status replies and confirmations: the time and zone, the days, the
     * category, then the reveal time when one is set. Whether the schedule is on or off is not included: say that
     * around it. Examples:
     * <ul>
     *   <li>{@code 09:00 Europe/Berlin, weekdays, all categories}</li>
     *   <li>{@code 17:30 America/New_York, on Mon, Wed, Fri, System design}</li>
     *   <li>{@code 08:15 UTC, every day, Behavioral, model answer at 17:00}</li>
     * </ul>
     */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append(hhmm(time)).append(' ').append(zone.getId());
        out.append(", ").append(describeDays(days));
        out.append(", ").append(category == null ? "all categories" : category.label());
        if (revealTime != null) {
            out.append(", model answer at ").append(hhmm(revealTime));
        }
        return out.toString();
    }

    /**
     * A day set in words: "every day", "weekdays", "weekends", "no days", or "on Mon, Wed, Fri" (Monday first).
     */
    public static String describeDays(Set<DayOfWeek> days) {
        if (days.isEmpty()) {
            return "no days";
        }
        if (days.equals(EVERY_DAY)) {
            return "every day";
        }
        if (days.equals(WEEKDAYS)) {
            return "weekdays";
        }
        if (days.equals(WEEKENDS)) {
            return "weekends";
        }
        return "on " + EnumSet.copyOf(days).stream()
                .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                .collect(Collectors.joining(", "));
    }

    /** {@code HH:mm}; seconds, if any, are not shown. */
    static String hhmm(LocalTime t) {
        return String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    }
}
