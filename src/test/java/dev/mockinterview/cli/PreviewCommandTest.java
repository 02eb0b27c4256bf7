package dev.mockinterview.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.bank.BankLoader;
import dev.mockinterview.bank.LoadResult;
import dev.mockinterview.interview.Category;
import dev.mockinterview.interview.Hint;
import dev.mockinterview.interview.Question;
import dev.mockinterview.interview.QuestionBank;
import dev.mockinterview.interview.StarExample;
import dev.mockinterview.testutil.BlockKitLimits;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("PreviewCommand")
class PreviewCommandTest {
    /** {@code == <state>[, page i of k] (<n> blocks) ==}. */
    private static final Pattern HEADING =
            Pattern.compile("^== (.+?)(?:, page (\\d+) of (\\d+))? \\((\\d+) blocks?\\) ==$", Pattern.MULTILINE);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static QuestionBank bank;

    /** What a run printed. */
    record Run(int code, String out, String err) {
    }

    /** One JSON section: its state, page (1 when not paginated), page count, declared block count and body. */
    record Section(String state, int page, int pages, int declaredBlocks, String json) {
    }

    @BeforeAll
    static void loadBank() {
        LoadResult result = new BankLoader().load(dev.mockinterview.testutil.FixtureBanks.E2E);
        assertTrue(result.ok(), result::report);
        bank = result.bank();
    }

    static Stream<Question> bankQuestions() {
        return new BankLoader().load(dev.mockinterview.testutil.FixtureBanks.E2E).bank().all().stream();
    }

    // ---------------------------------------------------------------------------------------------- the bank

