package dev.mockinterview.feedback;

import dev.mockinterview.interview.Dimension;
import dev.mockinterview.interview.DimensionScore;
import dev.mockinterview.interview.Feedback;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.interview.Category;
import dev.mockinterview.interview.Question;
import dev.mockinterview.interview.StarExample;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("AnswerScorer")
class AnswerScorerTest {

    private final AnswerScorer scorer = new AnswerScorer(Answers.bank().all());

    // ---------------------------------------------------------------------------------------------------------
    // helpers

    private Feedback score(String questionId, String answer) {
        return scorer.score(Answers.question(questionId), answer);
    }

    private static DimensionScore dim(Feedback f, Dimension d) {
        return f.dimension(d).orElseThrow(() -> new AssertionError(d + " missing in " + f));
    }

    /**
     * The strong answer scores higher overall, at least as high on every dimension both have, and strictly higher
     * on {@code strictly}.
     */
    private static void assertOutscores(Feedback strong, Feedback weak, Dimension... strictly) {
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        checks.add(() -> assertTrue(strong.score() > weak.score(),
                () -> "overall " + strong.score() + " should beat " + weak.score() + "\n" + describe(strong, weak)));
        for (DimensionScore s : strong.dimensions()) {
            weak.dimension(s.dimension()).ifPresent(w -> checks.add(() -> assertTrue(s.score() >= w.score(),
                    () -> s.dimension() + ": strong " + s.score() + " < weak " + w.score() + "\n"
                            + describe(strong, weak))));
        }
        for (Dimension d : strictly) {
            checks.add(() -> assertTrue(dim(strong, d).score() > dim(weak, d).score(),
                    () -> d + " should differ: " + dim(strong, d).score() + " vs " + dim(weak, d).score() + "\n"
                            + describe(strong, weak)));
        }
        assertAll(checks);
    }

    private static String describe(Feedback strong, Feedback weak) {
        return "strong: " + strong.dimensions().stream().map(d -> d.dimension() + "=" + d.score())
                .collect(Collectors.joining(", ")) + "\nweak:   " + weak.dimensions().stream()
                .map(d -> d.dimension() + "=" + d.score() + " (" + d.finding() + ")")
                .collect(Collectors.joining("\n        "));
    }

    private static Question synthetic(Category category, List<String> keyPoints, List<String> terms) {
        return new Question("synthetic", "Tell me about it.", category, "backend", "senior", List.of("x"),
                "First, set the scene. Second, explain the design.", StarExample.ofSummary("An example."),
                List.of("A model answer."), keyPoints, terms, List.of("Clarity."), List.of("Rambling."));
    }

    // ---------------------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("behavioral question 01 (architecture decision that caused scalability problems)")
    class Behavioral {

        @Test
        @DisplayName("a specific STAR answer with numbers beats a vague one on every dimension")
        void strongBeatsWeak() {
            // given
            String strong = Answers.Q01_STRONG;
            String weak = Answers.Q01_WEAK;

            // when
            Feedback s = score(Answers.Q01, strong);
            Feedback w = score(Answers.Q01, weak);

            // then
            assertOutscores(s, w, Dimension.values());
            assertTrue(s.score() >= 80, () -> "strong answer scored only " + s.score());
            assertTrue(w.score() <= 35, () -> "weak answer scored " + w.score());
        }

        @Test
        @DisplayName("the same answer without its numbers loses on quantified impact, and is told so")
        void numbers() {
            // given
            String withNumbers = Answers.Q01_STRONG;
            String withoutNumbers = Answers.Q01_NO_NUMBERS;

            // when
            Feedback s = score(Answers.Q01, withNumbers);
            Feedback w = score(Answers.Q01, withoutNumbers);

            // then
            assertOutscores(s, w, Dimension.IMPACT, Dimension.MISTAKES);
            assertEquals(0, dim(w, Dimension.IMPACT).score());
            assertTrue(dim(w, Dimension.IMPACT).finding().startsWith("No numbers"));
            assertTrue(dim(s, Dimension.IMPACT).finding().contains("\"45%\" (percentage)"),
                    dim(s, Dimension.IMPACT).finding());
            assertTrue(dim(w, Dimension.MISTAKES).finding().contains("Failing to quantify the impact"),
                    "the bank's own wording of the mistake is used: " + dim(w, Dimension.MISTAKES).finding());
        }

