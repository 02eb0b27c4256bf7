package dev.mockinterview.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import dev.mockinterview.interview.UserRef;
import dev.mockinterview.slack.render.ButtonValue;
import java.util.Optional;

/**
 * One click on a button or menu, parsed once for every handler: who clicked (in which workspace), on what, where to
 * reply privately, and the trigger id a form would need.
 *
 * @param value the button's value, or the selected option's value for a menu; "" when there is none
 */
public record Click(UserRef actor, String actionId, String value, String responseUrl, String triggerId,
                    BlockActionPayload payload) {

    /** What a handler does with a click, after which the click is acknowledged. */
    @FunctionalInterface
    public interface Handler {
        void handle(Click click);
    }

    /** Registers {@code handler} for {@code actionId}: parsed, handled, then acknowledged. */
    static void on(App app, String actionId, Handler handler) {
        app.blockAction(actionId, (req, ctx) -> {
            of(req).ifPresent(handler::handle);
            return ctx.ack();
        });
    }

    /** The click a request carries; empty for a payload without an action. */
    static Optional<Click> of(BlockActionRequest req) {
        BlockActionPayload p = req.getPayload();
        if (p == null || p.getActions() == null || p.getActions().isEmpty() || p.getUser() == null) {
            return Optional.empty();
        }
        var action = p.getActions().get(0);
        String value = action.getValue() != null ? action.getValue()
                : action.getSelectedOption() != null ? action.getSelectedOption().getValue() : "";
        String team = p.getTeam() != null && p.getTeam().getId() != null ? p.getTeam().getId() : p.getUser().getTeamId();
        return Optional.of(new Click(new UserRef(team, p.getUser().getId()), action.getActionId(), value,
                p.getResponseUrl(), p.getTriggerId(), p));
    }

    /** The interview question the button acts on; empty when its value is malformed (forged, truncated). */
    Optional<ButtonValue> target() {
        return ButtonValue.parse(value);
    }
}
