package dev.mockinterview.slack.render;

/*
 * Golden-JSON tests for the Block Kit renderers.
 *
 * Each test renders one message from hand-built domain objects, serialises its blocks exactly as the Slack SDK does
 * (GsonFactory.createSnakeCase()) and compares the JSON tree with src/test/resources/golden/<name>.json (Jackson tree
 * equality, so whitespace and key order do not matter).
 *
 * To regenerate the golden files after an intended rendering change:
 *
 *     mvn -q -B -o test -Dtest='InterviewMessagesGoldenTest' -Dgolden.update=true
 *
 * then READ the diff of src/test/resources/golden/ before keeping it: the files are what a Slack user will see.
 */

import static dev.mockinterview.slack.render.RenderFixtures.SESSION_ID;
import static dev.mockinterview.slack.render.RenderFixtures.STARTED_AT;
import static dev.mockinterview.slack.render.RenderFixtures.USER;
import static dev.mockinterview.slack.render.RenderFixtures.answer;
import static dev.mockinterview.slack.render.RenderFixtures.card;
import static dev.mockinterview.slack.render.RenderFixtures.hint;
import static dev.mockinterview.slack.render.RenderFixtures.noMoreHints;
import static dev.mockinterview.slack.render.RenderFixtures.question;
import static dev.mockinterview.slack.render.RenderFixtures.questionWithStarSummary;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockinterview.interview.Card;
import dev.mockinterview.interview.Category;
import dev.mockinterview.interview.ModelAnswer;
import dev.mockinterview.interview.Question;
import dev.mockinterview.interview.QuestionBank;
import dev.mockinterview.interview.Session;
import dev.mockinterview.interview.Summary;
import dev.mockinterview.review.ReviewState;
import dev.mockinterview.slack.ActionIds;
import dev.mockinterview.testutil.BlockKitLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("InterviewMessages / HelpMessages golden JSON")
class InterviewMessagesGoldenTest {

    /** Session, question and its place in the session (the fixtures' cards are the session's second question). */
    private static final String VALUE = SESSION_ID + ":latency-budget-01:2";
    private static final String HOSTILE_ANSWER = "Ping <!channel> and <@U123> & ask them.\n"
            + "Then p99 stays <30ms, I'd say > 95% of the time.";

    // ------------------------------------------------------------------------------------------------- renders

    private static SlackMessage cardStarted() {
        return InterviewMessages.card(card(question(), Category.SYSTEM_DESIGN, 1, 0, Card.Notice.STARTED, 5));
    }

    private static SlackMessage cardResumed() {
        return InterviewMessages.card(card(question(), null, 3, 2, Card.Notice.RESUMED, 15));
    }

    private static SlackMessage cardNewRound() {
        return InterviewMessages.card(card(question(), Category.SYSTEM_DESIGN, 6, 0, Card.Notice.NEW_ROUND, 5));
    }

    /** A question due for review, rated 6 days before. */
    private static SlackMessage cardReview() {
        Card plain = card(question(), null, 4, 0, Card.Notice.REVIEW, 15);
        ReviewState review = new ReviewState(2, 2.5, 6, java.time.LocalDate.of(2024, 4, 30),
                java.time.LocalDate.of(2024, 5, 6));
        return InterviewMessages.card(new Card(plain.session(), plain.question(), plain.progress(),
                plain.revealedHints(), plain.totalHints(), plain.notice(), plain.poolSize(), review));
    }

    private static SlackMessage hintFramework() {
        return onlyPage(InterviewMessages.hint(hint(question(), 1)));
    }

    private static SlackMessage hintList() {
        return onlyPage(InterviewMessages.hint(hint(question(), 2)));
    }

    private static SlackMessage hintLast() {
        return onlyPage(InterviewMessages.hint(hint(question(), 4)));
    }

    private static SlackMessage hintNone() {
        return onlyPage(InterviewMessages.hint(noMoreHints(question())));
    }

    private static SlackMessage modelAnswerParts() {
        return onlyPage(InterviewMessages.modelAnswer(new ModelAnswer(card(question(), 2), List.of())));
    }

    private static SlackMessage modelAnswerSummaryWithAnswer() {
        Question q = questionWithStarSummary();
        return onlyPage(InterviewMessages.modelAnswer(new ModelAnswer(card(q, 1),
                List.of(answer(1, q, "A first, short try."), answer(2, q, HOSTILE_ANSWER)))));
    }

