package dev.mockinterview.ports;

import java.util.List;
import java.util.OptionalLong;

/**
 * Requests that were acknowledged but whose post-ack work has not finished yet. A request is appended before it is
 * acknowledged and removed once its work has run, so after a crash ({@code kill -9}, power to the process cut) the
 * entries left are exactly the acknowledged requests to replay. The journal also remembers what each request
 * carried that identifies it ({@code event_id}, trigger id, ...), so a redelivery of a request it has already taken
 * is recognised across restarts, whatever its retry header says.
 */
public interface RequestJournal extends AutoCloseable {

    /** One acknowledged request, as received. */
    record Entry(long id, String contentType, byte[] body) {
    }

    /**
     * Records a request about to be acknowledged. Returns its id, or empty when a request with the same
     * {@code deliveryId} was taken before (a redelivery, to acknowledge and ignore).
     *
     * @param deliveryId what identifies the delivery, or null when it carries nothing that does
     */
    OptionalLong append(String deliveryId, String contentType, byte[] body);

    /** Forgets a request whose work has run. */
    void done(long id);

    /** Up to {@code limit} requests left by an earlier run with an id above {@code afterId}, oldest first. */
    List<Entry> pending(long afterId, int limit);

    @Override
    void close();
}
