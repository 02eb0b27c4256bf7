package dev.mockinterview.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every request from Slack, over HTTP or Socket Mode, enters: it is journaled before it is acknowledged, so a
 * crash loses nothing, and a delivery the journal has taken before (same event id, trigger id, action or identical
 * submission) is acknowledged without being acted on again. What the request carries decides, never the retry
 * header: Slack marks even first Socket Mode deliveries ({@code "retry_attempt": 0}), and a redelivery may be the
 * only copy that arrived.
 */
public final class Inbox implements Middleware {
    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    /** The journal's content type for a Socket Mode envelope's payload, which is JSON whatever its kind. */
    public static final String SOCKET_MODE = "application/json; transport=socket-mode";

    private static final java.util.regex.Pattern EVENT_ID =
            java.util.regex.Pattern.compile("\"event_id\"\\s*:\\s*\"([^\"]+)\"");

    private final JournaledWork journaled;

    public Inbox(JournaledWork journaled) {
        this.journaled = journaled;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (journaled.current() != null) {
            return chain.next(req); // a replay from the journal: its dispatch is already under way
        }
        String body = req.getRequestBodyAsString();
        Optional<JournaledWork.Ticket> ticket = journaled.received(deliveryId(req), contentType(req),
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
        if (ticket.isEmpty()) {
            log.info("ignored a {} delivered again (retry {}, reason {})", req.getRequestType(),
                    header(req, "x-slack-retry-num"), header(req, "x-slack-retry-reason"));
            return Response.ok();
        }
        try (JournaledWork.Ticket ignored = ticket.get()) {
            return chain.next(req);
        }
    }

    private static String contentType(Request<?> req) {
        if (req.isSocketMode()) {
            return SOCKET_MODE;
        }
        String type = header(req, "content-type");
        return type == null ? "application/x-www-form-urlencoded" : type;
    }

    private static String header(Request<?> req, String name) {
        return req.getHeaders() == null ? null : req.getHeaders().getFirstValue(name);
    }

    /** What identifies a delivery: the same on every redelivery and replay of it, different for anything else. */
    static String deliveryId(Request<?> req) {
        if (req instanceof SlashCommandRequest r) {
            return "command:" + r.getPayload().getTriggerId();
        }
        if (req instanceof BlockActionRequest r && r.getPayload().getActions() != null
                && !r.getPayload().getActions().isEmpty()) {
            return "action:" + r.getPayload().getUser().getId() + ":" + r.getPayload().getActions().get(0).getActionTs();
        }
        if (req instanceof ViewSubmissionRequest r && r.getPayload().getView() != null) {
            // The same modal is legitimately submitted again after a validation error, with what the user typed
            // since: only an identical submission of the same view by the same user is a duplicate.
            var view = r.getPayload().getView();
            String state = view.getState() == null ? "" : String.valueOf(view.getState().getValues());
            return "view:" + r.getPayload().getUser().getId() + ":" + view.getId() + ":" + view.getHash() + ":"
                    + Integer.toHexString(state.hashCode()) + ":" + state.length();
        }
        if (req instanceof EventRequest r) {
            var m = EVENT_ID.matcher(r.getRequestBodyAsString());
            return m.find() ? "event:" + m.group(1) : null;
        }
        return null;
    }
}
