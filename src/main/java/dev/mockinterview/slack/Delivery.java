package dev.mockinterview.slack;

import dev.mockinterview.interview.InterviewException;
import dev.mockinterview.interview.UserRef;
import dev.mockinterview.slack.render.SlackMessage;
import dev.mockinterview.ports.Outbox;
import dev.mockinterview.ports.PostedMessageStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Post-ack work for one user, run in order after the ack. Each piece of work that changes something is an
 * {@link Effect}: it makes its writes and says what to send; the writes and the messages commit together under a
 * key taken from the request ({@link Outbox}), and only then are the messages sent, each tagged with that key. A
 * redelivery or a replay after a crash finds the key and sends only what had not gone out, looking for a tagged
 * message before posting it again; so nothing a user did is done twice or lost. Refusals and failures become an
 * ephemeral reply (or a DM notice), so that nothing fails silently.
 */
public final class Delivery {
    private static final Logger log = LoggerFactory.getLogger(Delivery.class);
    private static final int NOTICE_ATTEMPTS = 3;

    /** Post-ack work that changes state: its writes, and the messages it adds to {@code out}. */
    @FunctionalInterface
    public interface Effect {
        void run(Outgoing out);
    }

    private final SerialExecutor executor;
    private final Executor modals;
    private final SlackGateway slack;
    private final DmChannels dms;
    private final PostedMessageStore posted;
    private final Outbox outbox;
    private final ZoneResolver zones;
    private final JournaledWork journaled;
    private final ScheduledExecutorService retries;
    private final Duration retryAfter;
    private final Object gate = new Object();
    /**
     * While the journal of a killed run is being replayed, the work of new requests waits here (in memory: the
     * requests themselves are journaled), so that a user's earlier requests are queued before their later ones.
     * Null when nothing is held.
     */
    private java.util.List<Runnable> held;

    /**
     * @param modals     opens modals, apart from everything else: a trigger id lasts 3 s, so nothing that may wait
     *                   (a rate limit's pause, a slow post) may stand in front of it
     * @param outbox     where effects are recorded, so each happens once; null to run them unrecorded
     * @param retries    where a notice that something could not be delivered is retried later, when there is no
     *                   response_url to give it at once (modal submissions, thread replies); null for never
     * @param retryAfter how long Slack is given to recover before that notice
     */
    public Delivery(SerialExecutor executor, Executor modals, SlackGateway slack, DmChannels dms,
                    PostedMessageStore posted, Outbox outbox, ZoneResolver zones, JournaledWork journaled,
                    ScheduledExecutorService retries, Duration retryAfter) {
        this.executor = executor;
        this.modals = modals;
        this.slack = slack;
        this.dms = dms;
        this.posted = posted;
        this.outbox = outbox;
        this.zones = zones;
        this.journaled = journaled;
        this.retries = retries;
        this.retryAfter = retryAfter;
    }

    /** Makes sure the user's time zone is known, for direct work that depends on their local day. */
    public void learnZone(UserRef user) {
        zones.ensure(user);
    }

    /** An effect, after the ack, in order for this user. */
    public void later(UserRef user, String responseUrl, Effect effect) {
        submit(user, responseUrl, false, effect);
    }

    /** Like {@link #later}, once the user's time zone is known: the effect depends on their local day. */
    public void laterInZone(UserRef user, String responseUrl, Effect effect) {
        submit(user, responseUrl, true, effect);
    }

    private void submit(UserRef user, String responseUrl, boolean zone, Effect effect) {
        JournaledWork.Ticket request = journaled.current();
        String key = request == null ? null : request.nextEffectKey();
        enqueue(user, () -> guarded(user, responseUrl, () -> {
            if (zone) {
                zones.ensure(user); // a Slack call: before the effect's transaction, never inside it
            }
            send(user, key, record(user, responseUrl, key, effect));
        }));
    }

    /** Queues work for the user, in order; behind the replayed backlog while one is being queued. */
    private void enqueue(UserRef user, Runnable work) {
        JournaledWork.Ticket request = journaled.current();
        boolean replay = request != null && request.replay();
        Runnable task = journaled.track(work);
        synchronized (gate) {
            if (held != null && !replay) {
                held.add(() -> executor.submit(userKey(user), task));
                return;
            }
        }
        executor.submit(userKey(user), task);
    }

    /** From now on, new requests' work waits until {@link #releaseNewWork()}: a replay is about to queue. */
    public void holdNewWork() {
        synchronized (gate) {
            if (held == null) {
                held = new java.util.ArrayList<>();
            }
        }
    }

    /** The replay has queued everything: the work that waited is queued after it, in arrival order. */
    public void releaseNewWork() {
        synchronized (gate) {
            if (held != null) {
                held.forEach(Runnable::run); // queueing only, inside the gate so nothing overtakes it
                held = null;
            }
        }
    }

    /**
     * Work that calls Slack itself and is safe to run again (publishing the Home tab, setting up a daily
     * question), after the ack, in order for this user.
     */
    public void direct(UserRef user, String responseUrl, Runnable work) {
        enqueue(user, () -> guarded(user, responseUrl, work));
    }

