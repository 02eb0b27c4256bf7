package dev.mockinterview.slack.render;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.confirmationDialog;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import dev.mockinterview.interview.Answer;
import dev.mockinterview.interview.Card;
import dev.mockinterview.interview.HintResult;
import dev.mockinterview.interview.ModelAnswer;
import dev.mockinterview.interview.Question;
import dev.mockinterview.interview.Session;
import dev.mockinterview.interview.StarExample;
import dev.mockinterview.interview.Summary;
import dev.mockinterview.slack.ActionIds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Pure Block Kit rendering of the interview: domain results in, messages out. No I/O, so every message can be
 * golden-tested and checked against Slack's limits.
 */
public final class InterviewMessages {
    private InterviewMessages() {
    }

    /** The question card: what to answer, and the five buttons. */
    public static SlackMessage card(Card card) {
        Question q = card.question();
        List<LayoutBlock> blocks = new ArrayList<>();
        String note = notice(card);
        if (note != null) {
            blocks.add(context(c -> c.elements(List.of(markdownText(note)))));
        }
        blocks.add(header(h -> h.text(plainText("Question " + card.progress().position(), true))));
        for (String chunk : Mrkdwn.chunks("*" + Mrkdwn.escape(q.prompt()) + "*", BlockLimits.SECTION_TEXT)) {
            blocks.add(section(s -> s.text(markdownText(chunk))));
        }
        blocks.add(context(c -> c.elements(List.of(markdownText(describe(q) + " · " + hintProgress(card))))));
        blocks.add(buttons(card));
        return new SlackMessage("Question " + card.progress().position() + ": " + Mrkdwn.escape(q.prompt()), blocks);
    }

    /** A newly revealed hint, or the news that there are no more; long hints continue in a second message. */
    public static List<SlackMessage> hint(HintResult result) {
        Card card = result.card();
        if (result.noMoreHints()) {
            String text = "You have seen all " + card.totalHints() + " hints for this question. "
                    + "Try *Model answer*, or write your *Answer* first.";
            return List.of(new SlackMessage("No more hints",
                    List.of(section(s -> s.text(markdownText(text))), buttons(card))));
        }
        var hint = result.revealed();
        int n = card.revealedHints().size();
        List<LayoutBlock> body = new ArrayList<>();
        addText(body, ":bulb: *Hint " + n + " of " + card.totalHints() + ": " + hint.title() + "*");
        if (hint.isList()) {
            addText(body, Mrkdwn.bullets(hint.items()));
        } else {
            addText(body, Mrkdwn.fromBank(hint.items().get(0)));
        }
        String next = card.allHintsRevealed()
                ? "That was the last hint. Next: *Model answer*, or write your *Answer*."
                : "Next hint: " + nextHintTitle(card) + ".";
        body.add(context(c -> c.elements(List.of(markdownText(next)))));
        return paginate("Hint " + n + ": " + hint.title(), body, buttons(card));
    }

    private static String nextHintTitle(Card card) {
        var ladder = dev.mockinterview.interview.Hint.ladder(card.question());
        return ladder.get(card.revealedHints().size()).title();
    }

    /** The model answer, split over several messages only if Slack's 50-block limit requires it. */
    public static List<SlackMessage> modelAnswer(ModelAnswer model) {
        Question q = model.question();
        List<LayoutBlock> body = new ArrayList<>();
        body.add(header(h -> h.text(plainText("Model answer", true))));
        addText(body, "*Question:* " + Mrkdwn.escape(q.prompt()));
        body.add(divider());
        StarExample star = q.starExample();
        addText(body, ":star: *STAR example*");
        if (star.hasParts()) {
            addText(body, "*Situation:* " + Mrkdwn.fromBank(star.situation()));
            addText(body, "*Task:* " + Mrkdwn.fromBank(star.task()));
            addText(body, "*Action:* " + Mrkdwn.fromBank(star.action()));
            addText(body, "*Result:* " + Mrkdwn.fromBank(star.result()));
        } else {
            addText(body, Mrkdwn.fromBank(star.summary()));
        }
        body.add(divider());
        addText(body, ":speech_balloon: *How to answer*");
        for (String paragraph : q.howToAnswer()) {
            addText(body, "• " + Mrkdwn.fromBank(paragraph));
        }
        body.add(divider());
        addText(body, ":warning: *Common mistakes to avoid*");
        addText(body, Mrkdwn.bullets(q.commonMistakes()));
        if (!model.userAnswers().isEmpty()) {
            body.add(divider());
            Answer latest = model.userAnswers().get(model.userAnswers().size() - 1);
            String label = model.userAnswers().size() == 1 ? ":memo: *Your answer*"
                    : ":memo: *Your latest answer* (" + model.userAnswers().size() + " written)";
            addText(body, label);
            addText(body, Mrkdwn.quote(latest.text()));
        }
        return paginate("Model answer: " + Mrkdwn.escape(q.prompt()), body, buttons(model.card()));
    }

    /** Confirms a saved answer, quoting it back. */
    public static List<SlackMessage> answerSaved(Card card, Answer answer) {
        List<LayoutBlock> body = new ArrayList<>();
        addText(body, ":memo: *Answer saved* for question " + card.progress().position()
                + ". Compare it with the *Model answer* when you are ready.");
        addText(body, Mrkdwn.quote(answer.text()));
        int words = answer.text().strip().split("\\s+").length;
        String stats = words + " words · about " + speakingTime(words) + " spoken";
        body.add(context(c -> c.elements(List.of(markdownText(stats)))));
        return paginate("Answer saved", body, buttons(card));
    }

