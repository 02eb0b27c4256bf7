package dev.mockinterview.feedback;

import dev.mockinterview.bank.BankLoader;
import dev.mockinterview.bank.LoadResult;
import dev.mockinterview.interview.Question;
import dev.mockinterview.interview.QuestionBank;
import java.nio.file.Path;

/**
 * Hand-written answers to real questions of the fixture bank ({@code src/test/resources/banks/e2e}), and the bank itself. Each
 * question has a strong and a weak answer, plus variants of the strong answer that change one thing (numbers, "I",
 * the result, a framework step, the trade-offs), for pairwise comparisons.
 */
final class Answers {
    static final String Q01 = "backend-senior-01-architecture-decision-scalability-issue";
    static final String Q03 = "backend-senior-03-onboarding-junior-engineer";
    static final String Q05 = "backend-senior-05-diagnosing-intermittent-production-issue";
    static final String Q11 = "backend-senior-11-monolith-to-microservices";
    static final String Q13 = "backend-senior-13-distributed-rate-limiter";
    static final String Q14 = "backend-senior-14-financial-transaction-processing";
    static final String Q15 = "backend-senior-15-complex-project-exceeded-expectations";

    private static QuestionBank bank;

    private Answers() {
    }

    /** The fixture bank, loaded once per test JVM (tests only read it). */
    static synchronized QuestionBank bank() {
        if (bank == null) {
            LoadResult result = new BankLoader().load(dev.mockinterview.testutil.FixtureBanks.E2E);
            if (!result.ok()) {
                throw new IllegalStateException(result.report());
            }
            bank = result.bank();
        }
        return bank;
    }

    static Question question(String id) {
        return bank().byId(id).orElseThrow(() -> new IllegalArgumentException("no question " + id));
    }

    // ---------------------------------------------------------------------------------------------------------
    // 01, behavioral: an architectural decision that caused scalability problems

    static final String Q01_SITUATION = """
            At my previous company I led the backend for a real-time payments analytics service. We had chosen a \
            single PostgreSQL instance and a monolithic Spring Boot app for speed of delivery, and that was my \
            architectural decision. Six months after launch, traffic grew 10x and p99 latency went from 80 ms to \
            1.2 s during peaks, with connection pool exhaustion causing outages twice a week.
            """;
    static final String Q01_TASK = """
            My task was to find the root cause and fix the scalability bottleneck without stopping feature work.
            """;
    static final String Q01_ACTION = """
            I started a root cause analysis: I added distributed tracing with Jaeger and used pg_stat_statements to \
            profile the database. I found an N+1 query problem in our ORM, missing database indexing on two foreign \
            keys, and lock contention on the single write primary. I fixed the N+1 queries and added the indexes in \
            the first week. Then I introduced Redis caching for read-heavy reference data, moved reporting to a read \
            replica, and tuned connection pooling with PgBouncer. For the longer term I proposed and led sharding the \
            database by merchant ID and moved notifications to asynchronous messaging over Kafka, so the write path \
            stayed small. I also set up load testing in CI so regressions show up before production.
            """;
    static final String Q01_RESULT = """
            As a result, p99 latency fell from 1.2 s to 95 ms, the outages stopped completely, and database CPU \
            dropped by 45%. The lesson I learned is to load test early and to design data access patterns up front; \
            I now write a capacity plan and add observability (APM, logging, metrics) on day one, and I favour \
            evolutionary architecture over big rewrites.
            """;
    static final String Q01_STRONG = Q01_SITUATION + "\n" + Q01_TASK + "\n" + Q01_ACTION + "\n" + Q01_RESULT;

    /** The strong answer with every number taken out (and "p99"), nothing else changed. */
    static final String Q01_NO_NUMBERS = Q01_STRONG
            .replace("traffic grew 10x and p99 latency went from 80 ms to 1.2 s during peaks",
                    "traffic grew sharply and latency went up badly during peaks")
            .replace("p99 latency fell from 1.2 s to 95 ms", "latency fell back to normal")
            .replace("dropped by 45%", "dropped a lot");

    /** The strong answer told only with "we": never "I", "my" or "me". */
    static final String Q01_ONLY_WE = Q01_STRONG
            .replace("At my previous company I led", "At a previous company we led")
            .replace("that was my architectural decision", "that was our architectural decision")
            .replace("My task was", "Our task was")
            .replace("I started", "We started")
            .replace("I added", "we added")
            .replace("I found", "We found")
            .replace("I fixed", "We fixed")
            .replace("Then I introduced", "Then we introduced")
            .replace("For the longer term I proposed and led", "For the longer term we proposed and led")
            .replace("I also set up", "We also set up")
            .replace("The lesson I learned", "The lesson we learned")
            .replace("I now write", "we now write")
            .replace("and I favour", "and we favour");

