package dev.mockinterview.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.mockinterview.ports.RequestJournal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs again the requests an earlier run acknowledged but did not finish (it was killed), over either transport.
 * Each goes through the Bolt app as it arrived; the work it starts is keyed by its delivery, so what the earlier run
 * had already done is not done again ({@link Delivery}). Meant to run in the background once the bot serves: a large
 * backlog drains without holding up new requests.
 */
public final class JournalReplay implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(JournalReplay.class);
    private static final int PAGE = 200;

    private final App app;
    private final SlackRequestParser parser;
    private final JournaledWork journaled;
    private final Runnable queued;
    private volatile int replayed;

    /**
     * @param queued run once every journaled request has been handed to the app again (its work queued, not
     *               necessarily done): new requests' work, held until then, may go
     */
    public JournalReplay(App app, JournaledWork journaled, Runnable queued) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.journaled = journaled;
        this.queued = queued;
    }

    @Override
    public void run() {
        try {
            replayAll();
        } finally {
            queued.run();
        }
    }

    private void replayAll() {
        long after = 0;
        for (List<RequestJournal.Entry> page = journaled.pending(after, PAGE); !page.isEmpty();
             page = journaled.pending(after, PAGE)) {
            for (RequestJournal.Entry entry : page) {
                if (Thread.currentThread().isInterrupted()) {
                    return; // shutting down: the rest stays journaled for the next start
                }
                replay(entry);
                after = entry.id();
            }
        }
        if (replayed > 0) {
            log.info("replayed {} acknowledged request(s) that an earlier run did not finish", replayed);
        }
    }

    /** How many requests have been handed to the app again so far. */
    public int replayed() {
        return replayed;
    }

    private void replay(RequestJournal.Entry entry) {
        boolean socketMode = Inbox.SOCKET_MODE.equals(entry.contentType());
        Request<?> request;
        try {
            request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(socketMode ? "" : "/slack/events")
                    .queryString(Map.of())
                    .headers(new RequestHeaders(socketMode ? Map.of()
                            : Map.of("content-type", List.of(entry.contentType()))))
                    .requestBody(new String(entry.body(), StandardCharsets.UTF_8))
                    .remoteAddress("127.0.0.1")
                    .socketMode(socketMode)
                    .build());
        } catch (RuntimeException e) {
            request = null;
        }
        if (request == null) {
            // Cleared rather than replayed on every start: one bad entry must not stop the rest.
            log.warn("journaled request {} is not a Slack request; dropped", entry.id());
            journaled.replaying(entry.id(), null).close();
            return;
        }
        try (JournaledWork.Ticket ignored = journaled.replaying(entry.id(), Inbox.deliveryId(request))) {
            app.run(request);
            replayed++;
        } catch (Exception e) {
            log.error("replaying journaled request {} failed: {}", entry.id(), e.toString());
        }
    }
}
