package dev.mockinterview.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acknowledges, without acting on, any request Slack marks as a redelivery ({@code X-Slack-Retry-Num}) and any
 * delivery already seen (same trigger id, event id or action timestamp), so that nothing is ever posted twice.
 */
public final class DuplicateDeliveryFilter implements Middleware {
    private static final Logger log = LoggerFactory.getLogger(DuplicateDeliveryFilter.class);

    private static final java.util.regex.Pattern EVENT_ID =
            java.util.regex.Pattern.compile("\"event_id\"\\s*:\\s*\"([^\"]+)\"");

    private final Deduplicator seen;

    public DuplicateDeliveryFilter(Deduplicator seen) {
        this.seen = seen;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        // Slack marks even a first Socket Mode delivery ("retry_attempt": 0), and a redelivery may be the only
        // copy that arrived: what was delivered decides, never the retry header.
        if (!seen.firstTime(deliveryKey(req))) {
            log.info("ignored a duplicate {} delivery", req.getRequestType());
            return Response.ok();
        }
        return chain.next(req);
    }

    private static String header(Request req, String name) {
        return req.getHeaders() == null ? null : req.getHeaders().getFirstValue(name);
    }

    static String deliveryKey(Request req) {
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
