package dev.mockinterview.bank;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the bank folder and reloads the bank shortly after files are added, edited or removed. Events are
 * gathered for a short quiet period first, so an editor's save (often several events) causes one reload.
 */
public final class BankWatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BankWatcher.class);

    private final WatchService watcher;
    private final Thread thread;

    public BankWatcher(Path dir, BankHolder holder, Duration quietPeriod) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        this.thread = new Thread(() -> watch(holder, quietPeriod), "mi-bank-watcher");
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void watch(BankHolder holder, Duration quiet) {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean relevant = drain(key);
                // Let the burst of events from one save settle before reading the files.
                WatchKey more;
                while ((more = watcher.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(more);
                }
                if (relevant) {
                    try {
                        holder.reload();
                    } catch (RuntimeException e) {
                        log.error("question bank reload failed: {}", e.toString(), e);
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closing
        }
    }

    private static boolean drain(WatchKey key) {
        boolean relevant = false;
        for (var event : key.pollEvents()) {
            Object context = event.context();
            relevant |= event.kind() == StandardWatchEventKinds.OVERFLOW
                    || (context instanceof Path p && BankLoader.isBankFile(p.getFileName().toString()));
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            log.warn("closing the bank watcher: {}", e.toString());
        }
        thread.interrupt();
    }
}
