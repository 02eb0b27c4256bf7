package dev.mockinterview.testutil;

import java.util.concurrent.Executor;

/** An executor that runs each task on a new daemon thread: for long-lived loops such as the journal's writer. */
public final class OwnThread {
    private OwnThread() {
    }

    public static Executor named(String name) {
        return task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            t.start();
        };
    }
}