    private static SlackMessage answerSaved() {
        Question q = question();
        return onlyPage(InterviewMessages.answerSaved(RenderFixtures.saved(card(q, 1),
                answer(3, q, "I would set a latency budget per hop & cache reads <1KB.\n\nThen measure p99."))));
    }

    private static SlackMessage summary() {
        Session ended = new Session(SESSION_ID, USER, Category.SYSTEM_DESIGN, false, STARTED_AT,
                STARTED_AT.plus(Duration.ofMinutes(12).plusSeconds(30)), Optional.empty(), 3, 5, 2, 1);
        return InterviewMessages.summary(new Summary(ended, Duration.ofMinutes(12).plusSeconds(30), false));
    }

    private static QuestionBank bank() {
        Question q = question();
        Question design2 = copy(q, "latency-budget-02", Category.SYSTEM_DESIGN);
        Question behavioral = copy(q, "conflict-01", Category.BEHAVIORAL);
        return new QuestionBank(List.of(q, design2, behavioral));
    }

    private static Question copy(Question q, String id, Category category) {
        return new Question(id, q.prompt(), category, q.role(), q.level(), q.tags(), q.answerFramework(),
                q.starExample(), q.howToAnswer(), q.keyPoints(), q.keyTerminology(), q.interviewersLookFor(),
                q.commonMistakes());
    }

    private static SlackMessage onlyPage(List<SlackMessage> pages) {
        assertEquals(1, pages.size(), "a small question fits in one message");
        return pages.get(0);
    }

    /** The messages that carry the interview's buttons. */
    static Stream<Arguments> interactive() {
        return Stream.of(
                Arguments.of("card-started", (Supplier<SlackMessage>) InterviewMessagesGoldenTest::cardStarted),
                Arguments.of("card-resumed", (Supplier<SlackMessage>) InterviewMessagesGoldenTest::cardResumed),
                Arguments.of("card-new-round", (Supplier<SlackMessage>) InterviewMessagesGoldenTest::cardNewRound),
                Arguments.of("card-review", (Supplier<SlackMessage>) InterviewMessagesGoldenTest::cardReview),
                Arguments.of("hint-1-framework", (Supplier<SlackMessage>) InterviewMessagesGoldenTest::hintFramework),
                Arguments.of("hint-2-list", (Supplier<SlackMessage>) InterviewMessagesGoldenTest::hintList),
                Arguments.of("hint-last", (Supplier<SlackMessage>) InterviewMessagesGoldenTest::hintLast),
                Arguments.of("hint-none", (Supplier<SlackMessage>) InterviewMessagesGoldenTest::hintNone),
                Arguments.of("model-answer-parts",
                        (Supplier<SlackMessage>) InterviewMessagesGoldenTest::modelAnswerParts),
                Arguments.of("model-answer-summary-with-answer",
                        (Supplier<SlackMessage>) InterviewMessagesGoldenTest::modelAnswerSummaryWithAnswer),
                Arguments.of("answer-saved", (Supplier<SlackMessage>) InterviewMessagesGoldenTest::answerSaved));
    }

    /** Every message whose text must be fully escaped mrkdwn (help is tested separately below). */
    static Stream<Arguments> escapedMessages() {
        List<Arguments> all = new ArrayList<>(interactive().toList());
        all.add(Arguments.of("summary", (Supplier<SlackMessage>) InterviewMessagesGoldenTest::summary));
        all.add(Arguments.of("empty-category",
                (Supplier<SlackMessage>) () -> HelpMessages.emptyCategory(bank(), Category.LEADERSHIP)));
        all.add(Arguments.of("returned-answer", (Supplier<SlackMessage>) () -> HelpMessages.returnedAnswer(
                "That interview has ended. Type `/mockinterview` to start a new one.", HOSTILE_ANSWER)));
        return all.stream();
    }

    private static JsonNode checked(SlackMessage message) {
        JsonNode blocks = RenderJson.blocks(message.blocks());
        assertEquals(List.of(), BlockKitLimits.check(blocks), "Block Kit limits");
        assertFalse(message.text().isBlank(), "a message needs a notification fallback text");
        return blocks;
    }

    private static void golden(String name, SlackMessage message) {
        Golden.assertMatches(name, checked(message));
    }

    // --------------------------------------------------------------------------------------------------- goldens


