package dev.mockinterview.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.mockinterview.interview.Category;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes large, valid question banks for benchmarks: N questions in the format {@code BankLoader} accepts
 * ({@code questions/question-bank.schema.json}), with field sizes like the shipped {@code backend-senior.json}
 * (about 5 KB of text per question: a prompt, an answer framework, a STAR example, a model answer in paragraphs,
 * key points, terms, what interviewers look for and common mistakes).
 *
 * <p>Question {@code n} is fully determined by {@code n}: its id is {@link #id(int)}, its category
 * {@link #category(int)} and its role and level {@link #role(int)} / {@link #level(int)}, so benchmarks can pick
 * questions without loading the bank. The text is pseudo-random prose from a technical vocabulary, seeded per
 * question, so the same N always gives the same questions whatever the number of files.
 *
 * <p>Run {@code main} to write a bank for {@code ./mockinterview validate DIR} or {@code QUESTIONS_DIR}:
 * {@code java -cp ... dev.mockinterview.bench.SyntheticBank DIR [QUESTIONS] [FILES]}.
 */
public final class SyntheticBank {
    /** The role and level pairs questions are spread over, in turn. */
    public static final List<String[]> ROLE_LEVELS = List.of(
            new String[] {"backend", "senior"}, new String[] {"backend", "staff"},
            new String[] {"frontend", "senior"}, new String[] {"data", "mid"});

    private static final Category[] CATEGORIES = Category.values();

    private static final String[] WORDS = {
        "latency", "throughput", "cache", "replica", "shard", "partition", "queue", "consumer", "producer",
        "backpressure", "idempotency", "retry", "timeout", "circuit breaker", "rate limiter", "load balancer",
        "database", "index", "query plan", "transaction", "isolation level", "deadlock", "migration", "schema",
        "rollout", "canary", "feature flag", "rollback", "incident", "postmortem", "on-call", "runbook", "alert",
        "dashboard", "SLO", "error budget", "p99", "tracing", "logging", "metrics", "capacity", "forecast",
        "stakeholder", "roadmap", "trade-off", "deadline", "scope", "priority", "team", "mentoring", "feedback",
        "ownership", "alignment", "design review", "RFC", "architecture", "service boundary", "API contract",
        "versioning", "backward compatibility", "consistency", "availability", "durability", "replication lag",
        "event stream", "outbox", "saga", "CDC", "Kafka", "Redis", "PostgreSQL", "Kubernetes", "autoscaling",
        "cost", "budget", "headcount", "hiring", "onboarding", "documentation", "test coverage", "flaky test",
        "deployment pipeline", "release train", "blast radius", "dependency", "vendor", "contract", "security",
        "encryption", "access control", "audit log", "compliance", "customer", "revenue", "conversion", "churn",
        "experiment", "hypothesis", "baseline", "regression", "profiling", "hot path", "N+1 query", "batching",
        "compaction", "garbage collection", "memory pressure", "thread pool", "connection pool", "lock contention",
    };
    private static final String[] VERBS = {
        "reduced", "measured", "designed", "migrated", "owned", "negotiated", "escalated", "documented",
        "prioritised", "benchmarked", "rolled out", "deprecated", "instrumented", "sharded", "cached", "split",
        "aligned", "mentored", "reviewed", "simplified", "automated", "validated", "load-tested", "rebuilt",
    };
    private static final String[] LINKS = {
        "because", "so that", "while", "after", "before", "which meant", "and then", "even though", "until",
        "so", "but", "and",
    };
    private static final String[] OPENERS = {
        "First,", "Then", "In practice", "At my last company", "To start,", "Next,", "Finally,", "Concretely,",
        "In the first week", "Over two quarters", "With the team", "**Action:**", "**Result:**", "Crucially,",
    };
    private static final String[] TAGS = {
        "scalability", "performance", "reliability", "leadership", "conflict", "communication", "migration",
        "caching", "databases", "incident-response", "observability", "security", "prioritization", "mentoring",
        "api-design", "distributed-systems", "cost", "hiring", "testing", "data-consistency", "streaming",
        "frontend-performance", "accessibility", "ownership",
    };

    private SyntheticBank() {
    }

    /** Writes the bank to {@code args[0]}: {@code args[1]} questions (default 100,000) in {@code args[2]} files. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int questions = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int files = args.length > 2 ? Integer.parseInt(args[2]) : defaultFiles(questions);
        List<Path> written = write(dir, questions, files);
        System.out.printf("wrote %d questions in %d files to %s%n", questions, written.size(), dir);
    }

    /** Ten files, as a large team's bank would be split by area, or one per question for tiny banks. */
    public static int defaultFiles(int questions) {
        return Math.max(1, Math.min(10, questions));
    }

    /** Writes {@code questions} questions into {@link #defaultFiles} files in {@code dir}. */
    public static List<Path> write(Path dir, int questions) throws IOException {
        return write(dir, questions, defaultFiles(questions));
    }

    /**
     * Writes questions 0 to {@code questions - 1} into {@code files} files named {@code synthetic-01.json}, ... in
     * {@code dir} (created if needed), as evenly as possible; returns the files in order.
     */
    public static List<Path> write(Path dir, int questions, int files) throws IOException {
        if (questions < 1 || files < 1 || files > questions) {
            throw new IllegalArgumentException("need 1 <= files <= questions, got " + files + " and " + questions);
        }
        Files.createDirectories(dir);
        JsonFactory factory = new JsonFactory();
        List<Path> out = new ArrayList<>();
        for (int f = 0; f < files; f++) {
            int from = (int) ((long) questions * f / files);
            int to = (int) ((long) questions * (f + 1) / files);
            Path file = dir.resolve(String.format(Locale.ROOT, "synthetic-%02d.json", f + 1));
            try (JsonGenerator g = factory.createGenerator(file.toFile(), JsonEncoding.UTF8)) {
                g.useDefaultPrettyPrinter(); // like the hand-written banks; whitespace is part of a real parse
                g.writeStartObject();
                g.writeStringField("$schema", "./question-bank.schema.json");
                g.writeArrayFieldStart("questions");
                for (int n = from; n < to; n++) {
                    writeQuestion(g, n);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            out.add(file);
        }
        return out;
    }

    /**
     * The folder of a bank of {@code questions} questions under {@code parent}, written on first use and reused
     * afterwards (100,000 questions take several seconds to write, and every JMH fork needs them). The folder's name
     * carries a hash of this class, so a changed generator writes a new bank instead of reusing a stale one. It is
     * written under a temporary name and renamed when complete, so an interrupted run leaves no half-written bank.
     */
    public static Path cached(Path parent, int questions) throws IOException {
        Path dir = parent.resolve("synthetic-" + questions + "-" + generatorHash());
        if (Files.isDirectory(dir)) {
            return dir;
        }
        Files.createDirectories(parent);
        Path partial = Files.createTempDirectory(parent, "partial-");
        write(partial, questions);
        try {
            Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            deleteTree(partial); // another run finished the same bank first
        }
        return dir;
    }

    private static String generatorHash() throws IOException {
        try (InputStream in = SyntheticBank.class.getResourceAsStream("SyntheticBank.class")) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes a folder and everything in it. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The id of question {@code n}: unique, and a valid slug well under 100 characters. */
    public static String id(int n) {
        return String.format(Locale.ROOT, "synthetic-%s-%s-%06d", role(n), level(n), n);
    }

    public static Category category(int n) {
        return CATEGORIES[n % CATEGORIES.length];
    }

    public static String role(int n) {
        return ROLE_LEVELS.get((n / CATEGORIES.length) % ROLE_LEVELS.size())[0];
    }

    public static String level(int n) {
        return ROLE_LEVELS.get((n / CATEGORIES.length) % ROLE_LEVELS.size())[1];
    }

    private static void writeQuestion(JsonGenerator g, int n) throws IOException {
        SplittableRandom r = new SplittableRandom(0x5EED_0000L + n);
        g.writeStartObject();
        g.writeStringField("id", id(n));
        g.writeStringField("prompt", question(r));
        g.writeStringField("category", category(n).slug());
        g.writeStringField("role", role(n));
        g.writeStringField("level", level(n));
        g.writeArrayFieldStart("tags");
        for (String tag : tags(r)) {
            g.writeString(tag);
        }
        g.writeEndArray();
        g.writeStringField("answerFramework", prose(r, 550 + r.nextInt(250), 2_900));
        g.writeObjectFieldStart("starExample");
        if (r.nextInt(4) == 0) { // about a quarter of the shipped questions have a one-paragraph summary
            g.writeStringField("summary", prose(r, 400 + r.nextInt(200), 2_900));
        } else {
            g.writeStringField("situation", prose(r, 110 + r.nextInt(80), 2_900));
            g.writeStringField("task", prose(r, 80 + r.nextInt(60), 2_900));
            g.writeStringField("action", prose(r, 170 + r.nextInt(100), 2_900));
            g.writeStringField("result", prose(r, 110 + r.nextInt(80), 2_900));
        }
        g.writeEndObject();
        list(g, "howToAnswer", r, 3, 5, 330, 170);
        list(g, "keyPoints", r, 5, 10, 25, 30);
        terms(g, r);
        list(g, "interviewersLookFor", r, 5, 7, 45, 30);
        list(g, "commonMistakes", r, 4, 7, 45, 30);
        g.writeEndObject();
    }

    private static void list(JsonGenerator g, String field, SplittableRandom r, int minItems, int maxItems,
                             int minChars, int spread) throws IOException {
        g.writeArrayFieldStart(field);
        int items = minItems + r.nextInt(maxItems - minItems + 1);
        for (int i = 0; i < items; i++) {
            g.writeString(prose(r, minChars + r.nextInt(spread), 2_900));
        }
        g.writeEndArray();
    }

    private static void terms(JsonGenerator g, SplittableRandom r) throws IOException {
        g.writeArrayFieldStart("keyTerminology");
        int items = 10 + r.nextInt(7);
        for (int i = 0; i < items; i++) {
            String term = capitalise(pick(r, WORDS));
            g.writeString(r.nextInt(3) == 0 ? term + " (" + abbreviation(term) + ")" : term);
        }
        g.writeEndArray();
    }

    private static String question(SplittableRandom r) {
        String body = r.nextBoolean()
                ? "Tell me about a time you " + pick(r, VERBS) + " a " + pick(r, WORDS) + " " + pick(r, LINKS)
                        + " the " + pick(r, WORDS) + " was at risk"
                : "How would you design a " + pick(r, WORDS) + " for " + pick(r, WORDS) + " with a strict "
                        + pick(r, WORDS) + " target";
        String more = prose(r, 60 + r.nextInt(80), 170); // keeps the prompt under its 300 limit
        return body + "? " + more.substring(0, more.length() - 1) + "?";
    }

    private static Set<String> tags(SplittableRandom r) {
        Set<String> tags = new LinkedHashSet<>();
        int wanted = 2 + r.nextInt(4);
        while (tags.size() < wanted) {
            tags.add(pick(r, TAGS));
        }
        return tags;
    }

    /** Sentences until at least {@code target} characters, never more than {@code max}; always ends with '.'. */
    static String prose(SplittableRandom r, int target, int max) {
        StringBuilder s = new StringBuilder(target + 120);
        while (s.length() < target) {
            if (s.length() > 0) {
                s.append(' ');
            }
            sentence(r, s, target - s.length() < 120 ? 0 : 1 + r.nextInt(3)); // short items are short sentences
        }
        if (s.length() > max) {
            s.setLength(s.lastIndexOf(" ", max - 1));
            s.append('.');
        }
        return s.toString();
    }

    private static void sentence(SplittableRandom r, StringBuilder s, int clauses) {
        int start = s.length();
        if (r.nextInt(4) == 0) {
            s.append(pick(r, OPENERS)).append(' ');
        }
        s.append(pick(r, VERBS)).append(" the ").append(pick(r, WORDS));
        for (int i = 0; i < clauses; i++) {
            s.append(' ').append(pick(r, LINKS)).append(" the ").append(pick(r, WORDS)).append(' ')
                    .append(pick(r, VERBS)).append(" the ").append(pick(r, WORDS));
        }
        switch (r.nextInt(6)) { // the figures and ranges real answers quote
            case 0 -> s.append(" by ").append(5 + r.nextInt(90)).append('%');
            case 1 -> s.append(" from ").append(100 + r.nextInt(900)).append(" ms to ").append(10 + r.nextInt(90))
                    .append(" ms");
            // Now and then an en dash: the shipped bank has a few, and non-ASCII text takes the slower decoding path.
            case 2 -> s.append(" within ").append(2 + r.nextInt(6)).append(r.nextInt(20) == 0 ? "\u2013" : " to ")
                    .append(8 + r.nextInt(6)).append(" weeks");
            default -> { }
        }
        s.append('.');
        s.setCharAt(start, Character.toUpperCase(s.charAt(start)));
    }

    private static String abbreviation(String term) {
        StringBuilder a = new StringBuilder();
        for (String w : term.split("[ -]")) {
            if (!w.isEmpty()) {
                a.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return a.toString();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String pick(SplittableRandom r, String[] from) {
        return from[r.nextInt(from.length)];
    }
}
