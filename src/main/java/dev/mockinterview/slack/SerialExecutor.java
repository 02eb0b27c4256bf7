package dev.mockinterview.slack;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs post-ack work on a shared executor, one task at a time per key (a user), in submission order, so that two
 * quick clicks produce their messages in the order they were made. Different keys run in parallel.
 */
public final class SerialExecutor {
    private static final Logger log = LoggerFactory.getLogger(SerialExecutor.class);

    private final Executor delegate;
    private final ConcurrentHashMap<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    public SerialExecutor(Executor delegate) {
        this.delegate = delegate;
    }

    public void submit(String key, Runnable task) {
        CompletableFuture<Void>[] created = new CompletableFuture[1];
        tails.compute(key, (k, tail) -> {
            CompletableFuture<Void> previous = tail == null ? CompletableFuture.completedFuture(null) : tail;
            created[0] = previous.thenRunAsync(() -> runLogged(task), delegate);
            return created[0];
        });
        CompletableFuture<Void> mine = created[0];
        mine.whenComplete((r, e) -> tails.remove(key, mine));
    }

    /** Tasks queued or running, for graceful shutdown. */
    public int pendingKeys() {
        return tails.size();
    }

    private static void runLogged(Runnable task) {
        try {
            task.run();
        } catch (Throwable e) {
            // A task that throws (even an Error) must not break the chain for later tasks of the same key.
            log.error("background task failed: {}", e.toString(), e);
        }
    }
}
