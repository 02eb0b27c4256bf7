package dev.mockinterview.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Architecture rules, checked on the source text of src/main/java/dev/mockinterview. Comments and string literals
 * are blanked out before matching, so a rule mentioned in a Javadoc or an error message is not a violation. Both
 * imports and fully qualified names count as a dependency.
 */
@DisplayName("Layering and global-state rules")
class LayeringTest {

    static final Path ROOT = Path.of(System.getProperty("basedir", "."), "src", "main", "java", "dev", "mockinterview");

    /** One source file: its path under dev/mockinterview ("interview/Card.java") and its code, comments blanked. */
    record Source(String path, String code) {
        /** The top-level package under dev.mockinterview ("interview"), or "" for the root (Main.java). */
        String area() {
            int slash = path.indexOf('/');
            return slash < 0 ? "" : path.substring(0, slash);
        }
    }

    private static List<Source> sources;

    @BeforeAll
    static void readSources() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().map(p -> new Source(
                    ROOT.relativize(p).toString().replace('\\', '/'), codeOnly(read(p)))).toList();
        }
    }

    // ---------------------------------------------------------------------------------------------------- rules

    @Test
    @DisplayName("the scan sees the whole code base (guards against a wrong working directory)")
    void scanSeesEverything() {
        // given / when
        Set<String> areas = new TreeSet<>();
        sources.forEach(s -> areas.add(s.area()));

        // then
        assertTrue(sources.size() >= 30, "only " + sources.size() + " files under " + ROOT.toAbsolutePath());
        assertTrue(areas.containsAll(Set.of("", "app", "bank", "interview", "slack", "storage")), areas::toString);
        assertTrue(sources.stream().anyMatch(s -> s.path().equals("interview/InterviewService.java")));
    }

    @Test
    @DisplayName("the domain (interview/, feedback/, review/, daily/) uses no Slack, JDBC or Jackson, and no package outside the domain")
    void domainIsPure() {
        // given
        Pattern forbidden = Pattern.compile("\\b(com\\.slack|java\\.sql|com\\.fasterxml)\\.[\\w.*]+"
                + "|\\bdev\\.mockinterview\\.(?!(interview|feedback|review|daily|util)\\b)\\w+[\\w.*]*");

        // when
        List<String> violations = find(forbidden, s -> java.util.Set.of("interview", "feedback", "review", "daily")
                .contains(s.area()));

        // then
        assertEquals(List.of(), violations);
    }

    @Test
    @DisplayName("only storage/ uses java.sql")
    void onlyStorageUsesJdbc() {
        // given / when
        List<String> violations = find(Pattern.compile("\\bjava\\.sql\\.[\\w.*]+"),
                s -> !s.area().equals("storage"));

        // then
        assertEquals(List.of(), violations);
    }

    @Test
    @DisplayName("slack/ reaches storage only through ports/; ports/ uses no storage, Slack, JDBC or adapter")
    void adaptersUsePorts() {
        // given / when
        List<String> slackToStorage = find(Pattern.compile("\\bdev\\.mockinterview\\.storage\\b[\\w.*]*"),
                s -> s.area().equals("slack"));
        List<String> portsOutward = find(Pattern.compile("\\b(com\\.slack|java\\.sql)\\.[\\w.*]+"
                        + "|\\bdev\\.mockinterview\\.(storage|slack|app|cli)\\b[\\w.*]*"),
                s -> s.area().equals("ports"));

        // then
        assertEquals(List.of(), slackToStorage);
        assertEquals(List.of(), portsOutward);
    }

    @Test
    @DisplayName("only slack/ and app/ use com.slack")
    void onlySlackAndAppUseSlackSdk() {
        // given / when
        List<String> violations = find(Pattern.compile("\\bcom\\.slack\\.[\\w.*]+"),
                s -> !s.area().equals("slack") && !s.area().equals("app"));

        // then
        assertEquals(List.of(), violations);
    }

    @Test
    @DisplayName("no static mutable fields (static and not final) anywhere in src/main")
    void noStaticMutableFields() {
        // given / when
        List<String> violations = new ArrayList<>();
        for (Source s : sources) {
            for (String line : staticMutableFields(s.code())) {
                violations.add(s.path() + ": " + line);
            }
        }

        // then
        assertEquals(List.of(), violations);
    }

    @Test
    @DisplayName("Instant.now(), System.currentTimeMillis() and new Random( only in Main.java and app/MockInterviewServer")
    void clockAndRandomOnlyAtTheEdge() {
        // given
        Pattern ambient = Pattern.compile("\\bInstant\\s*\\.\\s*now\\s*\\(|\\bSystem\\s*\\.\\s*currentTimeMillis\\s*\\("
                + "|\\bnew\\s+Random\\s*\\(");

        // when
        List<String> violations = find(ambient, LayeringTest::notWiring);

        // then
        assertEquals(List.of(), violations);
    }

    @Test
    @DisplayName("nor any other ambient clock or randomness (Clock.system*, nanoTime, ThreadLocalRandom, ...)")
    void otherAmbientTimeOnlyAtTheEdge() {
        // given
        Pattern ambient = Pattern.compile("\\bClock\\s*\\.\\s*system\\w*\\s*\\(|\\b(LocalDateTime|LocalDate|"
                + "ZonedDateTime|OffsetDateTime|LocalTime)\\s*\\.\\s*now\\s*\\(|\\bSystem\\s*\\.\\s*nanoTime\\s*\\("
                + "|\\bThreadLocalRandom\\b|\\bMath\\s*\\.\\s*random\\s*\\(|\\bRandomGenerator\\s*\\.\\s*(of|getDefault)\\s*\\("
                + "|\\bnew\\s+SecureRandom\\s*\\(|\\bUUID\\s*\\.\\s*randomUUID\\s*\\(");

        // when
        List<String> violations = find(ambient, LayeringTest::notWiring);

        // then
        assertEquals(List.of(), violations);
    }

    // ------------------------------------------------------------------------------- the detectors themselves

    @Test
    @DisplayName("detector: finds static non-final fields, ignores constants, methods, classes and initialisers")
    void staticFieldDetector() {
        // given
        String code = codeOnly("""
                import static java.util.Objects.requireNonNull;
                class A {
                    private static int counter = 0;
                    static volatile Map<String, List<Integer>> CACHE;
                    @Deprecated public static String name;
                    private static final int LIMIT = 3;
                    final static String OK = "static int x = 1;";
                    static Optional<String> closest(String a) { return null; }
                    private static final class Inner { }
                    static { counter = 1; }
                    // private static int commented = 0;
                    /* static int blocked; */
                }
                """);

        // when
        List<String> found = staticMutableFields(code);

        // then
        assertEquals(List.of("3: private static int counter = 0;",
                "4: static volatile Map<String, List<Integer>> CACHE;",
                "5: @Deprecated public static String name;"), found);
    }

    @Test
    @DisplayName("detector: comments, strings and text blocks are blanked, line numbers kept")
    void codeOnlyBlanksCommentsAndStrings() {
        // given
        String source = "int a; // Instant.now()\n/* java.sql.Connection\n */ String s = \"com.slack.api\";\n"
                + "char c = '\"'; String t = \"\"\"\n  new Random(\n  \"\"\"; Instant.now();\n";

        // when
        String code = codeOnly(source);

        // then
        assertEquals(source.lines().count(), code.lines().count());
        assertTrue(!code.contains("java.sql") && !code.contains("com.slack") && !code.contains("new Random"), code);
        assertEquals(1, code.split("Instant\\.now\\(", -1).length - 1, code);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static boolean notWiring(Source s) {
        return !s.path().equals("Main.java") && !s.path().equals("app/MockInterviewServer.java");
    }

    /** "path:line: match" for every match of {@code pattern} in the code of the files selected. */
    private static List<String> find(Pattern pattern, Predicate<Source> which) {
        List<String> out = new ArrayList<>();
        for (Source s : sources) {
            if (!which.test(s)) {
                continue;
            }
            Matcher m = pattern.matcher(s.code());
            while (m.find()) {
                out.add(s.path() + ":" + line(s.code(), m.start()) + ": " + m.group().strip());
            }
        }
        return out;
    }

    private static final Pattern FIELD = Pattern.compile(
            "^\\s*(?:@\\w+(?:\\([^)]*\\))?\\s+)*"
                    + "((?:(?:public|protected|private|static|final|transient|volatile)\\s+)+)"
                    + "[\\w.$]+(?:\\s*<[^;=(){}]*>)?(?:\\s*\\[\\s*])*\\s+\\w+\\s*(?:=|;)");

    /** "line: declaration" for every field declared static and not final. */
    static List<String> staticMutableFields(String code) {
        List<String> out = new ArrayList<>();
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = FIELD.matcher(lines[i]);
            if (m.find()) {
                String modifiers = " " + m.group(1);
                if (modifiers.contains(" static ") && !modifiers.contains(" final ")) {
                    out.add((i + 1) + ": " + lines[i].strip());
                }
            }
        }
        return out;
    }

    /**
     * The source with comments, string literals, text blocks and char literals replaced by spaces (line breaks
     * kept, so line numbers stay right). Quotes are kept so a literal still reads as {@code ""}.
     */
    static String codeOnly(String src) {
        StringBuilder out = new StringBuilder(src.length());
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                while (i < n && src.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                blank(src, i, end, out);
                i = end;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                while (end > 0 && src.charAt(end - 1) == '\\') {
                    end = src.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? n : end + 3;
                out.append("\"\"\"");
                blank(src, i + 3, end - 3, out);
                out.append("\"\"\"");
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && src.charAt(j) != c && src.charAt(j) != '\n') {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                int end = Math.min(n, j + 1);
                out.append(c);
                blank(src, i + 1, end - 1, out);
                out.append(c);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static void blank(String src, int from, int to, StringBuilder out) {
        for (int k = from; k < to; k++) {
            out.append(src.charAt(k) == '\n' ? '\n' : ' ');
        }
    }

    private static int line(String code, int offset) {
        int line = 1;
        for (int k = 0; k < offset; k++) {
            if (code.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