    @ParameterizedTest(name = "{0}")
    @MethodSource("bankQuestions")
    @DisplayName("bank question: every JSON section parses back to {\"blocks\": [...]} within Block Kit limits")
    void everySectionWithinLimits(Question q) throws Exception {
        // given
        Run run = preview(bank, q.id());

        // when
        List<Section> sections = sections(run.out());

        // then
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertFalse(sections.isEmpty());
        for (Section s : sections) {
            JsonNode root = JSON.readTree(s.json());
            String where = s.state() + " page " + s.page();
            assertEquals(List.of("blocks"), fieldNames(root), where);
            assertTrue(root.get("blocks").isArray(), where);
            assertEquals(s.declaredBlocks(), root.get("blocks").size(), where + ": heading's block count");
            assertEquals(List.of(), BlockKitLimits.check(root.get("blocks")), where);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bankQuestions")
    @DisplayName("bank question: the states are exactly card, hint 1..N, no more hints, model answer, daily post")
    void statesAreExactlyTheLifecycle(Question q) {
        // given
        int hints = Hint.ladder(q).size();
        List<String> expected = new ArrayList<>(List.of("card"));
        IntStream.rangeClosed(1, hints).forEach(n -> expected.add("hint " + n + " of " + hints));
        expected.addAll(List.of("no more hints", "model answer", "daily post"));

        // when
        List<Section> sections = sections(preview(bank, q.id()).out());

        // then
        assertEquals(expected, states(sections));
        assertPagesNumbered(sections);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bankQuestions")
    @DisplayName("bank question: the plain text comes first and contains the prompt, hints and model answer")
    void plainTextContainsThePrompt(Question q) {
        // given
        Run run = preview(bank, q.id());

        // when
        String plain = plainText(run.out());

        // then
        assertAll(
                () -> assertTrue(run.out().startsWith("Preview of question " + q.id() + "\n"), run.out()),
                () -> assertTrue(run.out().contains(PreviewCommand.BUILDER_URL)),
                () -> assertTrue(plain.contains("== plain text =="), plain),
                () -> assertTrue(plain.contains(q.prompt()), plain),
                () -> assertTrue(plain.contains("Hint 1 of " + Hint.ladder(q).size()), plain),
                () -> assertTrue(plain.contains("You have seen all " + Hint.ladder(q).size() + " hints"), plain),
                () -> assertTrue(plain.contains("MODEL ANSWER"), plain),
                () -> assertFalse(plain.contains("\"type\""), plain));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bankQuestions")
    @DisplayName("bank question: the output is deterministic (two runs print the same bytes, \\n line breaks)")
    void deterministic(Question q) {
        // given / when
        Run first = preview(bank, q.id());
        Run second = preview(bank, q.id());

        // then
        assertEquals(first, second);
        assertFalse(first.out().contains("\r"));
    }

    // ----------------------------------------------------------------------------------------- what it shows

    @Test
    @DisplayName("the model answer carries the rating controls; the card, hints and daily post carry their buttons")
    void controlsArePresent() throws Exception {
        // given
        Question q = bank.all().get(0);

        // when
        List<Section> sections = sections(preview(bank, q.id()).out());

        // then
        String model = joined(sections, "model answer");
        String card = joined(sections, "card");
        String daily = joined(sections, "daily post");
        assertAll(
                () -> assertTrue(model.contains("\"mi_rating\""), model),
                () -> assertTrue(model.contains("\"checkboxes\""), model),
                () -> assertTrue(model.contains("\"mi_actions\""), model),
                () -> assertTrue(card.contains("\"mi_actions\""), card),
                () -> assertTrue(card.contains("\"header\""), card),
                () -> assertTrue(daily.contains("\"mi_daily_actions\""), daily),
                () -> assertTrue(daily.contains("Daily interview question"), daily),
                () -> assertTrue(JSON.readTree(sections.get(0).json()).at("/blocks/0/type").isTextual()));
    }

    @Test
    @DisplayName("a model answer too long for one message prints every page, each within Block Kit limits")
    void paginatedModelAnswerPrintsEveryPage() throws Exception {
        // given
        Question big = longQuestion();
        QuestionBank oneQuestion = new QuestionBank(List.of(big));

        // when
        Run run = preview(oneQuestion, big.id());
        List<Section> sections = sections(run.out());

        // then
        assertEquals(0, run.code(), run.err());
        List<Section> model = sections.stream().filter(s -> s.state().equals("model answer")).toList();
        assertTrue(model.size() >= 2, "model answer pages: " + model.size());
        assertEquals(IntStream.rangeClosed(1, model.size()).boxed().toList(),
                model.stream().map(Section::page).toList());
        assertTrue(model.stream().allMatch(s -> s.pages() == model.size()));
        assertTrue(model.get(model.size() - 1).json().contains("\"mi_rating\""), "controls end the last page");
        for (Section s : sections) {
            assertEquals(List.of(), BlockKitLimits.check(JSON.readTree(s.json()).get("blocks")),
                    s.state() + " page " + s.page());
        }
        assertEquals(List.of("card", "hint 1 of 4", "hint 2 of 4", "hint 3 of 4", "hint 4 of 4", "no more hints",
                "model answer", "daily post"), states(sections));
    }

    // ------------------------------------------------------------------------------------------- unknown ids

    @Test
    @DisplayName("unknown id: exit 1, nothing on stdout, the id named with the closest id and a pointer to validate")
    void unknownIdSuggestsTheClosest() {
        // given
        String real = bank.all().get(0).id();
        String typo = real.substring(0, real.length() - 2) + "xx";

        // when
        Run run = preview(bank, typo);

        // then
        assertAll(
                () -> assertEquals(1, run.code()),
                () -> assertEquals("", run.out()),
                () -> assertTrue(run.err().contains("Unknown question id \"" + typo + "\""), run.err()),
                () -> assertTrue(run.err().contains("Did you mean \"" + real + "\""), run.err()),
                () -> assertTrue(run.err().contains("validate"), run.err()));
    }

    @Test
    @DisplayName("unknown id that is a fragment of a real id: that id is suggested")
    void fragmentSuggestsTheId() {
        // given
        Question q = bank.all().get(bank.size() - 1);
        String fragment = q.id().substring(q.id().length() - 12);

        // when
        Run run = preview(bank, fragment);

        // then
        assertEquals(1, run.code());
        assertTrue(run.err().contains("\"" + q.id() + "\""), run.err());
    }

    @Test
    @DisplayName("unknown id with nothing close: exit 1 without a guess, still pointing to validate")
    void unknownIdWithNothingClose() {
        // given / when
        Run run = preview(bank, "zzzzzzzzzzzzzzzzzzzzzzzz");

        // then
        assertEquals(1, run.code());
        assertFalse(run.err().contains("Did you mean"), run.err());
        assertTrue(run.err().contains("Unknown question id \"zzzzzzzzzzzzzzzzzzzzzzzz\""), run.err());
        assertTrue(run.err().contains("validate"), run.err());
    }

    @Test
    @DisplayName("no id: exit 2 with an example id")
    void blankId() {
        // given / when
        Run run = preview(bank, "  ");

        // then
        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().contains("preview " + bank.all().get(0).id()), run.err());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static Run preview(QuestionBank bank, String id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = new PreviewCommand(bank).run(id, o, e);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Everything before the first JSON heading. */
    private static String plainText(String out) {
        Matcher m = HEADING.matcher(out);
        return m.find() ? out.substring(0, m.start()) : out;
    }

    private static List<Section> sections(String out) {
        List<Section> sections = new ArrayList<>();
        Matcher m = HEADING.matcher(out);
        List<MatchResult> headings = new ArrayList<>();
        while (m.find()) {
            headings.add(m.toMatchResult());
        }
        for (int i = 0; i < headings.size(); i++) {
            MatchResult h = headings.get(i);
            int end = i + 1 < headings.size() ? headings.get(i + 1).start() : out.length();
            sections.add(new Section(h.group(1), h.group(2) == null ? 1 : Integer.parseInt(h.group(2)),
                    h.group(3) == null ? 1 : Integer.parseInt(h.group(3)), Integer.parseInt(h.group(4)),
                    out.substring(h.end(), end).strip()));
        }
        return sections;
    }

    /** The states in order, each page of a paginated state counted once. */
    private static List<String> states(List<Section> sections) {
        List<String> states = new ArrayList<>();
        for (Section s : sections) {
            if (s.page() == 1) {
                states.add(s.state());
            }
        }
        return states;
    }

    private static void assertPagesNumbered(List<Section> sections) {
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            if (s.page() > 1) {
                Section before = sections.get(i - 1);
                assertEquals(s.state(), before.state());
                assertEquals(s.page() - 1, before.page());
                assertEquals(s.pages(), before.pages());
            }
        }
    }

    private static String joined(List<Section> sections, String state) {
        return String.join("\n", sections.stream().filter(s -> s.state().equals(state)).map(Section::json).toList());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A question whose model answer needs more than Slack's 50 blocks per message. */
    private static Question longQuestion() {
        List<String> paragraphs = IntStream.rangeClosed(1, 70)
                .mapToObj(i -> "Paragraph " + i + ": **measure** first, then change one thing & measure again.")
                .toList();
        return new Question("long-01", "How would you make a slow <checkout> API fast?", Category.SYSTEM_DESIGN,
                "backend", "senior", List.of("latency"), "Measure, budget, fix the biggest hop.",
                StarExample.ofSummary("I cut checkout p99 from 800ms to 90ms."), paragraphs,
                List.of("A latency budget", "Profiling"), List.of("p99"), List.of("Measures before and after"),
                List.of("Guessing instead of measuring"));
    }
}
