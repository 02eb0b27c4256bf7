package dev.mockinterview.interview;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An immutable, validated set of questions, indexed by id and by category. Build one with the bank loader. */
public final class QuestionBank {
    private final Map<String, Question> byId;
    private final Map<Category, List<Question>> byCategory;

    public QuestionBank(Collection<Question> questions) {
        Map<String, Question> ids = new LinkedHashMap<>();
        Map<Category, List<Question>> cats = new EnumMap<>(Category.class);
        for (Question q : questions) {
            if (ids.putIfAbsent(q.id(), q) != null) {
                throw new IllegalArgumentException("duplicate question id: " + q.id());
            }
        }
        for (Category c : Category.values()) {
            cats.put(c, ids.values().stream().filter(q -> q.category() == c).toList());
        }
        this.byId = Map.copyOf(ids);
        this.byCategory = cats;
        this.all = List.copyOf(ids.values());
    }

    private final List<Question> all;

    public Optional<Question> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Question> all() {
        return all;
    }

    /** Questions in the category, or all of them when {@code category} is null. */
    public List<Question> in(Category category) {
        return category == null ? all : byCategory.get(category);
    }

    /** A bank within the bank: the questions of one role and level. */
    public record RoleLevel(String role, String level, int questions) {
        public String name() {
            return role + " " + level;
        }
    }

    /** Every role and level present, with its number of questions, sorted by role then level. */
    public List<RoleLevel> roles() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Question q : all) {
            counts.merge(q.role() + "\u0000" + q.level(), 1, Integer::sum);
        }
        return counts.entrySet().stream().map(e -> {
            String[] parts = e.getKey().split("\u0000");
            return new RoleLevel(parts[0], parts[1], e.getValue());
        }).toList();
    }

    /** Questions of the role and level (null: any) in the category (null: all). */
    public List<Question> in(String role, String level, Category category) {
        if (role == null && level == null) {
            return in(category);
        }
        return in(category).stream()
                .filter(q -> (role == null || q.role().equals(role)) && (level == null || q.level().equals(level)))
                .toList();
    }

    /** Categories that have at least one question, in declaration order. */
    public List<Category> categories() {
        return byCategory.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }

    public int size() {
        return all.size();
    }
}
