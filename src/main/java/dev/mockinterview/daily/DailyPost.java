package dev.mockinterview.daily;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One channel's daily question for one local date. The row is claimed before anything is sent to Slack, and the
 * (channel, date) pair is unique, so however many instances or restarts try, only one of them posts.
 *
 * @param status    CLAIMED (being posted), POSTED, or FAILED (given up after retries; the setter was told)
 * @param messageTs the posted message's ts, the thread for discussion and for the reveal
 * @param extra     asked for with "daily now", outside the schedule (it does not use up the day's post)
 */
public record DailyPost(long id, String teamId, String channelId, LocalDate localDate, String questionId,
                        Status status, String messageTs, int attempts, String lastError, boolean revealed,
                        Instant claimedAt, boolean extra) {

    /** Where a post stands. */
    public enum Status { CLAIMED, POSTED, FAILED }
}
