package dev.mockinterview.ports;

import java.util.Optional;

/** Remembers which question each bot message belongs to, so that a reply in its thread counts as an answer. */
public interface PostedMessageStore {

    /** The session and question a posted message belongs to. */
    record Anchor(long sessionId, String questionId) {
    }

    void remember(String channelId, String ts, Anchor anchor);

    Optional<Anchor> find(String channelId, String ts);
}
