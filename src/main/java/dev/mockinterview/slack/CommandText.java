package dev.mockinterview.slack;

import dev.mockinterview.interview.Category;
import dev.mockinterview.util.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text after {@code /mockinterview}, parsed. Empty (or "start") starts or resumes; "help" helps; a category
 * name starts with that category; anything else is unknown, with the closest valid command as a suggestion.
 */
public record CommandText(Kind kind, Category category, String input, String suggestion, Integer number) {

    /** What the user asked for. */
    public enum Kind { START, HELP, STATS, HISTORY, CAP, DAILY, ROLES, ROLE, EXPORT, FORGET, UNKNOWN }

    public CommandText(Kind kind, Category category, String input, String suggestion) {
        this(kind, category, input, suggestion, null);
    }

    public static CommandText parse(String text) {
        String input = text == null ? "" : text.strip();
        String word = input.toLowerCase(Locale.ROOT);
        if (word.isEmpty() || word.equals("start") || word.equals("resume")) {
            return new CommandText(Kind.START, null, input, null);
        }
        if (word.equals("help") || word.equals("?")) {
            return new CommandText(Kind.HELP, null, input, null);
        }
        if (word.equals("stats") || word.equals("progress")) {
            return new CommandText(Kind.STATS, null, input, null);
        }
        if (word.equals("daily") || word.startsWith("daily ")) {
            // The rest is parsed by the daily command, with its own precise errors; keep the user's casing.
            return new CommandText(Kind.DAILY, null, input.substring(5).strip(), null, null);
        }
        if (word.equals("roles")) {
            return new CommandText(Kind.ROLES, null, input, null, null);
        }
        if (word.equals("role") || word.startsWith("role ")) {
            return new CommandText(Kind.ROLE, null, word.substring(4).strip(), null, null);
        }
        if (word.equals("export")) {
            return new CommandText(Kind.EXPORT, null, input, null);
        }
        if (word.matches("forget\\s+me")) {
            return new CommandText(Kind.FORGET, null, input, null);
        }
        if (word.equals("forget") || word.startsWith("forget ")) {
            // Deleting everything is only ever asked for in so many words.
            return new CommandText(Kind.UNKNOWN, null, input, "forget me");
        }
        if (word.equals("history")) {
            return new CommandText(Kind.HISTORY, null, input, null);
        }
        if (word.equals("cap") || word.startsWith("cap ")) {
            String arg = word.substring(3).strip();
            if (arg.isEmpty()) {
                return new CommandText(Kind.CAP, null, input, null, null);
            }
            if (arg.matches("\\d{1,6}")) {
                return new CommandText(Kind.CAP, null, input, null, Integer.parseInt(arg));
            }
            return new CommandText(Kind.UNKNOWN, null, input, "cap 10");
        }
        var category = Category.fromSlug(word);
        if (category.isPresent()) {
            return new CommandText(Kind.START, category.get(), input, null);
        }
        List<String> known = new ArrayList<>(List.of("help", "start", "stats", "history", "cap", "daily", "roles", "role",
                "export"));
        for (Category c : Category.values()) {
            known.add(c.slug());
        }
        String suggestion = Suggest.closest(word, known).orElse(null);
        return new CommandText(Kind.UNKNOWN, null, input, suggestion);
    }
}
