package dev.mockinterview.slack;

import dev.mockinterview.storage.RequestJournal;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a journaled request in the {@link RequestJournal} until all the post-ack work it started has run. Bolt runs
 * a request's handler on the thread that received it, so the work a handler submits while its request is being
 * dispatched belongs to that request.
 */
public final class JournaledWork {
    private static final Logger log = LoggerFactory.getLogger(JournaledWork.class);

    private final RequestJournal journal;
    private final ThreadLocal<Ticket> dispatching = new ThreadLocal<>();

    public JournaledWork(RequestJournal journal) {
        this.journal = journal;
    }

    /** One journaled request being dispatched; its entry is cleared when the dispatch and all its work are done. */
    public final class Ticket implements AutoCloseable {
        private final long id;
        private final AtomicInteger holds = new AtomicInteger(1);

        private Ticket(long id) {
            this.id = id;
        }

        private void hold() {
            holds.incrementAndGet();
        }

        private void release() {
            if (holds.decrementAndGet() == 0) {
                try {
                    journal.done(id);
                } catch (RuntimeException e) {
                    // The entry stays and is replayed after a restart; the work itself has run.
                    log.warn("could not clear journaled request {}: {}", id, e.getMessage());
                }
            }
        }

        /** Ends the dispatch on this thread. */
        @Override
        public void close() {
            if (dispatching.get() == this) {
                dispatching.remove();
            }
            release();
        }
    }

    /**
     * Records a request about to be acknowledged and starts dispatching it on this thread. Null when nothing is
     * journaled or the journal cannot be written: serving on beats refusing, as Slack does not resend interactions.
     */
    public Ticket received(String contentType, byte[] body) {
        if (journal == null) {
            return null;
        }
        try {
            return dispatching(journal.append(contentType, body));
        } catch (RuntimeException e) {
            log.warn("request not journaled, it would not survive a crash: {}", e.getMessage());
            return null;
        }
    }

    /** Requests an earlier run acknowledged but did not finish. */
    public java.util.List<RequestJournal.Entry> pending() {
        return journal == null ? java.util.List.of() : journal.pending();
    }

    /** Starts dispatching journaled request {@code id} on this thread. */
    public Ticket dispatching(long id) {
        Ticket ticket = new Ticket(id);
        dispatching.set(ticket);
        return ticket;
    }

    /** Wraps work submitted now so that the request being dispatched, if any, stays journaled until it has run. */
    public Runnable track(Runnable work) {
        Ticket ticket = dispatching.get();
        if (ticket == null) {
            return work;
        }
        ticket.hold();
        return () -> {
            try {
                work.run();
            } finally {
                ticket.release();
            }
        };
    }

    /** Nothing is journaled (Socket Mode, or tests of other things). */
    public static JournaledWork none() {
        return new JournaledWork(null);
    }
}
