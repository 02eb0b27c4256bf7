package dev.mockinterview.slack.render;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import dev.mockinterview.interview.Hint;
import dev.mockinterview.interview.Question;
import java.util.ArrayList;
import java.util.List;

/** Pure rendering of the daily question in a channel, the private replies to its buttons, and its reveal. */
public final class DailyMessages {
    private DailyMessages() {
    }

    /** The day's question, with the two buttons whose answers only the clicker sees. */
    public static SlackMessage post(Question q, long postId) {
        String value = String.valueOf(postId);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Daily interview question", true))));
        for (String chunk : Mrkdwn.chunks("*" + Mrkdwn.escape(q.prompt()) + "*", BlockLimits.SECTION_TEXT)) {
            blocks.add(section(s -> s.text(markdownText(chunk))));
        }
        blocks.add(context(c -> c.elements(List.of(markdownText(InterviewMessages.describe(q)
                + " · Discuss in the thread. Hints and the model answer are shown only to you.")))));
        blocks.add(actions(a -> a.blockId("mi_daily_actions").elements(List.of(
                button(b -> b.actionId(dev.mockinterview.slack.ActionIds.DAILY_HINT).text(plainText("Hint", true))
                        .value(value)),
                button(b -> b.actionId(dev.mockinterview.slack.ActionIds.DAILY_MODEL_ANSWER)
                        .text(plainText("Model answer", true)).value(value))))));
        return new SlackMessage("Daily interview question: " + Mrkdwn.escape(q.prompt()), blocks);
    }

    /** A private hint on the daily question, or the news that there are no more. */
    public static List<SlackMessage> hint(Question q, int revealed) {
        List<Hint> ladder = Hint.ladder(q);
        if (revealed > ladder.size()) {
            return List.of(HelpMessages.note("You have seen all " + ladder.size() + " hints for today's question. "
                    + "Click *Model answer* when you are ready."));
        }
        Hint hint = ladder.get(revealed - 1);
        List<LayoutBlock> blocks = new ArrayList<>();
        InterviewMessages.addText(blocks, ":bulb: *Hint " + revealed + " of " + ladder.size() + ": " + hint.title()
                + "*");
        InterviewMessages.addText(blocks, hint.isList() ? Mrkdwn.bullets(hint.items())
                : Mrkdwn.fromBank(hint.items().get(0)));
        String next = revealed == ladder.size() ? "That was the last hint." : "Click *Hint* again for the next one.";
        blocks.add(context(c -> c.elements(List.of(markdownText("Only you can see this. " + next)))));
        return InterviewMessages.pages("Hint " + revealed + ": " + hint.title(), blocks);
    }

    /** The model answer, privately to whoever clicked. */
    public static List<SlackMessage> modelAnswer(Question q) {
        List<LayoutBlock> blocks = InterviewMessages.modelAnswerBody(q);
        blocks.add(context(c -> c.elements(List.of(markdownText("Only you can see this.")))));
        return InterviewMessages.pages("Model answer: " + Mrkdwn.escape(q.prompt()), blocks);
    }

    /** The model answer revealed to everyone in the question's thread. */
    public static List<SlackMessage> reveal(Question q) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(":mag: *Time to compare notes.* Here is the model answer."))));
        blocks.addAll(InterviewMessages.modelAnswerBody(q));
        return InterviewMessages.pages("Model answer revealed", blocks);
    }
}
