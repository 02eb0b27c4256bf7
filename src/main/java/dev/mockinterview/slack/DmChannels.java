package dev.mockinterview.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * The bot's DM channel with each user, found with {@code conversations.open} once and then cached. The bot always
 * posts a user's interview to this channel, never to a channel named in a payload.
 */
public final class DmChannels {
    private final SlackGateway slack;
    private final Cache<String, String> channels;

    public DmChannels(SlackGateway slack, Ticker ticker) {
        this.slack = slack;
        this.channels = Caffeine.newBuilder().maximumSize(50_000).expireAfterAccess(Duration.ofHours(12))
                .ticker(ticker).build();
    }

    public String of(String userId) {
        return channels.get(userId, slack::openDm);
    }
}
