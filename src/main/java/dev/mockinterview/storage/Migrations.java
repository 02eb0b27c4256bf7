package dev.mockinterview.storage;

import dev.mockinterview.ports.StorageException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema's history, append-only: never edit a released migration, add the next one. The version lives in
 * {@code PRAGMA user_version}; every pending step runs in one transaction, so a failed upgrade leaves the file as it
 * was.
 */
final class Migrations {

    record Migration(int version, String description, String sql) {
    }

    static final List<Migration> ALL = List.of(
            new Migration(1, "sessions, questions shown, answers, rounds", """
                    CREATE TABLE sessions (
                        id          INTEGER PRIMARY KEY AUTOINCREMENT,
                        team_id     TEXT    NOT NULL,
                        user_id     TEXT    NOT NULL,
                        category    TEXT,
                        active      INTEGER NOT NULL CHECK (active IN (0, 1)),
                        started_at  INTEGER NOT NULL,
                        updated_at  INTEGER NOT NULL,
                        ended_at    INTEGER
                    ) STRICT;
                    CREATE UNIQUE INDEX sessions_one_active_per_user ON sessions (team_id, user_id) WHERE active = 1;
                    CREATE INDEX sessions_by_user ON sessions (team_id, user_id);

                    CREATE TABLE session_questions (
                        id                    INTEGER PRIMARY KEY AUTOINCREMENT,
                        session_id            INTEGER NOT NULL REFERENCES sessions (id),
                        question_id           TEXT    NOT NULL,
                        position              INTEGER NOT NULL,
                        hints_revealed        INTEGER NOT NULL DEFAULT 0,
                        model_answer_revealed INTEGER NOT NULL DEFAULT 0 CHECK (model_answer_revealed IN (0, 1)),
                        shown_at              INTEGER NOT NULL,
                        updated_at            INTEGER NOT NULL,
                        UNIQUE (session_id, position)
                    ) STRICT;

                    CREATE TABLE answers (
                        id          INTEGER PRIMARY KEY AUTOINCREMENT,
                        session_id  INTEGER NOT NULL REFERENCES sessions (id),
                        question_id TEXT    NOT NULL,
                        team_id     TEXT    NOT NULL,
                        user_id     TEXT    NOT NULL,
                        text        TEXT    NOT NULL,
                        created_at  INTEGER NOT NULL
                    ) STRICT;
                    CREATE INDEX answers_by_session_question ON answers (session_id, question_id);

                    -- A round ends when the user has seen every question in its scope ('*' or a category).
                    CREATE TABLE rounds (
                        team_id       TEXT    NOT NULL,
                        user_id       TEXT    NOT NULL,
                        scope         TEXT    NOT NULL,
                        round         INTEGER NOT NULL,
                        started_after INTEGER NOT NULL,
                        started_at    INTEGER NOT NULL,
                        PRIMARY KEY (team_id, user_id, scope)
                    ) STRICT;
                    """),
            new Migration(2, "answer scores, spaced-repetition schedule, ratings, user settings", """
                    -- Scores are computed locally from the stored answer; NULL for answers written before v2
                    -- until the start-up backfill scores them.
                    ALTER TABLE answers ADD COLUMN score INTEGER;
                    CREATE INDEX answers_by_user ON answers (team_id, user_id, id);

                    CREATE TABLE reviews (
                        team_id       TEXT    NOT NULL,
                        user_id       TEXT    NOT NULL,
                        question_id   TEXT    NOT NULL,
                        repetitions   INTEGER NOT NULL,
                        ease_factor   REAL    NOT NULL,
                        interval_days INTEGER NOT NULL,
                        last_reviewed TEXT    NOT NULL,
                        due_on        TEXT    NOT NULL,
                        -- The state before the latest review, so a second rating on the same day replaces the
                        -- first instead of counting as another review. NULL for a question's first review.
                        prev_repetitions   INTEGER,
                        prev_ease_factor   REAL,
                        prev_interval_days INTEGER,
                        prev_last_reviewed TEXT,
                        prev_due_on        TEXT,
                        PRIMARY KEY (team_id, user_id, question_id)
                    ) STRICT;

                    CREATE TABLE ratings (
                        id             INTEGER PRIMARY KEY AUTOINCREMENT,
                        session_id     INTEGER NOT NULL REFERENCES sessions (id),
                        team_id        TEXT    NOT NULL,
                        user_id        TEXT    NOT NULL,
                        question_id    TEXT    NOT NULL,
                        rating         TEXT    NOT NULL,
                        feedback_score INTEGER,
                        rated_at       INTEGER NOT NULL,
                        due_on         TEXT    NOT NULL
                    ) STRICT;
                    CREATE INDEX ratings_by_user ON ratings (team_id, user_id);

                    -- Which question each bot message in a DM belongs to, so a reply in its thread is an answer.
                    CREATE TABLE posted_messages (
                        channel_id  TEXT    NOT NULL,
                        ts          TEXT    NOT NULL,
                        session_id  INTEGER NOT NULL REFERENCES sessions (id),
                        question_id TEXT    NOT NULL,
                        PRIMARY KEY (channel_id, ts)
                    ) STRICT;

                    CREATE TABLE user_settings (
                        team_id    TEXT    NOT NULL,
                        user_id    TEXT    NOT NULL,
                        daily_cap  INTEGER,
                        time_zone  TEXT,
                        PRIMARY KEY (team_id, user_id)
                    ) STRICT;
                    """),
            new Migration(3, "daily questions in channels", """
                    CREATE TABLE daily_schedules (
                        team_id     TEXT    NOT NULL,
                        channel_id  TEXT    NOT NULL,
                        local_time  TEXT    NOT NULL,
                        time_zone   TEXT    NOT NULL,
                        days        TEXT    NOT NULL,
                        category    TEXT,
                        created_by  TEXT    NOT NULL,
                        enabled     INTEGER NOT NULL CHECK (enabled IN (0, 1)),
                        reveal_time TEXT,
                        updated_at  INTEGER NOT NULL,
                        -- The next post never repeats a question until this cycle has used them all.
                        cycle_start INTEGER NOT NULL DEFAULT 0,
                        PRIMARY KEY (team_id, channel_id)
                    ) STRICT;

                    -- One row per channel and local date, claimed before posting: the unique key is what makes
                    -- posting exactly-once across restarts and instances.
                    CREATE TABLE daily_posts (
                        id          INTEGER PRIMARY KEY AUTOINCREMENT,
                        team_id     TEXT    NOT NULL,
                        channel_id  TEXT    NOT NULL,
                        local_date  TEXT    NOT NULL,
                        question_id TEXT    NOT NULL,
                        status      TEXT    NOT NULL CHECK (status IN ('CLAIMED', 'POSTED', 'FAILED')),
                        message_ts  TEXT,
                        attempts    INTEGER NOT NULL DEFAULT 0,
                        last_error  TEXT,
                        revealed    INTEGER NOT NULL DEFAULT 0 CHECK (revealed IN (0, 1)),
                        claimed_at  INTEGER NOT NULL,
                        -- 'scheduled' for the day's post; 'now-<millis>' for an extra one asked for with "daily now"
                        slot        TEXT    NOT NULL DEFAULT 'scheduled',
                        UNIQUE (team_id, channel_id, local_date, slot)
                    ) STRICT;

                    CREATE TABLE daily_hints (
                        post_id  INTEGER NOT NULL REFERENCES daily_posts (id),
                        user_id  TEXT    NOT NULL,
                        hints    INTEGER NOT NULL,
                        PRIMARY KEY (post_id, user_id)
                    ) STRICT;
                    """),
            new Migration(4, "role and level chosen by users and channels", """
                    ALTER TABLE user_settings ADD COLUMN role TEXT;
                    ALTER TABLE user_settings ADD COLUMN level TEXT;
                    ALTER TABLE daily_schedules ADD COLUMN role TEXT;
                    ALTER TABLE daily_schedules ADD COLUMN level TEXT;
                    """),
            new Migration(5, "lookups for the next question that do not read a user's whole history", """
                    -- Whose each shown question was, on the row itself, so "which of these has the user seen in
                    -- this round" and "what did the user see today" are index searches, not a walk through every
                    -- session of the user. Written by showQuestion from v5 on; filled in here for older rows.
                    ALTER TABLE session_questions ADD COLUMN team_id TEXT;
                    ALTER TABLE session_questions ADD COLUMN user_id TEXT;
                    UPDATE session_questions
                       SET team_id = (SELECT s.team_id FROM sessions s WHERE s.id = session_questions.session_id),
                           user_id = (SELECT s.user_id FROM sessions s WHERE s.id = session_questions.session_id);
                    -- Seen in the round (the rowid, id, rides along as the implicit last column) and shown since.
                    CREATE INDEX session_questions_by_user_question
                        ON session_questions (team_id, user_id, question_id, shown_at);
                    -- Questions shown today, for the daily cap.
                    CREATE INDEX session_questions_by_user_shown
                        ON session_questions (team_id, user_id, shown_at, question_id);
                    -- Due reviews, most overdue first, a page at a time.
                    CREATE INDEX reviews_by_user_due ON reviews (team_id, user_id, due_on, question_id);

                    -- A session's running totals, kept by the store with every change, so loading a session that
                    -- has lasted for thousands of questions reads one row instead of summing all of them.
                    ALTER TABLE sessions ADD COLUMN questions_asked INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE sessions ADD COLUMN hints_used INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE sessions ADD COLUMN answers_written INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE sessions ADD COLUMN model_answers_viewed INTEGER NOT NULL DEFAULT 0;
                    UPDATE sessions
                       SET questions_asked = (SELECT count(*)
                                                FROM session_questions q WHERE q.session_id = sessions.id),
                           hints_used = (SELECT coalesce(sum(q.hints_revealed), 0)
                                           FROM session_questions q WHERE q.session_id = sessions.id),
                           answers_written = (SELECT count(*) FROM answers a WHERE a.session_id = sessions.id),
                           model_answers_viewed = (SELECT coalesce(sum(q.model_answer_revealed), 0)
                                                     FROM session_questions q WHERE q.session_id = sessions.id);
                    """),
            new Migration(6, "effects applied once per request, and the messages they still have to send", """
                    -- A piece of post-ack work, keyed by the request that started it, commits here together with
                    -- its own writes: a redelivery or a replay after a crash finds its key and does not repeat it.
                    CREATE TABLE effects (
                        effect_key TEXT    PRIMARY KEY,
                        applied_at INTEGER NOT NULL
                    ) STRICT;
                    CREATE INDEX effects_by_time ON effects (applied_at);
                    -- What an applied effect has still to send to Slack; a row goes once Slack has it.
                    CREATE TABLE outbox (
                        effect_key      TEXT    NOT NULL REFERENCES effects (effect_key) ON DELETE CASCADE,
                        seq             INTEGER NOT NULL,
                        kind            TEXT    NOT NULL,
                        target          TEXT,
                        thread_ts       TEXT,
                        anchor_session  INTEGER,
                        anchor_question TEXT,
                        text            TEXT    NOT NULL,
                        blocks          TEXT    NOT NULL,
                        PRIMARY KEY (effect_key, seq)
                    ) STRICT;
                    """),
            new Migration(7, "the Messages tab: plain messages offered as answers, and who has been welcomed", """
                    -- A message written to the bot outside a question's thread, kept until the user saves it as
                    -- the answer to their open question (one click) or it is forgotten with their data.
                    CREATE TABLE offered_answers (
                        id          INTEGER PRIMARY KEY AUTOINCREMENT,
                        team_id     TEXT    NOT NULL,
                        user_id     TEXT    NOT NULL,
                        session_id  INTEGER NOT NULL,
                        question_id TEXT    NOT NULL,
                        text        TEXT    NOT NULL,
                        created_at  INTEGER NOT NULL
                    ) STRICT;
                    CREATE INDEX offered_answers_by_user ON offered_answers (team_id, user_id);
                    -- Who has had the Messages tab's welcome: it is said once.
                    CREATE TABLE welcomed (
                        team_id     TEXT    NOT NULL,
                        user_id     TEXT    NOT NULL,
                        welcomed_at INTEGER NOT NULL,
                        PRIMARY KEY (team_id, user_id)
                    ) STRICT;
                    """));

    static int latestVersion() {
        return ALL.get(ALL.size() - 1).version();
    }

    static void apply(Database db, Path file) {
        db.inTransaction(c -> {
            int current = userVersion(c);
            int latest = latestVersion();
            if (current > latest) {
                throw new StorageException("database " + file + " has schema version " + current
                        + ", but this mockinterview only knows versions up to " + latest
                        + ". It was written by a newer mockinterview: upgrade mockinterview, or point "
                        + "MOCKINTERVIEW_DB at another file.");
            }
            for (Migration m : ALL) {
                if (m.version() > current) {
                    try (Statement s = c.createStatement()) {
                        for (String statement : statements(m.sql())) {
                            s.execute(statement);
                        }
                        s.execute("PRAGMA user_version = " + m.version());
                    }
                }
            }
            return null;
        });
    }

    static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    // The JDBC driver runs one statement per execute(); split on ';' at line ends (no ';' inside our literals).
    static List<String> statements(String sql) {
        return java.util.Arrays.stream(sql.split(";\\s*\\n"))
                .map(String::strip)
                .map(s -> s.replaceAll("(?m)^\\s*--.*$", "").strip())
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
