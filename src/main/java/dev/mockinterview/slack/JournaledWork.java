package dev.mockinterview.slack;

import dev.mockinterview.ports.RequestJournal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request being dispatched on this thread: its entry in the {@link RequestJournal}, kept until all the post-ack
 * work it started has run, and its delivery id, from which each piece of that work takes the key that makes its
 * effect happen once ({@link Delivery}). Bolt runs a request's handler on the thread that received it, so the work a
 * handler submits while its request is being dispatched belongs to that request.
 */
public final class JournaledWork {
    private static final Logger log = LoggerFactory.getLogger(JournaledWork.class);
    /** No journal entry: the request was not journaled (no journal, or it could not be written). */
    private static final long NOT_JOURNALED = -1;

    private final RequestJournal journal;
    private final ThreadLocal<Ticket> dispatching = new ThreadLocal<>();

    public JournaledWork(RequestJournal journal) {
        this.journal = journal;
    }

    /** One request being dispatched; its journal entry is cleared when the dispatch and all its work are done. */
    public final class Ticket implements AutoCloseable {
        private final long id;
        private final String deliveryId;
        private final boolean replay;
        private final AtomicInteger holds = new AtomicInteger(1);
        private int effects;

        private Ticket(long id, String deliveryId, boolean replay) {
            this.id = id;
            this.deliveryId = deliveryId;
            this.replay = replay;
        }

        /** True when an earlier run received this request: some of its work may already have been done. */
        public boolean replay() {
            return replay;
        }

        /**
         * The key of the next piece of work this request starts: the same on every delivery and replay of it,
         * different for each piece. Null when the request carries nothing that identifies it.
         */
        String nextEffectKey() {
            return deliveryId == null ? null : deliveryId + "#" + (++effects);
        }

        private void hold() {
            holds.incrementAndGet();
        }

        private void release() {
            if (holds.decrementAndGet() == 0 && id != NOT_JOURNALED) {
                try {
                    journal.done(id);
                } catch (RuntimeException e) {
                    // The entry stays and is replayed after a restart; its effects are keyed, so none repeats.
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
     * Records a request about to be acknowledged and starts dispatching it on this thread. Empty when the journal
     * has taken a request with the same delivery id before: a redelivery, to acknowledge and ignore. When the
     * journal cannot be written the request is served unjournaled: serving on beats refusing.
     */
    public Optional<Ticket> received(String deliveryId, String contentType, byte[] body) {
        if (journal == null) {
            return Optional.of(start(NOT_JOURNALED, deliveryId, false));
        }
        OptionalLong id;
        try {
            id = journal.append(deliveryId, contentType, body);
        } catch (RuntimeException e) {
            log.warn("request not journaled, it would not survive a crash: {}", e.getMessage());
            return Optional.of(start(NOT_JOURNALED, deliveryId, false));
        }
        return id.isPresent() ? Optional.of(start(id.getAsLong(), deliveryId, false)) : Optional.empty();
    }

    /** Requests an earlier run acknowledged but did not finish, a page at a time. */
    public List<RequestJournal.Entry> pending(long afterId, int limit) {
        return journal == null ? List.of() : journal.pending(afterId, limit);
    }

    /** Starts dispatching again, on this thread, journaled request {@code id} that an earlier run received. */
    public Ticket replaying(long id, String deliveryId) {
        return start(id, deliveryId, true);
    }

    private Ticket start(long id, String deliveryId, boolean replay) {
        Ticket ticket = new Ticket(id, deliveryId, replay);
        dispatching.set(ticket);
        return ticket;
    }

    /** The request being dispatched on this thread, or null. */
    public Ticket current() {
        return dispatching.get();
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

    /** Nothing is journaled (tests of other things). */
    public static JournaledWork none() {
        return new JournaledWork(null);
    }
}
