package dev.mockinterview.slack.render;

import static dev.mockinterview.slack.render.RenderFixtures.answer;
import static dev.mockinterview.slack.render.RenderFixtures.card;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockinterview.bank.BankLimits;
import dev.mockinterview.bank.BankLoader;
import dev.mockinterview.bank.LoadResult;
import dev.mockinterview.interview.DimensionScore;
import dev.mockinterview.interview.Feedback;
import dev.mockinterview.interview.Answer;
import dev.mockinterview.interview.AnswerSaved;
import dev.mockinterview.interview.Card;
import dev.mockinterview.interview.Category;
import dev.mockinterview.interview.Hint;
import dev.mockinterview.interview.HintResult;
import dev.mockinterview.interview.ModelAnswer;
import dev.mockinterview.interview.Question;
import dev.mockinterview.interview.StarExample;
import dev.mockinterview.testutil.BlockKitLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders every state of every question in the shipped bank, plus a synthetic question at the loader's limits, and
 * checks each message against Slack's Block Kit limits and that none of the question's text was silently dropped.
 */
@DisplayName("Every question renders within Block Kit limits, losing no text")
class EveryQuestionWithinLimitsTest {

    /** One rendered state: its pages (one message unless paginated) and the text it must show. */
    record Rendering(String state, List<SlackMessage> pages, List<String> mustShow) {
    }

    static Stream<Question> bankQuestions() {
        LoadResult result = new BankLoader().load(Path.of("questions"));
        assertTrue(result.ok(), result::report);
        assertFalse(result.bank().all().isEmpty());
        return result.bank().all().stream();
    }

    // ------------------------------------------------------------------------------------------------ the bank

