package dev.mockinterview.daily;

import dev.mockinterview.interview.Hint;
import dev.mockinterview.interview.Question;
import dev.mockinterview.interview.QuestionBank;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The daily question's rules: who may change a channel's schedule, which question a channel gets, claiming each
 * day's post exactly once, retries, and when the model answer is revealed. Slack-free: the adapter posts what this
 * class claims and reports back.
 */
public final class DailyService {
    /** Attempts at one post (first try included) before giving up and telling whoever set the schedule up. */
    public static final int MAX_ATTEMPTS = 5;

    private final Supplier<QuestionBank> bank;
    private final DailyStore store;
    private final DailyPermissions permissions;
    private final Clock clock;
    private final RandomGenerator random;

    public DailyService(Supplier<QuestionBank> bank, DailyStore store, DailyPermissions permissions, Clock clock,
                        RandomGenerator random) {
        this.bank = bank;
        this.store = store;
        this.permissions = permissions;
        this.clock = clock;
        this.random = random;
    }

    /** Who is asking, with what their workspace role allows. */
    public record Actor(String teamId, String userId, boolean admin, boolean owner) {
    }

    /**
     * A post claimed for sending: the adapter posts it and calls {@link #posted} or {@link #failed}.
     *
     * @param retry claimed in an earlier tick or process and not recorded as sent
     */
    public record Claimed(DailyPost post, Question question, DailySchedule schedule, boolean retry) {
    }

    /** A model answer due to be revealed in its post's thread. */
    public record Reveal(DailyPost post, Question question) {
    }

    /** What the tick found: posts to send, and scheduled days skipped because the bot was down. */
    public record Due(List<Claimed> claimed, List<String> skipped) {
    }

    public DailySchedule turnOn(Actor actor, String channelId, DailyCommand.On on, ZoneId defaultZone) {
        return turnOn(actor, channelId, on, defaultZone, null);
    }

    /**
     * Turns the channel's daily question on, or changes it.
     *
     * @param role the role and level to draw questions from; null keeps the channel's (all roles at first)
     */
    public DailySchedule turnOn(Actor actor, String channelId, DailyCommand.On on, ZoneId defaultZone,
                                DailyStore.ChannelRole role) {
        Optional<DailySchedule> existing = store.schedule(actor.teamId(), channelId);
        requireAllowed(actor, existing);
        DailyStore.ChannelRole chosen = role != null ? role : store.role(actor.teamId(), channelId);
        var category = on.categoryGiven() ? on.category() : existing.map(DailySchedule::category).orElse(null);
        if (bank.get().in(chosen.role(), chosen.level(), category).isEmpty()) {
            String what = (category == null ? "" : category.label() + " ") + "questions";
            throw new DailyException(DailyException.Reason.EMPTY_CATEGORY, chosen.equals(DailyStore.ChannelRole.ANY)
                    ? "There are no " + what + " in the bank yet."
                    : "There are no " + what + " for " + chosen.describe() + " in the bank.");
        }
        // Whoever first set the channel up stays its owner: they are told about failed posts.
        String creator = existing.map(DailySchedule::createdBy).orElse(actor.userId());
        DailySchedule requested = on.toSchedule(actor.teamId(), channelId, creator,
                existing.map(DailySchedule::zone).orElse(defaultZone));
        // Changing one setting keeps the others: "daily on 10:00" on a Berlin schedule stays in Berlin.
        DailySchedule schedule = existing.isEmpty() ? requested : new DailySchedule(actor.teamId(), channelId,
                on.time() != null ? on.time() : existing.get().time(), requested.zone(),
                on.days() != null ? on.days() : existing.get().days(),
                on.categoryGiven() ? on.category() : existing.get().category(), creator, true,
                on.revealGiven() ? on.revealTime() : existing.get().revealTime());
        store.saveSchedule(schedule, clock.instant());
        store.saveRole(actor.teamId(), channelId, chosen);
        return schedule;
    }

    /** The role and level the channel's questions come from. */
    public DailyStore.ChannelRole role(String teamId, String channelId) {
        return store.role(teamId, channelId);
    }

