package dev.mockinterview.slack;

import dev.mockinterview.interview.InterviewException;
import dev.mockinterview.interview.UserRef;
import dev.mockinterview.slack.render.SlackMessage;
import java.util.List;
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

    public Delivery(SerialExecutor executor, SlackGateway slack, DmChannels dms) {
        this.executor = executor;
        this.slack = slack;
        this.dms = dms;
    }

    /** Work that may throw {@link InterviewException}; run after the ack, in order for this user. */
    public void later(UserRef user, String responseUrl, Runnable work) {
        executor.submit(user.teamId() + "/" + user.userId(), () -> run(responseUrl, work));
    }

    /** Like {@link #later} but not queued behind the user's other work (a modal's trigger id expires in 3 s). */
    public void urgent(UserRef user, String responseUrl, Runnable work) {
        executor.submit("urgent/" + user.teamId() + "/" + user.userId(), () -> run(responseUrl, work));
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

    private void run(String responseUrl, Runnable work) {
        try {
            work.run();
        } catch (InterviewException e) {
            reply(responseUrl, Replies.refusal(e));
        } catch (DeliveryException e) {
            log.warn("could not deliver to Slack: {}", e.getMessage());
            reply(responseUrl, Replies.failure());
        } catch (RuntimeException e) {
            log.error("request failed: {}", e.toString(), e);
            reply(responseUrl, Replies.failure());
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
