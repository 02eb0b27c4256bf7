package dev.mockinterview.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mockinterview.ports.RequestJournal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JournaledWork: a request leaves the journal only when all its work has run")
class JournaledWorkTest {

    /** Records what is cleared; the journal is our own interface. */
    private static final class RecordingJournal implements RequestJournal {
        final List<Long> done = new ArrayList<>();

        @Override
        public java.util.OptionalLong append(String deliveryId, String contentType, byte[] body) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void done(long id) {
            done.add(id);
        }

        @Override
        public List<Entry> pending(long afterId, int limit) {
            return List.of();
        }

        @Override
        public void close() {
        }
    }

    private final RecordingJournal journal = new RecordingJournal();
    private final JournaledWork work = new JournaledWork(journal);

    @Test
    @DisplayName("cleared after the dispatch ended and both pieces of work it submitted ran, not before")
    void clearedAfterAllWork() {
        // given a dispatch that submits two pieces of work
        Runnable first;
        Runnable second;
        try (JournaledWork.Ticket ignored = work.replaying(7, null)) {
            first = work.track(() -> { });
            second = work.track(() -> { });
        }

        // then nothing is cleared while work is outstanding
        assertEquals(List.of(), journal.done);
        first.run();
        assertEquals(List.of(), journal.done);

        // when the last piece runs, then the entry is cleared once
        second.run();
        assertEquals(List.of(7L), journal.done);
    }

    @Test
    @DisplayName("a dispatch that submits no work is cleared when it ends")
    void noWork() {
        // when
        work.replaying(3, null).close();

        // then
        assertEquals(List.of(3L), journal.done);
    }

    @Test
    @DisplayName("work that throws still clears; work that never runs (e.g. rejected at shutdown) keeps the entry")
    void failingAndNeverRun() {
        // given two dispatches: one whose work throws, one whose work is never run
        Runnable failing;
        try (JournaledWork.Ticket ignored = work.replaying(1, null)) {
            failing = work.track(() -> {
                throw new IllegalStateException("boom");
            });
        }
        try (JournaledWork.Ticket ignored = work.replaying(2, null)) {
            work.track(() -> { });
        }

        // when the failing work runs
        try {
            failing.run();
        } catch (IllegalStateException expected) {
            // the work's own failure is not the journal's business
        }

        // then only the first is cleared: the second would be replayed after a restart
        assertEquals(List.of(1L), journal.done);
    }

    @Test
    @DisplayName("work submitted outside any dispatch is not tracked")
    void outsideDispatch() {
        // given a dispatch that has ended
        work.replaying(5, null).close();

        // when work is submitted afterwards, on the same thread
        Runnable r = () -> { };
        Runnable tracked = work.track(r);

        // then it is the work itself, and nothing more is cleared
        assertEquals(r, tracked);
        tracked.run();
        assertEquals(List.of(5L), journal.done);
    }
}
