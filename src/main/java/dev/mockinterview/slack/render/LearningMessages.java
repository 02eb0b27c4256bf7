package dev.mockinterview.slack.render;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.checkboxes;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.composition.TextObject;
import dev.mockinterview.interview.DimensionScore;
import dev.mockinterview.interview.Feedback;
import dev.mockinterview.interview.CategoryStats;
import dev.mockinterview.interview.HistoryEntry;
import dev.mockinterview.interview.OpenedAnswer;
import dev.mockinterview.interview.Question;
import dev.mockinterview.interview.RatingSaved;
import dev.mockinterview.interview.Stats;
import dev.mockinterview.slack.ActionIds;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Pure Block Kit rendering of feedback, self-rating, stats, history and reopened answers. */
public final class LearningMessages {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final int OPTION_TEXT = 75;
    private static final int OPTIONS_PER_GROUP = 10;

    private LearningMessages() {
    }

    /** The feedback blocks for an answer: overall score, then every dimension with one concrete suggestion. */
    public static List<LayoutBlock> feedbackBlocks(Feedback feedback) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String head = ":bar_chart: *Score: " + feedback.score() + "/100*";
        if (!feedback.empty()) {
            long seconds = feedback.speakingTime().toSeconds();
            head += " · " + InterviewMessages.plural(feedback.words(), "word") + " · about "
                    + (seconds < 60 ? Math.max(1, seconds) + " s" : Math.round(seconds / 60.0) + " min") + " spoken";
        }
        String headline = head;
        blocks.add(section(s -> s.text(markdownText(headline))));
        for (DimensionScore d : feedback.dimensions()) {
            String text = "*" + d.dimension().label() + ": " + d.score() + "/100*\n" + Mrkdwn.escape(d.finding())
                    + "\n:point_right: " + Mrkdwn.escape(d.suggestion());
            for (String chunk : Mrkdwn.chunks(text, BlockLimits.SECTION_TEXT)) {
                blocks.add(section(s -> s.text(markdownText(chunk))));
            }
        }
        blocks.add(context(c -> c.elements(List.of(markdownText(
                "Scored by mockinterview itself, with no AI service, against this question's key points, terms "
                        + "and framework: the same answer always gets the same score.")))));
        return blocks;
    }

    /** The self-rating controls shown with a model answer: four ratings, or tick the key points covered. */
    public static List<LayoutBlock> ratingBlocks(long sessionId, Question question) {
        String value = ButtonValue.of(sessionId, question.id());
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(
                "*How did you do?* Your rating decides when this question comes back for review."))));
        blocks.add(actions(a -> a.blockId("mi_rating").elements(List.of(
                button(b -> b.actionId(ActionIds.RATE_AGAIN).text(plainText("Again", true)).value(value)),
                button(b -> b.actionId(ActionIds.RATE_HARD).text(plainText("Hard", true)).value(value)),
                button(b -> b.actionId(ActionIds.RATE_GOOD).text(plainText("Good", true)).value(value)),
                button(b -> b.actionId(ActionIds.RATE_EASY).text(plainText("Easy", true)).value(value))))));
        List<String> points = question.keyPoints();
        blocks.add(section(s -> s.text(markdownText("…or tick the key points your answer covered:"))));
        for (int group = 0; group * OPTIONS_PER_GROUP < points.size(); group++) {
            List<OptionObject> options = new ArrayList<>();
            for (int i = group * OPTIONS_PER_GROUP; i < Math.min(points.size(), (group + 1) * OPTIONS_PER_GROUP); i++) {
                String point = points.get(i).replace("**", "");
                String label = point.codePointCount(0, point.length()) <= OPTION_TEXT ? point
                        : Mrkdwn.truncate(point, OPTION_TEXT - 1);
                options.add(option(plainText(label), String.valueOf(i)));
            }
            String blockId = ActionIds.POINTS_BLOCK_PREFIX + group;
            blocks.add(actions(a -> a.blockId(blockId).elements(List.of(
                    checkboxes(c -> c.actionId(ActionIds.POINTS_INPUT).options(options))))));
        }
        blocks.add(actions(a -> a.blockId("mi_rate_points").elements(List.of(
                button(b -> b.actionId(ActionIds.RATE_POINTS).text(plainText("Rate by ticked points", true))
                        .value(value))))));
        return blocks;
    }

    /** Confirms a rating and says when the question comes back. */
    public static SlackMessage rated(RatingSaved saved) {
        long days = ChronoUnit.DAYS.between(saved.today(), saved.schedule().dueOn());
        String when = days <= 0 ? "today" : days == 1 ? "tomorrow" : "on " + DAY.format(saved.schedule().dueOn())
                + " (in " + days + " days)";
        String rating = name(saved.rating());
        String basis = saved.keyPointsTicked() == null ? ""
                : " You ticked " + saved.keyPointsTicked() + " of " + saved.question().keyPoints().size()
                + " key points.";
        String adjusted = saved.countedAs() == saved.rating() ? ""
                : " It counts as *" + name(saved.countedAs()) + "* because your answer scored "
                + saved.feedbackScore().getAsInt() + "/100.";
        String text = ":calendar: Rated *" + rating + "*." + basis + adjusted + " This question comes back for review "
                + when + ".";
        return new SlackMessage("Rated " + rating + "; back " + when, List.of(section(s -> s.text(markdownText(text)))));
    }

    private static String name(dev.mockinterview.review.Rating rating) {
        return rating.name().charAt(0) + rating.name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** {@code /mockinterview stats}: progress by category, streak and reviews due. */
    public static SlackMessage stats(Stats stats) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Your interview practice", true))));
        blocks.addAll(progressBlocks(stats));
        String streak = stats.streakDays() == 0 ? "no streak yet" : stats.streakDays() + "-day streak";
        return new SlackMessage("Your progress: " + streak + ", " + stats.reviewsDue() + " due for review", blocks);
    }

    /** The progress summary shared by stats and the App Home: headline, then one section per category. */
    static List<LayoutBlock> progressBlocks(Stats stats) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String streak = stats.streakDays() == 0 ? "No streak yet"
                : ":fire: " + stats.streakDays() + "-day streak"
                + (stats.practisedToday() ? "" : " (practise today to keep it)");
        String headline = streak + " · :repeat: " + stats.reviewsDue() + " due for review · Today: "
                + stats.doneToday() + "/" + stats.dailyCap() + " questions"
                + (stats.averageScore() == null ? "" : " · Average score: " + stats.averageScore() + "/100");
        blocks.add(section(s -> s.text(markdownText(headline))));
        if (stats.empty()) {
            blocks.add(section(s -> s.text(markdownText("You have not practised yet. Type `/mockinterview` to "
                    + "start your first interview: one question at a time, with hints and a model answer."))));
            return blocks;
        }
        blocks.add(divider());
        for (CategoryStats c : stats.categories()) {
            List<TextObject> fields = List.of(
                    markdownText("*" + c.category().label() + "*\n" + c.done() + " of " + c.questionsInBank()
                            + " practised"),
                    markdownText("*Average score*\n" + (c.averageScore() == null ? "–" : c.averageScore() + "/100")),
                    markdownText("*Answers*\n" + c.answers()),
                    markdownText("*Due for review*\n" + c.reviewsDue()));
            blocks.add(section(s -> s.fields(fields)));
        }
        return blocks;
    }

    /** {@code /mockinterview history}: recent answers with their scores, each with a button to open it again. */
    public static SlackMessage history(List<HistoryEntry> entries, ZoneId zone) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Your recent answers", true))));
        if (entries.isEmpty()) {
            blocks.add(section(s -> s.text(markdownText("No answers yet. Click *Answer* on a question, or reply "
                    + "to a question in its thread, and it will appear here."))));
            return new SlackMessage("No answers yet", blocks);
        }
        for (HistoryEntry e : entries) {
            String prompt = e.question() == null ? "_(a question no longer in the bank)_"
                    : Mrkdwn.escape(Mrkdwn.truncate(e.question().prompt(), 150));
            String score = e.answer().score() == null ? "not scored" : "Score " + e.answer().score() + "/100";
            String text = "*" + prompt + "*\n" + score + " · " + DAY.format(LocalDate.ofInstant(e.answer().createdAt(), zone))
                    + " · " + Mrkdwn.escape(Mrkdwn.truncate(e.answer().text().strip().replaceAll("\\s+", " "), 120));
            String id = String.valueOf(e.answer().id());
            blocks.add(section(s -> s.text(markdownText(text)).accessory(button(b -> b.actionId(ActionIds.HISTORY_OPEN)
                    .text(plainText("Open", true)).value(id)))));
        }
        return new SlackMessage("Your recent answers", blocks);
    }

    /** An answer from history, opened again with its feedback. */
    public static List<SlackMessage> opened(OpenedAnswer opened, ZoneId zone) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String prompt = opened.question() == null ? "a question that is no longer in the bank"
                : Mrkdwn.escape(opened.question().prompt());
        blocks.add(section(s -> s.text(markdownText(":open_file_folder: *Your answer from "
                + DAY.format(LocalDate.ofInstant(opened.answer().createdAt(), zone)) + "* to: " + prompt))));
        for (String chunk : Mrkdwn.quotedChunks(opened.answer().text(), BlockLimits.SECTION_TEXT)) {
            blocks.add(section(s -> s.text(markdownText(chunk))));
        }
        if (opened.feedback() != null) {
            blocks.add(divider());
            blocks.addAll(feedbackBlocks(opened.feedback()));
        }
        return InterviewMessages.pages("Your answer from history", blocks);
    }
}