        @Test
        @DisplayName("the same answer told only with \"we\" loses on common mistakes, and the mistake is named")
        void onlyWe() {
            // given
            String withI = Answers.Q01_STRONG;
            String onlyWe = Answers.Q01_ONLY_WE;

            // when
            Feedback s = score(Answers.Q01, withI);
            Feedback w = score(Answers.Q01, onlyWe);

            // then
            assertOutscores(s, w, Dimension.MISTAKES);
            assertTrue(dim(w, Dimension.MISTAKES).finding().contains("Only \"we\", never \"I\""),
                    dim(w, Dimension.MISTAKES).finding());
            assertTrue(dim(w, Dimension.MISTAKES).suggestion().contains("\"I\""));
            assertEquals(100, dim(s, Dimension.MISTAKES).score(), dim(s, Dimension.MISTAKES).finding());
        }

        @Test
        @DisplayName("the same answer without its result loses on structure, and the missing part is named")
        void missingResult() {
            // given
            String complete = Answers.Q01_STRONG;
            String noResult = Answers.Q01_NO_RESULT;

            // when
            Feedback s = score(Answers.Q01, complete);
            Feedback w = score(Answers.Q01, noResult);

            // then
            assertOutscores(s, w, Dimension.STRUCTURE);
            assertEquals(100, dim(s, Dimension.STRUCTURE).score(), dim(s, Dimension.STRUCTURE).finding());
            assertTrue(dim(w, Dimension.STRUCTURE).finding().contains("missing: Result"),
                    dim(w, Dimension.STRUCTURE).finding());
            assertTrue(dim(w, Dimension.STRUCTURE).suggestion().startsWith("Add the Result"));
        }

        @Test
        @DisplayName("a weak answer is told which key points and terms it missed")
        void namesMissedMaterial() {
            // given
            String weak = Answers.Q01_WEAK;

            // when
            Feedback w = score(Answers.Q01, weak);

            // then
            String finding = dim(w, Dimension.COVERAGE).finding();
            assertAll(
                    () -> assertTrue(finding.contains("Specific project context and initial architectural choices"),
                            finding),
                    () -> assertTrue(finding.contains("Scalability bottlenecks"), finding),
                    () -> assertTrue(finding.matches(".* and \\d+ more\\..*"), "long lists are cut: " + finding),
                    () -> assertTrue(w.coverage().missedTerms().contains("Database sharding")),
                    () -> assertTrue(dim(w, Dimension.COVERAGE).suggestion().contains(
                            "\"Specific project context and initial architectural choices\"")));
        }
    }

    @Nested
    @DisplayName("leadership question 03 (onboarding a junior engineer)")
    class Leadership {

        @Test
        @DisplayName("a structured plan with measures beats \"we gave them docs\" on every dimension")
        void strongBeatsWeak() {
            // given / when
            Feedback s = score(Answers.Q03, Answers.Q03_STRONG);
            Feedback w = score(Answers.Q03, Answers.Q03_WEAK);

            // then
            assertOutscores(s, w, Dimension.values());
            assertTrue(s.coverage().coveredTerms().containsAll(List.of("30-60-90 Day Plan", "Pair Programming",
                    "C4 Model", "ADRs (Architecture Decision Records)", "Pull Request (PR) Review")),
                    () -> s.coverage().toString());
            String mistakes = dim(w, Dimension.MISTAKES).finding();
            assertTrue(mistakes.contains("Not having a structured plan for onboarding"), mistakes);
        }

        @Test
        @DisplayName("the same answer with only \"we\" loses on common mistakes")
        void onlyWe() {
            // given / when
            Feedback s = score(Answers.Q03, Answers.Q03_STRONG);
            Feedback w = score(Answers.Q03, Answers.Q03_ONLY_WE);

            // then
            assertOutscores(s, w, Dimension.MISTAKES);
            assertTrue(dim(w, Dimension.MISTAKES).finding().contains("Only \"we\""));
        }
    }