    /** The strong answer without its result paragraph. */
    static final String Q01_NO_RESULT = Q01_SITUATION + "\n" + Q01_TASK + "\n" + Q01_ACTION;

    static final String Q01_WEAK = """
            We had some performance problems with our database once. We looked into it and fixed the slow queries \
            and things got better after that. It was a good learning experience for the team.
            """;

    // ---------------------------------------------------------------------------------------------------------
    // 03, leadership: onboarding a junior engineer

    static final String Q03_STRONG = """
            When a junior engineer joined my team at a payments company, the system was a set of microservices on \
            Kubernetes with Kafka event streaming, PostgreSQL and Cassandra, which is a lot to absorb.

            My task was to get them contributing independently within their first quarter, and to measure both \
            their progress and my own effectiveness as a mentor.

            I wrote a 30-60-90 day plan with clear milestones. In the first 30 days I walked them through the \
            architecture with C4 model diagrams and our ADRs, set up their environment, and I paired with them on \
            small bug fixes so they learned the deployment pipeline through pair programming. I introduced them to \
            the people on each team and gave them a buddy for social questions. Between days 30 and 60 I assigned a \
            small, self-contained feature and gave detailed pull request review feedback within a day; I held \
            15-minute daily check-ins on blockers and weekly 1:1s. After 60 days they joined on-call shadowing and \
            led a design discussion, where I coached them through the CIRCLES method instead of giving answers.

            To measure progress I tracked task completion, PR cycle time, review rounds per PR, and how often they \
            debugged issues on their own. To measure my effectiveness I asked for their feedback in every 1:1 and \
            asked the team how their autonomy was growing.

            As a result, they shipped their first feature in 3 weeks, 25% faster than previous new hires, review \
            rounds per PR fell from 4 to 2 by day 90, and they now mentor the next hire. I learned to set explicit \
            milestones up front.
            """;

    /** The strong answer told only with "we". */
    static final String Q03_ONLY_WE = Q03_STRONG
            .replace("joined my team", "joined the team")
            .replace("My task was", "Our task was")
            .replace("my own effectiveness as a mentor", "our own effectiveness as mentors")
            .replace("I wrote", "We wrote")
            .replace("I walked", "we walked")
            .replace("and I paired", "and we paired")
            .replace("I introduced", "We introduced")
            .replace("I assigned", "we assigned")
            .replace("I held", "we held")
            .replace("where I coached", "where we coached")
            .replace("To measure progress I tracked", "To measure progress we tracked")
            .replace("To measure my effectiveness I asked", "To measure our effectiveness we asked")
            .replace("I learned", "We learned");

    static final String Q03_WEAK = """
            We gave the new engineer some documentation and they asked questions when they were stuck. We reviewed \
            their code. After a while they were productive.
            """;

    // ---------------------------------------------------------------------------------------------------------
    // 05, situational: intermittent latency spikes

    static final String Q05_SCOPE = """
            First I would stabilise and scope the problem: check the dashboards for latency, error rates and \
            traffic, look at recent deployments and config changes, and open a war room with SRE and the owning \
            team, following our runbook. I would measure the impact against our SLOs: which endpoints, how many \
            users, how often. Say p99 jumps from 200 ms to 2 s for about 5% of requests a few times an hour.
            """;
    static final String Q05_DATA = """
            Second, gather data before concluding anything. Distributed tracing with Jaeger or OpenTelemetry shows \
            which downstream call is slow; logs in the ELK stack show exceptions; infrastructure metrics show CPU, \
            memory, GC pauses, network and database connection pools. For an intermittent problem I correlate the \
            spikes with time of day, traffic patterns, specific tenants and external dependencies.
            """;
    static final String Q05_HYPOTHESES = """
            Third, form hypotheses: resource contention, a slow query on certain data, a noisy neighbour on \
            Kubernetes, a third-party API, or a code regression. Fourth, isolate variables with controlled \
            experiments: reproduce in staging with synthetic transactions, or compare a canary deployment with the \
            rest of the fleet. Chaos engineering experiments can force rare failures. Fifth, validate each \
            hypothesis by correlating the data points before acting.
            """;
    static final String Q05_DECIDE = """
            To decide on a fix under pressure I rank options with RICE scoring: a quick mitigation such as rolling \
            back, adding an index or raising a pool limit, versus the proper long-term fix. The trade-off is speed \
            against risk, so I pick the lowest-effort change that restores the SLO, roll it out in phases behind a \
            feature flag with a rollback plan, and communicate status to stakeholders every 30 minutes.
            """;
    static final String Q05_AFTER = """
            Afterwards I run a blameless post-mortem to document the root cause analysis, add alerts and a runbook \
            entry, and schedule the long-term fix.
            """;
    static final String Q05_STRONG = String.join("\n", Q05_SCOPE, Q05_DATA, Q05_HYPOTHESES, Q05_DECIDE, Q05_AFTER);

