package dev.mockinterview.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * Remembers recently handled deliveries (by trigger id, event id or action timestamp) so that a redelivered
 * request is acknowledged but not acted on twice. Bounded in size and time.
 */
public final class Deduplicator {
    private final Cache<String, Boolean> seen;

    public Deduplicator(Ticker ticker) {
        this.seen = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterWrite(Duration.ofMinutes(15))
                .ticker(ticker)
                .build();
    }

    /** True the first time a key is offered; false for every repeat. Null keys are always first. */
    public boolean firstTime(String key) {
        if (key == null || key.isEmpty()) {
            return true;
        }
        return seen.asMap().putIfAbsent(key, Boolean.TRUE) == null;
    }
}