    public DailySchedule turnOff(Actor actor, String channelId) {
        DailySchedule existing = store.schedule(actor.teamId(), channelId).filter(DailySchedule::enabled)
                .orElseThrow(() -> new DailyException(DailyException.Reason.NO_SCHEDULE,
                        "This channel has no daily question to turn off."));
        requireAllowed(actor, Optional.of(existing));
        DailySchedule off = existing.withEnabled(false);
        store.saveSchedule(off, clock.instant());
        return off;
    }

    public Optional<DailySchedule> schedule(String teamId, String channelId) {
        return store.schedule(teamId, channelId);
    }

    public Optional<DailyPost> latestPost(String teamId, String channelId) {
        return store.latestPost(teamId, channelId);
    }

    /** When the channel's next question will be posted, if it is on. */
    public Optional<Instant> nextPost(DailySchedule schedule) {
        return DailyRules.nextSlot(schedule, clock.instant()).map(t -> t.toInstant());
    }

    /**
     * Claims every post due now. A day whose slot passed while the bot was down is posted only if it is still that
     * day in the channel's time zone; earlier missed days are returned as skipped, for the log.
     */
    public Due claimDue() {
        Instant now = clock.instant();
        List<Claimed> claimed = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (DailySchedule s : store.enabledSchedules()) {
            LocalDate last = store.lastScheduledDate(s.teamId(), s.channelId()).orElse(null);
            DailyRules.CatchUp catchUp = DailyRules.catchUp(s, now, last);
            catchUp.skipped().forEach(d -> skipped.add(s.channelId() + " " + d));
            if (catchUp.post().isPresent()) {
                LocalDate day = catchUp.post().get();
                // A slot that passed before the schedule was set (or changed) is not a missed post: the first
                // post is the next slot, as "daily on" announced.
                boolean setAfterSlot = store.updatedAt(s.teamId(), s.channelId())
                        .map(t -> t.isAfter(DailyRules.slotOn(s, day).toInstant())).orElse(false);
                if (!setAfterSlot) {
                    claim(s, day, now, false).ifPresent(claimed::add);
                }
            }
        }
        return new Due(claimed, skipped);
    }

    /**
     * {@code daily now}: one extra question at once, outside the schedule, whether the channel has one or not.
     * Whoever may set up the channel's daily question may ask for one.
     *
     * @param zone the asker's time zone, for the post's date when the channel has no schedule
     */
    public Claimed claimNow(Actor actor, String channelId, ZoneId zone) {
        Optional<DailySchedule> existing = store.schedule(actor.teamId(), channelId);
        requireAllowed(actor, existing);
        DailySchedule schedule = existing.orElseGet(() -> oneOff(actor.teamId(), channelId, actor.userId(), zone));
        Instant now = clock.instant();
        return claim(schedule, DailyRules.localDate(schedule, now), now, true).orElseThrow(() ->
                new DailyException(DailyException.Reason.EMPTY_CATEGORY, "There are no questions to post."));
    }

    private Optional<Claimed> claim(DailySchedule s, LocalDate date, Instant now, boolean extra) {
        DailyStore.ChannelRole role = store.role(s.teamId(), s.channelId());
        List<Question> pool = bank.get().in(role.role(), role.level(), s.category());
        String last = store.lastPostedQuestion(s.teamId(), s.channelId()).orElse(null);
        Optional<DailyPick.Pick> pick = DailyPick.choose(pool, store.postedInCycle(s.teamId(), s.channelId()), last,
                random);
        if (pick.isEmpty()) {
            return Optional.empty();
        }
        // The new cycle starts only if this claim wins, in the same transaction, so a losing instance cannot move it.
        return store.claim(s.teamId(), s.channelId(), date, pick.get().question().id(), now, extra,
                        pick.get().newCycle())
                .map(p -> new Claimed(p, pick.get().question(), s, false));
    }

    /** Claimed posts not yet sent (a failed attempt, or a crash mid-post), with their question, for a retry. */
    public List<Claimed> retries() {
        List<Claimed> out = new ArrayList<>();
        for (DailyPost p : store.unfinishedPosts()) {
            if (p.attempts() == 0 && p.claimedAt().isAfter(clock.instant().minusSeconds(60))) {
                continue; // just claimed: the claimer is posting it right now
            }
            Optional<Question> q = bank.get().byId(p.questionId());
            // A "daily now" in a channel without a schedule has none: it is retried all the same.
            Optional<DailySchedule> s = store.schedule(p.teamId(), p.channelId())
                    .or(() -> p.extra() ? Optional.of(oneOff(p.teamId(), p.channelId(), null, ZoneId.of("UTC")))
                            : Optional.empty());
            if (q.isPresent() && s.isPresent()) {
                out.add(new Claimed(p, q.get(), s.get(), true));
            } else {
                store.markFailed(p.id(), "question or schedule no longer exists", p.attempts(), true);
            }
        }
        return out;
    }