    @Test
    @DisplayName("card, STARTED: welcome notice with the category and pool size, question, buttons")
    void cardStartedGolden() {
        // given / when
        SlackMessage message = cardStarted();

        // then
        assertEquals("Question 1: How would you keep p99 latency &lt;30ms for a read &amp; write heavy API?",
                message.text());
        golden("card-started", message);
    }

    @Test
    @DisplayName("card, RESUMED: picks up where the user left off, with hint progress 2/4")
    void cardResumedGolden() {
        golden("card-resumed", cardResumed());
    }

    @Test
    @DisplayName("card, NEW_ROUND: says every question was seen and a new round begins")
    void cardNewRoundGolden() {
        golden("card-new-round", cardNewRound());
    }

    @Test
    @DisplayName("card, REVIEW: says when the user last rated the question and that it is due again")
    void cardReviewGolden() {
        // given / when
        SlackMessage message = cardReview();
        SlackMessage unknown = InterviewMessages.card(card(question(), null, 4, 0, Card.Notice.REVIEW, 15));

        // then
        JsonNode blocks = checked(message);
        assertEquals(":repeat: Review · you rated this question on Tue 30 Apr; it is due again",
                blocks.get(0).path("elements").get(0).path("text").asText());
        assertEquals(":repeat: Review · this question is due again", checked(unknown).get(0).path("elements").get(0)
                .path("text").asText(), "a review card without its schedule still says it is a review");
        golden("card-review", message);
    }

    @Test
    @DisplayName("hint 1: the answer framework as a paragraph, **bold** converted, next hint named")
    void hintFrameworkGolden() {
        golden("hint-1-framework", hintFramework());
    }

    @Test
    @DisplayName("hint 2: key points as a bullet list")
    void hintListGolden() {
        golden("hint-2-list", hintList());
    }

    @Test
    @DisplayName("last hint: says it was the last and points to the model answer")
    void hintLastGolden() {
        golden("hint-last", hintLast());
    }

    @Test
    @DisplayName("no more hints: one sentence and the buttons")
    void hintNoneGolden() {
        // given / when
        SlackMessage message = hintNone();

        // then
        assertEquals("No more hints", message.text());
        golden("hint-none", message);
    }

    @Test
    @DisplayName("model answer with STAR parts, no user answer")
    void modelAnswerPartsGolden() {
        golden("model-answer-parts", modelAnswerParts());
    }

    @Test
    @DisplayName("model answer with a STAR summary and the latest of two user answers, mentions escaped")
    void modelAnswerSummaryGolden() {
        golden("model-answer-summary-with-answer", modelAnswerSummaryWithAnswer());
    }

    @Test
    @DisplayName("answer saved: quoted back, then the feedback: score, word count, speaking time, dimensions")
    void answerSavedGolden() {
        // given / when
        SlackMessage message = answerSaved();

        // then
        assertEquals("Answer saved. Score: 48/100", message.text());
        golden("answer-saved", message);
    }

    @Test
    @DisplayName("summary: the five counters and the time")
    void summaryGolden() {
        // given / when
        SlackMessage message = summary();

        // then
        assertEquals("Interview finished: 3 questions, 5 hints used", message.text());
        golden("summary", message);
    }

    @Test
    @DisplayName("answer modal: the question, a 3000-char multiline input, session and question in metadata")
    void answerModalGolden() {
        // given
        Card card = card(question(), 0);

        // when
        JsonNode view = RenderJson.view(InterviewMessages.answerModal(card));

        // then
        assertEquals(List.of(), BlockKitLimits.checkView(view));
        assertEquals(VALUE, view.path("private_metadata").asText());
        assertEquals(ActionIds.ANSWER_MODAL, view.path("callback_id").asText());
        Golden.assertMatches("answer-modal", view);
    }

    @Test
    @DisplayName("help: subcommands, categories with counts, the buttons explained")
    void helpGolden() {
        golden("help", HelpMessages.help(bank(), null, null));
    }

    @Test
    @DisplayName("help for unknown input: echoes it and suggests the closest command")
    void helpUnknownGolden() {
        // given / when
        SlackMessage message = HelpMessages.help(bank(), "sytem-desing", "system-design");

        // then
        assertEquals("Unknown command: sytem-desing", message.text());
        golden("help-unknown", message);
    }

    @Test
    @DisplayName("empty category: names it and lists the categories that have questions")
    void emptyCategoryGolden() {
        golden("empty-category", HelpMessages.emptyCategory(bank(), Category.LEADERSHIP));
    }

