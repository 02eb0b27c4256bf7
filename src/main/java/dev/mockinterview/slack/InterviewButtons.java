package dev.mockinterview.slack;

import dev.mockinterview.interview.Card;
import dev.mockinterview.interview.InterviewService;
import dev.mockinterview.ports.PostedMessageStore;
import java.util.List;
import dev.mockinterview.slack.render.ButtonValue;
import dev.mockinterview.slack.render.InterviewMessages;
import java.util.Optional;

/**
 * The five buttons on an interview question, one method each. Each click is acked at once; the work happens
 * after, in order per user. The button's value names the session and question; the service refuses anyone but the session's owner.
 */
public final class InterviewButtons {
    private final InterviewService interviews;
    private final Delivery delivery;
    private final SlackGateway slack;

    public InterviewButtons(InterviewService interviews, Delivery delivery, SlackGateway slack) {
        this.interviews = interviews;
        this.delivery = delivery;
        this.slack = slack;
    }

    /** Reveals the next hint. */
    void hint(Click click) {
        onTarget(click, (t, anchor) -> delivery.later(click.actor(), click.responseUrl(), out -> out.dm(anchor,
                InterviewMessages.hint(interviews.hint(click.actor(), t.sessionId(), t.questionId(), t.position())))));
    }

    /** Shows the model answer. */
    void modelAnswer(Click click) {
        onTarget(click, (t, anchor) -> delivery.later(click.actor(), click.responseUrl(), out -> out.dm(anchor,
                InterviewMessages.modelAnswer(interviews.modelAnswer(click.actor(), t.sessionId(), t.questionId(),
                        t.position())))));
    }

    /** Moves on to the next question. */
    void next(Click click) {
        onTarget(click, (t, anchor) -> delivery.laterInZone(click.actor(), click.responseUrl(), out -> {
            Card card = interviews.next(click.actor(), t.sessionId(), t.questionId(), t.position());
            out.dm(anchorOf(card), List.of(InterviewMessages.card(card)));
        }));
    }

    /** Ends the interview with its summary. */
    void end(Click click) {
        onTarget(click, (t, anchor) -> delivery.later(click.actor(), click.responseUrl(), out ->
                out.dm(InterviewMessages.summary(interviews.end(click.actor(), t.sessionId())))));
    }

    /** Opens the answer form, on its own path: the trigger id lasts 3 s. */
    void answer(Click click) {
        onTarget(click, (t, anchor) -> delivery.modal(click.actor(), click.responseUrl(), () -> {
            var card = interviews.show(click.actor(), t.sessionId());
            if (!card.question().id().equals(t.questionId())
                    || t.position() != null && t.position() != card.progress().position()) {
                throw new dev.mockinterview.interview.InterviewException(
                        dev.mockinterview.interview.InterviewException.Reason.STALE_QUESTION, t.questionId());
            }
            slack.openModal(click.triggerId(), InterviewMessages.answerModal(card));
        }));
    }

    /** Runs {@code work} on the question the button names, or says the button is broken. */
    private void onTarget(Click click, java.util.function.BiConsumer<ButtonValue, PostedMessageStore.Anchor> work) {
        Optional<ButtonValue> target = click.target();
        if (target.isEmpty()) {
            delivery.later(click.actor(), click.responseUrl(), out -> out.ephemeral(Replies.brokenButton()));
            return;
        }
        work.accept(target.get(), new PostedMessageStore.Anchor(target.get().sessionId(), target.get().questionId()));
    }

    static PostedMessageStore.Anchor anchorOf(Card card) {
        return new PostedMessageStore.Anchor(card.session().id(), card.question().id());
    }
}
