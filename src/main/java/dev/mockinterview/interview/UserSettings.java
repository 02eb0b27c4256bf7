package dev.mockinterview.interview;

import java.time.ZoneId;

/**
 * A user's preferences.
 *
 * @param dailyCap the most questions (reviews and new together) asked per day
 * @param zone     the user's time zone, which decides where their days start; UTC until known
 * @param role     the role whose questions the user practises (e.g. backend), or null for every role
 * @param level    the level within the role (e.g. senior), or null for every level
 */
public record UserSettings(int dailyCap, ZoneId zone, String role, String level) {
    public static final int DEFAULT_DAILY_CAP = 20;
    public static final int MAX_DAILY_CAP = 500;

    /** Settings with no role chosen. */
    public UserSettings(int dailyCap, ZoneId zone) {
        this(dailyCap, zone, null, null);
    }

    public static UserSettings defaults() {
        return new UserSettings(DEFAULT_DAILY_CAP, ZoneId.of("UTC"));
    }
}
