package dev.mockinterview.interview;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of interview question a bank may hold. To add one, add a constant here; the loader, the validator and
 * the renderers pick it up from {@link #slug()} and {@link #label()}.
 */
public enum Category {
    BEHAVIORAL("behavioral", "Behavioral"),
    LEADERSHIP("leadership", "Leadership"),
    SITUATIONAL("situational", "Situational"),
    SYSTEM_DESIGN("system-design", "System design"),
    TECHNICAL("technical", "Technical");

    private final String slug;
    private final String label;

    Category(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    /** The name used in bank files and in commands, e.g. {@code system-design}. */
    public String slug() {
        return slug;
    }

    /** The name shown to people, e.g. {@code System design}. */
    public String label() {
        return label;
    }

    /** Accepts the slug in any case, with spaces or underscores for the hyphen ("System design" works). */
    public static Optional<Category> fromSlug(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalized = text.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace(' ', '-');
        return Arrays.stream(values()).filter(c -> c.slug.equals(normalized)).findFirst();
    }

    /** All slugs, comma-separated, for error messages and help. */
    public static String slugList() {
        return Arrays.stream(values()).map(Category::slug).collect(Collectors.joining(", "));
    }
}
