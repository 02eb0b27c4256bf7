package dev.mockinterview.interview;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Consecutive days practised. A streak is still alive on a day not yet practised if yesterday was. */
public final class Streak {
    private Streak() {
    }

    public static int days(Collection<LocalDate> practised, LocalDate today) {
        Set<LocalDate> days = new HashSet<>(practised);
        LocalDate day = days.contains(today) ? today : today.minusDays(1);
        int streak = 0;
        while (days.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }
}
