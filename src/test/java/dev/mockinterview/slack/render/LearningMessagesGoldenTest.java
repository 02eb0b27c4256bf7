package dev.mockinterview.slack.render;

/*
 * Golden-JSON tests for the "answers that teach" renderers: LearningMessages (feedback, rating controls, rated,
 * stats, history, a reopened answer) and HomeView (the App Home tab).
 *
 * Regenerate after an intended rendering change with
 *
 *     mvn -q -B -o test -Dtest='LearningMessagesGoldenTest' -Dgolden.update=true
 *
 * and READ every changed file under src/test/resources/golden/ before keeping it: it is what a Slack user sees.
 */

import static dev.mockinterview.slack.render.RenderFixtures.SESSION_ID;
import static dev.mockinterview.slack.render.RenderFixtures.STARTED_AT;
import static dev.mockinterview.slack.render.RenderFixtures.USER;
import static dev.mockinterview.slack.render.RenderFixtures.question;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.model.block.LayoutBlock;
import dev.mockinterview.feedback.AnswerScorer;
import dev.mockinterview.interview.DimensionScore;
import dev.mockinterview.interview.Feedback;
import dev.mockinterview.interview.Answer;
import dev.mockinterview.interview.Category;
import dev.mockinterview.interview.CategoryStats;
import dev.mockinterview.interview.HistoryEntry;
import dev.mockinterview.interview.OpenedAnswer;
import dev.mockinterview.interview.Question;
import dev.mockinterview.interview.RatingSaved;
import dev.mockinterview.interview.Stats;
import dev.mockinterview.review.Rating;
import dev.mockinterview.review.ReviewState;
import dev.mockinterview.slack.ActionIds;
import dev.mockinterview.testutil.BlockKitLimits;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("LearningMessages / HomeView golden JSON")
class LearningMessagesGoldenTest {

    /** Berlin is UTC+2 in May: an answer written at 22:30 UTC belongs to the next day for this user. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2024, 5, 6); // a Monday
    private static final String VALUE = SESSION_ID + ":latency-budget-01";
    private static final String HOSTILE_ANSWER = "Ping <!channel> and <@U123> & ask them.\n"
            + "Then p99 stays <30ms, I'd say > 95% of the time.";

    /** Covers both key points, one of the two terms and both framework steps, with numbers and a trade-off. */
    static final String STRONG_ANSWER = """
            First I would clarify the SLO with the product team: p99 under 30 ms, measured at the load balancer, and \
            the read/write mix, which for this API is about 90% reads and 10% writes at 5k requests per second. Tail \
            latency matters more than the average, so every number below is a p99.

            Next I would set a latency budget per hop and split the 30 ms across every hop: 3 ms for the load \
            balancer and TLS, 5 ms for the service itself, 2 ms for a cache lookup, and 15 ms for the database on a \
            cache miss, which leaves 5 ms of headroom. Then I would measure each hop with distributed tracing so we \
            know where the time really goes before changing anything.

            For reads I would add a read-through cache in Redis in front of the database. The target cache hit ratio \
            is above 95%, so only one read in twenty pays the database cost. Invalidation is the hard part: writes \
            update the database first and then delete the cache key, and every key also has a TTL of 60 seconds as a \
            safety net, so a missed invalidation can only serve stale data for a minute. I would watch the hit ratio \
            and the stale-read rate on a dashboard.

            For writes I would batch small writes and make them asynchronous where the client does not need the \
            result at once, using a queue, which keeps the write path under 20 ms at p99.

            The trade-off is consistency: a read-through cache with a TTL gives eventual consistency instead of \
            strong consistency, at the cost of up to 60 seconds of stale data. For balances or anything financial I \
            would rather bypass the cache than serve a stale value. I would also choose horizontal read replicas \
            instead of a bigger database, because replicas scale reads linearly.

            Finally I would measure before and after every change, and load test at twice the peak, 10k requests per \
            second, to check that p99 stays under 30 ms with the cache cold and warm. In my last project this \
            approach cut p99 from 80 ms to 22 ms.""";

    /** Twelve words, no framework step, no key point; mentions and escapes that must stay inert. */
    static final String WEAK_ANSWER = "I'd cache it in Redis. Ping <!channel> & <@U123> if p99 goes >30ms.";

    // ------------------------------------------------------------------------------------------------- fixtures

    private static Feedback feedback(String answer) {
        return new AnswerScorer().score(question(), answer);
    }