    @Test
    @DisplayName("returned answer: the reason, then the whole answer quoted and escaped")
    void returnedAnswerGolden() {
        golden("returned-answer", HelpMessages.returnedAnswer(
                "That interview has ended. Type `/mockinterview` to start a new one.", HOSTILE_ANSWER));
    }

    // -------------------------------------------------------------------------------- properties of the renders


    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.mockinterview.slack.render.InterviewMessagesGoldenTest#interactive")
    @DisplayName("interactive messages end with Hint, Model answer, Answer, Next question, End (confirmed)")
    void buttons(String name, Supplier<SlackMessage> render) {
        // given
        JsonNode blocks = RenderJson.blocks(render.get().blocks());

        // when
        JsonNode actions = blocks.get(blocks.size() - 1);
        JsonNode buttons = actions.path("elements");

        // then
        assertEquals("actions", actions.path("type").asText());
        List<String> labels = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        buttons.forEach(b -> {
            labels.add(b.path("text").path("text").asText());
            ids.add(b.path("action_id").asText());
        });
        assertEquals(List.of("Hint", "Model answer", "Answer", "Next question", "End"), labels);
        assertEquals(List.of(ActionIds.HINT, ActionIds.MODEL_ANSWER, ActionIds.ANSWER, ActionIds.NEXT,
                ActionIds.END), ids);
        // every button names the session, the question and its place in the session (one place per message)
        java.util.Set<String> values = new java.util.HashSet<>();
        buttons.forEach(b -> values.add(b.path("value").asText()));
        assertEquals(1, values.size(), values.toString());
        ButtonValue parsed = ButtonValue.parse(values.iterator().next()).orElseThrow();
        assertEquals(SESSION_ID, parsed.sessionId());
        assertEquals("latency-budget-01", parsed.questionId());
        assertTrue(parsed.position() != null && parsed.position() >= 1, values.toString());
        JsonNode end = buttons.get(4);
        assertAll(
                () -> assertEquals("danger", end.path("style").asText()),
                () -> assertEquals("End this interview?", end.path("confirm").path("title").path("text").asText()),
                () -> assertEquals("End", end.path("confirm").path("confirm").path("text").asText()),
                () -> assertEquals("Keep going", end.path("confirm").path("deny").path("text").asText()),
                () -> assertEquals("mi_actions", actions.path("block_id").asText()),
                () -> assertEquals(name.startsWith("model-answer")
                                ? List.of("mi_rating", "mi_points_0", "mi_rate_points", "mi_actions")
                                : List.of("mi_actions"),
                        actionBlockIds(blocks),
                        "exactly one interview button row; a model answer also has its rating controls before it"));
    }

