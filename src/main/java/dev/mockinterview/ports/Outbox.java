package dev.mockinterview.ports;

import java.util.List;
import java.util.function.Supplier;

/**
 * Makes each piece of post-ack work happen once, however often its request arrives or is replayed: the work's
 * writes and the messages it will send commit together under the work's key (a transactional outbox). A second run
 * with the same key finds it, does nothing, and gets back only what is left to send.
 */
public interface Outbox {

    /** Where a message goes. */
    enum Kind {
        /** The user's DM with the bot; {@code target} is the user id. */
        DM,
        /** A reply in a thread; {@code target} is the channel, {@code threadTs} the thread. */
        THREAD,
        /** An ephemeral reply through a {@code response_url}, the {@code target}. */
        EPHEMERAL
    }

    /**
     * A message to send, as Slack takes it: fallback text and Block Kit JSON.
     *
     * @param anchorSession  with {@code anchorQuestion}, the question a DM message belongs to (null if none), so a
     *                       reply in its thread counts as an answer
     */
    record Message(int seq, Kind kind, String target, String threadTs, Long anchorSession, String anchorQuestion,
                   String text, String blocksJson) {
    }

    /**
     * What {@link #once} found.
     *
     * @param fresh  true when the work ran now; false when an earlier run had done it, so any message of it may
     *               already have reached Slack before that run stopped
     * @param unsent its messages not yet marked sent, in order
     */
    record Recorded(boolean fresh, List<Message> unsent) {
    }

    /**
     * Runs {@code work}, which makes its writes and returns the messages it will send, unless {@code key} has run
     * before; its writes, its messages and the key commit as one. If it throws, nothing of it is kept.
     */
    Recorded once(String key, Supplier<List<Message>> work);

    /** Marks a message as delivered. */
    void sent(String key, int seq);

    /** Forgets keys applied before {@code cutoff}; returns how many. */
    int forgetBefore(java.time.Instant cutoff);
}
