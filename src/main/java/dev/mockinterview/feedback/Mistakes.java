package dev.mockinterview.feedback;

import dev.mockinterview.interview.Category;
import dev.mockinterview.interview.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The common mistakes an answer appears to make.
 *
 * <p><b>Always checked</b> (where they apply):
 * <ul>
 *   <li><b>No metrics</b> (−20), when quantified impact applies: the answer has no number at all.</li>
 *   <li><b>Only "we", never "I"</b> (−20), behavioral and leadership: "we/our/us" at least twice and no
 *       "I/me/my".</li>
 *   <li><b>No trade-offs named</b> (−20), system design and situational: none of "trade-off", "instead of", "at the
 *       cost/expense of", "pros and cons", "versus/vs", "rather than", "downside", "drawback", "on the other hand",
 *       "compromise", "whereas", "in exchange", "alternatively", "weigh", "balance between".</li>
 * </ul>
 * <p><b>From the question's own {@code commonMistakes}</b>: each mistake text is matched, by its words, against the
 * {@link #CHECKS} table; the first check whose trigger words it contains applies, named with the bank's text. A
 * mistake text that maps onto an always-checked mistake (e.g. "Failing to quantify…" onto no metrics, "Focusing
 * solely on team achievements…" onto only-"we", "…the trade-off…" onto no trade-offs) renames it and makes it
 * apply whatever the category. Blaming (−25) is found by blame words ("their fault", "blamed", "incompetent",
 * "dropped the ball", "because of them", …) not preceded by a negation; vagueness (−20) by fewer than 80 words or
 * none of the key terms; every other check (−15) by the answer mentioning none of the check's words (e.g. "Not
 * having a rollback plan" is detected when the answer says none of rollback, roll back, revert, feature flag,
 * canary, kill switch, blue-green). Mistakes no check recognizes are not checked.
 */
final class Mistakes {

    /** A detected mistake: its name (the bank's text where it came from the bank), advice and penalty. */
    record Detected(String name, String advice, int penalty) {
    }

    /** What was checked and what was found. */
    record Result(List<Detected> detected, List<String> checked) {
        int penalty() {
            return detected.stream().mapToInt(Detected::penalty).sum();
        }
    }

    /** What the scorer already knows about the answer. */
    record Context(Question question, Text answer, int quantities, boolean impactApplies, int termsCovered,
            String firstMissedTerm) {
    }

    static final int GENERIC_PENALTY = 20;
    static final int BLAME_PENALTY = 25;
    static final int SPECIFIC_PENALTY = 15;
    static final int VAGUE_MIN_WORDS = 80;

    private enum Kind { NO_METRICS, ONLY_WE, NO_TRADE_OFFS, BLAME, VAGUE, ABSENT, PRESENT_WITHOUT }

    /**
     * One check: the words in a bank mistake that select it, and how it is detected. For {@code ABSENT}, detected
     * when the answer mentions none of {@code mentions}; for {@code PRESENT_WITHOUT}, when it mentions one of
     * {@code flags} but none of {@code mentions}.
     */
    record Check(String id, Kind kind, Cues triggers, Cues mentions, Cues flags, String shortName, String advice) {
    }

    private static Check check(String id, Kind kind, String triggers, String mentions, String flags,
            String shortName, String advice) {
        return new Check(id, kind, split(triggers), split(mentions), split(flags), shortName, advice);
    }

    private static Cues split(String list) {
        if (list == null || list.isBlank()) {
            return new Cues(List.of());
        }
        List<String> out = new ArrayList<>();
        for (String s : list.split("\\|")) {
            out.add(s.strip());
        }
        return new Cues(out);
    }

    static final Check NO_METRICS = check("no-metrics", Kind.NO_METRICS, "quantif|quantifying|measurable", null,
            null, "No metrics: the answer gives no numbers",
            "Add numbers: how much latency, errors, cost or time changed (e.g. \"p99 fell from 900 ms to 120 ms\").");
    static final Check ONLY_WE = check("only-we", Kind.ONLY_WE, "team achievements|personal contributions", null,
            null, "Only \"we\", never \"I\": your own part is unclear",
            "Say what you did yourself: use \"I\" for your decisions and actions, \"we\" only for the team's.");
    static final Check NO_TRADE_OFFS = check("no-trade-offs", Kind.NO_TRADE_OFFS, "trade off|tradeoff", null, null,
            "No trade-offs named",
            "Name at least one trade-off: \"I'd choose X instead of Y, at the cost of Z\".");

    private static final Cues TRADE_OFF_CUES = split("trade off|trade offs|tradeoff|tradeoffs|instead of|"
            + "at the cost of|at the expense of|pros and cons|pro and con|versus|vs|rather than|downside|drawback|"
            + "on the other hand|compromise|whereas|in exchange|alternatively|weigh|weighed|weighing|balance between|"
            + "the cost is|the price is");
    private static final Cues BLAME_WORDS = split("their fault|his fault|her fault|not my fault|at fault|"
            + "blame|blamed|blaming|incompetent|lazy|they failed to|they refused|dropped the ball|messed up|"
            + "screwed up|because of them|their mistake|careless");
    private static final Set<String> NEGATIONS = Set.of("no", "not", "never", "without", "didn't", "don't",
            "wasn't", "rather", "instead", "avoid", "avoided", "nobody", "nothing");
    private static final Set<String> SINGULAR = Set.of("i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine",
            "myself");
    private static final Set<String> PLURAL = Set.of("we", "we're", "we've", "we'd", "we'll", "our", "ours", "us",
            "ourselves");

    /** The checks a bank mistake can select, in priority order (first match wins). */
    static final List<Check> CHECKS = List.of(
            check("blame", Kind.BLAME, "blame|blaming", null, null, "Blaming others",
                    "Own your part: say what you would do differently rather than whose fault it was."),
            check("vague", Kind.VAGUE, "vague", null, null, "Vague, without specifics",
                    "Be concrete: name the system, tools and numbers"),
            NO_METRICS, ONLY_WE, NO_TRADE_OFFS,
            check("why", Kind.ABSENT, "the why|justifying|justify", "because|so that|in order to|reason|rationale|"
                    + "why|which meant|to avoid|to prevent|given that|trade off|justify|the point was|due to|"
                    + "to address|to ensure|allowed us|allowing us|to reduce|to keep|to protect|so we could", null,
                    "No reasons given", "Give the reason behind each choice (\"… because …\", \"so that …\")."),
            check("lessons", Kind.ABSENT, "lessons learned|lesson", "learned|learnt|lesson|takeaway|next time|"
                    + "differently|since then|now i|in hindsight|looking back|going forward", null,
                    "No lessons learned", "End with what you learned and what you now do differently."),
            check("big-bang", Kind.PRESENT_WITHOUT, "big bang", "incremental|incrementally|strangler|phase|phased|"
                    + "gradual|gradually|step by step|piece by piece|one at a time|iterative|iteratively",
                    "big bang|rewrite|rewrote|from scratch|all at once", "Big-bang rewrite",
                    "Propose an incremental path (e.g. strangler fig, one service at a time)."),
            check("rollback", Kind.ABSENT, "rollback|roll back", "rollback|roll back|rolled back|revert|"
                    + "feature flag|feature toggle|canary|kill switch|blue green", null, "No rollback plan",
                    "Say how you would undo the change if it fails: a rollback plan, feature flag or canary."),
            check("post-mortem", Kind.ABSENT, "post mortem|postmortem", "postmortem|post mortem|retrospective|"
                    + "retro|root cause|rca|lessons|preventive|preventative", null, "No post-mortem",
                    "Close with a blameless post-mortem and the preventive actions it produced."),
            check("incident-first", Kind.ABSENT, "downplaying the production incident", "incident|outage|"
                    + "production issue|sev1|p0", null, "Incident not addressed",
                    "Deal with the production incident first and say so."),
            check("incident-roles", Kind.ABSENT, "incident response plan|roles defined", "incident commander|"
                    + "runbook|on call|playbook|response plan|war room|roles", null, "No incident roles",
                    "Name the incident roles and runbook (incident commander, communications lead)."),
            check("communication", Kind.ABSENT, "communication|communicate|communicating", "communicate|"
                    + "communication|stakeholder|stakeholders|inform|informed|update|updates|status page|announce|"
                    + "told|war room|incident channel", null, "No communication plan",
                    "Say who you keep informed, how and how often (e.g. stakeholder updates every 30 minutes)."),
            check("race", Kind.ABSENT, "race condition|race conditions", "race|atomic|atomically|lua|transaction|"
                    + "lock|locking|multi exec|compare and set|serializable|single threaded", null,
                    "Race conditions not addressed",
                    "Explain how check-and-update stays atomic across servers (e.g. a Lua script in Redis)."),
            check("time-window", Kind.ABSENT, "time window", "window|bucket|sliding|timestamp|timestamps|expire|"
                    + "expiry|ttl|refill", null, "Counter without a time window",
                    "Tie counting to the time window: sliding window, token bucket or expiring counters."),
            check("round-trip", Kind.ABSENT, "round trip|round trips", "round trip|round trips|latency|"
                    + "local cache|pipeline|pipelining|batch|lua|in memory|in process|sidecar|near cache", null,
                    "Round-trip cost ignored",
                    "Address the cost of calling the central store on every request (one Lua call, local pre-checks)."),
            check("idempotency", Kind.ABSENT, "idempotency|idempotent", "idempotency|idempotent|dedup|deduplicate|"
                    + "deduplication|exactly once|unique id|unique key", null, "Idempotency not addressed",
                    "Make processing idempotent (e.g. an idempotency key per transaction) so retries cannot"
                            + " repeat it."),
            check("two-phase-commit", Kind.PRESENT_WITHOUT, "two phase commit|2pc", "saga|sagas|outbox|compensating|"
                    + "compensation|eventual", "2pc|two phase commit", "Relying on two-phase commit",
                    "Prefer sagas with compensating steps over two-phase commit across services."),
            check("reconciliation", Kind.ABSENT, "reconciliation", "reconcile|reconciliation|audit", null,
                    "No reconciliation", "Add reconciliation: a job that compares records and fixes discrepancies."),
            check("consistency", Kind.ABSENT, "data consistency|consistency models|eventual consistency",
                    "consistency|consistent|saga|outbox|transaction|acid|quorum|linearizable", null,
                    "Consistency not addressed",
                    "Say which consistency each part needs and how you keep data consistent (e.g. sagas, outbox)."),
            check("operations", Kind.ABSENT, "operational complexity|operational overhead", "operate|operations|"
                    + "operational|monitoring|on call|automate|automation|overhead|maintain|maintenance|observability",
                    null, "Operational cost ignored",
                    "Address the operational overhead: monitoring, on-call, automation."),
            check("monitoring", Kind.ABSENT, "monitoring|alerting", "monitor|monitoring|alert|alerts|alerting|"
                    + "observability|metrics|dashboard|tracing|trace|logging|logs", null, "No monitoring",
                    "Say how you would see failures: metrics, alerts, tracing."),
            check("security", Kind.ABSENT, "security", "security|secure|encrypt|encryption|pci|auth|"
                    + "authentication|tls|vulnerability|cve|cvss|patch|permission|access control", null,
                    "Security not addressed", "Cover security: the vulnerability, encryption, authentication."),
            check("decision", Kind.ABSENT, "structured approach to decision|data driven analysis", "framework|"
                    + "rice|cost benefit|ab test|experiment|data|metric|metrics|analysis|criteria", null,
                    "No structured decision", "Show how you decided: the criteria, the data, the framework."),
            check("prioritization", Kind.ABSENT, "prioritization framework|prioritization mechanism|"
                    + "structured prioritization|proper prioritization", "prioritize|prioritization|priority|rice|"
                    + "moscow|wsjf|eisenhower|matrix|cost of delay|rank|score|triage", null, "No prioritization method",
                    "Name the prioritization method (e.g. RICE, cost of delay) and apply it."),
            check("plan", Kind.ABSENT, "structured plan", "plan|phase|phases|week|weeks|30 60 90|milestone|"
                    + "checklist|first day|first month", null, "No structured plan",
                    "Lay out the plan in phases (e.g. first week, first month, first quarter)."),
            check("feedback", Kind.ABSENT, "constructive feedback", "feedback", null, "No feedback",
                    "Say how and how often you gave feedback."),
            check("expectations", Kind.ABSENT, "clear expectations|milestones", "expectation|expectations|"
                    + "milestone|milestones|goal|goals|objective|okr|success criteria", null, "No clear expectations",
                    "Set explicit milestones and say how you checked them."),
            check("social", Kind.ABSENT, "social integration", "social|introduce|introduced|buddy|belong|"
                    + "belonging|lunch|welcome|team members", null, "Social side neglected",
                    "Mention how you helped them join the team (introductions, a buddy)."),
            check("criteria", Kind.ABSENT, "objective criteria", "criteria|criterion|benchmark|benchmarks|data|"
                    + "metric|metrics|measure|prototype|proof of concept|spike|load test", null,
                    "No objective criteria", "Agree on objective criteria first (e.g. latency, cost, team expertise)."),
            check("follow-up", Kind.ABSENT, "following up|follow up", "follow up|followed up|check in|checked in|"
                    + "revisit|revisited|retro|retrospective|monitor|review|weeks later|months later", null,
                    "No follow-up", "Say how you followed up to check the decision worked."),
            check("data", Kind.ABSENT, "sufficient data|jumping to conclusions", "data|metric|metrics|log|logs|"
                    + "trace|traces|dashboard|evidence|hypothesis|graph|profile|profiling", null,
                    "Conclusions without data",
                    "Say which data you would gather before deciding (traces, logs, metrics)."),
            check("automation", Kind.ABSENT, "automation", "automate|automated|automation|ci|cd|pipeline|terraform|"
                    + "infrastructure as code|iac", null, "No automation",
                    "Mention automation: CI/CD pipelines and infrastructure as code."),
            check("infrastructure", Kind.ABSENT, "infrastructure|external dependencies", "infrastructure|network|"
                    + "database|cpu|memory|disk|host|node|pod|dependency|dependencies|third party|upstream|"
                    + "downstream|garbage collection", null, "Infrastructure not considered",
                    "Look beyond the code: network, database, hosts and external dependencies."),
            check("code-only", Kind.ABSENT, "code level fixes|solely on code", "architecture|architectural|system|"
                    + "design|service|database|infrastructure", null, "Only code-level fixes",
                    "Say what you changed in the architecture, not only in the code."),
            check("people", Kind.ABSENT, "team dynamics|human element", "team|people|relationship|trust|morale|"
                    + "feel|felt|concern|concerns|listen|listened|empathy|cohesion|heard|perspective|perspectives",
                    null, "People side ignored", "Say how you handled the people: who felt what, how you listened."),
            check("ethics", Kind.ABSENT, "ethical", "ethic|ethical|ethics|fair|fairness|privacy|trust|"
                    + "transparent|transparency|consent|honest", null, "Ethics not addressed",
                    "Address the ethical side (fairness, privacy, transparency to users)."),
            check("mitigation", Kind.ABSENT, "mitigation|contingency", "mitigate|mitigation|fallback|rollback|"
                    + "roll back|contingency|phased|gradual|canary|feature flag|plan b", null, "No mitigation",
                    "Say how you limited the downside (phased rollout, fallback, rollback plan)."),
            check("business", Kind.ABSENT, "business implications|business outcomes|purely technical",
                    "business|revenue|cost|customer|customers|money|profit|churn|conversion|sla|users", null,
                    "No business impact", "Connect the decision to business outcomes (revenue, cost, customers)."),
            check("cost", Kind.ABSENT, "cost implications", "cost|costs|price|pricing|budget|spot|tier|tiering|"
                    + "cheap|cheaper|expensive", null, "Cost ignored", "Say what it costs and how you keep cost down."),
            check("schema", Kind.ABSENT, "schema evolution", "schema|governance|registry|metadata|avro|protobuf",
                    null, "Schema evolution ignored",
                    "Cover schema evolution and governance (e.g. a schema registry)."),
            check("monolith", Kind.PRESENT_WITHOUT, "proposing a monolithic", "microservice|microservices|"
                    + "service boundaries|polyglot|decompose|split|separate services", "monolith|monolithic|"
                    + "single database|one database|single server|one server", "Monolithic design",
                    "Split the system by capability so parts scale and fail independently."),
            check("boundaries", Kind.ABSENT, "service boundaries", "boundary|boundaries|bounded context|domain|ddd",
                    null, "No service boundaries", "Say how you draw service boundaries (bounded contexts)."),
            check("real-time", Kind.ABSENT, "real time aspects", "real time|realtime|stream|streaming|websocket|"
                    + "push|low latency", null, "Real-time aspects ignored",
                    "Handle the real-time path (streaming, push)."),
            check("availability", Kind.ABSENT, "high availability|fault tolerance", "availability|available|"
                    + "failover|replica|replication|redundancy|redundant|circuit breaker|retry|retries|multi az|"
                    + "fault tolerance|fault tolerant", null, "No availability plan",
                    "Name the availability mechanisms (replication, failover, circuit breakers, retries)."),
            check("interaction", Kind.ABSENT, "interact|data flow", "flow|flows|publish|publishes|consume|consumes|"
                    + "request|requests|api|event|events|grpc|calls", null, "Data flow unclear",
                    "Walk through how a request flows between the components."),
            check("challenges", Kind.ABSENT, "challenges faced", "challenge|challenges|problem|difficult|hard|"
                    + "obstacle|risk|issue|blocker", null, "No challenges",
                    "Name the hardest obstacle and how you got past it."),
            check("consult", Kind.ABSENT, "consulting relevant teams", "consult|consulted|ask|asked|talk|talked|"
                    + "sync|align|aligned|check with|product|sales|security team", null, "No consultation",
                    "Say whom you consulted (security, product, sales) before deciding."));

    private Mistakes() {
    }

    static Result detect(Context c) {
        Question q = c.question();
        Category category = q.category();
        boolean behavioral = category == Category.BEHAVIORAL || category == Category.LEADERSHIP;
        boolean design = category == Category.SYSTEM_DESIGN || category == Category.SITUATIONAL;
        // Which checks apply, and under which name: always-checked ones first, then the bank's own.
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Check> byId = new LinkedHashMap<>();
        if (c.impactApplies()) {
            names.put(NO_METRICS.id(), NO_METRICS.shortName());
            byId.put(NO_METRICS.id(), NO_METRICS);
        }
        if (behavioral) {
            names.put(ONLY_WE.id(), ONLY_WE.shortName());
            byId.put(ONLY_WE.id(), ONLY_WE);
        }
        if (design) {
            names.put(NO_TRADE_OFFS.id(), NO_TRADE_OFFS.shortName());
            byId.put(NO_TRADE_OFFS.id(), NO_TRADE_OFFS);
        }
        Set<String> renamed = new java.util.HashSet<>();
        for (String mistake : q.commonMistakes()) {
            Text text = Text.of(mistake);
            for (Check check : CHECKS) {
                if (check.triggers().anyIn(text)) {
                    if (!renamed.contains(check.id())) {
                        names.put(check.id(), Phrases.display(mistake));
                        byId.put(check.id(), check);
                        renamed.add(check.id());
                    }
                    break;
                }
            }
        }
        List<Detected> detected = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (var e : byId.entrySet()) {
            Check check = e.getValue();
            String name = names.get(e.getKey());
            checked.add(name);
            if (detected(check, c)) {
                detected.add(new Detected(name, advice(check, c), penalty(check)));
            }
        }
        return new Result(List.copyOf(detected), List.copyOf(checked));
    }

    private static int penalty(Check check) {
        return switch (check.kind()) {
            case BLAME -> BLAME_PENALTY;
            case NO_METRICS, ONLY_WE, NO_TRADE_OFFS, VAGUE -> GENERIC_PENALTY;
            default -> SPECIFIC_PENALTY;
        };
    }

    private static String advice(Check check, Context c) {
        if (check.kind() == Kind.VAGUE) {
            return c.firstMissedTerm() == null ? check.advice() + "."
                    : check.advice() + " (e.g. \"" + Say.shorten(c.firstMissedTerm(), 60) + "\").";
        }
        return check.advice();
    }

    private static boolean detected(Check check, Context c) {
        Text a = c.answer();
        return switch (check.kind()) {
            case NO_METRICS -> c.quantities() == 0;
            case ONLY_WE -> count(a, SINGULAR) == 0 && count(a, PLURAL) >= 2;
            case NO_TRADE_OFFS -> !TRADE_OFF_CUES.anyIn(a);
            case BLAME -> unnegated(BLAME_WORDS, a);
            case VAGUE -> a.size() < VAGUE_MIN_WORDS
                    || (!c.question().keyTerminology().isEmpty() && c.termsCovered() == 0);
            case ABSENT -> !check.mentions().anyIn(a);
            case PRESENT_WITHOUT -> check.flags().anyIn(a) && !check.mentions().anyIn(a);
        };
    }

    private static int count(Text a, Set<String> words) {
        int n = 0;
        for (Text.Token t : a.tokens()) {
            if (words.contains(t.raw())) {
                n++;
            }
        }
        return n;
    }

    /** Whether a cue occurs without a negation among the three words before it ("rather than blame" is fine). */
    private static boolean unnegated(Cues cues, Text a) {
        for (int i = 0; i < a.size(); i++) {
            if (!cues.startsAt(a, i)) {
                continue;
            }
            boolean negated = false;
            for (int k = Math.max(0, i - 3); k < i && !negated; k++) {
                negated = NEGATIONS.contains(a.get(k).raw()) && a.get(k).sentence() == a.get(i).sentence();
            }
            if (!negated) {
                return true;
            }
        }
        return false;
    }
}
