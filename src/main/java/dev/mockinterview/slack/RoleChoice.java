package dev.mockinterview.slack;

import dev.mockinterview.interview.QuestionBank;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Parses the text after {@code /mockinterview role}: "backend", "backend senior", "backend-senior" or "any". */
final class RoleChoice {
    private RoleChoice() {
    }

    /**
     * {role, level} (either null for any), or null when the text names no role of the bank; "any" clears both.
     */
    static String[] parse(String text, QuestionBank bank) {
        List<String> words = Arrays.stream(text.strip().toLowerCase(java.util.Locale.ROOT).split("[\\s,]+"))
                .filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return null;
        }
        if (words.equals(List.of("any")) || words.equals(List.of("all"))) {
            return new String[] {null, null};
        }
        Set<String> roles = new HashSet<>();
        Set<String> levels = new HashSet<>();
        bank.roles().forEach(r -> {
            roles.add(r.role());
            levels.add(r.level());
        });
        String role = null;
        String level = null;
        for (String word : words) {
            // "backend-senior" is a role and a level joined by a hyphen.
            for (var r : bank.roles()) {
                if (word.equals(r.role() + "-" + r.level())) {
                    return new String[] {r.role(), r.level()};
                }
            }
            if (roles.contains(word) && role == null) {
                role = word;
            } else if (levels.contains(word) && level == null) {
                level = word;
            } else {
                return null;
            }
        }
        return role == null && level == null ? null : new String[] {role, level};
    }

    static String describe(String role, String level) {
        if (role == null && level == null) {
            return "every role's";
        }
        return (level == null ? "" : level + " ") + (role == null ? "any-role" : role);
    }
}