    public void posted(DailyPost post, String messageTs) {
        store.markPosted(post.id(), messageTs);
    }

    /** Records a failed attempt; returns true when no retry is left (the adapter then tells the creator). */
    public boolean failed(DailyPost post, String error, boolean retriable) {
        int attempts = post.attempts() + 1;
        boolean givenUp = !retriable || attempts >= MAX_ATTEMPTS;
        store.markFailed(post.id(), error, attempts, givenUp);
        return givenUp;
    }

    /** Posted questions whose model answer is due in their thread. */
    public List<Reveal> dueReveals() {
        Instant now = clock.instant();
        List<Reveal> out = new ArrayList<>();
        for (DailyPost p : store.unrevealedPosts()) {
            Optional<DailySchedule> s = store.schedule(p.teamId(), p.channelId());
            Optional<Question> q = bank.get().byId(p.questionId());
            if (s.isEmpty() || q.isEmpty()) {
                store.markRevealed(p.id());
                continue;
            }
            // From when it was actually claimed: a late catch-up post must not give its answer away at once.
            Optional<Instant> at = DailyRules.revealAt(s.get(), p.claimedAt());
            if (at.isPresent() && !now.isBefore(at.get())) {
                out.add(new Reveal(p, q.get()));
            }
        }
        return out;
    }

    public void revealed(DailyPost post) {
        store.markRevealed(post.id());
    }

    /** The question of a daily post, for its buttons. */
    public Question question(long postId) {
        DailyPost post = store.post(postId).orElseThrow(() ->
                new DailyException(DailyException.Reason.NOT_FOUND, "That daily question no longer exists."));
        return bank.get().byId(post.questionId()).orElseThrow(() ->
                new DailyException(DailyException.Reason.NOT_FOUND, "That question was removed from the bank."));
    }

    /** Reveals the user's next hint on a daily post; returns the hint number (past the last: no more hints). */
    public int nextHint(long postId, String userId) {
        Question q = question(postId);
        int next = Math.min(store.hintsRevealed(postId, userId) + 1, Hint.ladder(q).size() + 1);
        store.saveHintsRevealed(postId, userId, Math.min(next, Hint.ladder(q).size()));
        return next;
    }

    public DailyPermissions permissions() {
        return permissions;
    }

    /**
     * Stops every daily question of a workspace (the app was uninstalled, or its token revoked): schedules are
     * turned off with their settings kept, and posts not yet sent are given up. Returns how many were on.
     */
    public int pauseWorkspace(String teamId, String reason) {
        int paused = 0;
        for (DailySchedule s : store.enabledSchedules()) {
            if (s.teamId().equals(teamId)) {
                store.saveSchedule(s.withEnabled(false), clock.instant());
                paused++;
            }
        }
        for (DailyPost p : store.unfinishedPosts()) {
            if (p.teamId().equals(teamId)) {
                store.markFailed(p.id(), reason, p.attempts(), true);
            }
        }
        return paused;
    }

    /** The settings of a question asked for with "daily now" in a channel that has no schedule. */
    private static DailySchedule oneOff(String teamId, String channelId, String askedBy, ZoneId zone) {
        return new DailySchedule(teamId, channelId, DailySchedule.DEFAULT_TIME, zone, DailySchedule.EVERY_DAY, null,
                askedBy, false, null);
    }

    /**
     * Any member of the channel may set up its first daily question (a team lead is rarely a workspace admin);
     * changing or stopping an existing one is for those {@link DailyPermissions} names.
     */
    private void requireAllowed(Actor actor, Optional<DailySchedule> existing) {
        if (existing.isEmpty()) {
            return;
        }
        String creator = existing.get().createdBy();
        if (!permissions.mayChange(actor.userId(), actor.admin(), actor.owner(), creator)) {
            throw new DailyException(DailyException.Reason.NOT_ALLOWED, "Only " + permissions.who()
                    + " can change this channel's daily question.");
        }
    }
}