    @Nested
    @DisplayName("situational question 05 (intermittent latency spikes)")
    class Situational {

        @Test
        @DisplayName("a systematic diagnosis beats \"look at the logs\" on every dimension")
        void strongBeatsWeak() {
            // given / when
            Feedback s = score(Answers.Q05, Answers.Q05_STRONG);
            Feedback w = score(Answers.Q05, Answers.Q05_WEAK);

            // then
            assertOutscores(s, w, Dimension.values());
            String mistakes = dim(w, Dimension.MISTAKES).finding();
            assertTrue(mistakes.contains("No trade-offs named"), mistakes);
            assertTrue(mistakes.contains("Lack of clear communication during an incident"), mistakes);
        }

        @Test
        @DisplayName("structure follows the question's framework steps; a missing step is named with a hint")
        void frameworkSteps() {
            // given
            String complete = Answers.Q05_STRONG;
            String withoutHypotheses = Answers.Q05_NO_HYPOTHESES;

            // when
            Feedback s = score(Answers.Q05, complete);
            Feedback w = score(Answers.Q05, withoutHypotheses);

            // then
            assertOutscores(s, w, Dimension.STRUCTURE);
            assertEquals(100, dim(s, Dimension.STRUCTURE).score(), dim(s, Dimension.STRUCTURE).finding());
            DimensionScore structure = dim(w, Dimension.STRUCTURE);
            assertTrue(structure.finding().contains("Missed: Hypothesize potential causes"), structure.finding());
            assertTrue(structure.suggestion().contains("resource contention"), structure.suggestion());
        }

        @Test
        @DisplayName("a missed key point is quoted in the finding")
        void namesMissedPoint() {
            // given / when
            Feedback s = score(Answers.Q05, Answers.Q05_STRONG);

            // then
            assertTrue(s.coverage().missedPoints().contains("Systematic diagnosis (MECE framework)"));
            assertTrue(dim(s, Dimension.COVERAGE).finding().contains("Systematic diagnosis (MECE framework)"),
                    dim(s, Dimension.COVERAGE).finding());
        }
    }

    @Nested
    @DisplayName("system design question 13 (distributed rate limiter)")
    class SystemDesign {

        @Test
        @DisplayName("a sliding-window design in Redis with trade-offs beats a database counter on every dimension")
        void strongBeatsWeak() {
            // given / when
            Feedback s = score(Answers.Q13, Answers.Q13_STRONG);
            Feedback w = score(Answers.Q13, Answers.Q13_WEAK);

            // then
            assertOutscores(s, w, Dimension.COVERAGE, Dimension.STRUCTURE, Dimension.MISTAKES, Dimension.LENGTH);
            assertTrue(s.score() >= 85, () -> "strong answer scored " + s.score());
            assertTrue(w.score() <= 25, () -> "weak answer scored " + w.score());
            String mistakes = dim(w, Dimension.MISTAKES).finding();
            assertTrue(mistakes.contains("Using a simple counter without considering the time window"), mistakes);
        }

        @Test
        @DisplayName("quantified impact does not apply: the question's material never asks for metrics")
        void noImpactDimension() {
            // given / when
            Feedback s = score(Answers.Q13, Answers.Q13_STRONG);

            // then
            assertTrue(s.dimension(Dimension.IMPACT).isEmpty());
            assertEquals(List.of(Dimension.COVERAGE, Dimension.STRUCTURE, Dimension.MISTAKES, Dimension.LENGTH),
                    s.dimensions().stream().map(DimensionScore::dimension).toList());
        }

