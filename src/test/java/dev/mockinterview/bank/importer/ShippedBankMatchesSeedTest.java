package dev.mockinterview.bank.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The shipped bank must hold exactly what the importer reads from the seed page: only the id, prompt, category,
 * role, level and tags are written by hand.
 */
@DisplayName("questions/backend-senior.json matches the seed page")
class ShippedBankMatchesSeedTest {

    private static final Path SEED = Path.of("src/test/resources/seeds/backend-interview-questions.txt");
    private static final Path BANK = Path.of("questions/backend-senior.json");
    private static final Set<String> FIELDS = Set.of("id", "prompt", "category", "role", "level", "tags",
            "answerFramework", "starExample", "howToAnswer", "keyPoints", "keyTerminology", "interviewersLookFor",
            "commonMistakes");
    private static final Set<String> CATEGORIES =
            Set.of("behavioral", "leadership", "situational", "system-design", "technical");

    private static ImportResult imported;
    private static String bankText;
    private static JsonNode bankQuestions;

    @BeforeAll
    static void load() throws IOException {
        imported = new SeedPageImporter().parse(SEED);
        bankText = Files.readString(BANK, StandardCharsets.UTF_8);
        bankQuestions = new ObjectMapper().readTree(bankText).get("questions");
    }

    @Test
    @DisplayName("the seed page imports with no problems into 15 questions")
    void seedImportsCleanly() {
        // given the seed page (loaded once)

        // when / then
        assertEquals(List.of(), imported.problems());
        assertEquals(15, imported.questions().size());
    }

    @Test
    @DisplayName("the bank has 15 questions with distinct well-formed ids, question prompts and known categories")
    void bankHasFifteenWellFormedQuestions() {
        // given the bank (loaded once)
        Set<String> ids = new HashSet<>();

        // when / then
        assertTrue(bankQuestions.isArray());
        assertEquals(15, bankQuestions.size());
        for (int i = 0; i < bankQuestions.size(); i++) {
            JsonNode q = bankQuestions.get(i);
            Set<String> names = new TreeSet<>();
            q.fieldNames().forEachRemaining(names::add);
            assertEquals(new TreeSet<>(FIELDS), names, "fields of question " + (i + 1));
            String id = q.get("id").asText();
            assertTrue(id.matches(String.format("backend-senior-%02d-[a-z0-9]+(-[a-z0-9]+)*", i + 1)), id);
            ids.add(id);
            String prompt = q.get("prompt").asText();
            assertFalse(prompt.isBlank(), id);
            assertTrue(prompt.endsWith("?"), id + ": " + prompt);
            assertTrue(prompt.length() < 300, id);
            assertTrue(CATEGORIES.contains(q.get("category").asText()), id);
            assertEquals("backend", q.get("role").asText(), id);
            assertEquals("senior", q.get("level").asText(), id);
        }
        assertEquals(15, ids.size());
    }

    @Test
    @DisplayName("every section of every question is exactly what the importer reads from the seed")
    void sectionsMatchImport() {
        // given
        List<ImportedQuestion> questions = imported.questions();

        // when / then
        assertEquals(questions.size(), bankQuestions.size());
        for (int i = 0; i < questions.size(); i++) {
            ImportedQuestion expected = questions.get(i);
            JsonNode actual = bankQuestions.get(i);
            String where = actual.get("id").asText();
            assertTrue(where.startsWith(String.format("backend-senior-%02d-", expected.number())), where);
            assertEquals(expected.answerFramework(), actual.get("answerFramework").asText(), where);

            JsonNode star = actual.get("starExample");
            Set<String> starFields = new TreeSet<>();
            star.fieldNames().forEachRemaining(starFields::add);
            if (expected.hasStarParts()) {
                assertEquals(new TreeSet<>(Set.of("situation", "task", "action", "result")), starFields, where);
                assertEquals(expected.starSituation(), star.get("situation").asText(), where);
                assertEquals(expected.starTask(), star.get("task").asText(), where);
                assertEquals(expected.starAction(), star.get("action").asText(), where);
                assertEquals(expected.starResult(), star.get("result").asText(), where);
            } else {
                assertEquals(Set.of("summary"), starFields, where);
                assertEquals(expected.starSummary(), star.get("summary").asText(), where);
            }

            assertEquals(expected.howToAnswer(), strings(actual.get("howToAnswer")), where + " howToAnswer");
            assertEquals(expected.keyPoints(), strings(actual.get("keyPoints")), where + " keyPoints");
            assertEquals(expected.keyTerminology(), strings(actual.get("keyTerminology")), where + " keyTerminology");
            assertEquals(expected.interviewersLookFor(), strings(actual.get("interviewersLookFor")),
                    where + " interviewersLookFor");
            assertEquals(expected.commonMistakes(), strings(actual.get("commonMistakes")), where + " commonMistakes");
        }
    }

    @Test
    @DisplayName("no mojibake or \\u escapes remain anywhere in the shipped file")
    void noMojibakeInBank() {
        // given the bank's text (read as UTF-8)

        // when
        List<String> found = new ArrayList<>();
        bankText.codePoints()
                .filter(cp -> (cp >= 0x0E00 && cp <= 0x0E7F) || cp == 'Ÿ')
                .forEach(cp -> found.add(new String(Character.toChars(cp))));

        // then
        assertEquals(List.of(), found);
        assertFalse(bankText.contains("â€"));
        assertFalse(bankText.contains("\\u"), "non-ASCII must be written as real characters");
        assertTrue(bankText.contains("'buddy task' – a feature"), "the seed's en dash must be repaired");
    }

    private static List<String> strings(JsonNode array) {
        assertTrue(array != null && array.isArray(), "expected an array");
        List<String> values = new ArrayList<>();
        array.forEach(node -> {
            assertTrue(node.isTextual(), "expected a string: " + node);
            values.add(node.asText());
        });
        return values;
    }
}
