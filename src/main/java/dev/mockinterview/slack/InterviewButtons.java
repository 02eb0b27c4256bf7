package dev.mockinterview.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mockinterview.interview.Card;
import dev.mockinterview.interview.InterviewService;
import dev.mockinterview.ports.PostedMessageStore;
import java.util.List;
import dev.mockinterview.interview.UserRef;
import dev.mockinterview.slack.render.ButtonValue;
import dev.mockinterview.slack.render.InterviewMessages;
import java.util.Optional;

/**
 * The five buttons on an interview question. Each click is acked at once; the work happens after, in order per
 * user. The button's value names the session and question; the service refuses anyone but the session's owner.
 */
public final class InterviewButtons implements BlockActionHandler {
    private final InterviewService interviews;
    private final Delivery delivery;
    private final SlackGateway slack;

    public InterviewButtons(InterviewService interviews, Delivery delivery, SlackGateway slack) {
        this.interviews = interviews;
        this.delivery = delivery;
        this.slack = slack;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        if (payload.getActions() == null || payload.getActions().isEmpty()) {
            return ctx.ack();
        }
        var action = payload.getActions().get(0);
        UserRef actor = new UserRef(teamId(payload), payload.getUser().getId());
        String responseUrl = payload.getResponseUrl();
        Optional<ButtonValue> target = ButtonValue.parse(action.getValue());
        if (target.isEmpty()) {
            delivery.later(actor, responseUrl, out -> out.ephemeral(Replies.brokenButton()));
            return ctx.ack();
        }
        long session = target.get().sessionId();
        String question = target.get().questionId();
        Integer position = target.get().position();
        var anchor = new PostedMessageStore.Anchor(session, question);
        switch (action.getActionId()) {
            case ActionIds.HINT -> delivery.later(actor, responseUrl, out ->
                    out.dm(anchor, InterviewMessages.hint(interviews.hint(actor, session, question, position))));
            case ActionIds.MODEL_ANSWER -> delivery.later(actor, responseUrl, out -> out.dm(anchor,
                    InterviewMessages.modelAnswer(interviews.modelAnswer(actor, session, question, position))));
            case ActionIds.NEXT -> delivery.laterInZone(actor, responseUrl, out -> {
                Card card = interviews.next(actor, session, question, position);
                out.dm(anchorOf(card), List.of(InterviewMessages.card(card)));
            });
            case ActionIds.END -> delivery.later(actor, responseUrl, out ->
                    out.dm(InterviewMessages.summary(interviews.end(actor, session))));
            case ActionIds.ANSWER -> {
                String triggerId = payload.getTriggerId();
                delivery.modal(actor, responseUrl, () -> {
                    var card = interviews.show(actor, session);
                    if (!card.question().id().equals(question)
                            || position != null && position != card.progress().position()) {
                        throw new dev.mockinterview.interview.InterviewException(
                                dev.mockinterview.interview.InterviewException.Reason.STALE_QUESTION, question);
                    }
                    slack.openModal(triggerId, InterviewMessages.answerModal(card));
                });
            }
            default -> delivery.later(actor, responseUrl, out -> out.ephemeral(Replies.brokenButton()));
        }
        return ctx.ack();
    }

    static PostedMessageStore.Anchor anchorOf(Card card) {
        return new PostedMessageStore.Anchor(card.session().id(), card.question().id());
    }

    static String teamId(BlockActionPayload payload) {
        if (payload.getTeam() != null && payload.getTeam().getId() != null) {
            return payload.getTeam().getId();
        }
        return payload.getUser().getTeamId();
    }
}