    private static List<String> actionBlockIds(JsonNode blocks) {
        List<String> ids = new ArrayList<>();
        for (JsonNode b : blocks) {
            if ("actions".equals(b.path("type").asText())) {
                ids.add(b.path("block_id").asText());
            }
        }
        return ids;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.mockinterview.slack.render.InterviewMessagesGoldenTest#escapedMessages")
    @DisplayName("no raw <, > or stray & in mrkdwn: bank and user text cannot form links or mentions")
    void everythingEscaped(String name, Supplier<SlackMessage> render) {
        // given
        JsonNode blocks = RenderJson.blocks(render.get().blocks());

        // when
        List<String> mrkdwn = RenderJson.mrkdwnTexts(blocks);

        // then
        assertFalse(mrkdwn.isEmpty());
        for (String text : mrkdwn) {
            assertFalse(text.contains("<") || text.contains(">"), () -> "raw angle bracket in: " + text);
            assertFalse(text.replaceAll("&(amp|lt|gt);", "").contains("&"), () -> "raw & in: " + text);
            assertFalse(text.contains("**"), () -> "Markdown ** left unconverted in: " + text);
        }
    }

    @Test
    @DisplayName("escaping is pinned: <30ms -> &lt;30ms, & -> &amp;, **Clarify:** -> *Clarify:*")
    void escapingPinned() {
        // given / when
        String card = RenderJson.joinedText(RenderJson.blocks(cardStarted().blocks()));
        String hint = RenderJson.joinedText(RenderJson.blocks(hintFramework().blocks()));

        // then
        assertTrue(card.contains("*How would you keep p99 latency &lt;30ms for a read &amp; write heavy API?*"),
                card);
        assertTrue(hint.contains("*Clarify:* agree the SLO (p99 &lt;30ms) &amp; the read/write mix. *Budget:*"),
                hint);
    }

    @Test
    @DisplayName("a user's <!channel> and <@U123> come out inert in the model answer and the answer echo")
    void userMentionsInert() {
        // given
        Question q = question();

        // when
        String model = RenderJson.joinedText(RenderJson.blocks(modelAnswerSummaryWithAnswer().blocks()));
        String saved = RenderJson.joinedText(RenderJson.blocks(InterviewMessages.answerSaved(RenderFixtures.saved(card(q, 0),
                answer(9, q, HOSTILE_ANSWER))).get(0).blocks()));

        // then
        for (String text : List.of(model, saved)) {
            assertTrue(text.contains("&gt; Ping &lt;!channel&gt; and &lt;@U123&gt; &amp; ask them."), text);
            assertTrue(text.contains("&gt; Then p99 stays &lt;30ms, I'd say &gt; 95% of the time."), text);
            assertFalse(text.contains("<!channel>") || text.contains("<@U123>"), text);
        }
    }

    @Test
    @DisplayName("unknown input is echoed escaped: <!channel> typed after the command pings nobody")
    void unknownInputEscaped() {
        // given / when
        SlackMessage message = HelpMessages.help(bank(), "<!channel> & go", null);

        // then
        String first = RenderJson.mrkdwnTexts(RenderJson.blocks(message.blocks())).get(0);
        assertEquals(":thinking_face: I don't know `&lt;!channel&gt; &amp; go`.", first);
    }

    @Test
    @DisplayName("help has no raw angle brackets in mrkdwn (the `<category>` placeholder must be escaped)")
    void helpEscaped() {
        // given / when
        List<String> mrkdwn = RenderJson.mrkdwnTexts(RenderJson.blocks(HelpMessages.help(bank(), null, null)
                .blocks()));

        // then
        for (String text : mrkdwn) {
            assertFalse(text.contains("<") || text.contains(">"), () -> "raw angle bracket in: " + text);
        }
    }

    @Test
    @DisplayName("the notification fallback text is escaped like the blocks (Slack parses it as mrkdwn too)")
    void fallbackTextEscaped() {
        // given / when
        List<String> fallbacks = List.of(cardStarted().text(), modelAnswerParts().text(),
                HelpMessages.help(bank(), "<!channel>", null).text());

        // then
        for (String text : fallbacks) {
            assertFalse(text.contains("<") || text.contains(">"), () -> "raw angle bracket in fallback: " + text);
        }
    }

    @Test
    @DisplayName("echoing a long unknown input never leaves half an emoji (a lone surrogate) in the text")
    void truncationKeepsSurrogatePairs() {
        // given: the 100th and 101st UTF-16 units are one emoji
        String typed = "a".repeat(99) + "\uD83D\uDE42" + " and more";

        // when
        SlackMessage message = HelpMessages.help(bank(), typed, null);

        // then
        for (String text : RenderJson.texts(RenderJson.blocks(message.blocks()))) {
            assertFalse(hasLoneSurrogate(text), () -> "lone surrogate in: " + text);
        }
        assertFalse(hasLoneSurrogate(message.text()), "fallback text");
    }

    @Test
    @DisplayName("a long one-line answer stays a block quote in every section it is split into")
    void longAnswerStaysQuoted() {
        // given: one line of 3000 chars, too long for one section once "&gt; " is added
        Question q = question();
        String line = "I would measure first and then cache the hot reads. ".repeat(60).substring(0, 3000).strip();

        // when
        List<SlackMessage> pages = InterviewMessages.answerSaved(RenderFixtures.saved(card(q, 0), answer(5, q, line)));

        // then
        JsonNode blocks = RenderJson.blocks(onlyPage(pages).blocks());
        List<String> quoteSections = new ArrayList<>();
        int i = 1;
        for (; !"divider".equals(blocks.get(i).path("type").asText()); i++) { // between "Answer saved" and feedback
            assertEquals("section", blocks.get(i).path("type").asText());
            quoteSections.add(blocks.get(i).path("text").path("text").asText());
        }
        assertTrue(blocks.get(i + 1).path("text").path("text").asText().startsWith(":bar_chart: *Score: "),
                "the feedback follows the quote");
        assertTrue(quoteSections.size() > 1, "expected the quote to be split");
        for (String section : quoteSections) {
            section.lines().forEach(l -> assertTrue(l.startsWith("&gt; "), () -> "unquoted line: "
                    + l.substring(0, Math.min(60, l.length()))));
        }
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
