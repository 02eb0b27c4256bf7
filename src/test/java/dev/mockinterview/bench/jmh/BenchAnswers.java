package dev.mockinterview.bench.jmh;

/** Answers as users write them, for the scoring and rendering benchmarks. */
final class BenchAnswers {
    /** A realistic STAR answer of about 1,000 characters (183 words): figures, tools, a trade-off. */
    static final String TYPICAL = "At my last company I owned the public checkout API, about 4,000 requests a second "
            + "at peak. In Q3 our p99 latency climbed from 120 ms to 2 s during sales and the error rate hit 3%, so "
            + "checkout conversion dropped by 8%. My task was to bring p99 back under 200 ms before Black Friday, six "
            + "weeks away, without a rewrite. I started with distributed tracing in Jaeger and found that one endpoint "
            + "made an N+1 query against PostgreSQL for every cart item. I batched those reads into one query, added a "
            + "composite index on cart and SKU, and put a Redis read-through cache with a 30-second TTL in front of "
            + "the price lookups. I load-tested each change with k6 at twice the expected peak and rolled it out "
            + "behind a feature flag to 5% of traffic first. As a result, p99 fell to 90 ms, errors dropped below "
            + "0.1%, and Black Friday ran with no incidents. The trade-off was staleness, so I agreed with the "
            + "pricing team that prices may lag by 30 seconds, and we recorded that in an ADR.";

    /** The 20,000-character answer of FeedbackLatencyBenchmark (README), so the figures can be compared. */
    static final String HUGE = "I led the migration and cut p99 by 40% at a cost of $2k a month; ".repeat(320)
            .substring(0, 20_000);

    private BenchAnswers() {
    }
}
