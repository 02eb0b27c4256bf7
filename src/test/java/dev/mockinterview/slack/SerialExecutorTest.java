package dev.mockinterview.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SerialExecutor")
class SerialExecutorTest {
    /** Upper bound on waiting for a latch: only reached when the code under test is broken. */
    private static final long WAIT_SECONDS = 10;

    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final SerialExecutor serial = new SerialExecutor(pool);

    @AfterEach
    void tearDown() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("tasks for one key run one at a time, in submission order, on a multi-thread pool")
    void oneKeyInOrder() throws InterruptedException {
        // given: the first task holds the key until every other task has been queued behind it
        int n = 200;
        CountDownLatch allSubmitted = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(n);
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunning = new AtomicInteger();

        // when
        for (int i = 0; i < n; i++) {
            int index = i;
            serial.submit("U123", () -> {
                maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    if (index == 0) {
                        await(allSubmitted);
                    }
                    order.add(index);
                } finally {
                    running.decrementAndGet();
                    done.countDown();
                }
            });
        }
        allSubmitted.countDown();

        // then
        assertTrue(done.await(WAIT_SECONDS, TimeUnit.SECONDS), "all tasks ran");
        assertEquals(IntStream.range(0, n).boxed().toList(), order);
        assertEquals(1, maxRunning.get(), "never two tasks of one key at once");
    }

    @Test
    @DisplayName("while a key's task is running, the key counts as pending")
    void pendingWhileRunning() throws InterruptedException {
        // given
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);

        // when
        serial.submit("U1", () -> {
            started.countDown();
            await(release);
            done.countDown();
        });

        // then
        assertTrue(started.await(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(1, serial.pendingKeys());
        release.countDown();
        assertTrue(done.await(WAIT_SECONDS, TimeUnit.SECONDS));
    }

    @Test
    @DisplayName("with a direct executor, nothing is left pending once tasks have run")
    void nothingPendingAfterwards() {
        // given
        SerialExecutor direct = new SerialExecutor(Runnable::run);
        List<String> ran = new ArrayList<>();

        // when
        direct.submit("U1", () -> ran.add("a"));
        direct.submit("U2", () -> ran.add("b"));
        direct.submit("U1", () -> {
            throw new IllegalStateException("boom");
        });

        // then
        assertEquals(List.of("a", "b"), ran);
        assertEquals(0, direct.pendingKeys());
    }

    @Test
    @DisplayName("different keys run in parallel: one key's blocked task does not hold up another key")
    void differentKeysInParallel() throws InterruptedException {
        // given
        CountDownLatch otherKeyRan = new CountDownLatch(1);
        CountDownLatch firstSawOther = new CountDownLatch(1);

        // when: U1's task waits for U2's task, which can only run if keys are independent
        serial.submit("U1", () -> {
            if (await(otherKeyRan)) {
                firstSawOther.countDown();
            }
        });
        serial.submit("U2", otherKeyRan::countDown);

        // then
        assertTrue(firstSawOther.await(WAIT_SECONDS, TimeUnit.SECONDS), "U2 ran while U1 was still busy");
    }

    @Test
    @DisplayName("a task that throws does not stop later tasks for the same key")
    void throwingTaskDoesNotBreakTheChain() throws InterruptedException {
        // given: both tasks are queued behind a blocked one, so the failure happens mid-chain
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch laterRan = new CountDownLatch(1);
        List<String> ran = Collections.synchronizedList(new ArrayList<>());

        // when
        serial.submit("U1", () -> await(release));
        serial.submit("U1", () -> {
            ran.add("thrower");
            throw new IllegalStateException("Slack said no");
        });
        serial.submit("U1", () -> {
            ran.add("later");
            laterRan.countDown();
        });
        release.countDown();

        // then
        assertTrue(laterRan.await(WAIT_SECONDS, TimeUnit.SECONDS), "the task after the failing one ran");
        assertEquals(List.of("thrower", "later"), ran);
    }

    @Test
    @DisplayName("a task that throws an Error does not stop later tasks for the same key")
    void errorDoesNotBreakTheChain() throws InterruptedException {
        // given
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch laterRan = new CountDownLatch(1);

        // when
        serial.submit("U1", () -> await(release));
        serial.submit("U1", () -> {
            throw new StackOverflowError("deep render");
        });
        serial.submit("U1", laterRan::countDown);
        release.countDown();

        // then
        assertTrue(laterRan.await(WAIT_SECONDS, TimeUnit.SECONDS), "the task after the failing one ran");
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
