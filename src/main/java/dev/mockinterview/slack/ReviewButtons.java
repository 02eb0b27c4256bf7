package dev.mockinterview.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mockinterview.interview.InterviewService;
import dev.mockinterview.interview.ProgressService;
import dev.mockinterview.interview.UserRef;
import dev.mockinterview.review.Rating;
import dev.mockinterview.slack.render.ButtonValue;
import dev.mockinterview.slack.render.LearningMessages;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Self-rating (Again, Hard, Good, Easy, or by ticked key points) and reopening answers from history. Ticking a
 * checkbox only acks: the ticks are read from the message's state when "Rate by ticked points" is clicked.
 */
public final class ReviewButtons implements BlockActionHandler {
    private static final Map<String, Rating> RATINGS = Map.of(
            ActionIds.RATE_AGAIN, Rating.AGAIN,
            ActionIds.RATE_HARD, Rating.HARD,
            ActionIds.RATE_GOOD, Rating.GOOD,
            ActionIds.RATE_EASY, Rating.EASY);

    private final InterviewService interviews;
    private final ProgressService progress;
    private final Delivery delivery;

    public ReviewButtons(InterviewService interviews, ProgressService progress, Delivery delivery) {
        this.interviews = interviews;
        this.progress = progress;
        this.delivery = delivery;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        if (payload.getActions() == null || payload.getActions().isEmpty()) {
            return ctx.ack();
        }
        var action = payload.getActions().get(0);
        UserRef actor = new UserRef(InterviewButtons.teamId(payload), payload.getUser().getId());
        String responseUrl = payload.getResponseUrl();
        String id = action.getActionId();
        if (id.equals(ActionIds.POINTS_INPUT)) {
            return ctx.ack();
        }
        if (id.equals(ActionIds.HISTORY_OPEN)) {
            String value = action.getValue() == null ? "" : action.getValue();
            if (!value.matches("\\d{1,18}")) {
                delivery.later(actor, responseUrl, out -> out.ephemeral(Replies.brokenButton()));
                return ctx.ack();
            }
            delivery.later(actor, responseUrl, out -> out.dm(
                    LearningMessages.opened(progress.open(actor, Long.parseLong(value)), progress.zone(actor))));
            return ctx.ack();
        }
        Optional<ButtonValue> target = ButtonValue.parse(action.getValue());
        if (target.isEmpty()) {
            delivery.later(actor, responseUrl, out -> out.ephemeral(Replies.brokenButton()));
            return ctx.ack();
        }
        long session = target.get().sessionId();
        String question = target.get().questionId();
        if (id.equals(ActionIds.RATE_POINTS)) {
            int ticked = tickedPoints(payload);
            delivery.laterInZone(actor, responseUrl, out -> out.dm(LearningMessages.rated(
                    interviews.rateByKeyPoints(actor, session, question, ticked))));
            return ctx.ack();
        }
        Rating rating = RATINGS.get(id);
        if (rating == null) {
            delivery.later(actor, responseUrl, out -> out.ephemeral(Replies.brokenButton()));
            return ctx.ack();
        }
        Rating chosen = rating;
        delivery.laterInZone(actor, responseUrl, out ->
                out.dm(LearningMessages.rated(interviews.rate(actor, session, question, chosen))));
        return ctx.ack();
    }

    /** How many key-point checkboxes are ticked in the message's state. */
    static int tickedPoints(BlockActionPayload payload) {
        int ticked = 0;
        if (payload.getState() != null && payload.getState().getValues() != null) {
            for (var block : payload.getState().getValues().entrySet()) {
                if (!block.getKey().startsWith(ActionIds.POINTS_BLOCK_PREFIX)) {
                    continue;
                }
                var value = block.getValue().get(ActionIds.POINTS_INPUT);
                if (value != null && value.getSelectedOptions() != null) {
                    ticked += value.getSelectedOptions().size();
                }
            }
        }
        return ticked;
    }
}
