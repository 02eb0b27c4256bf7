package dev.mockinterview.storage;

import java.util.List;

/**
 * Requests that were acknowledged but whose post-ack work has not finished yet. A request is appended before it is
 * acknowledged and removed once its work has run, so after a crash ({@code kill -9}, power to the process cut) the
 * entries left are exactly the acknowledged requests to replay.
 */
public interface RequestJournal extends AutoCloseable {

    /** One acknowledged request, as received. */
    record Entry(long id, String contentType, byte[] body) {
    }

    /** Records a request about to be acknowledged; returns its id. */
    long append(String contentType, byte[] body);

    /** Forgets a request whose work has run. */
    void done(long id);

    /** Requests left by an earlier run, oldest first. */
    List<Entry> pending();

    @Override
    void close();
}
