package dev.mockinterview.slack;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import dev.mockinterview.interview.InterviewException;
import dev.mockinterview.interview.InterviewService;
import dev.mockinterview.interview.UserRef;
import dev.mockinterview.slack.render.ButtonValue;
import dev.mockinterview.slack.render.HelpMessages;
import dev.mockinterview.slack.render.InterviewMessages;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Answer modal's submission. An empty answer keeps the modal open with an error; otherwise the modal closes at
 * once and the answer is stored after the ack. If it cannot be attached to the question, the user gets their text
 * back in the DM, so nothing they wrote is lost.
 */
public final class AnswerSubmission implements ViewSubmissionHandler {
    private static final Logger log = LoggerFactory.getLogger(AnswerSubmission.class);

    private final InterviewService interviews;
    private final Delivery delivery;

    public AnswerSubmission(InterviewService interviews, Delivery delivery) {
        this.interviews = interviews;
        this.delivery = delivery;
    }

    @Override
    public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        var payload = req.getPayload();
        String text = answerText(payload.getView().getState());
        if (text == null || text.isBlank()) {
            return ctx.ackWithErrors(Map.of(ActionIds.ANSWER_BLOCK, "Write an answer before saving."));
        }
        Optional<ButtonValue> target = ButtonValue.parse(payload.getView().getPrivateMetadata());
        if (target.isEmpty()) {
            return ctx.ackWithErrors(Map.of(ActionIds.ANSWER_BLOCK,
                    "This form is out of date. Copy your answer, close it, and click Answer again."));
        }
        String team = payload.getTeam() != null ? payload.getTeam().getId() : payload.getUser().getTeamId();
        UserRef actor = new UserRef(team, payload.getUser().getId());
        long session = target.get().sessionId();
        String question = target.get().questionId();
        Integer position = target.get().position();
        delivery.later(actor, null, out -> {
            try {
                var saved = interviews.answer(actor, session, question, position, text);
                out.dm(InterviewButtons.anchorOf(saved.card()), InterviewMessages.answerSaved(saved));
            } catch (InterviewException e) {
                if (e.reason() == InterviewException.Reason.NOT_OWNER) {
                    log.warn("answer submitted for another user's session {} refused", session);
                }
                // Whatever the reason, the author gets their text back with it: nothing they wrote is lost.
                out.dm(HelpMessages.returnedAnswer(Replies.refusal(e).text(), text));
            }
        });
        return ctx.ack();
    }

    private static String answerText(ViewState state) {
        if (state == null || state.getValues() == null) {
            return null;
        }
        var block = state.getValues().get(ActionIds.ANSWER_BLOCK);
        if (block == null || block.get(ActionIds.ANSWER_INPUT) == null) {
            return null;
        }
        return block.get(ActionIds.ANSWER_INPUT).getValue();
    }
}
