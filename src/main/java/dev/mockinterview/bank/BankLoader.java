package dev.mockinterview.bank;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mockinterview.interview.Category;
import dev.mockinterview.interview.Question;
import dev.mockinterview.interview.QuestionBank;
import dev.mockinterview.interview.StarExample;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.ByteArrayInputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a question bank folder ({@code *.json}, see {@code questions/README.md} and the JSON Schema beside it) and
 * checks everything, collecting every problem with its file, question and field instead of stopping at the first.
 */
public final class BankLoader {
    // Eight bytes of a byte[] as one long: the ASCII fast path of WellFormedUtf8.
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final Set<String> TOP_LEVEL_FIELDS = Set.of("$schema", "questions");
    private static final List<String> LIST_FIELDS =
            List.of("howToAnswer", "keyPoints", "keyTerminology", "interviewersLookFor", "commonMistakes");
    private static final Set<String> QUESTION_FIELDS = Set.of("id", "prompt", "draftPrompt", "category", "role",
            "level", "tags",
            "answerFramework", "starExample", "howToAnswer", "keyPoints", "keyTerminology", "interviewersLookFor",
            "commonMistakes");
    private static final List<String> STAR_PARTS = List.of("situation", "task", "action", "result");

    // Strict: a half-merged file (trailing content) or a field given twice is an error, not silently half-read.
    private final ObjectMapper json = JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    // The same parser settings for the byte path, which reads one question at a time and so checks for trailing
    // content itself (the feature would reject the next question as trailing content).
    private final ObjectMapper elementJson = JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    // Built on first use: most banks are JSON, and the YAML stack adds to every start-up.
    private volatile ObjectMapper yaml;

    private ObjectMapper yaml() {
        ObjectMapper mapper = yaml;
        if (mapper == null) {
            synchronized (this) {
                if (yaml == null) {
                    yaml = com.fasterxml.jackson.dataformat.yaml.YAMLMapper.builder()
                            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                            .build();
                }
                mapper = yaml;
            }
        }
        return mapper;
    }

    private final java.util.concurrent.Executor fileReaders;

    /** Reads a bank's files one after another, on the calling thread. */
    public BankLoader() {
        this(Runnable::run);
    }

    /** @param files where the files of a bank of several files are read, side by side */
    public BankLoader(java.util.concurrent.Executor files) {
        this.fileReaders = files;
    }

