package dev.mockinterview.testutil;

import java.nio.file.Path;

/**
 * Question banks that belong to the tests, so that an author who edits the shipped bank in {@code questions/} (as
 * the README invites) never breaks the build. Only tests about the shipped bank itself read {@code questions/}.
 */
public final class FixtureBanks {
    /** The bank the end-to-end, load, crash and process tests run on: 15 senior backend questions. */
    public static final Path E2E = Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "banks",
            "e2e");

    private FixtureBanks() {
    }
}
