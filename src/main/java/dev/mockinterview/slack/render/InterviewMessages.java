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
import dev.mockinterview.interview.AnswerSaved;
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
        List<LayoutBlock> body = modelAnswerBody(q);
        List<Answer> answers = model.userAnswers();
        for (int i = 0; i < answers.size(); i++) {
            body.add(divider());
            addText(body, answers.size() == 1 ? ":memo: *Your answer*"
                    : ":memo: *Your answer " + (i + 1) + " of " + answers.size() + "*");
            addQuote(body, answers.get(i).text());
        }
        body.add(divider());
        // The rating controls and the buttons stay in one message: Slack sends the ticked boxes only with a click
        // in the same message.
        List<LayoutBlock> tail = new ArrayList<>(LearningMessages.ratingBlocks(model.card().session().id(), q));
        tail.add(buttons(model.card()));
        return paginate("Model answer: " + Mrkdwn.escape(q.prompt()), body, tail);
    }

    /** The model answer's own content: the question, STAR example, how to answer and common mistakes. */
    static List<LayoutBlock> modelAnswerBody(Question q) {
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
        return body;
    }

    /** Confirms a saved answer, quotes it back, and gives its feedback. */
    public static List<SlackMessage> answerSaved(AnswerSaved saved) {
        Card card = saved.card();
        List<LayoutBlock> body = new ArrayList<>();
        addText(body, ":memo: *Answer saved* for question " + card.progress().position()
                + ". Compare it with the *Model answer* when you are ready.");
        addQuote(body, saved.answer().text());
        body.add(divider());
        body.addAll(LearningMessages.feedbackBlocks(saved.feedback()));
        return paginate("Answer saved. Score: " + saved.feedback().score() + "/100", body, buttons(card));
    }

    /** The end-of-interview summary. */
    public static SlackMessage summary(Summary summary) {
        Session s = summary.session();
        List<LayoutBlock> blocks = new ArrayList<>();
        String title = summary.alreadyEnded() ? "Interview already ended" : "Interview finished";
        blocks.add(header(h -> h.text(plainText(title, true))));
        blocks.add(section(sec -> sec.fields(List.of(
                markdownText("*Questions*\n" + s.questionsAsked()),
                markdownText("*Hints used*\n" + s.hintsUsed()),
                markdownText("*Answers written*\n" + s.answersWritten()),
                markdownText("*Model answers viewed*\n" + s.modelAnswersViewed()),
                markdownText("*Time*\n" + duration(summary.duration()))))));
        blocks.add(context(c -> c.elements(List.of(markdownText("Type `/mockinterview` to start another interview.")))));
        return new SlackMessage(title + ": " + plural(s.questionsAsked(), "question") + ", "
                + plural(s.hintsUsed(), "hint") + " used", blocks);
    }

    /** The modal in which the user writes an answer. */
    public static View answerModal(Card card) {
        Question q = card.question();
        String metadata = ButtonValue.of(card.session().id(), q.id(), card.progress().position());
        List<LayoutBlock> blocks = new ArrayList<>();
        for (String chunk : Mrkdwn.chunks("*Question " + card.progress().position() + ":* " + Mrkdwn.escape(q.prompt()), BlockLimits.SECTION_TEXT)) {
            blocks.add(section(s -> s.text(markdownText(chunk))));
        }
        String placeholder = storyQuestion(q)
                ? "Tell it as you would out loud: situation, task, what you did, and the result."
                : "Walk through your approach as you would out loud: requirements, design, trade-offs.";
        blocks.add(input(i -> i.blockId(ActionIds.ANSWER_BLOCK)
                .label(plainText("Write it as you would say it"))
                .element(plainTextInput(t -> t.actionId(ActionIds.ANSWER_INPUT).multiline(true)
                        .maxLength(BlockLimits.INPUT_MAX_LENGTH)
                        .placeholder(plainText(placeholder))))));
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
        String value = ButtonValue.of(card.session().id(), card.question().id(), card.progress().position());
        return actions(a -> a.blockId("mi_actions").elements(List.of(
                // The primary style points at the next useful step: more hints while there are any.
                card.allHintsRevealed()
                        ? button(b -> b.actionId(ActionIds.HINT).text(plainText("Hint", true)).value(value))
                        : button(b -> b.actionId(ActionIds.HINT).text(plainText("Hint", true)).value(value)
                                .style("primary")),
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
            case STARTED -> ":wave: New interview · " + scope + " · " + plural(card.poolSize(), "question");
            case RESUMED -> ":leftwards_arrow_with_hook: Picking up where you left off · " + scope;
            case NEW_ROUND -> ":tada: You have seen " + (card.poolSize() == 1 ? "the only question" : "all "
                    + card.poolSize() + " questions") + " in " + scope + ". Starting a new round.";
            case REVIEW -> card.review() == null ? ":repeat: Review · this question is due again"
                    : ":repeat: Review · you rated this question on "
                    + java.time.format.DateTimeFormatter.ofPattern("EEE d MMM", java.util.Locale.ENGLISH)
                            .format(card.review().lastReviewed()) + "; it is due again";
            case NEXT, UPDATED -> null;
        };
    }

    static String describe(Question q) {
        return q.category().label() + " · " + capitalize(q.level()) + " " + q.role();
    }

    private static String hintProgress(Card card) {
        return card.revealedHints().size() + "/" + card.totalHints() + " hints";
    }

    static void addText(List<LayoutBlock> blocks, String mrkdwn) {
        for (String chunk : Mrkdwn.chunks(mrkdwn, BlockLimits.SECTION_TEXT)) {
            blocks.add(section(s -> s.text(markdownText(chunk))));
        }
    }

    private static void addQuote(List<LayoutBlock> blocks, String userText) {
        for (String chunk : Mrkdwn.quotedChunks(userText, BlockLimits.SECTION_TEXT)) {
            blocks.add(section(s -> s.text(markdownText(chunk))));
        }
    }

    private static List<SlackMessage> paginate(String text, List<LayoutBlock> body, LayoutBlock last) {
        return paginate(text, body, List.of(last));
    }

    /**
     * Splits blocks into messages of at most 50 blocks; later pages open with a "(continued)" note. The
     * {@code tail} (controls and buttons) is never split and always ends the last page.
     */
    private static List<SlackMessage> paginate(String text, List<LayoutBlock> body, List<LayoutBlock> tail) {
        if (body.size() + tail.size() <= BlockLimits.MESSAGE_BLOCKS) {
            List<LayoutBlock> all = new ArrayList<>(body);
            all.addAll(tail);
            return List.of(new SlackMessage(text, all));
        }
        List<SlackMessage> pages = new ArrayList<>();
        List<LayoutBlock> page = new ArrayList<>();
        for (LayoutBlock block : body) {
            if (page.size() == BlockLimits.MESSAGE_BLOCKS) {
                pages.add(new SlackMessage(pages.isEmpty() ? text : text + " (continued)", page));
                page = continuation(pages.size() + 1);
            }
            page.add(block);
        }
        if (page.size() + tail.size() > BlockLimits.MESSAGE_BLOCKS) {
            pages.add(new SlackMessage(pages.isEmpty() ? text : text + " (continued)", page));
            page = continuation(pages.size() + 1);
        }
        page.addAll(tail);
        pages.add(new SlackMessage(pages.isEmpty() ? text : text + " (continued)", page));
        return pages;
    }

    private static List<LayoutBlock> continuation(int part) {
        List<LayoutBlock> page = new ArrayList<>();
        page.add(context(c -> c.elements(List.of(markdownText("_(continued, part " + part + ")_")))));
        return page;
    }

    /** Blocks split into messages of at most 50 blocks, with no button row. */
    static List<SlackMessage> pages(String text, List<LayoutBlock> blocks) {
        List<LayoutBlock> body = new ArrayList<>(blocks);
        LayoutBlock last = body.remove(body.size() - 1);
        return paginate(text, body, last);
    }

    private static boolean storyQuestion(Question q) {
        return q.category() == dev.mockinterview.interview.Category.BEHAVIORAL
                || q.category() == dev.mockinterview.interview.Category.LEADERSHIP;
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String duration(Duration d) {
        long minutes = d.toMinutes();
        return minutes < 1 ? "under a minute" : minutes + " min";
    }
}