    @ParameterizedTest(name = "{0}")
    @MethodSource("bankQuestions")
    @DisplayName("bank question: every message of every state passes BlockKitLimits")
    void bankQuestionWithinLimits(Question q) {
        // given
        List<Rendering> renderings = renderAll(q);

        // when
        List<String> violations = violations(renderings);

        // then
        assertEquals(List.of(), violations);
        assertEquals(List.of(), BlockKitLimits.checkView(RenderJson.view(InterviewMessages.answerModal(card(q, 0)))),
                "answer modal");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bankQuestions")
    @DisplayName("bank question: every item of its material appears in the rendered text")
    void bankQuestionLosesNothing(Question q) {
        // given
        List<Rendering> renderings = renderAll(q);

        // when
        List<String> missing = missing(renderings);
        String modal = RenderJson.joinedText(RenderJson.view(InterviewMessages.answerModal(card(q, 0))));

        // then
        assertEquals(List.of(), missing);
        assertTrue(normalise(modal).contains(normalise(q.prompt())), "the answer modal shows the question");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bankQuestions")
    @DisplayName("bank question: each hint is numbered 'k of n' and the model answer fits one message")
    void bankQuestionShape(Question q) {
        // given
        List<Hint> ladder = Hint.ladder(q);

        // when / then
        for (int k = 1; k <= ladder.size(); k++) {
            List<SlackMessage> pages = InterviewMessages.hint(RenderFixtures.hint(q, k));
            assertEquals(1, pages.size(), "a shipped question's hint fits one message");
            String first = RenderJson.texts(RenderJson.blocks(pages.get(0).blocks())).get(0);
            assertEquals(":bulb: *Hint " + k + " of " + ladder.size() + ": " + ladder.get(k - 1).title() + "*",
                    first);
        }
        assertEquals(1, InterviewMessages.modelAnswer(new ModelAnswer(card(q, 0), threeAnswers(q))).size(),
                "a shipped question's model answer should not need several messages");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bankQuestions")
    @DisplayName("bank question: model answer rating controls: Again/Hard/Good/Easy, every key point a checkbox "
            + "(<= 10 a group, <= 75 chars), Rate by ticked points, all in one message")
    void bankQuestionRatingControls(Question q) {
        // given
        List<Rendering> renderings = List.of(modelAnswerRendering(q, List.of()),
                modelAnswerRendering(q, threeAnswers(q)));

        // when / then
        for (Rendering r : renderings) {
            assertRatingControls(q, r);
            assertButtonsOnlyLast(r);
        }
    }

    @Test
    @DisplayName("the shipped bank exercises several checkbox groups: some question has more than 10 key points")
    void bankHasQuestionWithSeveralCheckboxGroups() {
        // given / when
        List<Question> many = bankQuestions().filter(q -> q.keyPoints().size() > 10).toList();

        // then
        assertFalse(many.isEmpty(), "no shipped question has more than 10 key points");
        for (Question q : many) {
            assertEquals((q.keyPoints().size() + 9) / 10, checkboxGroups(modelAnswerRendering(q, List.of())).size(),
                    q.id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bankQuestions")
    @DisplayName("bank question: answer saved shows the answer and all of its feedback (score, every dimension)")
    void bankQuestionAnswerSavedFeedback(Question q) {
        // given: a 3000-char answer, and the model answer itself pasted back as a long thread reply
        List<Rendering> renderings = List.of(
                answerSavedRendering("answer saved (3000 chars)", card(q, 1), answer(4, q, longAnswer())),
                answerSavedRendering("answer saved (model answer pasted)", card(q, 0),
                        answer(5, q, String.join("\n\n", q.howToAnswer()))));

        // when / then
        assertEquals(List.of(), violations(renderings));
        assertEquals(List.of(), missing(renderings));
        for (Rendering r : renderings) {
            assertButtonsOnlyLast(r);
            assertEquals(1, r.pages().size(), r.state() + ": fits one message");
        }
    }

    // --------------------------------------------------------------------------------- synthetic worst case

    @Test
    @DisplayName("worst case: the card in every notice and the answer modal stay within limits, prompt intact")
    void worstCaseCardAndModal() {
        // given
        Question q = worstCase();
        List<Rendering> cards = new ArrayList<>();
        for (Card.Notice notice : Card.Notice.values()) {
            cards.add(new Rendering("card " + notice,
                    List.of(InterviewMessages.card(card(q, null, 999, 0, notice, 9999))), List.of(q.prompt())));
        }

        // when
        JsonNode modal = RenderJson.view(InterviewMessages.answerModal(card(q, 0)));

        // then
        assertEquals(List.of(), violations(cards));
        assertEquals(List.of(), missing(cards));
        assertEquals(List.of(), BlockKitLimits.checkView(modal));
        assertTrue(normalise(RenderJson.joinedText(modal)).contains(normalise(q.prompt())));
    }

    @Test
    @DisplayName("worst case: the model answer paginates, every page <= 50 blocks, buttons last on the last page")
    void worstCaseModelAnswer() {
        // given
        Question q = worstCase();
        List<Rendering> renderings = List.of(
                modelAnswerRendering(q, List.of()),
                modelAnswerRendering(q, threeAnswers(q)));

        for (Rendering r : renderings) {
            // when
            List<SlackMessage> pages = r.pages();

            // then
            assertTrue(pages.size() > 1, r.state() + ": expected pagination, got " + pages.size() + " page(s)");
            assertButtonsOnlyLast(r);
            assertRatingControls(q, r);
        }
        assertEquals(List.of(), violations(renderings));
        assertEquals(List.of(), missing(renderings));
    }

    @Test
    @DisplayName("worst case: a 3000-char answer (escapes, emoji) is saved and quoted back within limits")
    void worstCaseAnswerSaved() {
        // given
        Question q = worstCase();
        Answer longest = answer(3, q, longAnswer());

        // when
        List<Rendering> renderings = List.of(answerSavedRendering("answer saved", card(q, 0), longest));

        // then
        assertEquals(3000, longest.text().length());
        assertEquals(List.of(), violations(renderings));
        assertEquals(List.of(), missing(renderings));
    }

    @Test
    @DisplayName("worst case: 40 key points render 4 checkbox groups of 10, every page <= 50 blocks")
    void worstCaseFortyKeyPoints() {
        // given
        Question q = worstCase();
        assertEquals(40, q.keyPoints().size());

        for (Rendering r : List.of(modelAnswerRendering(q, List.of()), modelAnswerRendering(q, threeAnswers(q)))) {
            // when
            List<JsonNode> groups = checkboxGroups(r);

            // then
            assertEquals(4, groups.size(), r.state());
            for (int g = 0; g < 4; g++) {
                assertEquals(ActionIdsForTest.POINTS_BLOCK_PREFIX + g, groups.get(g).path("block_id").asText());
                assertEquals(10, groups.get(g).path("elements").get(0).path("options").size());
            }
            for (SlackMessage page : r.pages()) {
                assertTrue(page.blocks().size() <= BlockLimits.MESSAGE_BLOCKS, r.state() + ": "
                        + page.blocks().size() + " blocks");
            }
            assertRatingControls(q, r);
        }
    }

    static IntStream paragraphCounts() {
        return IntStream.rangeClosed(1, BankLimits.LIST_MAX_ITEMS);
    }

    /**
     * Slack sends a button click with the state of the checkboxes in the same message only. When the model answer
     * is paginated, InterviewMessages.paginate cuts wherever block 50 falls, so for some lengths the key-point
     * checkboxes land in one message and "Rate by ticked points" in the next: the click then counts 0 ticks and
     * rates Again. With 12 key points and 100-character paragraphs this happens at 31 to 34 paragraphs.
     */
    @ParameterizedTest(name = "{0} howToAnswer paragraphs")
    @MethodSource("paragraphCounts")
    @DisplayName("any model answer length: all rating controls stay in one message")
    void ratingControlsNeverSplit(int paragraphs) {
        // given: a valid question, 12 key points (2 checkbox groups), and n short how-to-answer paragraphs
        Question base = RenderFixtures.question();
        List<String> how = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            how.add("Paragraph " + i + " " + "x".repeat(100));
        }
        Question q = new Question("split-" + paragraphs, base.prompt(), base.category(), base.role(), base.level(),
                base.tags(), base.answerFramework(), base.starExample(), how,
                Collections.nCopies(12, "A key point"), base.keyTerminology(), base.interviewersLookFor(),
                base.commonMistakes());

        // when
        Rendering r = modelAnswerRendering(q, List.of());

        // then
        assertEquals(List.of(), violations(List.of(r)));
        assertRatingControls(q, r);
    }

    @Test
    @DisplayName("worst case: a 40,000-char thread reply (Slack's message limit) is quoted back whole with its feedback")
    void worstCaseThreadReplyAnswerSaved() {
        // given: thread replies are not limited to the modal's 3000 characters
        Question q = worstCase();
        String text = (longAnswer() + "\n").repeat(14).substring(0, 40_000).strip();

        // when
        Rendering r = answerSavedRendering("answer saved (40,000-char reply)", card(q, 0), answer(6, q, text));

        // then
        assertEquals(List.of(), violations(List.of(r)));
        assertEquals(List.of(), missing(List.of(r)));
        assertButtonsOnlyLast(r);
    }

    @Test
    @DisplayName("worst case: the framework hint (2900 chars) and the no-more-hints message stay within limits")
    void worstCaseParagraphHint() {
        // given
        Question q = worstCase();

        // when
        List<Rendering> renderings = List.of(
                hintRendering(q, 1),
                new Rendering("no more hints", InterviewMessages.hint(RenderFixtures.noMoreHints(q)), List.of()));

        // then
        assertEquals(List.of(), violations(renderings));
        assertEquals(List.of(), missing(renderings));
    }

    @Test
    @DisplayName("worst case: every list hint (40 items of 2900 chars) stays within 50 blocks")
    void worstCaseListHints() {
        // given
        Question q = worstCase();

        // when
        List<Rendering> renderings = IntStream.rangeClosed(2, Hint.ladder(q).size())
                .mapToObj(k -> hintRendering(q, k)).toList();

        // then
        assertEquals(List.of(), violations(renderings));
        assertEquals(List.of(), missing(renderings));
    }

    @Test
    @DisplayName("worst case, code-like text (<, >, & expand when escaped): list hints stay within 50 blocks")
    void escapeHeavyListHints() {
        // given: 40 items of 2900 chars the loader accepts, ~45% longer once escaped
        Question q = escapeHeavyWorstCase();

        // when
        List<Rendering> renderings = IntStream.rangeClosed(2, Hint.ladder(q).size())
                .mapToObj(k -> hintRendering(q, k)).toList();

        // then
        assertEquals(List.of(), violations(renderings));
        assertEquals(List.of(), missing(renderings));
        for (Rendering r : renderings) {
            assertTrue(r.pages().size() > 1, r.state() + ": expected pagination");
            assertButtonsOnlyLast(r);
        }
    }

    @Test
    @DisplayName("worst case, code-like text: the model answer still paginates within limits, losing nothing")
    void escapeHeavyModelAnswer() {
        // given
        Question q = escapeHeavyWorstCase();

        // when
        List<Rendering> renderings = List.of(modelAnswerRendering(q, threeAnswers(q)));

        // then
        assertEquals(List.of(), violations(renderings));
        assertEquals(List.of(), missing(renderings));
        assertEquals("actions", last(renderings.get(0).pages()).path("type").asText());
    }

    @Test
    @DisplayName("worst case: a list hint loses no text even though it is too long for one message")
    void worstCaseListHintsLoseNothing() {
        // given
        Question q = worstCase();

        // when
        List<Rendering> renderings = IntStream.rangeClosed(2, Hint.ladder(q).size())
                .mapToObj(k -> hintRendering(q, k)).toList();

        // then
        assertEquals(List.of(), missing(renderings));
    }

    // --------------------------------------------------------------------------------------------- rendering

    static List<Rendering> renderAll(Question q) {
        List<Rendering> out = new ArrayList<>();
        for (Card.Notice notice : Card.Notice.values()) {
            out.add(new Rendering("card " + notice,
                    List.of(InterviewMessages.card(card(q, q.category(), 1, 0, notice, 5))), List.of(q.prompt())));
        }
        for (int k = 1; k <= Hint.ladder(q).size(); k++) {
            out.add(hintRendering(q, k));
        }
        out.add(new Rendering("no more hints", InterviewMessages.hint(RenderFixtures.noMoreHints(q)), List.of()));
        out.add(modelAnswerRendering(q, List.of()));
        out.add(modelAnswerRendering(q, threeAnswers(q)));
        out.add(answerSavedRendering("answer saved (3000 chars)", card(q, 1), answer(4, q, longAnswer())));
        return out;
    }

    static Rendering hintRendering(Question q, int k) {
        HintResult result = RenderFixtures.hint(q, k);
        return new Rendering("hint " + k + " (" + result.revealed().title() + ")",
                InterviewMessages.hint(result), result.revealed().items());
    }

    /** An answer saved with the real scorer's feedback: the answer and every line of feedback must show. */
    static Rendering answerSavedRendering(String state, Card card, Answer answer) {
        AnswerSaved saved = RenderFixtures.saved(card, answer);
        Feedback feedback = saved.feedback();
        List<String> must = new ArrayList<>();
        must.add(answer.text());
        must.add("Score: " + feedback.score() + "/100");
        must.add(feedback.words() + (feedback.words() == 1 ? " word" : " words"));
        assertFalse(feedback.dimensions().isEmpty());
        for (DimensionScore d : feedback.dimensions()) {
            must.add(d.dimension().label() + ": " + d.score() + "/100");
            must.add(d.finding());
            must.add(d.suggestion());
        }
        return new Rendering(state, InterviewMessages.answerSaved(saved), must);
    }

    static Rendering modelAnswerRendering(Question q, List<Answer> answers) {
        List<String> must = new ArrayList<>();
        must.add(q.prompt());
        StarExample star = q.starExample();
        if (star.hasParts()) {
            must.addAll(List.of(star.situation(), star.task(), star.action(), star.result()));
        } else {
            must.add(star.summary());
        }
        must.addAll(q.howToAnswer());
        must.addAll(q.commonMistakes());
        if (!answers.isEmpty()) {
            must.add(answers.get(answers.size() - 1).text());
        }
        return new Rendering("model answer, " + answers.size() + " user answer(s)",
                InterviewMessages.modelAnswer(new ModelAnswer(card(q, Math.min(2, Hint.ladder(q).size())), answers)),
                must);
    }

    /** Three answers; the latest, the one the model answer shows, is 3000 characters. */
    static List<Answer> threeAnswers(Question q) {
        return List.of(answer(1, q, "First try: I would <measure> & then cache."),
                answer(2, q, "Second try, with a mention <@U123> that must stay inert."),
                answer(3, q, longAnswer()));
    }

    /** Exactly 3000 characters of answer prose with line breaks, escapes and emoji. */
    static String longAnswer() {
        String sentence = "I would keep p99 <30ms & measure every hop \uD83D\uDE42. ";
        StringBuilder s = new StringBuilder();
        int i = 0;
        while (s.length() < 3100) {
            s.append(sentence);
            if (++i % 7 == 0) {
                s.append("\n");
            }
        }
        String text = s.substring(0, 3000);
        if (Character.isHighSurrogate(text.charAt(2999)) || Character.isWhitespace(text.charAt(2999))) {
            text = text.substring(0, 2999) + "x";
        }
        return text;
    }

    /** A question at every limit the loader enforces: a 300-char prompt, 2900-char texts, 40-item lists. */
    static Question worstCase() {
        return worstCase(false);
    }

    /** The same limits, with code-like text full of <, > and & (each grows to 4 or 5 characters when escaped). */
    static Question escapeHeavyWorstCase() {
        return worstCase(true);
    }

    private static Question worstCase(boolean code) {
        List<List<String>> lists = new ArrayList<>();
        for (int l = 0; l < 5; l++) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < BankLimits.LIST_MAX_ITEMS; i++) {
                items.add(text("L" + l + "I" + i, BankLimits.TEXT_MAX, code));
            }
            lists.add(items);
        }
        return new Question("worst-case-" + "x".repeat(BankLimits.ID_MAX - 11), text("prompt", BankLimits.PROMPT_MAX, code),
                Category.SYSTEM_DESIGN, "backend", "senior", Collections.nCopies(BankLimits.TAGS_MAX, "tag"),
                text("framework", BankLimits.TEXT_MAX, code),
                StarExample.ofParts(text("situation", BankLimits.TEXT_MAX, code),
                        text("task", BankLimits.TEXT_MAX, code), text("action", BankLimits.TEXT_MAX, code),
                        text("result", BankLimits.TEXT_MAX, code)),
                lists.get(0), lists.get(1), lists.get(2), lists.get(3), lists.get(4));
    }

    /** Exactly {@code length} characters of bank-like prose, unique per {@code tag}, with escapes and **bold**. */
    static String text(String tag, int length, boolean code) {
        StringBuilder s = new StringBuilder("**" + tag + ":** ");
        int n = 0;
        while (s.length() < length + 50) {
            s.append("word").append(tag).append(n++);
            if (code) {
                s.append(" Map<K, List<V>> && a->b; ");
            } else {
                s.append(n % 5 == 0 ? " keeps p99 <30ms & " : " fast. ");
            }
        }
        String out = s.substring(0, length);
        return Character.isWhitespace(out.charAt(length - 1)) ? out.substring(0, length - 1) + "z" : out;
    }

    // ---------------------------------------------------------------------------------------------- checking

    static List<String> violations(List<Rendering> renderings) {
        List<String> out = new ArrayList<>();
        for (Rendering r : renderings) {
            for (int i = 0; i < r.pages().size(); i++) {
                SlackMessage page = r.pages().get(i);
                String where = r.state() + (r.pages().size() > 1 ? " page " + (i + 1) : "") + ": ";
                for (String v : BlockKitLimits.check(RenderJson.blocks(page.blocks()))) {
                    out.add(where + v);
                }
                if (page.text().isBlank() || page.text().length() > BlockLimits.MESSAGE_TEXT) {
                    out.add(where + "fallback text blank or too long");
                }
            }
        }
        return out;
    }

    /** Items of the question's material that do not appear in the state that should show them. */
    static List<String> missing(List<Rendering> renderings) {
        List<String> out = new ArrayList<>();
        for (Rendering r : renderings) {
            StringBuilder all = new StringBuilder();
            for (SlackMessage page : r.pages()) {
                all.append(RenderJson.joinedText(RenderJson.blocks(page.blocks()))).append('\n');
            }
            String shown = normalise(all.toString().replaceAll("(?m)^&gt; ", ""));
            for (String item : r.mustShow()) {
                if (!shown.contains(normalise(item))) {
                    out.add(r.state() + ": missing \"" + abbreviate(item) + "\"");
                }
            }
        }
        return out;
    }

    /**
     * Undoes what rendering legitimately changes: escapes, {@code **} to {@code *} (all asterisks dropped), and the
     * whitespace at chunk boundaries (all whitespace dropped).
     */
    static String normalise(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replace("*", "").replaceAll("\\s+", "");
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }

    /**
     * Every page within 50 blocks; the interview's button row only on the last page, as its last block. A model
     * answer's only other action blocks are its rating controls (checked by {@link #assertRatingControls}); other
     * messages have no other action blocks.
     */
    private static void assertButtonsOnlyLast(Rendering r) {
        List<SlackMessage> pages = r.pages();
        boolean modelAnswer = r.state().startsWith("model answer");
        for (int i = 0; i < pages.size(); i++) {
            JsonNode blocks = RenderJson.blocks(pages.get(i).blocks());
            assertTrue(blocks.size() <= BlockLimits.MESSAGE_BLOCKS, r.state() + " page " + i + ": " + blocks.size());
            boolean last = i == pages.size() - 1;
            assertEquals(last ? 1 : 0, countActions(blocks, "mi_actions"), r.state() + " page " + i + ": buttons");
            if (!modelAnswer) {
                assertEquals(last ? 1 : 0, countActions(blocks, null), r.state() + " page " + i + ": action blocks");
            }
            if (last) {
                assertEquals("actions", blocks.get(blocks.size() - 1).path("type").asText());
                assertEquals("mi_actions", blocks.get(blocks.size() - 1).path("block_id").asText());
            }
        }
    }

    /**
     * The rating controls of a model answer: the four rating buttons, one checkbox per key point in groups of at
     * most 10 (labels at most 75 characters, cut only when too long, with an ellipsis), and "Rate by ticked points"
     * with the session and question as its value. They must all be in one message: Slack sends a button click with
     * the state of the checkboxes of that message only.
     */
    static void assertRatingControls(Question q, Rendering r) {
        String value = ButtonValue.of(RenderFixtures.SESSION_ID, q.id());
        int groups = (q.keyPoints().size() + 9) / 10;
        List<String> expectedIds = new ArrayList<>(List.of("mi_rating"));
        for (int g = 0; g < groups; g++) {
            expectedIds.add(ActionIdsForTest.POINTS_BLOCK_PREFIX + g);
        }
        expectedIds.add("mi_rate_points");
        expectedIds.add("mi_actions");

        List<String> ids = new ArrayList<>();
        List<Integer> pageOf = new ArrayList<>();
        List<JsonNode> actionBlocks = new ArrayList<>();
        for (int i = 0; i < r.pages().size(); i++) {
            for (JsonNode b : RenderJson.blocks(r.pages().get(i).blocks())) {
                if ("actions".equals(b.path("type").asText())) {
                    ids.add(b.path("block_id").asText());
                    pageOf.add(i);
                    actionBlocks.add(b);
                }
            }
        }
        assertEquals(expectedIds, ids, r.state() + ": action blocks in order");
        int ratingPage = pageOf.get(0);
        for (int i = 0; i < expectedIds.size() - 1; i++) {
            assertEquals(ratingPage, pageOf.get(i), r.state() + ": " + ids.get(i)
                    + " is not in the same message as the other rating controls (its ticks would be lost)");
        }

        JsonNode ratings = actionBlocks.get(0).path("elements");
        List<String> labels = new ArrayList<>();
        List<String> actionIds = new ArrayList<>();
        ratings.forEach(b -> {
            labels.add(b.path("text").path("text").asText());
            actionIds.add(b.path("action_id").asText());
            assertEquals("button", b.path("type").asText());
            assertEquals(value, b.path("value").asText(), r.state() + ": rating value");
        });
        assertEquals(List.of("Again", "Hard", "Good", "Easy"), labels, r.state());
        assertEquals(List.of("mi_rate_again", "mi_rate_hard", "mi_rate_good", "mi_rate_easy"), actionIds, r.state());

        List<String> optionValues = new ArrayList<>();
        List<String> optionTexts = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            JsonNode elements = actionBlocks.get(1 + g).path("elements");
            assertEquals(1, elements.size(), r.state() + ": one checkbox element per group");
            JsonNode box = elements.get(0);
            assertEquals("checkboxes", box.path("type").asText());
            assertEquals("mi_points", box.path("action_id").asText());
            JsonNode options = box.path("options");
            assertTrue(options.size() >= 1 && options.size() <= 10, r.state() + ": group " + g + " has "
                    + options.size() + " options");
            for (JsonNode o : options) {
                assertEquals("plain_text", o.path("text").path("type").asText());
                optionTexts.add(o.path("text").path("text").asText());
                optionValues.add(o.path("value").asText());
            }
        }
        assertEquals(IntStream.range(0, q.keyPoints().size()).mapToObj(String::valueOf).toList(), optionValues,
                r.state() + ": one option per key point, valued by its index");
        for (int i = 0; i < optionTexts.size(); i++) {
            String label = optionTexts.get(i);
            String point = q.keyPoints().get(i).replace("**", "");
            int length = label.codePointCount(0, label.length());
            assertTrue(length >= 1 && length <= 75, r.state() + ": option " + i + " has " + length + " chars");
            if (!label.equals(point)) {
                assertTrue(label.endsWith("\u2026") && point.startsWith(label.substring(0, label.length() - 1)),
                        r.state() + ": option " + i + " is not the key point or a prefix of it: " + label);
                assertEquals(75, length, r.state() + ": option " + i + " cut shorter than needed");
            }
        }

        JsonNode byPoints = actionBlocks.get(1 + groups).path("elements");
        assertEquals(1, byPoints.size());
        assertEquals("Rate by ticked points", byPoints.get(0).path("text").path("text").asText());
        assertEquals("mi_rate_points", byPoints.get(0).path("action_id").asText());
        assertEquals(value, byPoints.get(0).path("value").asText());
    }

    /** The checkbox blocks of a rendering, in order. */
    static List<JsonNode> checkboxGroups(Rendering r) {
        List<JsonNode> out = new ArrayList<>();
        for (SlackMessage page : r.pages()) {
            for (JsonNode b : RenderJson.blocks(page.blocks())) {
                if (b.path("block_id").asText().startsWith(ActionIdsForTest.POINTS_BLOCK_PREFIX)) {
                    out.add(b);
                }
            }
        }
        return out;
    }

    private static JsonNode last(List<SlackMessage> pages) {
        JsonNode blocks = RenderJson.blocks(pages.get(pages.size() - 1).blocks());
        return blocks.get(blocks.size() - 1);
    }

    /** Action blocks with this block id, or all action blocks when {@code blockId} is null. */
    private static int countActions(JsonNode blocks, String blockId) {
        int n = 0;
        for (JsonNode b : blocks) {
            if ("actions".equals(b.path("type").asText())
                    && (blockId == null || blockId.equals(b.path("block_id").asText()))) {
                n++;
            }
        }
        return n;
    }

    /** Ids from {@link dev.mockinterview.slack.ActionIds}, named here so the expectations read as Slack sees them. */
    private static final class ActionIdsForTest {
        static final String POINTS_BLOCK_PREFIX = dev.mockinterview.slack.ActionIds.POINTS_BLOCK_PREFIX;
    }
}
