package dev.mockinterview.slack;

import dev.mockinterview.daily.DailyCommand;
import dev.mockinterview.daily.DailyException;
import dev.mockinterview.daily.DailySchedule;
import dev.mockinterview.daily.DailyService;
import dev.mockinterview.daily.DailyStore;
import dev.mockinterview.interview.UserRef;
import dev.mockinterview.slack.render.HelpMessages;
import dev.mockinterview.slack.render.Mrkdwn;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * {@code /mockinterview daily on|off|status|now}, typed in the channel concerned. Every reply is ephemeral, through
 * the command's response_url. Runs after the ack: it reads the user's role and time zone from Slack.
 */
final class DailySlashCommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private final DailyService daily;
    private final SlackGateway slack;
    private final Delivery delivery;
    private final DailyJob job;
    private final java.util.function.Supplier<dev.mockinterview.interview.QuestionBank> bank;
    /** "role" and the words after it, up to the next option-like word. */
    private static final java.util.regex.Pattern ROLE = java.util.regex.Pattern.compile(
            "(?i)\\brole\\s+([a-z0-9-]+(?:\\s+[a-z0-9-]+)?)");

    DailySlashCommand(DailyService daily, SlackGateway slack, Delivery delivery, DailyJob job,
                      java.util.function.Supplier<dev.mockinterview.interview.QuestionBank> bank) {
        this.daily = daily;
        this.slack = slack;
        this.delivery = delivery;
        this.job = job;
        this.bank = bank;
    }

    /**
     * @param channelName as the slash command names the channel: {@code directmessage} in a DM, {@code mpdm-…} in
     *                    a group DM
     */
    void handle(UserRef user, String channelId, String channelName, String args, String responseUrl) {
        // "role backend senior" is taken out first: roles come from the bank, which the pure parser does not know.
        DailyStore.ChannelRole role = null;
        var m = ROLE.matcher(args);
        if (m.find()) {
            String words = m.group(1);
            int end = m.end();
            String[] choice = RoleChoice.parse(words, bank.get());
            if (choice == null && words.contains(" ")) {
                // "role backend weekdays": only the first word is the role.
                String first = words.substring(0, words.indexOf(' '));
                choice = RoleChoice.parse(first, bank.get());
                end = m.start(1) + first.length();
            }
            if (choice == null) {
                reply(responseUrl, "\"" + Mrkdwn.escape(words.strip()) + "\" is not a role in the question bank. "
                        + "`/mockinterview roles` lists them; e.g. `/mockinterview daily on role backend senior`.");
                return;
            }
            role = new DailyStore.ChannelRole(choice[0], choice[1]);
            args = (args.substring(0, m.start()) + " " + args.substring(end)).strip();
        }
        DailyCommand command = DailyCommand.parse(args);
        if ((command.kind() == DailyCommand.Kind.ON || command.kind() == DailyCommand.Kind.NOW)
                && isDirectMessage(channelId, channelName)) {
            reply(responseUrl, "The daily question is for channels, where the team can discuss it in the thread; "
                    + "it cannot be set up in a direct message. Type `/mockinterview daily on` in the team's "
                    + "channel, or `/mockinterview` here to practise on your own.");
            return;
        }
        try {
            switch (command.kind()) {
                // The parser quotes what was typed: shown as text, never as Slack markup.
                case INVALID -> reply(responseUrl, Mrkdwn.escape(((DailyCommand.Invalid) command).message()));
                case STATUS -> reply(responseUrl, status(user.teamId(), channelId));
                case ON -> {
                    var info = slack.userInfo(user.userId());
                    var actor = new DailyService.Actor(user.teamId(), user.userId(), info.admin(), info.owner());
                    DailySchedule s = daily.turnOn(actor, channelId, (DailyCommand.On) command,
                            info.zone().orElse(ZoneId.of("UTC")), role);
                    String membership = ensureMember(channelId);
                    reply(responseUrl, ":white_check_mark: Daily question on: " + s.describe() + ", "
                            + daily.role(user.teamId(), channelId).describe() + "." + next(s) + membership);
                }
                case OFF -> {
                    var info = slack.userInfo(user.userId());
                    daily.turnOff(new DailyService.Actor(user.teamId(), user.userId(), info.admin(), info.owner()),
                            channelId);
                    reply(responseUrl, "The daily question is off for this channel. Turn it back on with "
                            + "`/mockinterview daily on`.");
                }
                case NOW -> {
                    var info = slack.userInfo(user.userId());
                    var claimed = daily.claimNow(new DailyService.Actor(user.teamId(), user.userId(), info.admin(),
                            info.owner()), channelId, info.zone().orElse(ZoneId.of("UTC")));
                    job.send(claimed);
                }
            }
        } catch (DailyException e) {
            reply(responseUrl, e.getMessage());
        }
    }

    /** A DM or group DM: the bot cannot join it, and nobody else would see a question posted there. */
    static boolean isDirectMessage(String channelId, String channelName) {
        return channelId != null && channelId.startsWith("D")
                || "directmessage".equals(channelName)
                || channelName != null && channelName.startsWith("mpdm-");
    }

    private String status(String teamId, String channelId) {
        var schedule = daily.schedule(teamId, channelId);
        if (schedule.isEmpty()) {
            return "This channel has no daily question. Start one with "
                    + "`/mockinterview daily on 09:00 Europe/Berlin weekdays` (time, time zone, days and category "
                    + "are all optional).";
        }
        DailySchedule s = schedule.get();
        String last = daily.latestPost(teamId, channelId)
                .map(p -> " Last question: " + p.localDate() + " (" + p.status().name().toLowerCase(Locale.ROOT)
                        + (p.lastError() == null ? "" : ": " + p.lastError()) + ").")
                .orElse(" Nothing posted yet.");
        return (s.enabled() ? "Daily question on: " : "Daily question off (was: ") + s.describe() + ", "
                + daily.role(teamId, channelId).describe() + (s.enabled() ? "." : ").") + (s.enabled() ? next(s) : "") + last
                + " Set up by <@" + s.createdBy() + ">; " + daily.permissions().who() + " can change it.";
    }

    private String next(DailySchedule s) {
        return daily.nextPost(s).map(t -> " Next question: " + WHEN.format(ZonedDateTime.ofInstant(t, s.zone()))
                + " " + s.zone().getId() + ".").orElse("");
    }

    /** Joins a public channel by itself; otherwise says how to invite the bot. */
    private String ensureMember(String channelId) {
        try {
            slack.joinChannel(channelId);
            return "";
        } catch (DeliveryException e) {
            return " I am not in this channel and cannot join it by myself (" + e.error() + "): invite me with "
                    + "`/invite @mockinterview`, or the questions cannot be posted.";
        }
    }

    private void reply(String responseUrl, String mrkdwn) {
        delivery.reply(responseUrl, HelpMessages.note(mrkdwn));
    }
}
