package dev.mockinterview.slack;

import dev.mockinterview.interview.InterviewException;
import dev.mockinterview.interview.UserRef;
import dev.mockinterview.slack.render.SlackMessage;
import dev.mockinterview.storage.PostedMessageStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Post-ack work for one user: runs it in order after the ack, posts results to the user's DM, and turns refusals
 * and failures into an ephemeral reply through the request's {@code response_url}, so that nothing fails silently.
 */
public final class Delivery {
    private static final Logger log = LoggerFactory.getLogger(Delivery.class);

    private final SerialExecutor executor;
    private final SlackGateway slack;
    private final DmChannels dms;
    private final PostedMessageStore posted;
    private final ZoneResolver zones;
    private final JournaledWork journaled;
    private final ScheduledExecutorService retries;
    private final Duration retryAfter;
    private static final int NOTICE_ATTEMPTS = 3;

    public Delivery(SerialExecutor executor, SlackGateway slack, DmChannels dms, PostedMessageStore posted,
                    ZoneResolver zones) {
        this(executor, slack, dms, posted, zones, JournaledWork.none(), null, Duration.ZERO);
    }

    /**
     * @param retries    where a notice that something could not be delivered is retried later, when there is no
     *                   response_url to give it at once (modal submissions, thread replies); null for never
     * @param retryAfter how long Slack is given to recover before that notice
     */
    public Delivery(SerialExecutor executor, SlackGateway slack, DmChannels dms, PostedMessageStore posted,
                    ZoneResolver zones, JournaledWork journaled, ScheduledExecutorService retries,
                    Duration retryAfter) {
        this.retries = retries;
        this.retryAfter = retryAfter;
        this.journaled = journaled;
        this.executor = executor;
        this.slack = slack;
        this.dms = dms;
        this.posted = posted;
        this.zones = zones;
    }

    /** Makes sure the user's time zone is known before work that depends on their local day. */
    public void learnZone(UserRef user) {
        zones.ensure(user);
    }

    /**
     * Posts messages about one question to the user's DM, remembering them so that a reply in any of their
     * threads is taken as an answer to that question.
     */
    public void toDm(UserRef user, PostedMessageStore.Anchor anchor, List<SlackMessage> messages) {
        String channel = dms.of(user.userId());
        for (SlackMessage m : messages) {
            String ts = slack.post(channel, m);
            posted.remember(channel, ts, anchor);
        }
    }

    /** Posts into a thread of the user's DM. */
    public void toThread(String channel, String threadTs, List<SlackMessage> messages) {
        for (SlackMessage m : messages) {
            slack.reply(channel, threadTs, m);
        }
    }

    /** Work that may throw {@link InterviewException}; run after the ack, in order for this user. */
    public void later(UserRef user, String responseUrl, Runnable work) {
        executor.submit(user.teamId() + "/" + user.userId(), journaled.track(() -> run(user, responseUrl, work)));
    }

    /** Like {@link #later} but not queued behind the user's other work (a modal's trigger id expires in 3 s). */
    public void urgent(UserRef user, String responseUrl, Runnable work) {
        executor.submit("urgent/" + user.teamId() + "/" + user.userId(),
                journaled.track(() -> run(user, responseUrl, work)));
    }

    public void toDm(UserRef user, SlackMessage message) {
        slack.post(dms.of(user.userId()), message);
    }

    public void toDm(UserRef user, List<SlackMessage> messages) {
        String channel = dms.of(user.userId());
        for (SlackMessage m : messages) {
            slack.post(channel, m);
        }
    }

    private void run(UserRef user, String responseUrl, Runnable work) {
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
        } catch (dev.mockinterview.storage.StorageException e) {
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
            retries.schedule(() -> executor.submit(user.teamId() + "/" + user.userId(), () -> {
                try {
                    toDm(user, Replies.undelivered());
                } catch (DeliveryException e) {
                    if (attempt < NOTICE_ATTEMPTS) {
                        noticeLater(user, attempt + 1);
                    } else {
                        log.warn("gave up telling a user that a message was not delivered: {}", e.getMessage());
                    }
                }
            }), retryAfter.multipliedBy(attempt).toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            log.warn("shutting down: a user was not told that a message was not delivered");
        }
    }

    void reply(String responseUrl, SlackMessage message) {
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
