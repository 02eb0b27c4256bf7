package dev.mockinterview.daily;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a channel's daily question is posted, caught up or skipped, and when its model answer is revealed. Pure
 * functions: no clock, no state; the caller passes the instant.
 *
 * <h2>The slot</h2>
 * The post for a local date {@code d} is due at {@link #slotOn(DailySchedule, LocalDate) slotOn(s, d)}, which is
 * {@code ZonedDateTime.of(d, s.time(), s.zone())}. Around daylight-saving changes this means:
 * <ul>
 *   <li><b>Spring forward (a gap).</b> A local time that does not exist that day is moved later by the length of the
 *   gap. 02:30 Europe/Berlin on 2026-03-29 (clocks jump from 02:00 CET to 03:00 CEST) posts at 03:30 CEST, which is
 *   01:30 UTC: the instant 02:30 would have been had the clocks not changed. (It is not 03:00, the first instant
 *   after the gap.)</li>
 *   <li><b>Fall back (an overlap).</b> A local time that occurs twice that day posts once, at the earlier of the two
 *   instants, that is with the summer offset. 02:30 Europe/Berlin on 2026-10-25 posts at 02:30 CEST = 00:30 UTC and
 *   not again at 02:30 CET = 01:30 UTC.</li>
 * </ul>
 * Every local date has exactly one slot, and it falls on that local date in every zone of the current tz
 * database (gaps begin at or after midnight), so there is exactly one post per chosen local day.
 *
 * <h2>Posting, catching up, skipping</h2>
 * A chosen day's post is due from its slot until the end of that local day ({@link #dueNow}). So a post missed while
 * the bot was down is made late on the same day (down at 09:00, back at 15:00: posted at 15:00), but <b>never on a
 * later day</b>: once the local date has changed, a day that was not posted is skipped for good, and
 * {@link #missedDays} names it so the caller can log it. {@link #catchUp} gives both answers at once, for
 * start-up.
 *
 * <h2>The reveal</h2>
 * See {@link #revealAt(DailySchedule, Instant)}.
 */
public final class DailyRules {
    /** {@link #missedDays} looks back at most this many days before today. */
    public static final int MISSED_LOOKBACK_DAYS = 366;

    private DailyRules() {
    }

    /** What to do at start-up (or on any tick): post for {@code post}, if present, and log each skipped date. */
    public record CatchUp(Optional<LocalDate> post, List<LocalDate> skipped) {
        public CatchUp {
            Objects.requireNonNull(post, "post");
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * The instant the post for local date {@code date} is due, whether or not {@code date} is a chosen day; see the
     * class comment for gaps and overlaps.
     */
    public static ZonedDateTime slotOn(DailySchedule s, LocalDate date) {
        return ZonedDateTime.of(date, s.time(), s.zone());
    }

    /** The local date in the schedule's zone at instant {@code t}. */
    public static LocalDate localDate(DailySchedule s, Instant t) {
        return t.atZone(s.zone()).toLocalDate();
    }

    /**
     * The first slot strictly after {@code after}, on a chosen day, in the schedule's zone. Empty when the schedule
     * is off or has no days. A slot at exactly {@code after} is not "after" it, so passing the instant of a post
     * gives the one after it.
     */
    public static Optional<ZonedDateTime> nextSlot(DailySchedule s, Instant after) {
        Objects.requireNonNull(after, "after");
        if (!s.enabled() || s.days().isEmpty()) {
            return Optional.empty();
        }
        // From the day before (in case a slot were ever pushed past midnight) through the same weekday next week.
        LocalDate d = localDate(s, after).minusDays(1);
        for (int i = 0; i < 9; i++, d = d.plusDays(1)) {
            if (s.days().contains(d.getDayOfWeek())) {
                ZonedDateTime slot = slotOn(s, d);
                if (slot.toInstant().isAfter(after)) {
                    return Optional.of(slot);
                }
            }
        }
        throw new IllegalStateException("no slot within 9 days for " + s); // unreachable: some weekday is chosen
    }

    /**
     * The local date to post for right now, if any: today (in the schedule's zone) when the schedule is on, today is
     * a chosen day, today's slot is at or before {@code now}, and today has not been posted yet
     * ({@code lastPostedDate} is null or before today). This is both the regular trigger and the same-day catch-up
     * after downtime. An earlier day is never returned: see {@link #missedDays}.
     *
     * <p>A {@code lastPostedDate} after today (possible after the channel moved to a zone further west) also means
     * "already posted": nothing is posted until the local date passes it.
     *
     * @param lastPostedDate the local date of the channel's latest post (or claim), or null if it never had one
     */
    public static Optional<LocalDate> dueNow(DailySchedule s, Instant now, LocalDate lastPostedDate) {
        Objects.requireNonNull(now, "now");
        if (!s.enabled()) {
            return Optional.empty();
        }
        LocalDate today = localDate(s, now);
        boolean chosen = s.days().contains(today.getDayOfWeek());
        boolean slotPassed = !slotOn(s, today).toInstant().isAfter(now);
        boolean notYetPosted = lastPostedDate == null || lastPostedDate.isBefore(today);
        return chosen && slotPassed && notYetPosted ? Optional.of(today) : Optional.empty();
    }

    /**
     * The chosen days after {@code lastPostedDate} and before today whose post was never made and never will be
     * (typically because the bot was down across their whole local day), oldest first, at most
     * {@link #MISSED_LOOKBACK_DAYS} days back. Today is never in the list: it is either {@link #dueNow due now} or
     * still ahead. Empty when the schedule is off, or when {@code lastPostedDate} is null (a channel that never had
     * a post has nothing to catch up on).
     *
     * <p>The list is the same on every call until the next post moves {@code lastPostedDate}, so log it once, at
     * start-up. Days on which the schedule was off are reported too if it was turned back on since: the domain
     * cannot tell them from downtime.
     */
    public static List<LocalDate> missedDays(DailySchedule s, Instant now, LocalDate lastPostedDate) {
        Objects.requireNonNull(now, "now");
        if (!s.enabled() || lastPostedDate == null) {
            return List.of();
        }
        LocalDate today = localDate(s, now);
        LocalDate from = lastPostedDate.plusDays(1);
        if (from.isBefore(today.minusDays(MISSED_LOOKBACK_DAYS))) {
            from = today.minusDays(MISSED_LOOKBACK_DAYS);
        }
        List<LocalDate> missed = new ArrayList<>();
        for (LocalDate d = from; d.isBefore(today); d = d.plusDays(1)) {
            if (s.days().contains(d.getDayOfWeek()) && !slotOn(s, d).toInstant().isAfter(now)) {
                missed.add(d);
            }
        }
        return List.copyOf(missed);
    }

    /** {@link #dueNow} and {@link #missedDays} together: what to post now and which days to log as skipped. */
    public static CatchUp catchUp(DailySchedule s, Instant now, LocalDate lastPostedDate) {
        return new CatchUp(dueNow(s, now, lastPostedDate), missedDays(s, now, lastPostedDate));
    }

    /**
     * When the model answer of the post made for {@code postDate} is revealed in its thread: as
     * {@link #revealAt(DailySchedule, Instant)} for a post made at that date's slot.
     */
    public static Optional<Instant> revealAt(DailySchedule s, LocalDate postDate) {
        return revealAt(s, slotOn(s, postDate).toInstant());
    }

    /**
     * When the model answer of a post made at {@code postedAt} (a scheduled post, a late catch-up post or a
     * {@code /mockinterview daily now}) is revealed in its thread:
     * <ol>
     *   <li>at {@code revealTime} on the post's local date, when the schedule has one and that instant is after the
     *   post (a reveal time in a gap moves later, as a slot does);</li>
     *   <li>otherwise at the next slot after the post, that is together with the next question. This is computed as
     *   if the schedule were on, so turning the daily question off does not leave the last answer hidden for
     *   ever.</li>
     * </ol>
     * Empty only when the schedule has no days and no reveal time after the post.
     */
    public static Optional<Instant> revealAt(DailySchedule s, Instant postedAt) {
        Objects.requireNonNull(postedAt, "postedAt");
        if (s.revealTime() != null) {
            Instant reveal = ZonedDateTime.of(localDate(s, postedAt), s.revealTime(), s.zone()).toInstant();
            if (reveal.isAfter(postedAt)) {
                return Optional.of(reveal);
            }
        }
        return nextSlot(s.withEnabled(true), postedAt).map(ZonedDateTime::toInstant);
    }
}