    private static List<CategoryStats> bankCategories(int systemDesignDone, int behavioralDone) {
        return List.of(
                new CategoryStats(Category.BEHAVIORAL, 4, behavioralDone, behavioralDone == 0 ? 0 : 3,
                        behavioralDone == 0 ? null : 58, behavioralDone == 0 ? 0 : 1),
                new CategoryStats(Category.LEADERSHIP, 2, 0, 0, null, 0),
                new CategoryStats(Category.SITUATIONAL, 4, 0, 0, null, 0),
                new CategoryStats(Category.SYSTEM_DESIGN, 5, systemDesignDone, systemDesignDone == 0 ? 0 : 4,
                        systemDesignDone == 0 ? null : 71, systemDesignDone == 0 ? 0 : 1));
    }

    /** A user who has never practised. */
    static Stats newUser() {
        return new Stats(bankCategories(0, 0), 0, false, 0, 0, 20, 0, null, false);
    }

    /** A user on a 3-day streak who practised today, with reviews due, scored answers and an interview under way. */
    static Stats practisingUser() {
        return new Stats(bankCategories(3, 2), 3, true, 2, 4, 20, 7, 66, true);
    }

    private static Answer answer(long id, String questionId, String text, Instant at, Integer score) {
        return new Answer(id, SESSION_ID, questionId, USER, text, at, score);
    }

    /** Three entries, newest first: scored with mentions, a question that left the bank, and an unscored one. */
    static List<HistoryEntry> threeEntries() {
        Question q = question();
        Question behavioral = behavioral();
        return List.of(
                new HistoryEntry(answer(12, q.id(), HOSTILE_ANSWER, Instant.parse("2024-05-06T08:15:00Z"), 81), q),
                new HistoryEntry(answer(11, "retired-question-07", "I would shard by tenant id and rebalance at "
                        + "night.", Instant.parse("2024-05-05T12:00:00Z"), 55), null),
                new HistoryEntry(answer(10, behavioral.id(), longAnswerText(), Instant.parse("2024-05-04T22:30:00Z"),
                        null), behavioral));
    }

    /** A behavioral question with a prompt longer than history's 150-character cut. */
    static Question behavioral() {
        Question q = question();
        return new Question("conflict-01", "Tell me about a time you disagreed with a senior engineer about a design "
                + "decision <that mattered> & you turned out to be wrong. What did you do, what happened next, and what "
                + "would you do differently?", Category.BEHAVIORAL, q.role(), q.level(), q.tags(),
                q.answerFramework(), q.starExample(), q.howToAnswer(), q.keyPoints(), q.keyTerminology(),
                q.interviewersLookFor(), q.commonMistakes());
    }

    /** 160 characters on several lines, so history must fold the lines and cut it. */
    static String longAnswerText() {
        return "At my last company we had a shared database for two services.\n\nI argued for splitting it, "
                + "wrote an ADR with load numbers, and we split the schema before launch.";
    }

    private static RatingSaved rating(Rating rating, int inDays, OptionalInt score) {
        ReviewState schedule = new ReviewState(inDays <= 1 ? 1 : 2, 2.5, inDays, TODAY, TODAY.plusDays(inDays));
        Rating countedAs = Rating.values()[java.util.Arrays.asList(Rating.values()).indexOf(rating)];
        if (score.isPresent() && score.getAsInt() < 40 && (rating == Rating.GOOD || rating == Rating.EASY)) {
            countedAs = rating == Rating.GOOD ? Rating.HARD : Rating.GOOD;
        }
        return new RatingSaved(question(), rating, countedAs, schedule, score, null, TODAY);
    }

    // --------------------------------------------------------------------------------------------- checking

    private static JsonNode checked(SlackMessage message) {
        JsonNode blocks = RenderJson.blocks(message.blocks());
        assertEquals(List.of(), BlockKitLimits.check(blocks), "Block Kit limits");
        assertEquals(List.of(), optionProblems(blocks), "checkbox and select options");
        assertFalse(message.text().isBlank(), "a message needs a notification fallback text");
        assertTrue(message.text().length() <= BlockLimits.MESSAGE_TEXT);
        assertEscaped(blocks);
        return blocks;
    }

    private static JsonNode checkedBlocks(List<LayoutBlock> blocks) {
        JsonNode json = RenderJson.blocks(blocks);
        assertEquals(List.of(), BlockKitLimits.check(json), "Block Kit limits");
        assertEscaped(json);
        return json;
    }

