package dev.mockinterview.bank.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.mockinterview.interview.Category;
import java.util.List;
import java.util.Locale;

/**
 * Turns imported questions into a bank file (JSON or YAML) in the format of {@code questions/README.md}. Prompts
 * are placeholders marked {@code draftPrompt: true}: the page lost the questions' wording, so an author writes it.
 */
public final class BankWriter {
    /** The output format. */
    public enum Format { JSON, YAML }

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final YAMLMapper yaml = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build();

    public String write(List<ImportedQuestion> questions, String role, String level, Category category,
                        Format format) {
        ObjectNode root = json.createObjectNode();
        if (format == Format.JSON) {
            root.put("$schema", "./question-bank.schema.json");
        }
        ArrayNode list = root.putArray("questions");
        for (ImportedQuestion q : questions) {
            ObjectNode n = list.addObject();
            n.put("id", String.format(Locale.ROOT, "%s-%s-%02d", role, level, q.number()));
            n.put("prompt", "TODO: write the question that source question " + q.number()
                    + " answers, as an interviewer would ask it.");
            n.put("draftPrompt", true);
            n.put("category", category.slug());
            n.put("role", role);
            n.put("level", level);
            n.putArray("tags").add(role);
            n.put("answerFramework", q.answerFramework());
            ObjectNode star = n.putObject("starExample");
            if (q.starSummary() != null) {
                star.put("summary", q.starSummary());
            } else {
                star.put("situation", q.starSituation());
                star.put("task", q.starTask());
                star.put("action", q.starAction());
                star.put("result", q.starResult());
            }
            strings(n.putArray("howToAnswer"), q.howToAnswer());
            strings(n.putArray("keyPoints"), q.keyPoints());
            strings(n.putArray("keyTerminology"), q.keyTerminology());
            strings(n.putArray("interviewersLookFor"), q.interviewersLookFor());
            strings(n.putArray("commonMistakes"), q.commonMistakes());
        }
        try {
            // YAML editors (the YAML language server) validate against the same JSON Schema through this comment.
            return format == Format.JSON ? json.writeValueAsString(root) + "\n"
                    : "# yaml-language-server: $schema=./question-bank.schema.json\n" + yaml.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the bank", e);
        }
    }

    private static void strings(ArrayNode array, List<String> items) {
        items.forEach(array::add);
    }
}
