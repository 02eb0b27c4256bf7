package dev.mockinterview.daily;

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

/** The daily package is domain code: only java.* and the interview model, no clock, no static mutable state. */
@DisplayName("daily package purity")
class DailyPackagePurityTest {
    private static final Pattern ALLOWED_IMPORT =
            Pattern.compile("import (static )?(java\\.|dev\\.mockinterview\\.interview\\.|dev\\.mockinterview\\.util\\.).*;");
    private static final Pattern QUALIFIED =
            Pattern.compile("\\bdev\\.mockinterview\\.(?!interview\\b|daily\\b|util\\b)\\w+");
    private static final Pattern STATIC_NON_FINAL_FIELD =
            Pattern.compile("^\\s*(\\w+\\s+)*static\\s+(?!.*\\bfinal\\b)[^=;(]*[=;].*");
    private static final Pattern CLOCK = Pattern.compile("\\bnow\\(|currentTimeMillis|nanoTime|systemDefaultZone"
            + "|systemUTC|ThreadLocalRandom|Math\\.random|new Random\\(|RandomGenerator\\.(of|getDefault)");

    @Test
    @DisplayName("imports only java.*, the interview model and util, never reads the clock, has no static mutable fields")
    void pure() throws IOException {
        // given
        Path dir = Path.of(System.getProperty("basedir", "."), "src/main/java/dev/mockinterview/daily");
        assertTrue(Files.isDirectory(dir), "run from the project root");
        List<String> violations = new ArrayList<>();

        // when
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    String code = line.strip();
                    String where = f.getFileName() + ":" + (i + 1) + ": " + code;
                    boolean comment = code.startsWith("*") || code.startsWith("//") || code.startsWith("/*");
                    if (line.startsWith("import ") && !ALLOWED_IMPORT.matcher(line).matches()) {
                        violations.add("forbidden import " + where);
                    }
                    if (!comment && !line.startsWith("package ") && QUALIFIED.matcher(line).find()) {
                        violations.add("qualified name outside the domain " + where);
                    }
                    if (STATIC_NON_FINAL_FIELD.matcher(line).matches()) {
                        violations.add("static non-final field " + where);
                    }
                    if (!comment && CLOCK.matcher(line).find()) {
                        violations.add("ambient clock or randomness " + where);
                    }
                }
            }
        }

        // then
        assertEquals(List.of(), violations);
    }
}
