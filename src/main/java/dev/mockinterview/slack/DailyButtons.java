package dev.mockinterview.slack;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mockinterview.daily.DailyException;
import dev.mockinterview.daily.DailyService;
import dev.mockinterview.interview.UserRef;
import dev.mockinterview.slack.render.DailyMessages;
import dev.mockinterview.slack.render.HelpMessages;
import dev.mockinterview.slack.render.SlackMessage;
import java.util.List;

/** Hint and Model answer on a channel's daily question: answered privately to whoever clicked. */
public final class DailyButtons implements BlockActionHandler {
    private final DailyService daily;
    private final Delivery delivery;

    public DailyButtons(DailyService daily, Delivery delivery) {
        this.daily = daily;
        this.delivery = delivery;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        var payload = req.getPayload();
        var action = payload.getActions().get(0);
        UserRef user = new UserRef(InterviewButtons.teamId(payload), payload.getUser().getId());
        String responseUrl = payload.getResponseUrl();
        String value = action.getValue() == null ? "" : action.getValue();
        delivery.later(user, responseUrl, out -> {
            if (!value.matches("\\d{1,18}")) {
                out.ephemeral(Replies.brokenButton());
                return;
            }
            long postId = Long.parseLong(value);
            try {
                List<SlackMessage> pages = ActionIds.DAILY_HINT.equals(action.getActionId())
                        ? DailyMessages.hint(daily.question(postId), daily.nextHint(postId, user.userId()))
                        : DailyMessages.modelAnswer(daily.question(postId));
                pages.forEach(out::ephemeral);
            } catch (DailyException e) {
                out.ephemeral(HelpMessages.note(e.getMessage()));
            }
        });
        return ctx.ack();
    }
}
