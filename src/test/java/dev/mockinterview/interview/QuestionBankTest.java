package dev.mockinterview.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The bank's pools by role, level and category, built once, against a plain filter of the whole bank. */
class QuestionBankTest {
    private static final List<String> ROLES = Arrays.asList(null, "backend", "frontend", "data", "no-such-role");
    private static final List<String> LEVELS = Arrays.asList(null, "junior", "senior", "staff", "no-such-level");
    private static final List<Category> CATEGORIES = anyAndEveryCategory();

    private static List<Category> anyAndEveryCategory() {
        List<Category> all = new ArrayList<>();
        all.add(null);
        all.addAll(List.of(Category.values()));
        return all;
    }

    /** 300 questions over three roles, three levels and four of the five categories (none technical). */
    static QuestionBank mixedBank() {
        List<Question> questions = new ArrayList<>();
        Category[] used = {Category.BEHAVIORAL, Category.LEADERSHIP, Category.SITUATIONAL, Category.SYSTEM_DESIGN};
        for (int i = 0; i < 300; i++) {
            Question base = TestQuestions.question(String.format("q-%03d", i), used[(i * 7) % used.length]);
            String role = List.of("backend", "frontend", "data").get(i % 3);
            String level = List.of("junior", "senior", "staff").get((i / 3) % 3);
            questions.add(new Question(base.id(), base.prompt(), base.category(), role, level, base.tags(),
                    base.answerFramework(), base.starExample(), base.howToAnswer(), base.keyPoints(),
                    base.keyTerminology(), base.interviewersLookFor(), base.commonMistakes()));
        }
        return new QuestionBank(questions);
    }

    private static List<Question> filtered(QuestionBank bank, String role, String level, Category category) {
        return bank.all().stream().filter(q -> (role == null || q.role().equals(role))
                && (level == null || q.level().equals(level)) && (category == null || q.category() == category))
                .toList();
    }

    @Test
    @DisplayName("every role, level and category filter, with 'any' and unknown values, returns exactly the "
            + "questions a filter of the whole bank finds, in bank order")
    void poolsMatchAFilterOfTheBank() {
        // given
        QuestionBank bank = mixedBank();

        // when / then
        int checked = 0;
        for (String role : ROLES) {
            for (String level : LEVELS) {
                for (Category category : CATEGORIES) {
                    String combination = role + "/" + level + "/" + category;
                    List<Question> expected = filtered(bank, role, level, category);
                    assertEquals(expected, bank.in(role, level, category), combination);
                    for (Question q : bank.all()) {
                        assertEquals(expected.contains(q), bank.inPool(q.id(), role, level, category),
                                combination + " " + q.id());
                    }
                    checked++;
                }
            }
        }
        assertEquals(5 * 5 * 6, checked);
        assertEquals(300, bank.in(null, null, null).size());
        assertEquals(List.of(), bank.in("backend", "senior", Category.TECHNICAL));
    }

    @Test
    @DisplayName("a pool is built once: asking twice returns the same unmodifiable list")
    void poolsAreBuiltOnce() {
        // given
        QuestionBank bank = mixedBank();

        // when
        List<Question> first = bank.in("backend", "senior", Category.BEHAVIORAL);
        List<Question> second = bank.in("backend", "senior", Category.BEHAVIORAL);

        // then
        assertFalse(first.isEmpty());
        assertSame(first, second);
        assertSame(bank.in("data", null, null), bank.in("data", null, null));
        assertThrows(UnsupportedOperationException.class, () -> first.remove(0));
        assertThrows(UnsupportedOperationException.class, () -> bank.in(null, "staff", null).clear());
    }

    @Test
    @DisplayName("inPool is false for an id not in the bank, whatever the filter")
    void inPoolUnknownId() {
        // given
        QuestionBank bank = mixedBank();

        // when / then
        assertFalse(bank.inPool("no-such-question", null, null, null));
        assertTrue(bank.inPool("q-000", null, null, null));
        assertTrue(bank.inPool("q-000", "backend", "junior", bank.byId("q-000").orElseThrow().category()));
        assertFalse(bank.inPool("q-000", "frontend", null, null));
    }

    @Test
    @DisplayName("roles, categories and sizes are unchanged by the pools")
    void rolesAndCategories() {
        // given
        QuestionBank bank = mixedBank();

        // when
        List<QuestionBank.RoleLevel> roles = bank.roles();

        // then
        assertEquals(9, roles.size());
        assertEquals(new QuestionBank.RoleLevel("backend", "junior", 34), roles.get(0));
        assertEquals(300, roles.stream().mapToInt(QuestionBank.RoleLevel::questions).sum());
        assertEquals(List.of(Category.BEHAVIORAL, Category.LEADERSHIP, Category.SITUATIONAL,
                Category.SYSTEM_DESIGN), bank.categories());
        assertEquals(List.of(), bank.in(Category.TECHNICAL));
        assertEquals(filtered(bank, null, null, Category.LEADERSHIP), bank.in(Category.LEADERSHIP));
    }
}
