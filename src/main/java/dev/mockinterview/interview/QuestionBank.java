package dev.mockinterview.interview;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An immutable, validated set of questions, indexed by id, by category, and by every role, level and category
 * filter a user or channel can choose. Build one with the bank loader.
 */
public final class QuestionBank {
    private final Map<String, Question> byId;
    private final Map<Category, List<Question>> byCategory;
    private final List<Question> all;
    /**
     * Every pool {@link #in(String, String, Category)} can return, built once here: choosing a question runs on
     * every click, and filtering a large bank each time would cost O(bank). Each question sits in at most 8 pools
     * (role, level and category each either its own or "any"), in bank order.
     */
    private final Map<PoolKey, List<Question>> pools;
    private final List<RoleLevel> roles;

    /** A filter; a null part means "any". */
    private record PoolKey(String role, String level, Category category) {
    }

    public QuestionBank(Collection<Question> questions) {
        Map<String, Question> ids = new LinkedHashMap<>();
        for (Question q : questions) {
            if (ids.putIfAbsent(q.id(), q) != null) {
                throw new IllegalArgumentException("duplicate question id: " + q.id());
            }
        }
        Map<PoolKey, List<Question>> building = new HashMap<>();
        // Questions with the same role, level and category go to the same pools: resolve those once per combination.
        Map<PoolKey, List<List<Question>>> targets = new HashMap<>();
        for (Question q : ids.values()) {
            List<List<Question>> into = targets.computeIfAbsent(new PoolKey(q.role(), q.level(), q.category()),
                    exact -> {
                        List<List<Question>> lists = new ArrayList<>(8);
                        for (String role : anyOr(exact.role())) {
                            for (String level : anyOr(exact.level())) {
                                for (Category category : anyOr(exact.category())) {
                                    lists.add(building.computeIfAbsent(new PoolKey(role, level, category),
                                            k -> new ArrayList<>()));
                                }
                            }
                        }
                        return lists;
                    });
            for (List<Question> pool : into) {
                pool.add(q);
            }
        }
        Map<PoolKey, List<Question>> frozen = new HashMap<>();
        building.forEach((key, pool) -> frozen.put(key, List.copyOf(pool)));
        Map<Category, List<Question>> cats = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            cats.put(c, frozen.getOrDefault(new PoolKey(null, null, c), List.of()));
        }
        this.byId = Map.copyOf(ids);
        this.byCategory = cats;
        this.all = List.copyOf(ids.values());
        this.pools = Map.copyOf(frozen);
        this.roles = countRoles(all);
    }

    /** "Any" (null), and the value itself when there is one. */
    private static <T> List<T> anyOr(T value) {
        List<T> keys = new ArrayList<>(2);
        keys.add(null);
        if (value != null) {
            keys.add(value);
        }
        return keys;
    }

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
        return roles;
    }

    private static List<RoleLevel> countRoles(List<Question> all) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Question q : all) {
            counts.merge(q.role() + "\u0000" + q.level(), 1, Integer::sum);
        }
        return counts.entrySet().stream().map(e -> {
            String[] parts = e.getKey().split("\u0000");
            return new RoleLevel(parts[0], parts[1], e.getValue());
        }).toList();
    }

    /** Questions of the role and level (null: any) in the category (null: all), in bank order. O(1). */
    public List<Question> in(String role, String level, Category category) {
        if (role == null && level == null) {
            return in(category);
        }
        return pools.getOrDefault(new PoolKey(role, level, category), List.of());
    }

    /**
     * Whether the question is in the bank and in the pool {@code in(role, level, category)} returns; O(1), so a
     * caller can test membership without building a set of the pool's ids.
     */
    public boolean inPool(String questionId, String role, String level, Category category) {
        Question q = byId.get(questionId);
        return q != null && (role == null || role.equals(q.role())) && (level == null || level.equals(q.level()))
                && (category == null || category == q.category());
    }

    /** Categories that have at least one question, in declaration order. */
    public List<Category> categories() {
        return byCategory.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }

    public int size() {
        return all.size();
    }
}