        @Test
        @DisplayName("the same design without trade-off wording loses on common mistakes")
        void tradeOffs() {
            // given / when
            Feedback s = score(Answers.Q13, Answers.Q13_STRONG);
            Feedback w = score(Answers.Q13, Answers.Q13_NO_TRADE_OFFS);

            // then
            assertOutscores(s, w, Dimension.MISTAKES);
            assertTrue(dim(w, Dimension.MISTAKES).finding().contains("No trade-offs named"));
            assertTrue(dim(w, Dimension.MISTAKES).suggestion().contains("instead of"));
        }

        @Test
        @DisplayName("the same design without the algorithm step loses on structure, and the step is named")
        void missingStep() {
            // given / when
            Feedback s = score(Answers.Q13, Answers.Q13_STRONG);
            Feedback w = score(Answers.Q13, Answers.Q13_NO_ALGORITHM);

            // then
            assertOutscores(s, w, Dimension.STRUCTURE);
            assertTrue(dim(w, Dimension.STRUCTURE).finding().contains("Missed: Algorithm"),
                    dim(w, Dimension.STRUCTURE).finding());
            assertTrue(dim(w, Dimension.STRUCTURE).suggestion().contains("Remove timestamps older than 'M' seconds"),
                    dim(w, Dimension.STRUCTURE).suggestion());
        }

