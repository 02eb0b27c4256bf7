package dev.mockinterview.bench;

import dev.mockinterview.bank.BankLoader;
import dev.mockinterview.bank.LoadResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * How long loading and validating a large bank takes: writes a synthetic bank ({@link SyntheticBank}, 100,000
 * questions in 10 files by default, about 540 MB of JSON) into a temporary folder, then times
 * {@code new BankLoader(ForkJoinPool.commonPool()).load(dir)}, the call {@code serve}, {@code validate} and every live reload make, several
 * times. The first run is cold, as at start-up or in {@code validate}: a fresh JVM (class loading, JIT) and a small
 * heap. The later runs are reloads: the previous bank stays in memory meanwhile, as the served bank does. Prints
 * figures and asserts nothing; the target is 3 s.
 *
 * <p>Arguments: {@code [QUESTIONS=100000] [FILES=10] [RUNS=6]}. Two banks in memory need a heap of about 3 GB (the
 * default on a machine with 12 GB or more; otherwise pass {@code -Xmx3g}).
 */
public final class BankLoadBenchmark {

    public static void main(String[] args) throws IOException {
        int questions = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int files = args.length > 1 ? Integer.parseInt(args[1]) : SyntheticBank.defaultFiles(questions);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        Path dir = Files.createTempDirectory("mi-bank-bench");
        try {
            long start = System.nanoTime();
            SyntheticBank.write(dir, questions, files);
            long bytes;
            try (Stream<Path> list = Files.list(dir)) {
                bytes = list.mapToLong(p -> p.toFile().length()).sum();
            }
            System.out.printf("generated %d questions in %d files, %.0f MB, in %.1f s%n", questions, files,
                    bytes / 1e6, (System.nanoTime() - start) / 1e9);

            BankLoader loader = new BankLoader(java.util.concurrent.ForkJoinPool.commonPool());
            // CPU time too (all threads, the collector's included): on a shared machine it is steadier than wall time.
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            List<Double> millis = new ArrayList<>();
            LoadResult serving = null;
            for (int i = 0; i < runs; i++) {
                long cpu = os.getProcessCpuTime();
                start = System.nanoTime();
                // As in a live reload, the bank being served stays in memory until the new one replaces it.
                LoadResult result = loader.load(dir);
                double ms = (System.nanoTime() - start) / 1e6;
                if (!result.ok() || result.bank().size() != questions) {
                    throw new IllegalStateException("the synthetic bank did not load:\n" + result.report());
                }
                serving = result;
                millis.add(ms);
                System.out.printf("run %d: %.0f ms (process CPU %.0f ms)%n", i + 1, ms,
                        (os.getProcessCpuTime() - cpu) / 1e6);
            }
            List<Double> warm = new ArrayList<>(millis.subList(Math.min(1, runs - 1), runs));
            Collections.sort(warm);
            System.out.printf("cores=%d questions=%d files=%d load+validate ms: first=%.0f median=%.0f max=%.0f"
                            + " (median and max of the %d runs after the first)%n",
                    Runtime.getRuntime().availableProcessors(), serving.bank().size(), files, millis.get(0),
                    warm.get(warm.size() / 2), warm.get(warm.size() - 1), warm.size());
        } finally {
            SyntheticBank.deleteTree(dir);
        }
    }
}
