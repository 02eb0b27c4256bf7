package dev.mockinterview.interview;

import java.time.ZoneId;

/**
 * A user's preferences.
 *
 * @param dailyCap the most questions (reviews and new together) asked per day
 * @param zone     the user's time zone, which decides where their days start; UTC until known
 */
public record UserSettings(int dailyCap, ZoneId zone) {
    public static final int DEFAULT_DAILY_CAP = 20;
    public static final int MAX_DAILY_CAP = 500;

    public static UserSettings defaults() {
        return new UserSettings(DEFAULT_DAILY_CAP, ZoneId.of("UTC"));
    }
}