        @Test
        @DisplayName("missed terms are named")
        void namesMissedTerms() {
            // given / when
            Feedback s = score(Answers.Q13, Answers.Q13_STRONG);

            // then
            assertTrue(s.coverage().missedTerms().contains("Atomic Operations"), s.coverage().toString());
            String finding = dim(s, Dimension.COVERAGE).finding();
            assertTrue(finding.contains("Missed terms: Distributed Systems, Atomic Operations"), finding);
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("matching")
    class Matching {

        @Test
        @DisplayName("\"DLQ\" covers \"Dead-Letter Queue (DLQ)\"")
        void dlqCoversLongForm() {
            // given
            String answer = "Events that still fail after five retries go to a DLQ for manual review.";

            // when
            Feedback f = score(Answers.Q14, answer);

            // then
            assertTrue(f.coverage().coveredTerms().contains("Dead-Letter Queue (DLQ)"), f.coverage().toString());
        }

        @Test
        @DisplayName("\"dead-letter queues\" covers a bare \"DLQ\", and plural/hyphen variants match")
        void longFormCoversAbbreviation() {
            // given
            Question q = synthetic(Category.SYSTEM_DESIGN, List.of("Retry with backoff"), List.of("DLQ",
                    "Dead letter queue"));

            // when
            Feedback f = scorer.score(q, "Poison messages are parked in dead-letter queues.");

            // then
            assertEquals(List.of("DLQ", "Dead letter queue"), f.coverage().coveredTerms());
        }

        @Test
        @DisplayName("\"p99\" covers latency percentiles")
        void percentiles() {
            // given
            Question q = synthetic(Category.SYSTEM_DESIGN, List.of("Set latency targets"),
                    List.of("Latency percentiles", "Tail latency"));

            // when
            Feedback f = scorer.score(q, "We alert when p99 goes above 300 ms.");

            // then
            assertTrue(f.coverage().coveredTerms().contains("Latency percentiles"), f.coverage().toString());
        }

        @Test
        @DisplayName("\"DDD\" covers \"Domain-Driven Design (DDD)\" as a term and as a key point")
        void ddd() {
            // given
            String answer = "I would find the bounded contexts with DDD and event storming.";

            // when
            Feedback design = score(Answers.Q11, answer);
            Feedback behavioral = score(Answers.Q01, answer);

            // then
            assertTrue(design.coverage().coveredPoints().contains("Domain-Driven Design (DDD)"),
                    design.coverage().toString());
            assertTrue(behavioral.coverage().coveredTerms().contains("Domain-Driven Design (DDD)"),
                    behavioral.coverage().toString());
        }

        @Test
        @DisplayName("an abbreviation defined elsewhere in the bank is known when the scorer is given the bank")
        void bankDefinitions() {
            // given: question 05 defines "RICE (Reach, Impact, Confidence, Effort)";
            // question 09 only says "RICE Framework"
            Question q09 = Answers.question("backend-senior-09-trade-off-user-experience-business");
            String answer = "I scored each option with a reach, impact, confidence, effort framework.";

            // when
            Feedback withBank = scorer.score(q09, answer);
            Feedback withoutBank = new AnswerScorer().score(q09, answer);

            // then
            assertTrue(withBank.coverage().coveredTerms().contains("RICE Framework"), withBank.coverage().toString());
            assertFalse(withoutBank.coverage().coveredTerms().contains("RICE Framework"));
        }

        @Test
        @DisplayName("inflections match: \"sharded the databases\" covers \"Database sharding\"")
        void inflections() {
            // given
            String answer = "Then I sharded the databases by merchant and added indexes; pooled connections helped.";

            // when
            Feedback f = score(Answers.Q01, answer);

            // then
            assertTrue(f.coverage().coveredTerms().containsAll(List.of("Database sharding", "Database indexing",
                    "Connection pooling")), f.coverage().toString());
        }

        @Test
        @DisplayName("words of a term far apart do not cover it")
        void proximity() {
            // given
            String answer = "The database was slow. " + "Nothing else mattered that quarter at all, really. ".repeat(3)
                    + "Later we talked about sharding.";

            // when
            Feedback f = score(Answers.Q01, answer);

            // then
            assertTrue(f.coverage().missedTerms().contains("Database sharding"), f.coverage().toString());
        }

        @Test
        @DisplayName("an e.g. example covers its term: \"Redis\" covers \"Caching strategies (e.g., Redis)\"")
        void examples() {
            // given / when
            Feedback f = score(Answers.Q01, "I put Redis in front of the hot tables.");

            // then
            assertTrue(f.coverage().coveredTerms().contains("Caching strategies (e.g., Redis)"));
            assertFalse(f.coverage().coveredTerms().contains("Observability (APM, logging, metrics)"),
                    "a bracketed qualifier without e.g. is not an alternative");
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("edge cases")
    class EdgeCases {

        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @ValueSource(strings = {"", "   ", "\n\t \n", "...!?", "— – …"})
        @DisplayName("an empty or blank answer scores 0, is marked empty and is asked to write something")
        void empty(String answer) {
            // given
            Question q = Answers.question(Answers.Q01);

            // when
            Feedback f = scorer.score(q, answer);

            // then
            assertAll(
                    () -> assertEquals(0, f.score()),
                    () -> assertTrue(f.empty()),
                    () -> assertEquals(0, f.words()),
                    () -> assertEquals(Duration.ZERO, f.speakingTime()),
                    () -> assertTrue(f.dimensions().stream().allMatch(d -> d.score() == 0)),
                    () -> assertTrue(f.dimensions().stream().allMatch(d -> d.suggestion().startsWith("Write"))),
                    () -> assertEquals(q.keyTerminology().size(), f.coverage().missedTerms().size()));
        }

        @Test
        @DisplayName("a null answer is an empty answer")
        void nullAnswer() {
            // given / when
            Feedback f = score(Answers.Q13, null);

            // then
            assertTrue(f.empty());
            assertEquals(0, f.score());
        }

        @Test
        @DisplayName("a 20,000-character answer is scored, in range, with length saying to cut")
        void veryLong() {
            // given
            StringBuilder b = new StringBuilder();
            while (b.length() < 20_000) {
                b.append(Answers.Q13_STRONG).append('\n');
            }
            String answer = b.substring(0, 20_000);

            // when
            Feedback f = score(Answers.Q13, answer);

            // then
            assertAll(
                    () -> assertTrue(f.score() >= 0 && f.score() <= 100),
                    () -> assertTrue(f.words() > 3000, () -> "words: " + f.words()),
                    () -> assertEquals(0, dim(f, Dimension.LENGTH).score()),
                    () -> assertTrue(dim(f, Dimension.LENGTH).suggestion().startsWith("Cut about")),
                    () -> assertTrue(f.score() < score(Answers.Q13, Answers.Q13_STRONG).score()));
        }

        @Test
        @DisplayName("20,000 characters of punctuation, brackets or one word are handled")
        void pathological() {
            // given
            List<String> answers = List.of("(".repeat(20_000), "a".repeat(20_000), "1.".repeat(10_000),
                    "p99 ".repeat(5_000), "I/O ".repeat(5_000), "dead-letter ".repeat(1_700));

            // when / then
            for (String a : answers) {
                Feedback f = score(Answers.Q14, a);
                assertTrue(f.score() >= 0 && f.score() <= 100);
            }
        }

        @Test
        @DisplayName("the same input gives an equal Feedback, from the same or a new scorer")
        void deterministic() {
            // given
            Question q = Answers.question(Answers.Q01);

            // when
            Feedback first = scorer.score(q, Answers.Q01_STRONG);
            Feedback again = scorer.score(q, Answers.Q01_STRONG);
            Feedback fresh = new AnswerScorer(Answers.bank().all()).score(q, Answers.Q01_STRONG);

            // then
            assertEquals(first, again);
            assertEquals(first, fresh);
            assertNotEquals(first, scorer.score(q, Answers.Q01_WEAK));
        }

        @Test
        @DisplayName("words and speaking time are counted at 130 words a minute")
        void speakingTime() {
            // given
            String answer = "word ".repeat(260);

            // when
            Feedback f = score(Answers.Q13, answer);

            // then
            assertEquals(260, f.words());
            assertEquals(Duration.ofMinutes(2), f.speakingTime());
            assertTrue(dim(f, Dimension.LENGTH).finding().contains("about 2 min spoken"));
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("every question of the bank")
    class WholeBank {

        @Test
        @DisplayName("findings and suggestions are non-blank and at most 300 characters; scores are 0..100")
        void wellFormed() {
            // given
            List<String> answers = List.of("", "I don't know.", Answers.Q01_STRONG, Answers.Q13_STRONG,
                    Answers.Q05_WEAK);

            // when / then
            List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
            for (Question q : Answers.bank().all()) {
                for (String a : answers) {
                    Feedback f = scorer.score(q, a);
                    checks.add(() -> assertTrue(f.score() >= 0 && f.score() <= 100, q.id()));
                    for (DimensionScore d : f.dimensions()) {
                        checks.add(() -> assertTrue(d.finding().length() <= 300 && d.suggestion().length() <= 300,
                                () -> q.id() + " " + d));
                    }
                    Set<Dimension> seen = f.dimensions().stream().map(DimensionScore::dimension)
                            .collect(Collectors.toSet());
                    checks.add(() -> assertEquals(f.dimensions().size(), seen.size(), "no dimension twice"));
                    checks.add(() -> assertTrue(seen.containsAll(Set.of(Dimension.MISTAKES, Dimension.LENGTH))));
                }
            }
            assertAll(checks);
        }

        @Test
        @DisplayName("the bank's own model answer beats a one-line answer")
        void modelAnswerBeatsOneLiner() {
            List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
            for (Question q : Answers.bank().all()) {
                // given
                String model = String.join("\n\n", q.howToAnswer());

                // when
                Feedback good = scorer.score(q, model);
                Feedback poor = scorer.score(q, "I would just fix it quickly.");

                // then
                checks.add(() -> assertTrue(good.score() > poor.score() + 30,
                        () -> q.id() + ": model " + good.score() + " vs one-liner " + poor.score()));
            }
            assertAll(checks);
        }

        @Test
        @DisplayName("behavioral and leadership answers are scored on STAR and always on impact")
        void starCategories() {
            for (Question q : Answers.bank().all()) {
                Feedback f = scorer.score(q, Answers.Q01_STRONG);
                boolean star = q.category() == Category.BEHAVIORAL || q.category() == Category.LEADERSHIP;
                if (star) {
                    assertTrue(dim(f, Dimension.STRUCTURE).finding().startsWith("STAR parts found"), q.id());
                    assertTrue(f.dimension(Dimension.IMPACT).isPresent(), q.id());
                } else {
                    assertTrue(dim(f, Dimension.STRUCTURE).finding().contains("framework step"), q.id());
                }
            }
        }
    }
}
