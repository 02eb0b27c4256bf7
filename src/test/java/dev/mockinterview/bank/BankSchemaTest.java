package dev.mockinterview.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.interview.Category;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The JSON Schema editors use and the loader's own checks must agree, or authors get told two things. */
class BankSchemaTest {
    private static final Path SCHEMA = Path.of("questions/question-bank.schema.json");

    @Test
    @DisplayName("the schema's limits are the loader's limits")
    void limitsAgree() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(Files.readString(SCHEMA));
        JsonNode defs = schema.path("$defs");
        JsonNode question = defs.path("question").path("properties");
        assertEquals(BankLimits.TEXT_MAX, defs.path("text").path("maxLength").asInt());
        assertEquals(BankLimits.LIST_MAX_ITEMS, defs.path("textList").path("maxItems").asInt());
        assertEquals(BankLimits.ID_MAX, defs.path("slug").path("maxLength").asInt());
        assertEquals(BankLimits.PROMPT_MAX, question.path("prompt").path("maxLength").asInt());
        assertEquals(BankLimits.TAGS_MAX, question.path("tags").path("maxItems").asInt());
        assertEquals(BankLimits.TAG_MAX, question.path("tags").path("items").path("maxLength").asInt());
    }

    @Test
    @DisplayName("the schema's categories are the code's categories")
    void categoriesAgree() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(Files.readString(SCHEMA));
        List<String> inSchema = new ArrayList<>();
        schema.path("$defs").path("question").path("properties").path("category").path("enum")
                .forEach(n -> inSchema.add(n.asText()));
        assertEquals(Arrays.stream(Category.values()).map(Category::slug).toList(), inSchema);
    }
}
