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
public record CommandText(Kind kind, Category category, String input, String suggestion) {

    /** What the user asked for. */
    public enum Kind { START, HELP, UNKNOWN }

    public static CommandText parse(String text) {
        String input = text == null ? "" : text.strip();
        String word = input.toLowerCase(Locale.ROOT);
        if (word.isEmpty() || word.equals("start") || word.equals("resume")) {
            return new CommandText(Kind.START, null, input, null);
        }
        if (word.equals("help") || word.equals("?")) {
            return new CommandText(Kind.HELP, null, input, null);
        }
        var category = Category.fromSlug(word);
        if (category.isPresent()) {
            return new CommandText(Kind.START, category.get(), input, null);
        }
        List<String> known = new ArrayList<>(List.of("help", "start"));
        for (Category c : Category.values()) {
            known.add(c.slug());
        }
        String suggestion = Suggest.closest(word, known).orElse(null);
        return new CommandText(Kind.UNKNOWN, null, input, suggestion);
    }
}