    /**
     * Opens a modal on its own path, at once. Not replayed after a crash: the trigger id it needs has expired.
     */
    public void modal(UserRef user, String responseUrl, Runnable work) {
        JournaledWork.Ticket request = journaled.current();
        if (request != null && request.replay()) {
            return;
        }
        try {
            modals.execute(() -> guarded(user, responseUrl, work));
        } catch (RejectedExecutionException e) {
            log.warn("shutting down: a form was not opened");
        }
    }

    private static String userKey(UserRef user) {
        return user.teamId() + "/" + user.userId();
    }

    private Outbox.Recorded record(UserRef user, String responseUrl, String key, Effect effect) {
        java.util.function.Supplier<List<Outbox.Message>> work = () -> {
            Outgoing out = new Outgoing(user.userId(), responseUrl, slack::blocksJson);
            effect.run(out);
            return out.messages();
        };
        if (outbox == null || key == null) {
            return new Outbox.Recorded(true, work.get());
        }
        try {
            return outbox.once(key, work);
        } catch (InterviewException e) {
            // Refused: the effect's writes were rolled back. The refusal is what this request sends, once.
            return outbox.once(key, () -> {
                Outgoing out = new Outgoing(user.userId(), responseUrl, slack::blocksJson);
                refuse(out, responseUrl, e);
                return out.messages();
            });
        }
    }

    private static void refuse(Outgoing out, String responseUrl, InterviewException e) {
        if (responseUrl == null || responseUrl.isEmpty()) {
            out.dm(Replies.refusal(e));
        } else {
            out.ephemeral(Replies.refusal(e));
        }
    }

    /** Sends what an effect recorded, in order, marking each message as it goes. */
    private void send(UserRef user, String key, Outbox.Recorded recorded) {
        for (Outbox.Message m : recorded.unsent()) {
            String tag = key == null ? null : key + "/" + m.seq();
            switch (m.kind()) {
                case DM -> {
                    String channel = dms.of(m.target());
                    String ts = slack.post(channel, null, m.text(), m.blocksJson(), tag, !recorded.fresh());
                    if (m.anchorSession() != null) {
                        posted.remember(channel, ts, new PostedMessageStore.Anchor(m.anchorSession(),
                                m.anchorQuestion()));
                    }
                }
                case THREAD -> slack.post(m.target(), m.threadTs(), m.text(), m.blocksJson(), tag, !recorded.fresh());
                case EPHEMERAL -> {
                    if (m.target() == null || m.target().isEmpty()) {
                        log.warn("no response_url to reply to; the user was not told: {}", m.text());
                    } else {
                        try {
                            slack.respondEphemeral(m.target(), m.text(), m.blocksJson());
                        } catch (DeliveryException e) {
                            log.warn("could not reply through response_url: {}", e.getMessage());
                        }
                    }
                }
            }
            if (tag != null) {
                outbox.sent(key, m.seq());
            }
        }
    }

    /** Runs work, turning refusals and failures into a reply the user sees. */
    private void guarded(UserRef user, String responseUrl, Runnable work) {
        try {
            work.run();
        } catch (InterviewException e) {
            reply(responseUrl, Replies.refusal(e));
        } catch (DeliveryException e) {
            log.warn("could not deliver to Slack: {}", e.getMessage());
            if (responseUrl == null || responseUrl.isEmpty()) {
                noticeLater(user, 1);
            } else {
                reply(responseUrl, Replies.failure());
            }
        } catch (dev.mockinterview.ports.StorageException e) {
            log.error("database unavailable: {}", e.getMessage());
            reply(responseUrl, Replies.storageUnavailable());
        } catch (RuntimeException e) {
            log.error("request failed: {}", e.toString(), e);
            reply(responseUrl, Replies.failure());
        }
    }

    /** Tells the user in their DM, once Slack has had time to recover, that a message did not get through. */
    private void noticeLater(UserRef user, int attempt) {
        if (retries == null) {
            log.warn("a message could not be delivered and there is no response_url; the user was not told");
            return;
        }
        try {
            retries.schedule(() -> executor.submit(userKey(user), () -> {
                try {
                    slack.post(dms.of(user.userId()), Replies.undelivered());
                } catch (DeliveryException e) {
                    if (attempt < NOTICE_ATTEMPTS) {
                        noticeLater(user, attempt + 1);
                    } else {
                        log.warn("gave up telling a user that a message was not delivered: {}", e.getMessage());
                    }
                }
            }), retryAfter.multipliedBy(attempt).toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.warn("shutting down: a user was not told that a message was not delivered");
        }
    }

    /** An ephemeral reply through {@code responseUrl}, for work that talks to Slack itself. */
    public void reply(String responseUrl, SlackMessage message) {
        if (responseUrl == null || responseUrl.isEmpty()) {
            log.warn("no response_url to report to; the user was not told: {}", message.text());
            return;
        }
        try {
            slack.respondEphemeral(responseUrl, message);
        } catch (DeliveryException e) {
            log.warn("could not reply through response_url: {}", e.getMessage());
        }
    }
}
