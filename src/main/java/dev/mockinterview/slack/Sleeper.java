package dev.mockinterview.slack;

import java.time.Duration;

/** Waits before a retry. Injected so tests can record waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    Sleeper REAL = d -> Thread.sleep(d.toMillis());
}
