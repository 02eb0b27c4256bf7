package dev.mockinterview.daily;

import dev.mockinterview.interview.Category;
import dev.mockinterview.util.Suggest;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parser behind {@link DailyCommand#parse(String)}. Stateless; every table in it is immutable. */
final class DailyCommandParser {
    private DailyCommandParser() {
    }

    static final String TIME_HELP = "use 24-hour HH:MM, e.g. 09:00 or 17:30.";
    static final String ZONE_HELP = "Use an IANA name such as Europe/Berlin or America/New_York.";
    static final String DAY_HELP = "use weekdays, everyday, or days like mon,wed,fri.";

    private static final List<String> SUBCOMMANDS = List.of("on", "off", "status", "now");
    private static final Pattern H24 = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final Pattern H12 = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?(am|pm|a\\.m\\.|p\\.m\\.)");
    private static final Pattern OFFSET = Pattern.compile("(utc|gmt)?[+\\-−]\\d.*");

    /** Lower-case zone id → zone id, for every available zone. Immutable. */
    private static final Map<String, String> ZONES = zones();

    /** Abbreviations that are no zone, or a fixed-offset one people mistake for their local zone. */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("est", "America/New_York"), Map.entry("edt", "America/New_York"),
            Map.entry("cst", "America/Chicago"), Map.entry("cdt", "America/Chicago"),
            Map.entry("mst", "America/Denver"), Map.entry("mdt", "America/Denver"),
            Map.entry("pst", "America/Los_Angeles"), Map.entry("pdt", "America/Los_Angeles"),
            Map.entry("akst", "America/Anchorage"), Map.entry("akdt", "America/Anchorage"),
            Map.entry("hst", "Pacific/Honolulu"), Map.entry("bst", "Europe/London"),
            Map.entry("cest", "Europe/Berlin"), Map.entry("eest", "Europe/Athens"),
            Map.entry("west", "Europe/Lisbon"), Map.entry("ist", "Asia/Kolkata"), Map.entry("jst", "Asia/Tokyo"),
            Map.entry("kst", "Asia/Seoul"), Map.entry("aest", "Australia/Sydney"),
            Map.entry("aedt", "Australia/Sydney"), Map.entry("nzst", "Pacific/Auckland"),
            Map.entry("nzdt", "Pacific/Auckland"));

    private static final Map<String, DayOfWeek> DAY_NAMES = dayNames();

    private static final Map<String, Set<DayOfWeek>> KEYWORD_DAYS = Map.of(
            "weekdays", DailySchedule.WEEKDAYS, "weekday", DailySchedule.WEEKDAYS,
            "weekends", DailySchedule.WEEKENDS, "weekend", DailySchedule.WEEKENDS,
            "everyday", DailySchedule.EVERY_DAY, "every-day", DailySchedule.EVERY_DAY,
            "daily", DailySchedule.EVERY_DAY);

    private static Map<String, String> zones() {
        Map<String, String> m = new TreeMap<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            m.put(id.toLowerCase(Locale.ROOT), id);
        }
        m.put("utc", "UTC");
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, DayOfWeek> dayNames() {
        Map<String, DayOfWeek> m = new TreeMap<>();
        String[][] names = {
                {"mon", "monday"}, {"tue", "tues", "tuesday"}, {"wed", "weds", "wednesday"},
                {"thu", "thur", "thurs", "thursday"}, {"fri", "friday"}, {"sat", "saturday"}, {"sun", "sunday"}};
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                m.put(n, DayOfWeek.of(i + 1));
            }
            m.put(names[i][names[i].length - 1] + "s", DayOfWeek.of(i + 1)); // "mondays"
        }
        return Collections.unmodifiableMap(m);
    }

    static DailyCommand parse(String text) {
        List<String> tokens = tokens(text);
        if (!tokens.isEmpty() && lower(tokens.get(0)).equals("daily")) {
            tokens = tokens.subList(1, tokens.size());
        }
        if (tokens.isEmpty()) {
            return new DailyCommand.Invalid("Say what to do with the daily question.\n" + DailyCommand.USAGE);
        }
        String sub = lower(tokens.get(0));
        List<String> args = tokens.subList(1, tokens.size());
        switch (sub) {
            case "on":
                return parseOn(args);
            case "off":
                return noArguments(sub, args, new DailyCommand.Off());
            case "status":
                return noArguments(sub, args, new DailyCommand.Status());
            case "now":
                return noArguments(sub, args, new DailyCommand.PostNow());
            default:
                return unknownSubcommand(tokens);
        }
    }

    private static DailyCommand noArguments(String sub, List<String> args, DailyCommand command) {
        if (args.isEmpty()) {
            return command;
        }
        return new DailyCommand.Invalid("`" + sub + "` takes nothing after it, but got " + quote(String.join(" ", args))
                + ". Use `/mockinterview daily " + sub + "`.");
    }

    private static DailyCommand unknownSubcommand(List<String> tokens) {
        String first = tokens.get(0);
        if (parseOn(tokens) instanceof DailyCommand.On) {
            // "/mockinterview daily 09:00 Europe/Berlin": the schedule without "on".
            return new DailyCommand.Invalid(quote(first) + " is not a daily command. To post a question every day, "
                    + "start with on: `/mockinterview daily on " + String.join(" ", tokens) + "`.");
        }
        String message = quote(first) + " is not a daily command.";
        Optional<String> close = closest(lower(first), SUBCOMMANDS, first.length() <= 4 ? 1 : 2);
        if (close.isPresent()) {
            message += " Did you mean `/mockinterview daily " + close.get() + "`?";
        }
        return new DailyCommand.Invalid(message + "\n" + DailyCommand.USAGE);
    }

    // ------------------------------------------------------------------------------------------------------ on

    /** The arguments seen so far, with the token each came from (for "two times given" errors). */
    private static final class OnArgs {
        LocalTime time;
        String timeToken;
        ZoneId zone;
        String zoneToken;
        Set<DayOfWeek> days;
        String daysToken;
        Category category;
        boolean categoryGiven;
        String categoryToken;
        LocalTime reveal;
        boolean revealGiven;
    }

    /** Thrown inside the parser only, to stop at the first error; never escapes {@link #parse(String)}. */
    private static final class Bad extends Exception {
        private static final long serialVersionUID = 1L;

        Bad(String message) {
            super(message, null, false, false);
        }
    }

    private static DailyCommand parseOn(List<String> args) {
        OnArgs on = new OnArgs();
        try {
            for (int i = 0; i < args.size(); i++) {
                String token = args.get(i);
                String next = i + 1 < args.size() ? args.get(i + 1) : null;
                String lower = lower(token);
                String nextLower = next == null ? null : lower(next);
                if (lower.equals("reveal")) {
                    if (next == null) {
                        throw new Bad("\"reveal\" needs a time, e.g. reveal 17:00, or reveal next to reveal the "
                                + "model answer when the next question is posted.");
                    }
                    if (on.revealGiven) {
                        throw new Bad("Two reveal times given: give one, e.g. reveal 17:00.");
                    }
                    on.revealGiven = true;
                    on.reveal = nextLower.equals("next") ? null : time(nextLower, next);
                    i++;
                    continue;
                }
                // Two-word forms: "9 am", "every day", "every monday", "system design".
                if (next != null && lower.matches("\\d{1,2}(:\\d{2})?")
                        && nextLower.matches("am|pm|a\\.m\\.|p\\.m\\.")) {
                    setTime(on, token + " " + next, time(lower + nextLower, token + " " + next));
                    i++;
                    continue;
                }
                if (next != null && lower.equals("every")) {
                    String phrase = token + " " + next;
                    setDays(on, phrase, nextLower.equals("day") ? DailySchedule.EVERY_DAY : days(next));
                    i++;
                    continue;
                }
                if (next != null && Category.fromSlug(lower + "-" + nextLower).isPresent()) {
                    setCategory(on, token + " " + next, Category.fromSlug(lower + "-" + nextLower).get());
                    i++;
                    continue;
                }
                argument(on, token);
            }
        } catch (Bad e) {
            return new DailyCommand.Invalid(e.getMessage());
        }
        return new DailyCommand.On(on.time, on.zone, on.days, on.category, on.categoryGiven, on.reveal,
                on.revealGiven);
    }

    private static void argument(OnArgs on, String token) throws Bad {
        String lower = lower(token);
        if (Character.isDigit(lower.charAt(0))) {
            setTime(on, token, time(lower, token));
            return;
        }
        Optional<ZoneId> zone = zone(token);
        if (zone.isPresent()) {
            setZone(on, token, zone.get());
            return;
        }
        if (lower.contains("/") || OFFSET.matcher(lower).matches()) {
            throw new Bad(unknownZone(token));
        }
        if (looksLikeDays(lower)) {
            setDays(on, token, days(token));
            return;
        }
        if (lower.equals("all") || lower.equals("all-categories") || lower.equals("any")) {
            setCategory(on, token, null);
            return;
        }
        Optional<Category> category = Category.fromSlug(lower);
        if (category.isPresent()) {
            setCategory(on, token, category.get());
            return;
        }
        // A city alone ("Berlin", "new_york"): say which zone it is.
        String city = lower.replace(' ', '_');
        for (String id : ZONES.values()) {
            if (id.toLowerCase(Locale.ROOT).endsWith("/" + city)) {
                throw new Bad(quote(token) + " is not a time zone I know. " + ZONE_HELP + " Did you mean " + id + "?");
            }
        }
        List<String> slugs = new ArrayList<>();
        for (Category c : Category.values()) {
            slugs.add(c.slug());
        }
        String hint = closest(lower, slugs, Math.max(2, lower.length() / 4))
                .map(s -> " Did you mean " + s + "?").orElse("");
        throw new Bad(quote(token) + " is not a time, time zone, day list or category." + hint + " Example: "
                + DailyCommand.EXAMPLE);
    }

    private static void setTime(OnArgs on, String token, LocalTime time) throws Bad {
        if (on.time != null) {
            throw new Bad("Two times given (" + quote(on.timeToken) + " and " + quote(token)
                    + "): give one, e.g. /mockinterview daily on 09:00 weekdays.");
        }
        on.time = time;
        on.timeToken = token;
    }

    private static void setZone(OnArgs on, String token, ZoneId zone) throws Bad {
        if (on.zone != null) {
            throw new Bad("Two time zones given (" + quote(on.zoneToken) + " and " + quote(token)
                    + "): give one, e.g. /mockinterview daily on 09:00 Europe/Berlin.");
        }
        on.zone = zone;
        on.zoneToken = token;
    }

    private static void setDays(OnArgs on, String token, Set<DayOfWeek> days) throws Bad {
        if (on.days != null) {
            throw new Bad("Two day lists given (" + quote(on.daysToken) + " and " + quote(token)
                    + "): give one, e.g. weekdays, everyday, or mon,wed,fri (commas, no spaces).");
        }
        on.days = days;
        on.daysToken = token;
    }

    private static void setCategory(OnArgs on, String token, Category category) throws Bad {
        if (on.categoryGiven) {
            throw new Bad("Two categories given (" + quote(on.categoryToken) + " and " + quote(token)
                    + "): give one of " + Category.slugList() + ", or none for all categories.");
        }
        on.categoryGiven = true;
        on.category = category;
        on.categoryToken = token;
    }

    /** A time of day from {@code lower} (already lower case, spaces removed); {@code token} is quoted on error. */
    private static LocalTime time(String lower, String token) throws Bad {
        String compact = lower.replace(" ", "");
        Matcher m = H24.matcher(compact);
        if (m.matches()) {
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(2));
            if (h <= 23 && min <= 59) {
                return LocalTime.of(h, min);
            }
        }
        m = H12.matcher(compact);
        if (m.matches()) {
            int h = Integer.parseInt(m.group(1));
            int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (h >= 1 && h <= 12 && min <= 59) {
                boolean pm = m.group(3).startsWith("p");
                return LocalTime.of(h % 12 + (pm ? 12 : 0), min);
            }
        }
        throw new Bad(quote(token) + " is not a time of day: " + TIME_HELP);
    }

    /** The zone whose id is {@code token} in any case, unless it is a misleading abbreviation. */
    private static Optional<ZoneId> zone(String token) throws Bad {
        String lower = lower(token);
        String instead = ABBREVIATIONS.get(lower);
        if (instead != null) {
            throw new Bad(quote(token) + " is an abbreviation, not a time zone: use an IANA name such as " + instead
                    + ", which also follows daylight saving time.");
        }
        String id = ZONES.get(lower);
        return id == null ? Optional.empty() : Optional.of(ZoneId.of(id));
    }

    /**
     * The error for a zone-like word that is not a zone, with the closest zone when one is close: a zone with the
     * same city ("Germany/Berlin" → Europe/Berlin), else the nearest id by edit distance (at most a quarter of the
     * word's length, and at most 3).
     */
    static String unknownZone(String token) {
        String lower = lower(token);
        String message = quote(token) + " is not a time zone I know. " + ZONE_HELP;
        if (OFFSET.matcher(lower).matches()) {
            return message + " A fixed offset does not follow daylight saving time.";
        }
        String city = lower.substring(lower.lastIndexOf('/') + 1);
        String suggestion = null;
        if (!city.isEmpty()) {
            for (String id : ZONES.values()) {
                if (id.toLowerCase(Locale.ROOT).endsWith("/" + city)) {
                    suggestion = id;
                    break;
                }
            }
        }
        if (suggestion == null) {
            suggestion = closest(lower, ZONES.values(), Math.min(3, lower.length() / 4)).orElse(null);
        }
        return suggestion == null ? message : message + " Did you mean " + suggestion + "?";
    }

    private static boolean looksLikeDays(String lower) {
        if (lower.contains(",") || DAY_NAMES.containsKey(lower) || KEYWORD_DAYS.containsKey(lower)
                || lower.endsWith("day") || lower.endsWith("days")) {
            return true;
        }
        int dash = lower.indexOf('-');
        return dash > 0 && DAY_NAMES.containsKey(lower.substring(0, dash));
    }

    /** A day keyword, or a comma list of day names and ranges; {@code token} is quoted on error. */
    private static Set<DayOfWeek> days(String token) throws Bad {
        String lower = lower(token);
        if (KEYWORD_DAYS.containsKey(lower)) {
            return KEYWORD_DAYS.get(lower);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        String[] parts = lower.split(",", -1);
        String[] original = token.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty()) {
                continue;
            }
            int dash = part.indexOf('-');
            if (dash > 0 && DAY_NAMES.containsKey(part.substring(0, dash))
                    && DAY_NAMES.containsKey(part.substring(dash + 1))) {
                DayOfWeek d = DAY_NAMES.get(part.substring(0, dash));
                DayOfWeek last = DAY_NAMES.get(part.substring(dash + 1));
                days.add(d);
                while (d != last) { // a range may wrap: fri-mon is Fri, Sat, Sun, Mon
                    d = d.plus(1);
                    days.add(d);
                }
            } else if (DAY_NAMES.containsKey(part)) {
                days.add(DAY_NAMES.get(part));
            } else if (KEYWORD_DAYS.containsKey(part)) { // "weekends,mon"
                days.addAll(KEYWORD_DAYS.get(part));
            } else {
                throw new Bad(quote(original[i]) + " is not a day: " + DAY_HELP);
            }
        }
        if (days.isEmpty()) {
            throw new Bad(quote(token) + " is not a day: " + DAY_HELP);
        }
        return days;
    }

    // ------------------------------------------------------------------------------------------------- helpers

    /** Words, split on white space; spaces around commas are dropped, so "mon, wed" is one word "mon,wed". */
    static List<String> tokens(String text) {
        if (text == null) {
            return List.of();
        }
        String t = text.replace('\u00a0', ' ').replace('\u2009', ' ').replace('\u202f', ' ')
                .replaceAll("\\s*,\\s*", ",").strip();
        if (t.isEmpty()) {
            return List.of();
        }
        return List.of(t.split("\\s+"));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** The user's word in double quotes, shortened to 40 characters so an error never grows unbounded. */
    static String quote(String s) {
        return "\"" + (s.length() > 40 ? s.substring(0, 39) + "…" : s) + "\"";
    }

    private static Optional<String> closest(String lower, Iterable<String> candidates, int maxDistance) {
        return Suggest.closest(lower, candidates, maxDistance);
    }
}
