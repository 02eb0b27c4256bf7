package dev.mockinterview.daily;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The persistence port for channel schedules and their posts. Claims are atomic across processes. */
public interface DailyStore {

    Optional<DailySchedule> schedule(String teamId, String channelId);

    /** Creates or replaces the channel's schedule. */
    void saveSchedule(DailySchedule schedule, Instant now);

    List<DailySchedule> enabledSchedules();

    /**
     * Claims the channel's post for {@code date}. Returns the new post, or empty when it was already claimed (by
     * this or another instance, before a restart or now): the caller then must not post.
     */
    Optional<DailyPost> claim(String teamId, String channelId, LocalDate date, String questionId, Instant now,
                              boolean extra, boolean newCycle);
    // newCycle: the channel has used up its pool; if this claim wins, a new cycle begins with it, atomically.

    /** As {@link #claim(String, String, LocalDate, String, Instant, boolean, boolean)} within the current cycle. */
    default Optional<DailyPost> claim(String teamId, String channelId, LocalDate date, String questionId,
                                      Instant now, boolean extra) {
        return claim(teamId, channelId, date, questionId, now, extra, false);
    }

    /** The question of the channel's latest post that was not given up, if any. */
    Optional<String> lastPostedQuestion(String teamId, String channelId);

    /** When the channel's schedule was last set or changed. */
    Optional<Instant> updatedAt(String teamId, String channelId);

    void markPosted(long postId, String messageTs);

    void markFailed(long postId, String error, int attempts, boolean givenUp);

    void markRevealed(long postId);

    /** The channel's latest post (scheduled or extra), if any. */
    Optional<DailyPost> latestPost(String teamId, String channelId);

    /** The local date of the channel's latest scheduled post, if any. */
    Optional<LocalDate> lastScheduledDate(String teamId, String channelId);

    Optional<DailyPost> post(long postId);

    /** Posts whose claim was made but not completed: being posted, or waiting for a retry. */
    List<DailyPost> unfinishedPosts();

    /** Posted questions not yet revealed. */
    List<DailyPost> unrevealedPosts();

    /** Question ids posted in the channel since its current cycle began. */
    Set<String> postedInCycle(String teamId, String channelId);

    /** The role and level a channel's questions come from (both null: any). */
    record ChannelRole(String role, String level) {
        public static final ChannelRole ANY = new ChannelRole(null, null);

        public String describe() {
            return role == null && level == null ? "all roles" : (level == null ? "" : level + " ")
                    + (role == null ? "any role" : role);
        }
    }

    ChannelRole role(String teamId, String channelId);

    void saveRole(String teamId, String channelId, ChannelRole role);

    /** How many hints a user has revealed on a daily post. */
    int hintsRevealed(long postId, String userId);

    void saveHintsRevealed(long postId, String userId, int hints);
}
