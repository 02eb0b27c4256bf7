package dev.mockinterview.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Stemmer")
class StemmerTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "shard, sharded", "shard, sharding", "shard, shards",
            "database, databases", "strategy, strategies", "cache, caching", "cache, cached", "cache, caches",
            "queue, queues", "queue, queueing", "queue, queuing", "limit, limiter", "limit, limiting",
            "migrate, migration", "migrate, migrated", "migrating, migration", "scale, scalability",
            "scalable, scaling", "idempotent, idempotency", "consistent, consistency", "eventual, eventually",
            "retry, retries", "retry, retried", "optimize, optimisation", "optimize, optimization",
            "analysis, analyzed", "diagnose, diagnosis", "prioritize, priorities", "index, indexes",
            "index, indexing", "log, logging", "map, mapping", "count, counter", "replicate, replicated",
            "observe, observability", "available, availability", "edge, edges", "case, cases",
            "atomic, atomically", "horizontal, horizontally", "partition, partitioning", "user, user's",
            "timestamp, timestamps", "architecture, architectural"})
    @DisplayName("inflections and derivations share a stem")
    void sameStem(String a, String b) {
        // given / when
        String left = Text.stemOf(a);
        String right = Text.stemOf(b);

        // then
        assertEquals(left, right, a + " → " + left + ", " + b + " → " + right);
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource({"event, eventual", "user, use", "leaky, leak", "token, took", "p99, p95", "k8s, k8"})
    @DisplayName("different words keep different stems")
    void differentStem(String a, String b) {
        assertNotEquals(Text.stemOf(a), Text.stemOf(b));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"p99", "k8s", "2pc", "s3", "api", "log"})
    @DisplayName("short words and words with digits are left alone")
    void leftAlone(String word) {
        assertEquals(word, Text.stemOf(word));
    }
}
