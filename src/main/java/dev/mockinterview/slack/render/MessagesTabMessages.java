package dev.mockinterview.slack.render;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import dev.mockinterview.interview.Card;
import dev.mockinterview.slack.ActionIds;
import java.util.ArrayList;
import java.util.List;

/** Pure rendering of what the bot says in its Messages tab, outside an interview question's thread. */
public final class MessagesTabMessages {
    private MessagesTabMessages() {
    }

    /** The first time someone opens the Messages tab: what the bot does and how to start. */
    public static SlackMessage welcome() {
        String text = ":wave: *Hi! I run mock job interviews, right here.*\n"
                + "Type `/mockinterview` to get your first question. I ask one question at a time: reveal a *Hint* "
                + "when you are stuck, write your *Answer* (or reply in the question's thread) and I give you "
                + "feedback, then compare with the *Model answer*. Rate how it went and I bring the question back "
                + "when it is time to practise it again.\n"
                + "`/mockinterview help` lists everything, such as a daily question for your team's channel.";
        return new SlackMessage("Hi! I run mock job interviews. Type /mockinterview to start.",
                List.of(section(s -> s.text(markdownText(text)))));
    }

    /** A message written outside a question's thread while a question is open: offer to save it as the answer. */
    public static SlackMessage offerAnswer(Card card, long offeredId, String text) {
        int number = card.progress().position();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText("Is this your answer to *Question " + number + "*? "
                + Mrkdwn.fromBank(card.question().prompt())))));
        for (String chunk : Mrkdwn.quotedChunks(text, BlockLimits.SECTION_TEXT)) {
            blocks.add(section(s -> s.text(markdownText(chunk))));
        }
        blocks.add(actions(a -> a.blockId("mi_offer").elements(List.of(
                button(b -> b.actionId(ActionIds.SAVE_OFFERED).text(plainText("Save as my answer", true))
                        .value(Long.toString(offeredId)).style("primary"))))));
        blocks.add(context(c -> c.elements(List.of(markdownText(
                "Next time, reply in the question's thread or use its *Answer* button: it is saved at once.")))));
        return new SlackMessage("Save this as your answer to question " + number + "?", blocks);
    }

    /** "Save as my answer" clicked again, or on a message that is not the clicker's. */
    public static SlackMessage alreadySaved() {
        return HelpMessages.note("That message is already saved as your answer, or it is not yours to save. "
                + "`/mockinterview history` lists your answers.");
    }

    /** A message written when no question is open: how to start, and how answers are given. */
    public static SlackMessage howToStart() {
        String text = "I only read answers to interview questions. Type `/mockinterview` to get a question; then "
                + "answer it with its *Answer* button, or by replying in its thread. `/mockinterview help` lists "
                + "everything else.";
        return new SlackMessage("Type /mockinterview to get a question", List.of(section(s -> s.text(markdownText(text)))));
    }
}
