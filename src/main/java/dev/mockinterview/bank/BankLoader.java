package dev.mockinterview.bank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mockinterview.interview.Category;
import dev.mockinterview.interview.Question;
import dev.mockinterview.interview.QuestionBank;
import dev.mockinterview.interview.StarExample;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a question bank folder ({@code *.json}, see {@code questions/README.md} and the JSON Schema beside it) and
 * checks everything, collecting every problem with its file, question and field instead of stopping at the first.
 */
public final class BankLoader {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
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
    private final ObjectMapper yaml = com.fasterxml.jackson.dataformat.yaml.YAMLMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

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
        List<Question> questions = new ArrayList<>();
        Map<String, String> idToFile = new HashMap<>();
        for (Path file : files) {
            for (QuestionReader reader : loadFile(file, problems, warnings)) {
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

    private List<QuestionReader> loadFile(Path file, List<BankProblem> problems, List<BankProblem> warnings) {
        String name = file.toString();
        JsonNode root;
        try {
            String name0 = file.getFileName().toString();
            root = (name0.endsWith(".json") ? json : yaml).readTree(readUtf8(file));
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
                problems.add(new BankProblem(name, null, f, "unknown field (allowed: $schema, questions)"));
            }
        });
        JsonNode list = root.get("questions");
        if (list == null || !list.isArray()) {
            problems.add(new BankProblem(name, null, "questions", "missing, or not an array"));
            return List.of();
        }
        if (list.isEmpty()) {
            problems.add(new BankProblem(name, null, "questions", "is empty"));
        }
        List<QuestionReader> readers = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            QuestionReader reader = new QuestionReader(name, i, list.get(i), problems, warnings);
            reader.read();
            readers.add(reader);
        }
        return readers;
    }

    private static String readUtf8(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
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
        private final JsonNode node;
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
            if (s != null && !SLUG.matcher(s).matches()) {
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
                if (!KEBAB.matcher(tags.get(i)).matches()) {
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
