package dev.mockinterview.daily;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Who may turn a channel's daily question on, change it, or turn it off.
 *
 * <h2>Configuration</h2>
 * The environment variable {@value #ENV_VAR} holds a comma-separated list; spaces around entries and the case of
 * the keywords do not matter. Unset or blank means {@value #DEFAULT_CONFIG}.
 * <table>
 *   <caption>entries</caption>
 *   <tr><th>entry</th><th>who</th></tr>
 *   <tr><td>{@code admins}</td><td>workspace admins (and owners, whom Slack also marks as admins)</td></tr>
 *   <tr><td>{@code owners}</td><td>workspace owners, including the primary owner</td></tr>
 *   <tr><td>{@code creator}</td><td>whoever set up the channel's schedule. There is no creator before a schedule
 *   exists, so this entry never lets anyone create one</td></tr>
 *   <tr><td>{@code everyone}</td><td>every member of the channel</td></tr>
 *   <tr><td>{@code U012AB3CD}</td><td>that Slack user (an id starts with U or W, is upper case and has a digit:
 *   copy it from the user's profile, ⋮ › Copy member ID)</td></tr>
 * </table>
 * Examples: {@code admins,owners,creator} (the default); {@code everyone}; {@code admins,U012AB3CD,U045EF6GH}.
 * {@code admin}, {@code owner}, {@code creators} and {@code everybody} are accepted too. Anything else, or an empty entry, is an error
 * that names the entry ({@link #problems(String)}).
 *
 * @param users Slack user ids allowed by name; unmodifiable, sorted
 */
public record DailyPermissions(boolean everyone, boolean admins, boolean owners, boolean creator, Set<String> users) {

    /** The environment variable the policy is read from. */
    public static final String ENV_VAR = "MOCKINTERVIEW_DAILY_MANAGERS";

    /** The policy when {@value #ENV_VAR} is unset or blank. */
    public static final String DEFAULT_CONFIG = "admins,owners,creator";

    private static final Pattern USER_ID = Pattern.compile("[UW](?=[A-Z0-9]*[0-9])[A-Z0-9]{1,20}");
    private static final List<String> KEYWORDS = List.of("admins", "owners", "creator", "everyone");

    public DailyPermissions {
        users = Collections.unmodifiableSet(new TreeSet<>(Objects.requireNonNull(users, "users")));
    }

    /** The default policy: admins, owners and the schedule's creator. */
    public static DailyPermissions defaults() {
        return new DailyPermissions(false, true, true, true, Set.of());
    }

    /**
     * The policy a configuration string describes (null or blank: the default).
     *
     * @throws IllegalArgumentException naming every bad entry, as {@link #problems(String)} does
     */
    public static DailyPermissions parse(String config) {
        List<String> problems = problems(config);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        if (config == null || config.isBlank()) {
            return defaults();
        }
        boolean everyone = false;
        boolean admins = false;
        boolean owners = false;
        boolean creator = false;
        Set<String> users = new TreeSet<>();
        for (String raw : config.split(",", -1)) {
            String entry = raw.strip();
            switch (keyword(entry).orElse("")) {
                case "everyone" -> everyone = true;
                case "admins" -> admins = true;
                case "owners" -> owners = true;
                case "creator" -> creator = true;
                default -> users.add(entry);
            }
        }
        return new DailyPermissions(everyone, admins, owners, creator, users);
    }

    /**
     * One message per bad entry of a configuration string, each naming {@value #ENV_VAR} and the entry, with the
     * valid forms; empty when the string is valid (null and blank are valid: the default).
     */
    public static List<String> problems(String config) {
        List<String> out = new ArrayList<>();
        if (config == null || config.isBlank()) {
            return out;
        }
        String[] entries = config.split(",", -1);
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            if (entry.isEmpty()) {
                out.add(ENV_VAR + ": entry " + (i + 1) + " is empty (two commas in a row, or a comma at either "
                        + "end). Example: " + ENV_VAR + "=" + DEFAULT_CONFIG + ".");
            } else if (keyword(entry).isEmpty() && !USER_ID.matcher(entry).matches()) {
                out.add(ENV_VAR + ": " + describeBad(entry));
            }
        }
        return out;
    }

    private static String describeBad(String entry) {
        String quoted = "\"" + entry + "\"";
        String valid = " Use a comma-separated list of admins, owners, creator, everyone and Slack user ids such as "
                + "U012AB3CD, e.g. " + ENV_VAR + "=" + DEFAULT_CONFIG + ".";
        if (entry.matches("\\S+\\s+\\S+.*")) {
            return quoted + " is two entries: separate entries with commas." + valid;
        }
        String upper = entry.toUpperCase(Locale.ROOT);
        if (!entry.equals(upper) && USER_ID.matcher(upper).matches()
                && dev.mockinterview.util.Suggest.closest(entry.toLowerCase(Locale.ROOT), KEYWORDS, 2).isEmpty()) {
            return quoted + " is not a valid entry: Slack user ids are upper case. Did you mean " + upper + "?";
        }
        String hint = dev.mockinterview.util.Suggest.closest(entry.toLowerCase(Locale.ROOT), KEYWORDS,
                        Math.max(2, entry.length() / 3))
                .map(k -> " Did you mean " + k + "?").orElse("");
        return quoted + " is not a valid entry." + hint + valid;
    }

    private static Optional<String> keyword(String entry) {
        return switch (entry.toLowerCase(Locale.ROOT)) {
            case "admins", "admin" -> Optional.of("admins");
            case "owners", "owner" -> Optional.of("owners");
            case "creator", "creators" -> Optional.of("creator");
            case "everyone", "everybody" -> Optional.of("everyone");
            default -> Optional.empty();
        };
    }

    /**
     * Whether {@code actorUserId} may create, change or turn off the channel's schedule.
     *
     * @param actorIsAdmin    Slack's {@code is_admin} for the actor
     * @param actorIsOwner    Slack's {@code is_owner} for the actor
     * @param scheduleCreator the existing schedule's {@code createdBy}, or null when the channel has no schedule yet
     *                        (then {@code creator} lets nobody in)
     */
    public boolean mayChange(String actorUserId, boolean actorIsAdmin, boolean actorIsOwner, String scheduleCreator) {
        if (everyone) {
            return true;
        }
        if (actorUserId == null || actorUserId.isBlank()) {
            return false;
        }
        return admins && actorIsAdmin
                || owners && actorIsOwner
                || creator && actorUserId.equals(scheduleCreator)
                || users.contains(actorUserId);
    }

    /**
     * Who may change the schedule, for a refusal ("Only … can change the daily question"), e.g. "workspace admins,
     * workspace owners or whoever set up the daily question". Users are Slack mentions ({@code <@U012AB3CD>}).
     */
    public String who() {
        if (everyone) {
            return "everyone";
        }
        List<String> parts = new ArrayList<>();
        if (admins) {
            parts.add("workspace admins");
        }
        if (owners) {
            parts.add("workspace owners");
        }
        if (creator) {
            parts.add("whoever set up the daily question");
        }
        for (String u : users) {
            parts.add("<@" + u + ">");
        }
        if (parts.isEmpty()) {
            return "nobody";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
    }

    /** The policy as a configuration string, in canonical form ("admins,owners,creator,U012AB3CD"). */
    public String config() {
        if (everyone) {
            return "everyone";
        }
        List<String> parts = new ArrayList<>();
        if (admins) {
            parts.add("admins");
        }
        if (owners) {
            parts.add("owners");
        }
        if (creator) {
            parts.add("creator");
        }
        parts.addAll(users);
        return String.join(",", parts);
    }
}
