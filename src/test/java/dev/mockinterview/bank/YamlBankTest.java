package dev.mockinterview.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bank files may be YAML or JSON: the same content gives the same bank, and the same validation. */
class YamlBankTest {
    @TempDir
    Path tmp;

    @Test
    @DisplayName("the shipped bank written as YAML loads into exactly the same questions")
    void sameBank() throws Exception {
        // given
        JsonNode shipped = new ObjectMapper().readTree(Files.readString(Path.of("questions/backend-senior.json")));
        Path yamlDir = Files.createDirectories(tmp.resolve("yaml"));
        Files.writeString(yamlDir.resolve("backend-senior.yaml"), new YAMLMapper().writeValueAsString(shipped),
                StandardCharsets.UTF_8);

        // when
        LoadResult json = new BankLoader().load(Path.of("questions"));
        LoadResult yaml = new BankLoader().load(yamlDir);

        // then
        assertTrue(yaml.ok(), yaml.report());
        assertEquals(json.bank().all(), yaml.bank().all());
    }

    @Test
    @DisplayName("YAML gets the same validation, and a syntax error is located by line")
    void sameValidation() throws Exception {
        Files.writeString(tmp.resolve("team.yml"), """
                questions:
                  - id: team-01
                    prompt: ""
                    category: design
                """, StandardCharsets.UTF_8);
        Files.writeString(tmp.resolve("broken.yaml"), "questions:\n  - id: [unclosed\n", StandardCharsets.UTF_8);

        LoadResult result = new BankLoader().load(tmp);

        String report = result.report();
        assertTrue(report.contains("team.yml: question team-01: prompt: is empty"), report);
        assertTrue(report.contains("team.yml: question team-01: category: unknown category \"design\""), report);
        assertTrue(report.contains("team.yml: question team-01: keyPoints: is missing"), report);
        assertTrue(report.matches("(?s).*broken\\.yaml: invalid YAML at line \\d+.*"), report);
    }

    @Test
    @DisplayName("draftPrompt: true loads with a warning; a non-boolean is an error")
    void draftPrompt() throws Exception {
        JsonNode shipped = new ObjectMapper().readTree(Files.readString(Path.of("questions/backend-senior.json")));
        ((com.fasterxml.jackson.databind.node.ObjectNode) shipped.path("questions").get(0)).put("draftPrompt", true);
        ((com.fasterxml.jackson.databind.node.ObjectNode) shipped.path("questions").get(1)).put("draftPrompt", "yes");
        Files.writeString(tmp.resolve("b.json"), shipped.toString(), StandardCharsets.UTF_8);

        LoadResult result = new BankLoader().load(tmp);

        assertEquals(1, result.warnings().size(), result.report());
        assertTrue(result.warnings().get(0).toString().contains("prompt: is a placeholder"));
        assertEquals(1, result.problems().size(), result.report());
        assertTrue(result.problems().get(0).toString().contains("draftPrompt: must be true or false"));
    }
}
