package dev.mockinterview.slack;

import dev.mockinterview.daily.DailyService;
import dev.mockinterview.slack.render.DailyMessages;
import dev.mockinterview.slack.render.HelpMessages;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily question's routine: each tick retries unfinished posts, posts what is due (claimed first, so never
 * twice), and reveals model answers in their threads. A tick never throws: one failure must not stop later ticks.
 */
public final class DailyJob implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(DailyJob.class);
    /** Errors that will not go away by trying again. */
    private static final Set<String> PERMANENT = Set.of("channel_not_found", "is_archived", "not_in_channel",
            "restricted_action", "invalid_auth", "account_inactive", "msg_too_long", "invalid_blocks",
            "token_revoked", "not_authed", "missing_scope", "method_not_supported_for_channel_type");
    /** The bot's token no longer works in the workspace: nothing can be posted there, nobody can be told there. */
    static final Set<String> TOKEN_GONE = Set.of("token_revoked", "not_authed", "invalid_auth", "account_inactive");

    private final DailyService daily;
    private final SlackGateway slack;
    /** Skipped days already logged, so each is logged once, not on every tick until the next post. */
    private final java.util.Set<String> loggedSkips = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public DailyJob(DailyService daily, SlackGateway slack) {
        this.daily = daily;
        this.slack = slack;
    }

    @Override
    public void run() {
        try {
            daily.retries().forEach(this::send);
            var due = daily.claimDue();
            due.skipped().stream().filter(loggedSkips::add)
                    .forEach(s -> log.info("daily question skipped (bot was down on that day): {}", s));
            due.claimed().forEach(this::send);
            for (var reveal : daily.dueReveals()) {
                try {
                    for (var page : DailyMessages.reveal(reveal.question())) {
                        slack.reply(reveal.post().channelId(), reveal.post().messageTs(), page);
                    }
                    daily.revealed(reveal.post());
                } catch (DeliveryException e) {
                    log.warn("could not reveal a daily answer in {}: {}", reveal.post().channelId(), e.error());
                }
            }
        } catch (RuntimeException e) {
            log.error("daily question routine failed: {}", e.toString(), e);
        }
    }

    /** Posts one claimed question, joining the channel once if the bot was removed, and records the outcome. */
    void send(DailyService.Claimed claimed) {
        var post = claimed.post();
        try {
            if (claimed.retry()) {
                // Claimed earlier but never recorded as sent: the process may have died, or the connection
                // dropped, right after Slack took the message. Look for it first, so that never means two posts.
                var found = alreadyPosted(claimed);
                if (found.isPresent()) {
                    daily.posted(post, found.get());
                    log.info("daily question for {} in {} had been posted before a restart", post.localDate(),
                            post.channelId());
                    return;
                }
            }
            String ts = postOrJoin(post.channelId(), claimed);
            daily.posted(post, ts);
            log.info("daily question posted in {} for {}", post.channelId(), post.localDate());
        } catch (DeliveryException e) {
            boolean givenUp = daily.failed(post, e.error(), !PERMANENT.contains(e.error()));
            if (TOKEN_GONE.contains(e.error())) {
                int paused = daily.pauseWorkspace(post.teamId(), e.error());
                log.error("the bot token no longer works in workspace {} ({}): paused its {} daily question(s); "
                        + "reinstall the app there and turn them on again", post.teamId(), e.error(), paused);
                return;
            }
            log.warn("daily question for {} in {} failed: {}{}", post.localDate(), post.channelId(), e.error(),
                    givenUp ? " (given up)" : " (will retry)");
            if (givenUp) {
                tellCreator(claimed, e.error());
            }
        }
    }

    private java.util.Optional<String> alreadyPosted(DailyService.Claimed claimed) {
        var post = claimed.post();
        try {
            return slack.findDaily(post.channelId(), post.id());
        } catch (DeliveryException e) {
            log.warn("could not check {} for an earlier daily post: {}", post.channelId(), e.error());
            return java.util.Optional.empty();
        }
    }

    private String postOrJoin(String channel, DailyService.Claimed claimed) {
        long id = claimed.post().id();
        var message = DailyMessages.post(claimed.question(), id);
        try {
            return slack.postDaily(channel, id, message);
        } catch (DeliveryException e) {
            if (!"not_in_channel".equals(e.error())) {
                throw e;
            }
            slack.joinChannel(channel); // throws if it cannot join (private channel): reported as given up
            return slack.postDaily(channel, id, message);
        }
    }

    private void tellCreator(DailyService.Claimed claimed, String error) {
        String advice = switch (error) {
            case "not_in_channel", "channel_not_found", "method_not_supported_for_channel_type" ->
                    "I am not in that channel: invite me with `/invite @mockinterview`.";
            case "is_archived" -> "The channel is archived: turn the daily question off there, or unarchive it.";
            case "missing_scope" -> "The app lacks a permission it needs: reinstall it from its manifest.";
            default -> "I tried " + DailyService.MAX_ATTEMPTS + " times; I will try again at the next slot.";
        };
        if (claimed.schedule().createdBy() == null) {
            log.error("daily question for {} in {} given up ({}); nobody to tell", claimed.post().localDate(),
                    claimed.post().channelId(), error);
            return;
        }
        try {
            String dm = slack.openDm(claimed.schedule().createdBy());
            slack.post(dm, HelpMessages.note(":warning: I could not post the daily interview question for "
                    + claimed.post().localDate() + " in <#" + claimed.post().channelId() + "> (" + error + "). "
                    + advice));
        } catch (DeliveryException e) {
            log.error("could not tell the creator of {}'s daily question that it failed: {}",
                    claimed.post().channelId(), e.error());
        }
    }
}