    /** Whether a file name is a bank file: JSON or YAML, but not the JSON Schema. */
    public static boolean isBankFile(String name) {
        return (name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml"))
                && !name.endsWith(".schema.json");
    }

    /** Loads every bank file in {@code dir}. */
    public LoadResult load(Path dir) {
        List<BankProblem> problems = new ArrayList<>();
        List<BankProblem> warnings = new ArrayList<>();
        List<Path> files = bankFiles(dir, problems);
        // Files are independent until the duplicate-id check, so several can be read side by side. The results are
        // merged in file order, so problems come out exactly as when reading one file at a time.
        List<java.util.concurrent.CompletableFuture<FileResult>> reading = files.stream()
                .map(f -> java.util.concurrent.CompletableFuture.supplyAsync(() -> loadFile(f), fileReaders))
                .toList();
        List<FileResult> loaded = new ArrayList<>(reading.size());
        for (var r : reading) {
            try {
                loaded.add(r.join());
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
        List<Question> questions = new ArrayList<>();
        Map<String, String> idToFile = new HashMap<>();
        for (int f = 0; f < files.size(); f++) {
            Path file = files.get(f);
            FileResult result = loaded.get(f);
            problems.addAll(result.problems());
            warnings.addAll(result.warnings());
            for (QuestionReader reader : result.readers()) {
                String id = reader.usableId();
                String first = id == null ? null : idToFile.putIfAbsent(id, file.toString());
                if (first != null) {
                    problems.add(new BankProblem(file.toString(), id, "id", "duplicate id: already used in " + first));
                } else if (reader.question() != null) {
                    questions.add(reader.question());
                }
            }
        }
        if (problems.isEmpty() && questions.isEmpty()) {
            problems.add(new BankProblem(dir.toString(), null, null, "the bank has no questions"));
        }
        QuestionBank bank = problems.isEmpty() ? new QuestionBank(questions) : null;
        return new LoadResult(bank, problems, warnings, files.stream().map(Path::toString).toList());
    }

    private static List<Path> bankFiles(Path dir, List<BankProblem> problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(new BankProblem(dir.toString(), null, null,
                    "not a folder (set QUESTIONS_DIR to the question bank folder)"));
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> isBankFile(p.getFileName().toString()))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(new BankProblem(dir.toString(), null, null, "cannot list folder: " + e.getMessage()));
            return List.of();
        }
    }

    /** One file's problems and warnings, in the order found, and its questions. */
    private record FileResult(List<BankProblem> problems, List<BankProblem> warnings, List<QuestionReader> readers) {
    }

    private FileResult loadFile(Path file) {
        List<BankProblem> problems = new ArrayList<>();
        List<BankProblem> warnings = new ArrayList<>();
        return new FileResult(problems, warnings, loadFile(file, problems, warnings));
    }

    private List<QuestionReader> loadFile(Path file, List<BankProblem> problems, List<BankProblem> warnings) {
        String name = file.toString();
        boolean isJson = file.getFileName().toString().endsWith(".json");
        JsonNode root;
        try {
            List<QuestionReader> streamed = isJson ? streamJson(file, problems, warnings) : null;
            if (streamed != null) {
                return streamed;
            }
            root = (isJson ? json : yaml()).readTree(decodeUtf8(Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            problems.add(new BankProblem(name, null, null, "file not found"));
            return List.of();
        } catch (CharacterCodingException e) {
            problems.add(new BankProblem(name, null, null, "not valid UTF-8; save the file as UTF-8"));
            return List.of();
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            problems.add(new BankProblem(name, null, null, "invalid " + (name.endsWith(".json") ? "JSON" : "YAML")
                    + " at line " + (loc == null ? "?" : loc.getLineNr())
                    + ", column " + (loc == null ? "?" : loc.getColumnNr()) + ": " + e.getOriginalMessage()));
            return List.of();
        } catch (IOException e) {
            problems.add(new BankProblem(name, null, null, "cannot read: " + e.getMessage()));
            return List.of();
        }
        if (root == null || !root.isObject()) {
            problems.add(new BankProblem(name, null, null, "must be a JSON object with a \"questions\" array"));
            return List.of();
        }
        root.fieldNames().forEachRemaining(f -> {
            if (!TOP_LEVEL_FIELDS.contains(f)) {
                problems.add(unknownTopLevelField(name, f));
            }
        });
        JsonNode list = root.get("questions");
        if (list == null || !list.isArray()) {
            problems.add(questionsNotAnArray(name));
            return List.of();
        }
        if (list.isEmpty()) {
            problems.add(questionsEmpty(name));
        }
        List<QuestionReader> readers = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            QuestionReader reader = new QuestionReader(name, i, list.get(i), problems, warnings);
            reader.read();
            readers.add(reader);
        }
        return readers;
    }

    private static BankProblem unknownTopLevelField(String file, String field) {
        return new BankProblem(file, null, field, "unknown field (allowed: $schema, questions)");
    }

    private static BankProblem questionsNotAnArray(String file) {
        return new BankProblem(file, null, "questions", "missing, or not an array");
    }

    private static BankProblem questionsEmpty(String file) {
        return new BankProblem(file, null, "questions", "is empty");
    }

    /**
     * The fast path for a JSON file: parses it straight from the file, one question at a time, checking that it is
     * UTF-8 on the way. The text path first reads the whole file, decodes it into one String and builds one tree of
     * it; on a 100,000-question bank that, and the garbage collector's work on those large objects, was most of the
     * load time. The outcome (problems, warnings and questions, in order) is the same as the text path's.
     *
     * @return the file's questions, having added its problems and warnings; or null, having added nothing, when the
     *         file must take the text path instead: it is not well-formed UTF-8, or it is not a JSON object, or
     *         reading or parsing fails in any way (the text path then locates and words the error as it always has)
     * @throws IOException only when the file cannot be opened
     */
    private List<QuestionReader> streamJson(Path file, List<BankProblem> problems, List<BankProblem> warnings)
            throws IOException {
        String name = file.toString();
        List<BankProblem> topLevel = new ArrayList<>();
        List<BankProblem> fileProblems = new ArrayList<>();
        List<BankProblem> fileWarnings = new ArrayList<>();
        List<QuestionReader> readers = new ArrayList<>();
        boolean questionsArray = false;
        InputStream raw = Files.newInputStream(file); // if it cannot be opened, that is reported as the text path would
        try (raw) {
            byte[] head = raw.readNBytes(7);
            int start = startsWithBom(head, 0) ? 3 : 0;
            if (!byteParserSeesUtf8(head, start)) {
                return null;
            }
            InputStream in = new WellFormedUtf8(new SequenceInputStream(new ByteArrayInputStream(head), raw));
            in.readNBytes(start);
            try (JsonParser p = elementJson.createParser(in)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    return null;
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    if (!TOP_LEVEL_FIELDS.contains(field)) {
                        topLevel.add(unknownTopLevelField(name, field));
                    }
                    JsonToken value = p.nextToken();
                    if (field.equals("questions") && value == JsonToken.START_ARRAY) {
                        questionsArray = true;
                        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                            QuestionReader reader = new QuestionReader(name, i, elementJson.readTree(p),
                                    fileProblems, fileWarnings);
                            reader.read();
                            readers.add(reader);
                        }
                    } else {
                        elementJson.readTree(p); // read, not skipped: the text path's parser sees every token too
                    }
                }
                // The text path's mapper rejects trailing content (FAIL_ON_TRAILING_TOKENS). Reading on to the end
                // also runs every byte through the UTF-8 check.
                if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                    return null;
                }
            }
        } catch (IOException e) {
            return null;
        }
        problems.addAll(topLevel);
        if (!questionsArray) {
            problems.add(questionsNotAnArray(name));
            return List.of();
        }
        if (readers.isEmpty()) {
            problems.add(questionsEmpty(name));
        }
        problems.addAll(fileProblems);
        warnings.addAll(fileWarnings);
        return readers;
    }

    private static boolean startsWithBom(byte[] b, int at) {
        return b.length >= at + 3 && b[at] == (byte) 0xEF && b[at + 1] == (byte) 0xBB && b[at + 2] == (byte) 0xBF;
    }

    /**
     * Whether Jackson's byte parser will read these bytes as plain UTF-8, as the text path reads them. It would
     * guess UTF-16 or UTF-32 from zero bytes at the start, and would skip a second byte-order mark (which the text
     * path keeps, as content, and reports), so such files take the text path.
     */
    private static boolean byteParserSeesUtf8(byte[] b, int start) {
        for (int i = start; i < Math.min(b.length, start + 4); i++) {
            if (b[i] == 0) {
                return false;
            }
        }
        return !startsWithBom(b, start);
    }

    /**
     * Passes bytes through, failing with {@link CharacterCodingException} as soon as they are not well-formed UTF-8
     * (Unicode Table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF), which is exactly what the
     * strict decoder in {@link #decodeUtf8} accepts; a sequence cut short by the end of the input fails too. Checks
     * the bytes as they are read, so the fast path never holds a whole file.
     */
    static final class WellFormedUtf8 extends FilterInputStream {
        private int pending; // continuation bytes still expected in the current sequence
        private int min = 0x80; // the range of the next continuation byte
        private int max = 0xBF;

        WellFormedUtf8(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n < 0) {
                if (pending > 0) {
                    throw new CharacterCodingException();
                }
                return n;
            }
            check(b, off, off + n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // Read, so skipped bytes are checked too.
            byte[] buffer = new byte[(int) Math.min(8192, Math.max(n, 1))];
            long skipped = 0;
            while (skipped < n) {
                int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (r < 0) {
                    break;
                }
                skipped += r;
            }
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void check(byte[] b, int from, int to) throws CharacterCodingException {
            int i = from;
            while (i < to) {
                if (pending > 0) {
                    int v = b[i++] & 0xFF;
                    if (v < min || v > max) {
                        throw new CharacterCodingException();
                    }
                    pending--;
                    min = 0x80;
                    max = 0xBF;
                    continue;
                }
                // ASCII, almost all of a bank, eight bytes at a time
                while (i + 8 <= to && ((long) LONGS.get(b, i) & 0x8080_8080_8080_8080L) == 0) {
                    i += 8;
                }
                if (i >= to) {
                    break;
                }
                int c = b[i++] & 0xFF;
                if (c < 0x80) {
                    continue;
                } else if (c < 0xC2) {
                    throw new CharacterCodingException();
                } else if (c < 0xE0) {
                    pending = 1;
                } else if (c < 0xF0) {
                    pending = 2;
                    min = c == 0xE0 ? 0xA0 : 0x80;
                    max = c == 0xED ? 0x9F : 0xBF;
                } else if (c < 0xF5) {
                    pending = 3;
                    min = c == 0xF0 ? 0x90 : 0x80;
                    max = c == 0xF4 ? 0x8F : 0xBF;
                } else {
                    throw new CharacterCodingException();
                }
            }
        }
    }

    // Plain loops rather than regular expressions: a Matcher for every id, role, level and tag showed in the
    // profile of a 100,000-question bank.

    /** Matches {@code [a-z0-9][a-z0-9-]*}: ids, roles and levels. */
    static boolean isSlug(String s) {
        if (s.isEmpty() || s.charAt(0) == '-') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!lowerAlnum(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** Matches {@code [a-z0-9]+(-[a-z0-9]+)*}: tags. */
    static boolean isKebab(String s) {
        if (s.isEmpty() || s.charAt(0) == '-' || s.charAt(s.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' ? s.charAt(i - 1) == '-' : !lowerAlnum(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean lowerAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString()
                // Some editors save UTF-8 with a byte-order mark; it is not content.
                .replaceFirst("^\uFEFF", "");
    }

    /** Reads one question node, recording problems; returns null when the question is unusable. */
    private static final class QuestionReader {
        private final String file;
        private JsonNode node; // dropped after read(), so a big file's questions need not all stay parsed at once
        private final List<BankProblem> problems;
        private final List<BankProblem> warnings;
        private final String where;
        private String usableId;
        private Question question;

        QuestionReader(String file, int index, JsonNode node, List<BankProblem> problems,
                       List<BankProblem> warnings) {
            this.file = file;
            this.node = node;
            this.problems = problems;
            this.warnings = warnings;
            JsonNode id = node == null ? null : node.get("id");
            this.where = id != null && id.isTextual() && !id.asText().isBlank()
                    ? id.asText() : "#" + (index + 1) + " (no id)";
        }

        /** The question's id if it is valid, even when other fields are not (for duplicate checks). */
        String usableId() {
            return usableId;
        }

        /** The question, or null when it has any problem. */
        Question question() {
            return question;
        }

        void read() {
            try {
                readNode();
            } finally {
                node = null;
            }
        }

        private void readNode() {
            if (node == null || !node.isObject()) {
                problem(null, "must be a JSON object");
                return;
            }
            int before = problems.size();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!QUESTION_FIELDS.contains(f)) {
                    problem(f, "unknown field (allowed: " + String.join(", ", QUESTION_FIELDS.stream().sorted().toList()) + ")");
                }
            }
            String id = slug("id", BankLimits.ID_MAX);
            usableId = id;
            String prompt = text("prompt", BankLimits.PROMPT_MAX);
            JsonNode draft = node.get("draftPrompt");
            if (draft != null && !draft.isBoolean()) {
                problem("draftPrompt", "must be true or false");
            } else if (draft != null && draft.asBoolean()) {
                warnings.add(new BankProblem(file, where, "prompt", "is a placeholder: write the question as an "
                        + "interviewer would ask it, then remove \"draftPrompt\""));
            }
            Category category = category();
            String role = slug("role", BankLimits.ID_MAX);
            String level = slug("level", BankLimits.ID_MAX);
            List<String> tags = tags();
            String framework = text("answerFramework", BankLimits.TEXT_MAX);
            StarExample star = star();
            Map<String, List<String>> lists = new HashMap<>();
            for (String f : LIST_FIELDS) {
                lists.put(f, list(f));
            }
            if (problems.size() > before) {
                return;
            }
            question = new Question(id, prompt, category, role, level, tags, framework, star,
                    lists.get("howToAnswer"), lists.get("keyPoints"), lists.get("keyTerminology"),
                    lists.get("interviewersLookFor"), lists.get("commonMistakes"));
        }

        private void problem(String field, String message) {
            problems.add(new BankProblem(file, where, field, message));
        }

        private String text(String field, int max) {
            return text(node.get(field), field, max);
        }

        private String text(JsonNode value, String field, int max) {
            if (value == null || value.isNull()) {
                problem(field, "is missing");
                return null;
            }
            if (!value.isTextual()) {
                problem(field, "must be a string, not " + value.getNodeType().toString().toLowerCase());
                return null;
            }
            String text = value.asText().strip();
            if (text.isEmpty()) {
                problem(field, "is empty");
                return null;
            }
            if (text.length() > max) {
                problem(field, "is " + text.length() + " characters; at most " + max
                        + " can be displayed in Slack. Split it into list items or shorten it.");
                return null;
            }
            return text;
        }

        private String slug(String field, int max) {
            String s = text(field, max);
            if (s != null && !isSlug(s)) {
                problem(field, "\"" + s + "\" must be lowercase letters, digits and hyphens, e.g. backend-senior-01");
                return null;
            }
            return s;
        }

        private Category category() {
            String s = text("category", BankLimits.TAG_MAX);
            if (s == null) {
                return null;
            }
            return Category.fromSlug(s).orElseGet(() -> {
                problem("category", "unknown category \"" + s + "\"; use one of: " + Category.slugList());
                return null;
            });
        }

        private List<String> tags() {
            List<String> tags = list("tags", BankLimits.TAGS_MAX, BankLimits.TAG_MAX);
            java.util.Set<String> distinct = new java.util.HashSet<>();
            for (int i = 0; i < tags.size(); i++) {
                if (!isKebab(tags.get(i))) {
                    problem("tags[" + i + "]", "\"" + tags.get(i) + "\" must be lowercase kebab-case, e.g. system-design");
                } else if (!distinct.add(tags.get(i))) {
                    problem("tags[" + i + "]", "\"" + tags.get(i) + "\" is listed twice");
                }
            }
            return tags;
        }

        private List<String> list(String field) {
            return list(field, BankLimits.LIST_MAX_ITEMS, BankLimits.TEXT_MAX);
        }

        private List<String> list(String field, int maxItems, int maxChars) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                problem(field, "is missing");
                return List.of();
            }
            if (!value.isArray()) {
                problem(field, "must be a list of strings");
                return List.of();
            }
            if (value.isEmpty()) {
                problem(field, "is an empty list; give at least one item");
                return List.of();
            }
            if (value.size() > maxItems) {
                problem(field, "has " + value.size() + " items; at most " + maxItems + " can be displayed");
            }
            List<String> items = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                String item = text(value.get(i), field + "[" + i + "]", maxChars);
                if (item != null) {
                    items.add(item);
                }
            }
            return items;
        }

        private StarExample star() {
            JsonNode value = node.get("starExample");
            if (value == null || value.isNull()) {
                problem("starExample", "is missing");
                return null;
            }
            if (!value.isObject()) {
                problem("starExample", "must be an object with situation, task, action and result, or a summary");
                return null;
            }
            for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!STAR_PARTS.contains(f) && !f.equals("summary")) {
                    problem("starExample." + f, "unknown field (allowed: situation, task, action, result, summary)");
                }
            }
            if (value.has("summary")) {
                if (STAR_PARTS.stream().anyMatch(value::has)) {
                    problem("starExample", "give either summary or the four parts, not both");
                }
                return StarExample.ofSummary(text(value.get("summary"), "starExample.summary", BankLimits.TEXT_MAX));
            }
            List<String> parts = new ArrayList<>();
            for (String part : STAR_PARTS) {
                parts.add(text(value.get(part), "starExample." + part, BankLimits.TEXT_MAX));
            }
            return StarExample.ofParts(parts.get(0), parts.get(1), parts.get(2), parts.get(3));
        }
    }
}
