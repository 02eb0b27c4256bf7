package dev.mockinterview.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import dev.mockinterview.daily.DailyService;
import dev.mockinterview.interview.UserRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code app_uninstalled} and {@code tokens_revoked}: the bot can no longer post in the workspace, so its daily
 * questions are paused (settings kept, posts not yet sent given up) instead of failing on every tick.
 */
final class WorkspaceEvents {
    private static final Logger log = LoggerFactory.getLogger(WorkspaceEvents.class);

    private final DailyService daily;
    private final Delivery delivery;

    WorkspaceEvents(DailyService daily, Delivery delivery) {
        this.daily = daily;
        this.delivery = delivery;
    }

    Response uninstalled(EventsApiPayload<AppUninstalledEvent> req, EventContext ctx) {
        pause(req.getTeamId(), "app_uninstalled");
        return ctx.ack();
    }

    Response tokensRevoked(EventsApiPayload<TokensRevokedEvent> req, EventContext ctx) {
        var tokens = req.getEvent().getTokens();
        // Only the bot token matters: user tokens (if any were ever granted) post nothing.
        if (tokens != null && tokens.getBot() != null && !tokens.getBot().isEmpty()) {
            pause(req.getTeamId(), "tokens_revoked");
        }
        return ctx.ack();
    }

    private void pause(String teamId, String reason) {
        // In order with the workspace's other background work, after the ack.
        delivery.direct(new UserRef(teamId, "*workspace*"), null, () -> {
            int paused = daily.pauseWorkspace(teamId, reason);
            log.warn("{} in workspace {}: paused its {} daily question(s); they come back with "
                    + "`/mockinterview daily on` once the app is installed again", reason, teamId, paused);
        });
    }
}
