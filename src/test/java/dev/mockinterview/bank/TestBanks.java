package dev.mockinterview.bank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds question bank files for tests: a valid question as a mutable map (change or remove a field to make it
 * invalid), and writers that put the JSON on disk as UTF-8 whatever the platform charset.
 */
public final class TestBanks {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestBanks() {
    }

    /** A question that passes every check; the map is mutable and keeps field order. */
    public static Map<String, Object> validQuestion(String id) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("id", id);
        q.put("prompt", "Tell me about a time you disagreed with a design decision.");
        q.put("category", "behavioral");
        q.put("role", "backend");
        q.put("level", "senior");
        q.put("tags", List.of("conflict", "communication"));
        q.put("answerFramework", "Use STAR: set the scene briefly, then spend most time on what you did.");
        q.put("starExample", starParts());
        q.put("howToAnswer", List.of("Name the decision and why you disagreed.", "Say how it was resolved."));
        q.put("keyPoints", List.of("Disagree with data, not opinions."));
        q.put("keyTerminology", List.of("**ADR**: architecture decision record."));
        q.put("interviewersLookFor", List.of("Respectful, evidence-based disagreement."));
        q.put("commonMistakes", List.of("Blaming the other person."));
        return q;
    }

    public static Map<String, Object> starParts() {
        Map<String, Object> star = new LinkedHashMap<>();
        star.put("situation", "A team picked a shared database for two services.");
        star.put("task", "I had to raise the coupling risk.");
        star.put("action", "I wrote a one-page comparison with load numbers.");
        star.put("result", "We split the schema before launch.");
        return star;
    }

    /** Writes {@code {"questions": [...]}} to {@code dir/fileName} as UTF-8; returns the file. */
    @SafeVarargs
    public static Path writeBank(Path dir, String fileName, Map<String, Object>... questions) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "./question-bank.schema.json");
        root.put("questions", List.of(questions));
        try {
            return writeRaw(dir, fileName, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code text} to {@code dir/fileName} as UTF-8, creating {@code dir}; returns the file. */
    public static Path writeRaw(Path dir, String fileName, String text) {
        return writeBytes(dir, fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Path writeBytes(Path dir, String fileName, byte[] bytes) {
        try {
            Files.createDirectories(dir);
            return Files.write(dir.resolve(fileName), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bank folder with one file holding one question that has three distinct problems. */
    public static Path badBank(Path dir) {
        Map<String, Object> q = validQuestion("bad-question-01");
        q.remove("prompt");
        q.put("category", "trivia");
        q.put("keyPoints", List.of());
        writeBank(dir, "bad.json", q);
        return dir;
    }
}