    private static JsonNode checkedView(com.slack.api.model.view.View view) {
        JsonNode json = RenderJson.view(view);
        assertEquals(List.of(), BlockKitLimits.checkView(json), "Block Kit limits");
        assertTrue(json.path("blocks").size() <= BlockLimits.VIEW_BLOCKS, "a home view has at most 100 blocks");
        assertEquals(List.of(), optionProblems(json.path("blocks")), "checkbox and select options");
        assertEscaped(json);
        return json;
    }

    /** No raw {@code <}, {@code >} or stray {@code &} in mrkdwn, and no Markdown {@code **} left over. */
    private static void assertEscaped(JsonNode json) {
        List<String> mrkdwn = RenderJson.mrkdwnTexts(json);
        assertFalse(mrkdwn.isEmpty());
        for (String text : mrkdwn) {
            assertFalse(text.contains("<") || text.contains(">"), () -> "raw angle bracket in: " + text);
            assertFalse(text.replaceAll("&(amp|lt|gt);", "").contains("&"), () -> "raw & in: " + text);
            assertFalse(text.contains("**"), () -> "Markdown ** left unconverted in: " + text);
        }
    }

    /**
     * What BlockKitLimits does not check: checkboxes have 1 to 10 options and a static select at most 100, each
     * option's text at most 75 characters, and option values unique within the element.
     */
    static List<String> optionProblems(JsonNode blocks) {
        List<String> out = new ArrayList<>();
        for (JsonNode block : blocks) {
            List<JsonNode> elements = new ArrayList<>();
            block.path("elements").forEach(elements::add);
            if (block.has("accessory")) {
                elements.add(block.get("accessory"));
            }
            for (JsonNode e : elements) {
                String type = e.path("type").asText();
                int max = type.equals("checkboxes") ? 10 : type.equals("static_select") ? 100 : -1;
                if (max < 0) {
                    continue;
                }
                JsonNode options = e.path("options");
                if (options.size() < 1 || options.size() > max) {
                    out.add(block.path("block_id").asText() + ": " + options.size() + " options in " + type);
                }
                List<String> values = new ArrayList<>();
                for (JsonNode o : options) {
                    String text = o.path("text").path("text").asText();
                    int n = text.codePointCount(0, text.length());
                    if (n < 1 || n > 75) {
                        out.add(block.path("block_id").asText() + ": option text of " + n + " chars: " + text);
                    }
                    if (values.contains(o.path("value").asText())) {
                        out.add(block.path("block_id").asText() + ": duplicate value " + o.path("value").asText());
                    }
                    values.add(o.path("value").asText());
                }
            }
        }
        return out;
    }

    private static String allText(JsonNode json) {
        return RenderJson.joinedText(json);
    }

    // --------------------------------------------------------------------------------------------- feedback

    @Test
    @DisplayName("feedback, strong answer: a high score, every dimension with its finding and a next step")
    void feedbackStrongGolden() {
        // given
        Feedback feedback = feedback(STRONG_ANSWER);

        // when
        JsonNode blocks = checkedBlocks(LearningMessages.feedbackBlocks(feedback));

        // then
        assertTrue(feedback.score() >= 85, "a strong answer scores high, got " + feedback.score());
        assertEquals(":bar_chart: *Score: " + feedback.score() + "/100* · " + feedback.words()
                + " words · about 3 min spoken", blocks.get(0).path("text").path("text").asText());
        assertDimensions(feedback, blocks);
        Golden.assertMatches("feedback-strong", blocks);
    }

    @Test
    @DisplayName("feedback, weak answer: a low score, the missed points named, speaking time in seconds")
    void feedbackWeakGolden() {
        // given
        Feedback feedback = feedback(WEAK_ANSWER);

        // when
        JsonNode blocks = checkedBlocks(LearningMessages.feedbackBlocks(feedback));

        // then
        assertTrue(feedback.score() < 40, "a weak answer scores low, got " + feedback.score());
        assertEquals(":bar_chart: *Score: " + feedback.score() + "/100* · 12 words · about 6 s spoken",
                blocks.get(0).path("text").path("text").asText());
        assertTrue(allText(blocks).contains("Missed key points: A latency budget per hop; Cache hit ratio &amp; "
                + "invalidation."), allText(blocks));
        assertDimensions(feedback, blocks);
        Golden.assertMatches("feedback-weak", blocks);
    }

