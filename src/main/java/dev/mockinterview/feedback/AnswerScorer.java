package dev.mockinterview.feedback;

import dev.mockinterview.interview.Coverage;
import dev.mockinterview.interview.Dimension;
import dev.mockinterview.interview.DimensionScore;
import dev.mockinterview.interview.Feedback;
import dev.mockinterview.interview.Category;
import dev.mockinterview.interview.Question;
import dev.mockinterview.interview.StarExample;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Scores an answer against its question's material, locally and deterministically: no AI service, no randomness,
 * no clock. The same question and answer text always give an equal {@link Feedback}, so feedback can be recomputed
 * from a stored answer at any time. Every step is linear in the answer's length, or n log n where positions are
 * merged, and no regular expression runs on answer text, so a 20,000-character answer is scored in milliseconds.
 *
 * <h2>Matching words</h2>
 * Answer and bank text are split into lowercase words (letters and digits; hyphens, slashes and punctuation
 * separate words, so "dead-letter" = "dead letter"), stopwords ("the", "of", "we", …) are ignored, and every word
 * is reduced to a stem by a light stemmer that maps plurals and inflections onto one form
 * ({@code -s/-es/-ies/-ing/-ed/-ation/-ment/-ity/-able/-er/-ly}…): "sharded the databases" matches "Database
 * sharding", "caching strategy" matches "Caching strategies".
 *
 * <p><b>Abbreviations</b> count as their long form and the long form as the abbreviation ("DLQ" covers
 * "Dead-Letter Queue"; "dead letter queues" covers "DLQ"). The table is a small built-in one — DLQ, p50/p90/p95/
 * p99/p999 ⇔ latency percentile, SLO, SLA, SLI, RPS/QPS/TPS ⇔ requests/queries/transactions per second, TTL, ACID,
 * 2PC ⇔ two-phase commit, K8s ⇔ Kubernetes, DDD, CDC, EDA, CQRS, RCA, MTTR, MTTD, SRE, APM, PR, ADR, UX, DB, LB,
 * AZ, CDN, CI, IaC, OLAP, OLTP, ZSET ⇔ sorted set, MQ, and one-word compounds (postmortem, rollback, tradeoff,
 * backoff, timestamp, runbook, dataset, microservice, frontend, backend) — extended with every definition the bank
 * itself writes: "Domain-Driven Design (DDD)", "Change Data Capture (CDC)", "ADRs (Architecture Decision
 * Records)" (found with the Schwartz–Hearst algorithm; see {@link #AnswerScorer(Collection)}).
 *
 * <h2>Dimensions and weights</h2>
 * The overall score is the weighted average of the dimensions that apply, rounded to an integer 0–100:
 * <b>coverage 35, structure 20, quantified impact 15, common mistakes 15, length 15</b>. A dimension that does not
 * apply is left out of {@link Feedback#dimensions()} and the other weights are scaled to add up to 100.
 *
 * <ol>
 *   <li><b>Coverage</b> of the question's {@code keyPoints} and {@code keyTerminology}; score = 60% × share of key
 *   points covered + 40% × share of terms covered (all on whichever exists alone).
 *   <ul>
 *     <li>A <b>term</b> is covered when all its content words occur within a stretch of at most (words + 4)
 *     answer words, or any of its alternatives does: a bracketed abbreviation ("Redis Sorted Set (ZSET)" — "ZSET"),
 *     each side of "SLOs/SLAs", and each example after "e.g."/"such as"/"like" ("Caching strategies (e.g.,
 *     Redis)" is covered by "caching strategy" <em>or</em> by "Redis": naming the example shows the concept).
 *     Other bracketed text qualifies the term and is neither required nor enough ("STAR Method (for
 *     feedback)").</li>
 *     <li>A <b>key point</b> is a sentence. Its content words are those outside brackets minus stopwords and
 *     rubric words ("clearly", "specific", "use of", "describe", "approach"…). It is covered when its bracketed
 *     abbreviation occurs, or when at least <b>50%</b> (rounded up) of its content words occur anywhere in the
 *     answer, each bracketed example mentioned (with or without "e.g.") counting as one more word. An answer with
 *     numbers counts as mentioning "quantify/measurable/metrics".</li>
 *   </ul></li>
 *   <li><b>Structure.</b> Behavioral and leadership: <b>STAR</b>. Each sentence is labelled Situation, Task, Action or
 *   Result by headings ("Result:") and cue phrases ("at my last company", "we had"; "my task", "I was asked", "the
 *   goal"; "I built", "I led", "so I", "I" + past-tense verb; "as a result", "this reduced", "in the end", "which led
 *   to", a change verb with a number), and by position (the first sentence leans to Situation, the last to Result; a
 *   sentence without cues continues the previous sentence's part; a Result before any Action describes the problem, so
 *   it counts as Situation). Score: 15 per part present (60), plus, scaled by the share of parts present: 15 × share
 *   of present parts in S-T-A-R order, 15 when the Action is the largest part, 10 when Situation + Task are at most
 *   half the words. System design, situational and technical: the <b>steps of the question's answerFramework</b>
 *   ("1. … 2. …", "Step 1: …", "First, … Second, …", else its sentences; a short preamble like "Employ a MECE
 *   approach:" is not a step). A step is covered when its label ("Data Structures:") occurs as a term or at least
 *   40% of its distinctive content words occur (never more than 6 required; words of the prompt, and words shared
 *   with other steps when at least two others remain, are not distinctive); score = 100 × share of steps covered.
 *   Without a framework the dimension does not apply.</li>
 *   <li><b>Quantified impact</b>: percentages, durations and latencies (ms, s, minutes, weeks), latency
 *   percentiles (p99), money ($, €, £, k/M), multipliers (10x, "doubled"), counts (50k, 12 engineers); not years or
 *   list numbers. Score: 0 numbers → 0, 1 → 50, 2 → 75, 3 or more → 100; for STAR answers at most 60 when no
 *   number is in a Result sentence. Applies to behavioral and leadership questions always, to others when their
 *   framework, key points, terms, what interviewers look for or common mistakes mention metrics, quantifying or
 *   measuring; otherwise it is left out.</li>
 *   <li><b>Common mistakes</b>: 100 minus a penalty per mistake detected, at least 0. Always checked where they
 *   apply: no metrics (−20, when impact applies), only "we" and never "I" (−20, behavioral and leadership), no
 *   trade-offs named (−20, system design and situational: "trade-off", "instead of", "at the cost of", "pros and
 *   cons", "versus", "rather than", "downside"…). Then the question's own {@code commonMistakes} that a check
 *   recognizes by their words: blaming (−25, blame words not negated), vague (−20, under 80 words or no key term),
 *   and about forty absence checks (−15 each, e.g. "Not having a rollback plan" when the answer never mentions a
 *   rollback, revert, feature flag or canary; "Not addressing race conditions" without atomic/Lua/lock/transaction).
 *   Each detected mistake is named, with the bank's wording where it came from the bank.</li>
 *   <li><b>Length</b>, with speaking time estimated at {@value #WORDS_PER_MINUTE} words a minute. Targets:
 *   behavioral and leadership 150–400 words (about 1–3 min), situational 150–450, system design 200–600 (about
 *   1.5–4.5 min), technical 100–400. Inside the range 100; below it 100 × words / minimum; above it falling
 *   linearly to 0 at twice the maximum.</li>
 * </ol>
 *
 * <p>An empty or blank answer (no words) scores 0 on everything, with {@code empty = true} and suggestions to write
 * an answer. Every finding names what is missing and every suggestion gives one next step; both are at most
 * {@value DimensionScore#MAX_TEXT} characters, long lists ending in "and N more".
 */
public final class AnswerScorer implements dev.mockinterview.interview.AnswerScoring {
    /** Speaking rate used to estimate speaking time. */
    public static final int WORDS_PER_MINUTE = 130;

    private static final Set<String> MEASURING_STEMS = Set.of("metric", "quantif", "measur");
    private static final Set<String> IMPLIED_BY_NUMBERS = Text.stems(List.of("quantifiable", "measurable",
            "metrics", "numbers"));

    private final Aliases aliases;

    /** A scorer using the built-in abbreviation table and the definitions in each scored question's own text. */
    public AnswerScorer() {
        this.aliases = Aliases.builtIn();
    }

    /**
     * A scorer that also knows every abbreviation the given questions define ("Domain-Driven Design (DDD)" in one
     * question lets "DDD" cover "Domain-Driven Design" in another). Feedback then depends on the bank's text as well
     * as on the question and answer.
     */
    public AnswerScorer(Collection<Question> bank) {
        List<Aliases.Definition> defs = new ArrayList<>();
        for (Question q : bank) {
            defs.addAll(definitions(q));
        }
        this.aliases = Aliases.builtIn().plus(defs);
    }

    /** Scores {@code answer} (null or blank is an empty answer) against {@code question}. */
    public Feedback score(Question question, String answer) {
        Objects.requireNonNull(question, "question");
        Text text = Text.of(answer);
        int words = text.size();
        Duration speaking = Duration.ofSeconds(Math.round(words * 60.0 / WORDS_PER_MINUTE));
        Category category = question.category();
        boolean star = category == Category.BEHAVIORAL || category == Category.LEADERSHIP;
        List<Phrases.Point> points = parsedPoints(question);
        List<Phrases.Term> terms = parsedTerms(question);
        List<Phrases.Step> steps = star ? List.of() : Phrases.steps(question.answerFramework(), question.prompt());
        boolean impactApplies = star || mentionsMeasuring(question);
        int[] range = targetWords(category);
        if (words == 0) {
            return empty(question, points, terms, steps, star, impactApplies, range);
        }

        List<Quantities.Quantity> quantities = Quantities.find(text);
        Aliases table = aliases.plus(definitions(question));
        AnswerIndex index = new AnswerIndex(text, table, quantities.isEmpty() ? Set.of() : IMPLIED_BY_NUMBERS);

        List<DimensionScore> dimensions = new ArrayList<>();
        Coverage coverage = coverage(points, terms, index);
        if (!points.isEmpty() || !terms.isEmpty()) {
            dimensions.add(coverageScore(coverage));
        }
        Star.Analysis starAnalysis = star ? Star.analyze(text, quantities) : null;
        if (star) {
            dimensions.add(starScore(starAnalysis));
        } else if (!steps.isEmpty()) {
            dimensions.add(stepsScore(steps, index));
        }
        if (impactApplies) {
            dimensions.add(impactScore(quantities, starAnalysis));
        }
        Mistakes.Result mistakes = Mistakes.detect(new Mistakes.Context(question, text, quantities.size(),
                impactApplies, coverage.coveredTerms().size(),
                coverage.missedTerms().isEmpty() ? null : coverage.missedTerms().get(0)));
        dimensions.add(mistakesScore(mistakes));
        dimensions.add(lengthScore(words, speaking, range, category, star));
        return new Feedback(overall(dimensions), dimensions, coverage, words, speaking, false);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Coverage

    private static List<Phrases.Point> parsedPoints(Question q) {
        List<Phrases.Point> out = new ArrayList<>();
        for (String p : q.keyPoints()) {
            Phrases.Point point = Phrases.point(p);
            if (!point.main().isEmpty() || !point.examples().isEmpty() || point.abbreviation() != null) {
                out.add(point);
            }
        }
        return out;
    }

    private static List<Phrases.Term> parsedTerms(Question q) {
        List<Phrases.Term> out = new ArrayList<>();
        for (String t : q.keyTerminology()) {
            Phrases.Term term = Phrases.term(t);
            if (!term.alternatives().isEmpty()) {
                out.add(term);
            }
        }
        return out;
    }

    private static Coverage coverage(List<Phrases.Point> points, List<Phrases.Term> terms, AnswerIndex index) {
        List<String> coveredPoints = new ArrayList<>();
        List<String> missedPoints = new ArrayList<>();
        for (Phrases.Point p : points) {
            (p.coveredBy(index) ? coveredPoints : missedPoints).add(p.text());
        }
        List<String> coveredTerms = new ArrayList<>();
        List<String> missedTerms = new ArrayList<>();
        for (Phrases.Term t : terms) {
            (t.coveredBy(index) ? coveredTerms : missedTerms).add(t.text());
        }
        return new Coverage(coveredPoints, missedPoints, coveredTerms, missedTerms);
    }

    private static DimensionScore coverageScore(Coverage c) {
        int points = c.coveredPoints().size() + c.missedPoints().size();
        int terms = c.coveredTerms().size() + c.missedTerms().size();
        double pointShare = points == 0 ? 0 : (double) c.coveredPoints().size() / points;
        double termShare = terms == 0 ? 0 : (double) c.coveredTerms().size() / terms;
        double value = points == 0 ? termShare : terms == 0 ? pointShare : 0.6 * pointShare + 0.4 * termShare;
        int score = (int) Math.round(100 * value);

        StringBuilder finding = new StringBuilder("Covered ");
        if (points > 0) {
            finding.append(c.coveredPoints().size()).append(" of ").append(Say.plural(points, "key point",
                    "key points"));
        }
        if (terms > 0) {
            finding.append(points > 0 ? " and " : "").append(c.coveredTerms().size()).append(" of ")
                    .append(Say.plural(terms, "term", "terms"));
        }
        finding.append('.');
        int room = Say.MAX - finding.length();
        boolean bothMissed = !c.missedPoints().isEmpty() && !c.missedTerms().isEmpty();
        if (!c.missedPoints().isEmpty()) {
            int budget = (bothMissed ? room * 3 / 5 : room) - " Missed key points: .".length();
            finding.append(" Missed key points: ").append(Say.list(c.missedPoints(), "; ", 80, budget)).append('.');
        }
        if (!c.missedTerms().isEmpty()) {
            int budget = Say.MAX - finding.length() - " Missed terms: .".length();
            finding.append(" Missed terms: ").append(Say.list(c.missedTerms(), ", ", 50, budget)).append('.');
        }

        String suggestion;
        if (!c.missedPoints().isEmpty()) {
            String point = "Add the key point \"" + Say.shorten(c.missedPoints().get(0), 120) + "\"";
            suggestion = c.missedTerms().isEmpty() ? point + "."
                    : point + " and use terms such as " + Say.list(c.missedTerms(), ", ", 40,
                            Say.MAX - point.length() - 30, 3) + ".";
        } else if (!c.missedTerms().isEmpty()) {
            suggestion = "Use the missed terms where they fit: " + Say.list(c.missedTerms(), ", ", 50, 240, 5) + ".";
        } else {
            suggestion = "Everything is covered; now go deeper on one point with a concrete example.";
        }
        return new DimensionScore(Dimension.COVERAGE, score, Say.cap(finding.toString()), Say.cap(suggestion));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Structure

    private static DimensionScore starScore(Star.Analysis a) {
        int present = 4 - a.missing().size();
        double completeness = present / 4.0;
        double score = 15.0 * present;
        if (present >= 2) {
            score += 15.0 * a.orderScore() * completeness;
        }
        boolean actionLargest = a.has(Star.Part.ACTION);
        for (Star.Part p : Star.Part.values()) {
            if (p != Star.Part.ACTION && a.wordsIn(p) > a.wordsIn(Star.Part.ACTION)) {
                actionLargest = false;
            }
        }
        double setup = a.share(Star.Part.SITUATION) + a.share(Star.Part.TASK);
        if (actionLargest) {
            score += 15 * completeness;
        }
        if (a.has(Star.Part.ACTION) && setup <= 0.5) {
            score += 10 * completeness;
        }
        List<String> found = new ArrayList<>();
        for (Star.Part p : Star.Part.values()) {
            if (a.has(p)) {
                found.add(p.label + " (" + Say.plural(a.wordsIn(p), "word", "words") + ")");
            }
        }
        List<String> missing = a.missing().stream().map(p -> p.label).toList();
        StringBuilder finding = new StringBuilder("STAR parts found: ").append(String.join(", ", found));
        finding.append(missing.isEmpty() ? "; none missing." : "; missing: " + String.join(", ", missing) + ".");
        if (a.orderScore() < 1) {
            finding.append(" The parts are out of order.");
        }
        if (a.has(Star.Part.ACTION) && !actionLargest) {
            finding.append(" Action is not the largest part (")
                    .append(Math.round(100 * a.share(Star.Part.ACTION))).append("%).");
        }
        String suggestion;
        if (!a.has(Star.Part.RESULT)) {
            suggestion = "Add the Result: what changed afterwards, with a number (\"as a result, p99 fell by 40%\"),"
                    + " and what you learned.";
        } else if (!a.has(Star.Part.ACTION)) {
            suggestion = "Add what you did yourself, step by step (\"I profiled…, then I…\"); it should be the"
                    + " longest part.";
        } else if (!a.has(Star.Part.TASK)) {
            suggestion = "State your own task or goal in one sentence (\"My task was to…\").";
        } else if (!a.has(Star.Part.SITUATION)) {
            suggestion = "Open with one or two sentences of context: where, when, what was at stake.";
        } else if (a.orderScore() < 1) {
            suggestion = "Tell it in order: situation, task, action, then result.";
        } else if (!actionLargest) {
            suggestion = "Spend more words on what you did: Action is " + Math.round(100 * a.share(Star.Part.ACTION))
                    + "% of the answer; aim for about half.";
        } else if (setup > 0.5) {
            suggestion = "Shorten the situation and task to about a quarter of the answer.";
        } else {
            suggestion = "Keep this shape: short setup, most of the time on your actions, a measurable result.";
        }
        return new DimensionScore(Dimension.STRUCTURE, clamp(score), Say.cap(finding.toString()),
                Say.cap(suggestion));
    }

    private static DimensionScore stepsScore(List<Phrases.Step> steps, AnswerIndex index) {
        List<Phrases.Step> covered = new ArrayList<>();
        List<Phrases.Step> missed = new ArrayList<>();
        for (Phrases.Step s : steps) {
            (s.coveredBy(index) ? covered : missed).add(s);
        }
        int score = (int) Math.round(100.0 * covered.size() / steps.size());
        StringBuilder finding = new StringBuilder("Covered ").append(covered.size()).append(" of ")
                .append(Say.plural(steps.size(), "framework step", "framework steps"));
        if (!covered.isEmpty()) {
            finding.append(": ").append(Say.list(covered.stream().map(Phrases.Step::name).toList(), "; ", 50,
                    missed.isEmpty() ? 260 : 110));
        }
        finding.append('.');
        if (!missed.isEmpty()) {
            int budget = Say.MAX - finding.length() - " Missed: .".length();
            finding.append(" Missed: ").append(Say.list(missed.stream().map(Phrases.Step::name).toList(), "; ", 50,
                    budget)).append('.');
        }
        String suggestion;
        if (missed.isEmpty()) {
            suggestion = "All steps are there; make each one concrete with a technology choice and its trade-off.";
        } else {
            Phrases.Step next = missed.get(0);
            String text = next.text().toLowerCase(java.util.Locale.ROOT)
                    .startsWith(next.name().toLowerCase(java.util.Locale.ROOT).replace("…", ""))
                    ? Character.toUpperCase(next.text().charAt(0)) + next.text().substring(1)
                    : next.name() + ": " + next.text();
            suggestion = "Add the missed step: " + Say.shorten(text, 250) + (text.length() <= 250 ? "." : "");
        }
        return new DimensionScore(Dimension.STRUCTURE, score, Say.cap(finding.toString()), Say.cap(suggestion));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Impact

    private static boolean mentionsMeasuring(Question q) {
        List<String> material = new ArrayList<>();
        if (q.answerFramework() != null) {
            material.add(q.answerFramework());
        }
        material.addAll(q.keyPoints());
        material.addAll(q.keyTerminology());
        material.addAll(q.interviewersLookFor());
        material.addAll(q.commonMistakes());
        for (String m : material) {
            for (Text.Token t : Text.of(m).tokens()) {
                if (MEASURING_STEMS.contains(t.stem())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static DimensionScore impactScore(List<Quantities.Quantity> quantities, Star.Analysis star) {
        int n = quantities.size();
        int score = n == 0 ? 0 : n == 1 ? 50 : n == 2 ? 75 : 100;
        boolean inResult = false;
        if (star != null) {
            for (Quantities.Quantity q : quantities) {
                if (star.sentenceParts().get(q.sentence()) == Star.Part.RESULT) {
                    inResult = true;
                }
            }
            if (!inResult) {
                score = Math.min(score, 60);
            }
        }
        String finding;
        String suggestion;
        if (n == 0) {
            finding = "No numbers: no percentages, latencies, money, multipliers or counts.";
            suggestion = star != null
                    ? "Quantify the result: e.g. \"cut p99 latency from 800 ms to 120 ms\" or \"saved $30k a month\"."
                    : "Put numbers on the design: expected load (requests per second), latency targets, data size.";
        } else {
            List<String> shown = quantities.stream().map(q -> "\"" + q.text() + "\" (" + q.kind().label + ")")
                    .distinct().toList();
            finding = "Found " + Say.plural(n, "number", "numbers") + ": " + Say.list(shown, ", ", 40, 200)
                    + (star == null ? "." : inResult ? "; the result is quantified." : "; none is in the result.");
            if (star != null && !inResult) {
                suggestion = "Put a number in the result: how much did latency, errors, cost or time change?";
            } else if (n < 3) {
                suggestion = "Add a before-and-after figure (e.g. \"from 500 ms to 30 ms\") or the scale involved.";
            } else {
                suggestion = "Good use of numbers; keep each one tied to a before-and-after comparison.";
            }
        }
        return new DimensionScore(Dimension.IMPACT, score, Say.cap(finding), Say.cap(suggestion));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Mistakes and length

    private static DimensionScore mistakesScore(Mistakes.Result r) {
        int score = Math.max(0, 100 - r.penalty());
        String finding;
        String suggestion;
        if (r.detected().isEmpty()) {
            finding = r.checked().isEmpty() ? "No common mistakes apply to this question."
                    : "None of the " + Say.plural(r.checked().size(), "common mistake", "common mistakes")
                    + " checked was found.";
            suggestion = "Nothing to fix here; keep owning your decisions and naming trade-offs.";
        } else {
            String head = "Detected " + r.detected().size() + " of " + r.checked().size() + ": ";
            finding = head + Say.list(r.detected().stream().map(Mistakes.Detected::name).toList(), "; ", 110,
                    Say.MAX - head.length() - 1) + ".";
            suggestion = r.detected().get(0).advice();
        }
        return new DimensionScore(Dimension.MISTAKES, score, Say.cap(finding), Say.cap(suggestion));
    }

    /** Target word range [min, max] for a category. */
    static int[] targetWords(Category category) {
        return switch (category) {
            case BEHAVIORAL, LEADERSHIP -> new int[] {150, 400};
            case SITUATIONAL -> new int[] {150, 450};
            case SYSTEM_DESIGN -> new int[] {200, 600};
            case TECHNICAL -> new int[] {100, 400};
        };
    }

    private static DimensionScore lengthScore(int words, Duration speaking, int[] range, Category category,
            boolean star) {
        int min = range[0];
        int max = range[1];
        int score;
        if (words < min) {
            score = (int) Math.round(100.0 * words / min);
        } else if (words <= max) {
            score = 100;
        } else {
            score = (int) Math.round(Math.max(0, 100.0 * (1 - (double) (words - max) / max)));
        }
        String finding = Say.plural(words, "word", "words") + ", about " + Say.minutes(speaking.toSeconds())
                + " spoken at " + WORDS_PER_MINUTE + " words a minute; the target for " + category.label()
                .toLowerCase(java.util.Locale.ROOT) + " answers is " + rangeText(min, max) + ".";
        String suggestion;
        if (words < min) {
            suggestion = "Add about " + (min - words) + " words: "
                    + (star ? "more on what you did and the measurable result." : "cover the missed steps and"
                    + " justify each choice.");
        } else if (words > max) {
            suggestion = "Cut about " + (words - max) + " words: "
                    + (star ? "shorten the situation and keep the action and result." : "keep one sentence per"
                    + " decision and drop repetition.");
        } else {
            suggestion = "Keep this length; practise saying it aloud in about " + Say.minutes(speaking.toSeconds())
                    + ".";
        }
        return new DimensionScore(Dimension.LENGTH, clamp(score), Say.cap(finding), Say.cap(suggestion));
    }

    private static String rangeText(int min, int max) {
        return min + "–" + max + " words (" + Say.minutes(Math.round(min * 60.0 / WORDS_PER_MINUTE)) + " to "
                + Say.minutes(Math.round(max * 60.0 / WORDS_PER_MINUTE)) + ")";
    }

    // ---------------------------------------------------------------------------------------------------------
    // Empty answers and the overall score

    private static Feedback empty(Question q, List<Phrases.Point> points, List<Phrases.Term> terms,
            List<Phrases.Step> steps, boolean star, boolean impactApplies, int[] range) {
        List<String> pointTexts = points.stream().map(Phrases.Point::text).toList();
        List<String> termTexts = terms.stream().map(Phrases.Term::text).toList();
        List<DimensionScore> dims = new ArrayList<>();
        String write = "Write an answer first";
        if (!points.isEmpty() || !terms.isEmpty()) {
            dims.add(new DimensionScore(Dimension.COVERAGE, 0,
                    "The answer is empty, so all " + Say.plural(points.size(), "key point", "key points") + " and "
                            + Say.plural(terms.size(), "term", "terms") + " are missed.",
                    Say.cap(write + (points.isEmpty() ? "." : ", starting with the key point \""
                            + Say.shorten(pointTexts.get(0), 150) + "\"."))));
        }
        if (star) {
            dims.add(new DimensionScore(Dimension.STRUCTURE, 0, "The answer is empty: no situation, task, action or"
                    + " result.", write + " as STAR: the situation, your task, what you did, and the result."));
        } else if (!steps.isEmpty()) {
            dims.add(new DimensionScore(Dimension.STRUCTURE, 0, "The answer is empty: none of the "
                    + Say.plural(steps.size(), "framework step", "framework steps") + " is covered.",
                    Say.cap(write + ", following the framework; start with \"" + Say.shorten(steps.get(0).name(), 80)
                            + "\".")));
        }
        if (impactApplies) {
            dims.add(new DimensionScore(Dimension.IMPACT, 0, "The answer is empty, so it has no numbers.",
                    write + ", with at least one number: latency, error rate, cost or time saved."));
        }
        dims.add(new DimensionScore(Dimension.MISTAKES, 0, "The answer is empty, so nothing can be checked.",
                write + "; an empty answer is the one mistake that always costs every point."));
        dims.add(new DimensionScore(Dimension.LENGTH, 0, "0 words; the target for " + q.category().label()
                .toLowerCase(java.util.Locale.ROOT) + " answers is " + rangeText(range[0], range[1]) + ".",
                "Write about " + range[0] + "–" + range[1] + " words and practise saying them aloud."));
        return new Feedback(0, dims, Coverage.noneOf(pointTexts, termTexts), 0, Duration.ZERO, true);
    }

    private static int overall(List<DimensionScore> dimensions) {
        double sum = 0;
        int weights = 0;
        for (DimensionScore d : dimensions) {
            sum += d.dimension().weight() * (double) d.score();
            weights += d.dimension().weight();
        }
        return weights == 0 ? 0 : clamp(sum / weights);
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(100, Math.round(value)));
    }

    /** Abbreviation definitions written anywhere in a question's text. */
    private static List<Aliases.Definition> definitions(Question q) {
        List<Aliases.Definition> out = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        texts.add(q.prompt());
        texts.add(q.answerFramework());
        StarExample s = q.starExample();
        if (s != null) {
            texts.add(s.situation());
            texts.add(s.task());
            texts.add(s.action());
            texts.add(s.result());
            texts.add(s.summary());
        }
        texts.addAll(q.howToAnswer());
        texts.addAll(q.keyPoints());
        texts.addAll(q.keyTerminology());
        texts.addAll(q.interviewersLookFor());
        texts.addAll(q.commonMistakes());
        for (String t : texts) {
            if (t != null) {
                out.addAll(Aliases.definitionsIn(Phrases.clean(t)));
            }
        }
        return out;
    }
}
