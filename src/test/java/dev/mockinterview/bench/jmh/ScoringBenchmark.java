package dev.mockinterview.bench.jmh;

import dev.mockinterview.feedback.AnswerScorer;
import dev.mockinterview.interview.Feedback;
import dev.mockinterview.interview.Question;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring an answer ({@link AnswerScorer#score}, run on every answer saved and every history › Open): a typical
 * 1,000-character answer and the 20,000-character one of the README's feedback benchmark, against each question of
 * the shipped bank in turn, with the scorer the server builds.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScoringBenchmark {
    @Param({"1000", "20000"})
    public int answerChars;

    private final AnswerScorer scorer = new AnswerScorer();
    private List<Question> questions;
    private String answer;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        questions = BenchBanks.shipped().all();
        answer = switch (answerChars) {
            case 1000 -> BenchAnswers.TYPICAL;
            case 20000 -> BenchAnswers.HUGE;
            default -> throw new IllegalArgumentException("answerChars: 1000 or 20000");
        };
    }

    @Benchmark
    public Feedback score() {
        return scorer.score(questions.get(next++ % questions.size()), answer);
    }
}