    /** One section per dimension, in order: bold label and score, the finding, then the suggestion. */
    private static void assertDimensions(Feedback feedback, JsonNode blocks) {
        List<DimensionScore> dims = feedback.dimensions();
        assertEquals(1 + dims.size() + 1, blocks.size(), "headline, one section per dimension, context");
        for (int i = 0; i < dims.size(); i++) {
            DimensionScore d = dims.get(i);
            assertEquals("*" + d.dimension().label() + ": " + d.score() + "/100*\n" + Mrkdwn.escape(d.finding())
                    + "\n:point_right: " + Mrkdwn.escape(d.suggestion()),
                    blocks.get(1 + i).path("text").path("text").asText());
        }
        assertEquals("context", blocks.get(blocks.size() - 1).path("type").asText());
    }

    // ---------------------------------------------------------------------------------------- rating controls

    @Test
    @DisplayName("rating blocks: Again/Hard/Good/Easy valued <session>:<question>, key-point checkboxes, Rate by "
            + "ticked points")
    void ratingBlocksGolden() {
        // given
        Question q = question();

        // when
        JsonNode blocks = checkedBlocks(LearningMessages.ratingBlocks(SESSION_ID, q));

        // then
        assertEquals(List.of(), optionProblems(blocks));
        JsonNode ratings = blocks.get(1);
        assertEquals("mi_rating", ratings.path("block_id").asText());
        List<String> labels = new ArrayList<>();
        ratings.path("elements").forEach(b -> {
            labels.add(b.path("text").path("text").asText());
            assertEquals(VALUE, b.path("value").asText());
        });
        assertEquals(List.of("Again", "Hard", "Good", "Easy"), labels);
        JsonNode boxes = blocks.get(3);
        assertEquals(ActionIds.POINTS_BLOCK_PREFIX + "0", boxes.path("block_id").asText());
        assertEquals("A latency budget per hop", boxes.path("elements").get(0).path("options").get(0)
                .path("text").path("text").asText());
        assertEquals("Cache hit ratio & invalidation", boxes.path("elements").get(0).path("options").get(1)
                .path("text").path("text").asText(), "a plain_text option keeps the bank's & as written");
        JsonNode byPoints = blocks.get(4).path("elements").get(0);
        assertAll(
                () -> assertEquals(5, blocks.size()),
                () -> assertEquals("Rate by ticked points", byPoints.path("text").path("text").asText()),
                () -> assertEquals(ActionIds.RATE_POINTS, byPoints.path("action_id").asText()),
                () -> assertEquals(VALUE, byPoints.path("value").asText()));
        Golden.assertMatches("rating-blocks", blocks);
    }

    @Test
    @DisplayName("rating blocks, 25 long key points: groups of 10, 10 and 5; labels cut to 75 chars with an ellipsis")
    void ratingBlocksManyLongPointsGolden() {
        // given: 25 key points; every third is longer than an option may be, and has **bold** to drop
        Question base = question();
        List<String> points = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            points.add(i % 3 == 0
                    ? "**Point " + i + ":** measure the tail latency of every hop before and after each change, and "
                            + "keep the p99 <30ms"
                    : "Point " + i + " & a short one");
        }
        Question q = new Question("many-points-01", base.prompt(), base.category(), base.role(), base.level(),
                base.tags(), base.answerFramework(), base.starExample(), base.howToAnswer(), points,
                base.keyTerminology(), base.interviewersLookFor(), base.commonMistakes());

        // when
        JsonNode blocks = checkedBlocks(LearningMessages.ratingBlocks(7, q));