    /** The strong answer without the hypothesis, isolation and validation steps. */
    static final String Q05_NO_HYPOTHESES = String.join("\n", Q05_SCOPE, Q05_DATA, Q05_DECIDE, Q05_AFTER);

    static final String Q05_WEAK = """
            I would look at the logs and try to find the bug, then fix it and deploy the fix quickly.
            """;

    // ---------------------------------------------------------------------------------------------------------
    // 13, system design: a distributed rate limiter

    static final String Q13_INTRO = """
            I'd build it as a shared rate limiting service backed by Redis, so every API server in the fleet sees \
            the same counts.
            """;
    static final String Q13_DATA = """
            First, the data structures: for each user I keep a Redis sorted set (ZSET) keyed by user ID, \
            ratelimit:{user_id}, where each member and score is the request timestamp in milliseconds. A hash map \
            of fixed-window counters would be cheaper, but it lets a user send 2N requests around a window \
            boundary, so for an exact "N requests in any M seconds" rule I prefer a sliding window log.
            """;
    static final String Q13_ALGORITHM = """
            Second, the algorithm. On each request the API gateway calls a Lua script that runs atomically inside \
            Redis: ZREMRANGEBYSCORE removes timestamps older than now minus M seconds, ZCARD counts what is left, \
            and if the count is below N it adds the current timestamp with ZADD and sets a TTL of M seconds on the \
            key; otherwise it rejects the request with HTTP 429 and a Retry-After header. Because the whole \
            read-modify-write runs in one script, there are no race conditions between API servers, and it costs \
            one network round trip per request.
            """;
    static final String Q13_DISTRIBUTED = """
            Third, the distributed environment. Redis Cluster shards the keys by user, so load spreads across \
            nodes, and replicas give failover. If Redis is unreachable I fail open for most endpoints to protect \
            availability, but fail closed for expensive ones. Clock skew between servers doesn't matter because \
            the script uses the Redis server time. Clients should retry with exponential backoff, and requests carry \
            an idempotency key so a retried request isn't counted twice.
            """;
    static final String Q13_TRADE_OFFS = """
            Trade-offs: the sliding window log is precise but uses memory per request, at the cost of O(N) entries \
            per user; at very high limits I would switch to a token bucket or a sliding window counter, which keeps \
            two counters per user instead of a log, accepting a small approximation. A leaky bucket smooths bursts \
            rather than allowing them. For latency-sensitive paths, a local in-memory token bucket per server can \
            absorb most checks and sync with Redis in batches.
            """;
    /** The same paragraph with every trade-off wording taken out. */
    static final String Q13_NO_TRADE_OFFS_PARAGRAPH = """
            Scaling: the sliding window log is precise and uses memory per request, O(N) entries per user; at very \
            high limits I would switch to a token bucket or a sliding window counter, which keeps two counters per \
            user and is approximate. A leaky bucket smooths bursts. For latency-sensitive paths, a local in-memory \
            token bucket per server can absorb most checks and sync with Redis in batches.
            """;
    static final String Q13_EDGES = """
            Edge cases: bursts at window edges, identifying users by API key and not only by IP address behind NAT, \
            and monitoring the rejection rate with alerts.
            """;
    static final String Q13_STRONG = String.join("\n", Q13_INTRO, Q13_DATA, Q13_ALGORITHM, Q13_DISTRIBUTED,
            Q13_TRADE_OFFS, Q13_EDGES);
    static final String Q13_NO_TRADE_OFFS = String.join("\n", Q13_INTRO, Q13_DATA, Q13_ALGORITHM, Q13_DISTRIBUTED,
            Q13_NO_TRADE_OFFS_PARAGRAPH, Q13_EDGES);
    /** The strong answer without the algorithm step. */
    static final String Q13_NO_ALGORITHM = String.join("\n", Q13_INTRO, Q13_DATA, Q13_DISTRIBUTED,
            Q13_TRADE_OFFS, Q13_EDGES);

    static final String Q13_WEAK = """
            I would put a counter in the database for each user. Every time a request comes in, increment the \
            counter, and if it is bigger than N, reject it. Reset the counters every M seconds with a cron job. \
            This is simple and works for all API servers because they share the database.
            """;
}
