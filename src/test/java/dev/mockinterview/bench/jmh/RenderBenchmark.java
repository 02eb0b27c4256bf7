package dev.mockinterview.bench.jmh;

import dev.mockinterview.feedback.AnswerScorer;
import dev.mockinterview.interview.Answer;
import dev.mockinterview.interview.AnswerSaved;
import dev.mockinterview.interview.Card;
import dev.mockinterview.interview.Hint;
import dev.mockinterview.interview.HintResult;
import dev.mockinterview.interview.ModelAnswer;
import dev.mockinterview.interview.Question;
import dev.mockinterview.interview.QuestionProgress;
import dev.mockinterview.interview.Session;
import dev.mockinterview.interview.UserRef;
import dev.mockinterview.slack.render.BlockKitJson;
import dev.mockinterview.slack.render.InterviewMessages;
import dev.mockinterview.slack.render.SlackMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Block Kit rendering, the pure functions in {@code slack/render}, on every question of the shipped bank in turn:
 * the question card (two hints out), each hint of each question, the model answer with the user's answer beside it
 * (alone, and with the JSON the Slack SDK sends), and the answer-saved message with its feedback. The domain objects
 * are built once, as the service would build them, so only rendering is timed.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RenderBenchmark {
    private static final UserRef USER = new UserRef("TBENCH", "UBENCH");
    private static final Instant STARTED = Instant.parse("2025-03-03T09:00:00Z");
    private static final long SESSION_ID = 42;

    private Card[] cards;
    private HintResult[] hints;
    private ModelAnswer[] models;
    private AnswerSaved[] saved;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        List<Question> questions = BenchBanks.shipped().all();
        AnswerScorer scorer = new AnswerScorer();
        List<Card> cardList = new ArrayList<>();
        List<HintResult> hintList = new ArrayList<>();
        List<ModelAnswer> modelList = new ArrayList<>();
        List<AnswerSaved> savedList = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            int position = i + 1;
            List<Hint> ladder = Hint.ladder(q);
            cardList.add(card(q, position, Math.min(2, ladder.size())));
            for (int shown = 1; shown <= ladder.size(); shown++) {
                hintList.add(new HintResult(card(q, position, shown), ladder.get(shown - 1)));
            }
            Answer answer = new Answer(1000L + i, SESSION_ID, q.id(), USER, BenchAnswers.TYPICAL,
                    STARTED.plusSeconds(600), null);
            modelList.add(new ModelAnswer(card(q, position, ladder.size()), List.of(answer)));
            savedList.add(new AnswerSaved(card(q, position, 1), answer, scorer.score(q, answer.text())));
        }
        cards = cardList.toArray(new Card[0]);
        hints = hintList.toArray(new HintResult[0]);
        models = modelList.toArray(new ModelAnswer[0]);
        saved = savedList.toArray(new AnswerSaved[0]);
    }

    private static Card card(Question q, int position, int hintsRevealed) {
        QuestionProgress progress = new QuestionProgress(q.id(), position, hintsRevealed, false,
                STARTED.plusSeconds(60L * position));
        Session session = new Session(SESSION_ID, USER, null, true, STARTED, null, Optional.of(progress), position,
                hintsRevealed, 0, 0);
        List<Hint> ladder = Hint.ladder(q);
        return new Card(session, q, progress, ladder.subList(0, hintsRevealed), ladder.size(), Card.Notice.NEXT,
                15, null);
    }

    private int index(int length) {
        return (next++ & Integer.MAX_VALUE) % length;
    }

    @Benchmark
    public SlackMessage questionCard() {
        return InterviewMessages.card(cards[index(cards.length)]);
    }

    @Benchmark
    public List<SlackMessage> hint() {
        return InterviewMessages.hint(hints[index(hints.length)]);
    }

    @Benchmark
    public List<SlackMessage> modelAnswer() {
        return InterviewMessages.modelAnswer(models[index(models.length)]);
    }

    @Benchmark
    public int modelAnswerJson() {
        int chars = 0;
        for (SlackMessage message : InterviewMessages.modelAnswer(models[index(models.length)])) {
            chars += BlockKitJson.blocks(message).length();
        }
        return chars;
    }

    @Benchmark
    public List<SlackMessage> answerSaved() {
        return InterviewMessages.answerSaved(saved[index(saved.length)]);
    }
}