        // then
        assertEquals(List.of(), optionProblems(blocks));
        List<Integer> sizes = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            JsonNode group = blocks.get(3 + g);
            assertEquals(ActionIds.POINTS_BLOCK_PREFIX + g, group.path("block_id").asText());
            JsonNode options = group.path("elements").get(0).path("options");
            sizes.add(options.size());
            options.forEach(o -> texts.add(o.path("text").path("text").asText()));
        }
        assertEquals(List.of(10, 10, 5), sizes);
        String cut = texts.get(0);
        assertEquals(75, cut.codePointCount(0, cut.length()));
        assertTrue(cut.startsWith("Point 0: measure the tail latency") && cut.endsWith("\u2026"), cut);
        assertEquals("Point 1 & a short one", texts.get(1));
        assertEquals("mi_rate_points", blocks.get(6).path("block_id").asText());
        assertEquals("7:many-points-01", blocks.get(6).path("elements").get(0).path("value").asText());
        Golden.assertMatches("rating-blocks-25-points", blocks);
    }

    @Test
    @DisplayName("rating blocks: a key point of exactly 75 characters is shown whole")
    void ratingBlocksSeventyFiveCharPoint() {
        // given
        String point = "Measure the tail latency of every hop before and after each change; see p99";
        assertEquals(75, point.length());
        Question base = question();
        Question q = new Question("exact-75", base.prompt(), base.category(), base.role(), base.level(),
                base.tags(), base.answerFramework(), base.starExample(), base.howToAnswer(), List.of(point),
                base.keyTerminology(), base.interviewersLookFor(), base.commonMistakes());

        // when
        JsonNode blocks = checkedBlocks(LearningMessages.ratingBlocks(SESSION_ID, q));

        // then
        assertEquals(point, blocks.get(3).path("elements").get(0).path("options").get(0).path("text").path("text")
                .asText());
    }

    // ---------------------------------------------------------------------------------------------- rated

    static Stream<Arguments> ratedCases() {
        return Stream.of(
                Arguments.of("rated-today", Rating.AGAIN, 0, OptionalInt.empty(),
                        ":calendar: Rated *Again*. This question comes back for review today.",
                        "Rated Again; back today"),
                Arguments.of("rated-today-scored", Rating.AGAIN, 0, OptionalInt.of(12),
                        // a low score cannot lower Again, so it is not mentioned
                        ":calendar: Rated *Again*. This question comes back for review today.",
                        "Rated Again; back today"),
                Arguments.of("rated-tomorrow", Rating.HARD, 1, OptionalInt.empty(),
                        ":calendar: Rated *Hard*. This question comes back for review tomorrow.",
                        "Rated Hard; back tomorrow"),
                Arguments.of("rated-tomorrow-scored", Rating.GOOD, 1, OptionalInt.of(31),
                        ":calendar: Rated *Good*. It counts as *Hard* because your answer scored 31/100. This "
                                + "question comes back for review tomorrow.",
                        "Rated Good; back tomorrow"),
                Arguments.of("rated-in-days", Rating.GOOD, 6, OptionalInt.empty(),
                        ":calendar: Rated *Good*. This question comes back for review on Sun 12 May (in 6 days).",
                        "Rated Good; back on Sun 12 May (in 6 days)"),
                Arguments.of("rated-in-days-scored", Rating.EASY, 15, OptionalInt.of(93),
                        // a high score only ever lifts Hard, so Easy is unchanged and nothing is said
                        ":calendar: Rated *Easy*. This question comes back for review on Tue 21 May (in 15 days).",
                        "Rated Easy; back on Tue 21 May (in 15 days)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ratedCases")
    @DisplayName("rated: the rating and when the question comes back, with the answer's score when there is one")
    void ratedGolden(String name, Rating rating, int inDays, OptionalInt score, String expected, String fallback) {
        // given / when
        SlackMessage message = LearningMessages.rated(rating(rating, inDays, score));

        // then
        JsonNode blocks = checked(message);
        assertEquals(1, blocks.size());
        assertEquals(expected, blocks.get(0).path("text").path("text").asText());
        assertEquals(fallback, message.text());
        Golden.assertMatches(name, blocks);
    }

    // ---------------------------------------------------------------------------------------------- stats

    @Test
    @DisplayName("stats, new user: no streak, nothing due, and a welcome that says how to start")
    void statsEmptyGolden() {
        // given / when
        SlackMessage message = LearningMessages.stats(newUser());

        // then
        JsonNode blocks = checked(message);
        assertEquals(3, blocks.size(), "header, headline, welcome; no per-category sections");
        assertEquals("No streak yet · :repeat: 0 due for review · Today: 0/20 questions",
                blocks.get(1).path("text").path("text").asText());
        assertTrue(blocks.get(2).path("text").path("text").asText().startsWith("You have not practised yet. Type "
                + "`/mockinterview` to start your first interview"), allText(blocks));
        Golden.assertMatches("stats-empty", blocks);
    }

    @Test
    @DisplayName("stats, practising user: streak, due, today's count against the cap, average, one section per "
            + "category")
    void statsWithHistoryGolden() {
        // given / when
        SlackMessage message = LearningMessages.stats(practisingUser());

        // then
        JsonNode blocks = checked(message);
        assertEquals("Your progress: 3-day streak, 2 due for review", message.text());
        assertEquals(":fire: 3-day streak · :repeat: 2 due for review · Today: 4/20 questions · Average score: "
                + "66/100", blocks.get(1).path("text").path("text").asText());
        assertEquals("divider", blocks.get(2).path("type").asText());
        assertEquals(3 + 4, blocks.size(), "header, headline, divider, one section per category");
        JsonNode design = blocks.get(6).path("fields");
        assertEquals("*System design*\n3 of 5 practised", design.get(0).path("text").asText());
        assertEquals("*Average score*\n71/100", design.get(1).path("text").asText());
        assertEquals("*Average score*\n\u2013", blocks.get(4).path("fields").get(1).path("text").asText(),
                "a category without scored answers shows a dash");
        assertFalse(allText(blocks).contains("You have not practised yet"));
        Golden.assertMatches("stats-history", blocks);
    }

    @Test
    @DisplayName("stats: a streak not yet extended today asks the user to practise today to keep it")
    void statsStreakAtRisk() {
        // given
        Stats yesterday = new Stats(bankCategories(1, 0), 1, false, 0, 0, 20, 1, null, false);

        // when
        JsonNode blocks = checked(LearningMessages.stats(yesterday));

        // then
        assertEquals(":fire: 1-day streak (practise today to keep it) · :repeat: 0 due for review · Today: 0/20 "
                + "questions", blocks.get(1).path("text").path("text").asText());
    }

    // ---------------------------------------------------------------------------------------------- history

    @Test
    @DisplayName("history, empty: says how answers get there")
    void historyEmptyGolden() {
        // given / when
        SlackMessage message = LearningMessages.history(List.of(), ZONE);

        // then
        JsonNode blocks = checked(message);
        assertEquals("No answers yet", message.text());
        assertEquals(2, blocks.size());
        assertFalse(allText(blocks).contains("Open"), "nothing to open");
        Golden.assertMatches("history-empty", blocks);
    }

    @Test
    @DisplayName("history, 3 entries: escaped answers, a question that left the bank, an unscored answer, local "
            + "dates, Open buttons valued by answer id")
    void historyGolden() {
        // given / when
        SlackMessage message = LearningMessages.history(threeEntries(), ZONE);

        // then
        JsonNode blocks = checked(message);
        assertEquals(4, blocks.size(), "header and one section per answer");
        String first = blocks.get(1).path("text").path("text").asText();
        String gone = blocks.get(2).path("text").path("text").asText();
        String unscored = blocks.get(3).path("text").path("text").asText();
        assertAll(
                () -> assertEquals("*How would you keep p99 latency &lt;30ms for a read &amp; write heavy API?*\n"
                        + "Score 81/100 · Mon 6 May · Ping &lt;!channel&gt; and &lt;@U123&gt; &amp; ask them. Then "
                        + "p99 stays &lt;30ms, I'd say &gt; 95% of the time.", first),
                () -> assertTrue(gone.startsWith("*_(a question no longer in the bank)_*\nScore 55/100 · Sun 5 May"
                        + " · I would shard"), gone),
                () -> assertTrue(unscored.contains("\nnot scored · Sun 5 May · "), "22:30 UTC on 4 May is 5 May "
                        + "in Berlin: " + unscored),
                () -> assertTrue(unscored.startsWith("*Tell me about a time you disagreed"), unscored),
                () -> assertTrue(unscored.contains("&lt;that mattered&gt; &amp; you"), unscored),
                () -> assertTrue(unscored.contains("\u2026*\n"), "the long prompt is cut: " + unscored),
                () -> assertTrue(unscored.endsWith("\u2026"), "the long answer is cut: " + unscored),
                () -> assertTrue(unscored.contains("two services. I argued"), "line breaks folded: " + unscored));
        List<String> values = new ArrayList<>();
        for (int i = 1; i < 4; i++) {
            JsonNode button = blocks.get(i).path("accessory");
            assertEquals(ActionIds.HISTORY_OPEN, button.path("action_id").asText());
            assertEquals("Open", button.path("text").path("text").asText());
            values.add(button.path("value").asText());
        }
        assertEquals(List.of("12", "11", "10"), values);
        Golden.assertMatches("history-3", blocks);
    }

    @Test
    @DisplayName("history: ten entries (the most ProgressService lists) of the longest prompts stay within limits")
    void historyTenLongest() {
        // given
        String longest = "x".repeat(299) + "<";
        Question base = question();
        Question q = new Question(base.id(), longest, base.category(), base.role(), base.level(), base.tags(),
                base.answerFramework(), base.starExample(), base.howToAnswer(), base.keyPoints(),
                base.keyTerminology(), base.interviewersLookFor(), base.commonMistakes());
        List<HistoryEntry> ten = Collections.nCopies(10, new HistoryEntry(answer(1, q.id(),
                "&<>".repeat(1000), STARTED_AT, 100), q));

        // when / then
        JsonNode blocks = checked(LearningMessages.history(ten, ZONE));
        assertEquals(11, blocks.size());
    }

    // ---------------------------------------------------------------------------------------------- opened

    @Test
    @DisplayName("opened answer with feedback: the date and question, the answer quoted and escaped, then feedback")
    void openedWithFeedbackGolden() {
        // given
        Question q = question();
        Answer a = answer(12, q.id(), HOSTILE_ANSWER, Instant.parse("2024-05-04T22:30:00Z"), 40);
        OpenedAnswer opened = new OpenedAnswer(a, q, new AnswerScorer().score(q, a.text()));

        // when
        List<SlackMessage> pages = LearningMessages.opened(opened, ZONE);

        // then
        assertEquals(1, pages.size());
        JsonNode blocks = checked(pages.get(0));
        assertEquals(":open_file_folder: *Your answer from Sun 5 May* to: How would you keep p99 latency &lt;30ms "
                + "for a read &amp; write heavy API?", blocks.get(0).path("text").path("text").asText());
        assertEquals("&gt; Ping &lt;!channel&gt; and &lt;@U123&gt; &amp; ask them.\n&gt; Then p99 stays &lt;30ms, "
                + "I'd say &gt; 95% of the time.", blocks.get(1).path("text").path("text").asText());
        assertEquals("divider", blocks.get(2).path("type").asText());
        assertTrue(blocks.get(3).path("text").path("text").asText().startsWith(":bar_chart: *Score: "
                + opened.feedback().score() + "/100*"));
        assertFalse(allText(blocks).contains("<!channel>"));
        Golden.assertMatches("opened-with-feedback", blocks);
    }

    @Test
    @DisplayName("opened answer whose question left the bank: no feedback, says so, the answer is still whole")
    void openedWithoutFeedbackGolden() {
        // given
        Answer a = answer(11, "retired-question-07", HOSTILE_ANSWER, Instant.parse("2024-05-05T12:00:00Z"), 55);
        OpenedAnswer opened = new OpenedAnswer(a, null, null);

        // when
        List<SlackMessage> pages = LearningMessages.opened(opened, ZONE);

        // then
        assertEquals(1, pages.size());
        JsonNode blocks = checked(pages.get(0));
        assertEquals(2, blocks.size());
        assertEquals(":open_file_folder: *Your answer from Sun 5 May* to: a question that is no longer in the bank",
                blocks.get(0).path("text").path("text").asText());
        assertFalse(allText(blocks).contains("Score"));
        Golden.assertMatches("opened-without-feedback", blocks);
    }

    @Test
    @DisplayName("opened answer of 40,000 chars (a long thread reply): every page within limits, nothing lost")
    void openedLongestAnswer() {
        // given
        Question q = question();
        String text = (EveryQuestionWithinLimitsTest.longAnswer() + "\n").repeat(14).substring(0, 40_000).strip();
        Answer a = answer(13, q.id(), text, STARTED_AT, null);

        // when
        List<SlackMessage> pages = LearningMessages.opened(new OpenedAnswer(a, q, new AnswerScorer().score(q, text)),
                ZONE);

        // then
        StringBuilder all = new StringBuilder();
        for (SlackMessage page : pages) {
            all.append(allText(checked(page))).append('\n');
        }
        String shown = EveryQuestionWithinLimitsTest.normalise(all.toString().replaceAll("(?m)^&gt; ", ""));
        assertTrue(shown.contains(EveryQuestionWithinLimitsTest.normalise(text)), "the whole answer is shown");
        assertTrue(shown.contains("Score:"), "and its feedback");
    }

    // ---------------------------------------------------------------------------------------------- App Home

    @Test
    @DisplayName("home, new user: the introduction, Start interview, a category menu with counts, the welcome")
    void homeNewUserGolden() {
        // given / when
        JsonNode view = checkedView(HomeView.render(newUser()));

        // then
        assertEquals("home", view.path("type").asText());
        JsonNode actions = view.path("blocks").get(2);
        assertEquals("mi_home_actions", actions.path("block_id").asText());
        JsonNode start = actions.path("elements").get(0);
        assertEquals("Start interview", start.path("text").path("text").asText());
        assertEquals(ActionIds.HOME_START, start.path("action_id").asText());
        assertEquals("primary", start.path("style").asText());
        JsonNode menu = actions.path("elements").get(1);
        assertEquals(ActionIds.HOME_CATEGORY, menu.path("action_id").asText());
        List<String> options = new ArrayList<>();
        menu.path("options").forEach(o -> options.add(o.path("text").path("text").asText() + "="
                + o.path("value").asText()));
        assertEquals(List.of("Behavioral (4)=behavioral", "Leadership (2)=leadership", "Situational (4)=situational",
                "System design (5)=system-design"), options);
        assertTrue(allText(view).contains("You have not practised yet."), allText(view));
        Golden.assertMatches("home-new-user", view);
    }

    @Test
    @DisplayName("home, practising user with an interview under way: Resume interview, progress by category")
    void homeResumeGolden() {
        // given / when
        JsonNode view = checkedView(HomeView.render(practisingUser()));

        // then
        JsonNode start = view.path("blocks").get(2).path("elements").get(0);
        assertEquals("Resume interview", start.path("text").path("text").asText());
        assertEquals("Welcome back. Reviews come first, then questions you have not seen yet.",
                view.path("blocks").get(1).path("text").path("text").asText());
        assertTrue(allText(view).contains(":fire: 3-day streak"), allText(view));
        assertFalse(allText(view).contains("You have not practised yet."));
        Golden.assertMatches("home-resume", view);
    }

    @Test
    @DisplayName("home: an active interview with nothing practised yet still offers Resume, never Start")
    void homeActiveSessionOnly() {
        // given
        Stats started = new Stats(bankCategories(0, 0), 0, false, 0, 1, 20, 0, null, true);

        // when
        JsonNode view = checkedView(HomeView.render(started));

        // then
        assertEquals("Resume interview", view.path("blocks").get(2).path("elements").get(0).path("text")
                .path("text").asText());
    }

    @Test
    @DisplayName("home: every category in a bank of all five stays far inside 100 blocks")
    void homeEveryCategory() {
        // given
        List<CategoryStats> all = new ArrayList<>();
        for (Category c : Category.values()) {
            all.add(new CategoryStats(c, 40, 40, 500, 100, 40));
        }
        Stats stats = new Stats(all, 999, true, 200, 500, 500, 2500, 100, true);

        // when
        JsonNode view = checkedView(HomeView.render(stats));

        // then
        // header, intro, actions, divider, headline, divider, one section per category, context
        assertEquals(6 + Category.values().length + 1, view.path("blocks").size());
    }

    @Test
    @DisplayName("home: the category menu's value maps back to its category; anything else is none")
    void homeCategoryValue() {
        // given / when / then
        assertEquals(Category.SYSTEM_DESIGN, HomeView.category("system-design"));
        assertNull(HomeView.category("<!channel>"));
        assertNull(HomeView.category(null));
    }

    // ---------------------------------------------------------------------------------------------- escaping

    static Stream<Arguments> userTextMessages() {
        return Stream.of(
                Arguments.of("history", (Supplier<JsonNode>) () -> RenderJson.blocks(
                        LearningMessages.history(threeEntries(), ZONE).blocks())),
                Arguments.of("opened", (Supplier<JsonNode>) () -> RenderJson.blocks(LearningMessages.opened(
                        new OpenedAnswer(answer(1, "q", HOSTILE_ANSWER, STARTED_AT, null), null, null), ZONE)
                        .get(0).blocks())),
                Arguments.of("feedback of a hostile answer", (Supplier<JsonNode>) () -> RenderJson.blocks(
                        LearningMessages.feedbackBlocks(feedback(WEAK_ANSWER + " " + HOSTILE_ANSWER)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("userTextMessages")
    @DisplayName("user text is inert: <!channel> and <@U123> never reach Slack unescaped")
    void userTextInert(String name, Supplier<JsonNode> render) {
        // given / when
        JsonNode json = render.get();

        // then
        assertEscaped(json);
        String all = allText(json);
        assertFalse(all.contains("<!channel>") || all.contains("<@U123>"), all);
    }
}
