package dev.mockinterview.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.mockinterview.interview.InterviewService;
import dev.mockinterview.interview.UserRef;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Learns each user's time zone from their Slack profile ({@code users.info}) at most once a day per user, and
 * records it, so that daily caps, streaks and due dates follow the user's own days.
 */
public final class ZoneResolver {
    private static final Logger log = LoggerFactory.getLogger(ZoneResolver.class);

    private final SlackGateway slack;
    private final InterviewService interviews;
    private final Cache<UserRef, Boolean> known;

    public ZoneResolver(SlackGateway slack, InterviewService interviews, Ticker ticker) {
        this.slack = slack;
        this.interviews = interviews;
        this.known = Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(Duration.ofHours(24))
                .ticker(ticker).build();
    }

    public void ensure(UserRef user) {
        if (known.getIfPresent(user) != null) {
            return;
        }
        try {
            slack.userZone(user.userId()).ifPresent(zone -> interviews.setZone(user, zone));
            known.put(user, Boolean.TRUE);
        } catch (DeliveryException e) {
            // Not fatal: the stored (or default UTC) zone is used, and we try again next time.
            log.warn("could not read a user's time zone: {}", e.getMessage());
        }
    }
}