    /** The end-of-interview summary. */
    public static SlackMessage summary(Summary summary) {
        Session s = summary.session();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(summary.alreadyEnded() ? "Interview already ended" : "Interview finished", true))));
        blocks.add(section(sec -> sec.fields(List.of(
                markdownText("*Questions*\n" + s.questionsAsked()),
                markdownText("*Hints used*\n" + s.hintsUsed()),
                markdownText("*Answers written*\n" + s.answersWritten()),
                markdownText("*Model answers viewed*\n" + s.modelAnswersViewed()),
                markdownText("*Time*\n" + duration(summary.duration()))))));
        blocks.add(context(c -> c.elements(List.of(markdownText("Type `/mockinterview` to start another interview.")))));
        return new SlackMessage("Interview finished: " + s.questionsAsked() + " questions, " + s.hintsUsed()
                + " hints used", blocks);
    }

    /** The modal in which the user writes an answer. */
    public static View answerModal(Card card) {
        Question q = card.question();
        String metadata = ButtonValue.of(card.session().id(), q.id());
        List<LayoutBlock> blocks = new ArrayList<>();
        for (String chunk : Mrkdwn.chunks("*Question " + card.progress().position() + ":* " + Mrkdwn.escape(q.prompt()), BlockLimits.SECTION_TEXT)) {
            blocks.add(section(s -> s.text(markdownText(chunk))));
        }
        blocks.add(input(i -> i.blockId(ActionIds.ANSWER_BLOCK)
                .label(plainText("Your answer"))
                .element(plainTextInput(t -> t.actionId(ActionIds.ANSWER_INPUT).multiline(true)
                        .maxLength(BlockLimits.INPUT_MAX_LENGTH)
                        .placeholder(plainText("Answer as you would out loud: situation, task, action, result."))))));
        blocks.add(context(c -> c.elements(List.of(markdownText(
                "Your answer is saved with this interview. You can reveal the model answer beside it afterwards.")))));
        return View.builder().type("modal").callbackId(ActionIds.ANSWER_MODAL)
                .title(ViewTitle.builder().type("plain_text").text("Your answer").build())
                .submit(ViewSubmit.builder().type("plain_text").text("Save answer").build())
                .close(ViewClose.builder().type("plain_text").text("Cancel").build())
                .privateMetadata(metadata)
                .blocks(blocks)
                .build();
    }

    private static LayoutBlock buttons(Card card) {
        String value = ButtonValue.of(card.session().id(), card.question().id());
        return actions(a -> a.blockId("mi_actions").elements(List.of(
                button(b -> b.actionId(ActionIds.HINT).text(plainText("Hint", true)).value(value).style("primary")),
                button(b -> b.actionId(ActionIds.MODEL_ANSWER).text(plainText("Model answer", true)).value(value)),
                button(b -> b.actionId(ActionIds.ANSWER).text(plainText("Answer", true)).value(value)),
                button(b -> b.actionId(ActionIds.NEXT).text(plainText("Next question", true)).value(value)),
                button(b -> b.actionId(ActionIds.END).text(plainText("End", true)).value(value).style("danger")
                        .confirm(confirmationDialog(d -> d.title(plainText("End this interview?"))
                                .text(plainText("You will get a short summary. Your answers stay saved."))
                                .confirm(plainText("End"))
                                .deny(plainText("Keep going"))))))));
    }

    private static String notice(Card card) {
        String scope = card.session().category() == null ? "all categories" : card.session().category().label();
        return switch (card.notice()) {
            case STARTED -> ":wave: New interview · " + scope + " · " + card.poolSize() + " questions";
            case RESUMED -> ":leftwards_arrow_with_hook: Picking up where you left off";
            case NEW_ROUND -> ":tada: You have seen all " + card.poolSize() + " questions in " + scope
                    + ". Starting a new round.";
            case NEXT, UPDATED -> null;
        };
    }

    static String describe(Question q) {
        return q.category().label() + " · " + capitalize(q.level()) + " " + q.role();
    }

    private static String hintProgress(Card card) {
        return card.revealedHints().size() + "/" + card.totalHints() + " hints";
    }

    private static void addText(List<LayoutBlock> blocks, String mrkdwn) {
        for (String chunk : Mrkdwn.chunks(mrkdwn, BlockLimits.SECTION_TEXT)) {
            blocks.add(section(s -> s.text(markdownText(chunk))));
        }
    }

    private static List<SlackMessage> paginate(String text, List<LayoutBlock> body, LayoutBlock last) {
        List<SlackMessage> pages = new ArrayList<>();
        List<LayoutBlock> all = new ArrayList<>(body);
        all.add(last);
        for (int from = 0; from < all.size(); from += BlockLimits.MESSAGE_BLOCKS) {
            List<LayoutBlock> page = all.subList(from, Math.min(all.size(), from + BlockLimits.MESSAGE_BLOCKS));
            pages.add(new SlackMessage(pages.isEmpty() ? text : text + " (continued)", page));
        }
        return pages;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String speakingTime(int words) {
        // About 130 words a minute in an interview.
        long seconds = Math.round(words * 60.0 / 130.0);
        return seconds < 60 ? seconds + " s" : (seconds / 60) + " min " + (seconds % 60) + " s";
    }

    static String duration(Duration d) {
        long minutes = d.toMinutes();
        return minutes < 1 ? "under a minute" : minutes + " min";
    }
}
