package dev.mockinterview.interview;

import dev.mockinterview.interview.Feedback;
import dev.mockinterview.review.DueItem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** What a user has achieved: stats by category, streak, reviews due, and the history of their answers. */
public final class ProgressService {
    /** How many answers history lists. */
    public static final int HISTORY_SIZE = 10;

    private final Supplier<QuestionBank> bank;
    private final SessionStore sessions;
    private final ProgressStore progress;
    private final AnswerScoring scorer;
    private final Clock clock;

    public ProgressService(Supplier<QuestionBank> bank, SessionStore sessions, ProgressStore progress,
                           AnswerScoring scorer, Clock clock) {
        this.bank = bank;
        this.sessions = sessions;
        this.progress = progress;
        this.scorer = scorer;
        this.clock = clock;
    }

    public Stats stats(UserRef user) {
        return sessions.inTransaction(() -> {
            QuestionBank questions = bank.get();
            UserSettings settings = progress.settings(user);
            ZoneId zone = settings.zone();
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, zone);

            Map<String, QuestionActivity> activity = new HashMap<>();
            progress.questionActivity(user).forEach(a -> activity.put(a.questionId(), a));
            Set<String> due = new HashSet<>();
            for (DueItem item : progress.schedule(user)) {
                if (!item.dueOn().isAfter(today) && questions.byId(item.questionId()).isPresent()) {
                    due.add(item.questionId());
                }
            }
            List<CategoryStats> categories = new ArrayList<>();
            int answers = 0;
            long scoreSum = 0;
            int scored = 0;
            for (Category category : questions.categories()) {
                int done = 0;
                int categoryAnswers = 0;
                long categorySum = 0;
                int categoryScored = 0;
                int categoryDue = 0;
                for (Question q : questions.in(category)) {
                    QuestionActivity a = activity.get(q.id());
                    if (a != null) {
                        done += a.done() ? 1 : 0;
                        categoryAnswers += a.answers();
                        categorySum += a.scoreSum();
                        categoryScored += a.scoredAnswers();
                    }
                    categoryDue += due.contains(q.id()) ? 1 : 0;
                }
                categories.add(new CategoryStats(category, questions.in(category).size(), done, categoryAnswers,
                        average(categorySum, categoryScored), categoryDue));
                answers += categoryAnswers;
                scoreSum += categorySum;
                scored += categoryScored;
            }
            Set<LocalDate> days = new HashSet<>();
            for (Instant t : progress.activity(user)) {
                days.add(LocalDate.ofInstant(t, zone));
            }
            int doneToday = progress.questionsShownSince(user, today.atStartOfDay(zone).toInstant());
            return new Stats(categories, Streak.days(days, today), days.contains(today), due.size(), doneToday,
                    settings.dailyCap(), answers, average(scoreSum, scored),
                    sessions.activeSession(user).isPresent());
        });
    }

    /** The user's time zone (UTC until known). */
    public ZoneId zone(UserRef user) {
        return sessions.inTransaction(() -> progress.settings(user).zone());
    }

    /** The user's latest answers, newest first. */
    public List<HistoryEntry> history(UserRef user) {
        return sessions.inTransaction(() -> progress.recentAnswers(user, HISTORY_SIZE).stream()
                .map(a -> new HistoryEntry(a, bank.get().byId(a.questionId()).orElse(null)))
                .toList());
    }

    /** Opens one of the user's answers again, with its feedback recomputed from the stored text. */
    public OpenedAnswer open(UserRef actor, long answerId) {
        Answer answer = sessions.inTransaction(() -> progress.answer(answerId)).orElseThrow(() ->
                new InterviewException(InterviewException.Reason.NOT_FOUND, "answer " + answerId));
        if (!answer.user().equals(actor)) {
            throw new InterviewException(InterviewException.Reason.NOT_OWNER, "answer " + answerId);
        }
        Question question = bank.get().byId(answer.questionId()).orElse(null);
        Feedback feedback = question == null ? null : scorer.score(question, answer.text());
        return new OpenedAnswer(answer, question, feedback);
    }

    /**
     * Scores answers saved before feedback existed (or while their question was missing), so averages include
     * them. Returns how many were scored.
     */
    public int backfillScores() {
        int total = 0;
        Set<Long> skipped = new HashSet<>();
        while (true) {
            List<Answer> batch = sessions.inTransaction(() -> progress.unscoredAnswers(500 + skipped.size()));
            int fresh = 0;
            for (Answer a : batch) {
                if (!skipped.add(a.id())) {
                    continue; // seen in an earlier batch: its question is not in the bank
                }
                fresh++;
                var question = bank.get().byId(a.questionId());
                if (question.isEmpty()) {
                    continue;
                }
                skipped.remove(a.id());
                int score = scorer.score(question.get(), a.text()).score();
                sessions.inTransaction(() -> {
                    progress.saveScore(a.id(), score);
                    return null;
                });
                total++;
            }
            if (fresh == 0) {
                return total;
            }
        }
    }

    private static Integer average(long sum, int count) {
        return count == 0 ? null : (int) Math.round((double) sum / count);
    }
}
