package dev.mockinterview.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The feedback package is domain code: only java.* and the interview model, no clock, no static mutable state. */
@DisplayName("feedback package purity")
class FeedbackPackagePurityTest {
    static final Pattern ALLOWED_IMPORT =
            Pattern.compile("import (static )?(java\\.|dev\\.mockinterview\\.interview\\.).*;");
    static final Pattern STATIC_NON_FINAL_FIELD =
            Pattern.compile("^\\s*(\\w+\\s+)*static\\s+(?!.*\\bfinal\\b)[^=;(]*[=;].*");
    static final Pattern CLOCK = Pattern.compile("\\bnow\\(|currentTimeMillis|nanoTime|systemDefaultZone|systemUTC");

    static List<String> violations(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    String where = f.getFileName() + ":" + (i + 1) + ": " + line.strip();
                    if (line.startsWith("import ") && !ALLOWED_IMPORT.matcher(line).matches()) {
                        out.add("forbidden import " + where);
                    }
                    if (STATIC_NON_FINAL_FIELD.matcher(line).matches()) {
                        out.add("static non-final field " + where);
                    }
                    if (!line.strip().startsWith("*") && !line.strip().startsWith("//") && CLOCK.matcher(line).find()) {
                        out.add("reads the clock " + where);
                    }
                }
            }
        }
        return out;
    }

    @Test
    @DisplayName("imports only java.* and the interview model, never reads the clock, has no static mutable fields")
    void pure() throws IOException {
        // given
        Path dir = Path.of("src/main/java/dev/mockinterview/feedback");
        assertTrue(Files.isDirectory(dir), "run from the project root");

        // when
        List<String> violations = violations(dir);

        // then
        assertEquals(List.of(), violations);
    }
}
