package dev.mockinterview.slack.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}: compared as JSON trees, so whitespace and key order do not
 * matter. With {@code -Dgolden.update=true} the files are (re)written instead of compared. Files are read and written
 * as UTF-8 explicitly (surefire runs with an ISO-8859-1 default charset).
 */
final class Golden {
    static final String UPDATE_PROPERTY = "golden.update";
    static final Path DIR = Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "golden");

    private Golden() {
    }

    static boolean updating() {
        return Boolean.getBoolean(UPDATE_PROPERTY);
    }

    static Path file(String name) {
        return DIR.resolve(name + ".json");
    }

    /** Compares {@code actual} with the golden file {@code name}.json, or writes it when updating. */
    static void assertMatches(String name, JsonNode actual) {
        Path file = file(name);
        try {
            if (updating()) {
                Files.createDirectories(DIR);
                Files.writeString(file, RenderJson.pretty(actual) + "\n", StandardCharsets.UTF_8);
                return;
            }
            assertTrue(Files.isRegularFile(file),
                    "missing golden " + file + "; generate it with -D" + UPDATE_PROPERTY + "=true and review it");
            JsonNode expected = RenderJson.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (!expected.equals(actual)) {
                // Compare the pretty forms so the failure shows a readable diff.
                assertEquals(RenderJson.pretty(expected), RenderJson.pretty(actual),
                        "rendering differs from golden " + file + " (if the change is intended, regenerate with -D"
                                + UPDATE_PROPERTY + "=true and review the diff)");
                assertEquals(expected, actual, "rendering differs from golden " + file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
