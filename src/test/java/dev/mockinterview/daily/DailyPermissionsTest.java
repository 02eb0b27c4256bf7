package dev.mockinterview.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("DailyPermissions")
class DailyPermissionsTest {

    /**
     * The matrix: actor U1 with admin/owner flags, the schedule's creator ("-" for no schedule yet), and the
     * expected answer under each policy.
     */
    @ParameterizedTest(name = "admin={0} owner={1} creator={2}: default {3}, everyone {4}, admins {5}, creator {6}, U1 {7}, U2+owners {8}")
    @CsvSource({
            // admin, owner, creator, default, everyone, admins, creator, U1, "U2,owners"
            "false, false, -,  false, true, false, false, true,  false",
            "false, false, U1, true,  true, false, true,  true,  false",
            "false, false, U9, false, true, false, false, true,  false",
            "true,  false, -,  true,  true, true,  false, true,  false",
            "true,  false, U9, true,  true, true,  false, true,  false",
            "false, true,  -,  true,  true, false, false, true,  true",
            "false, true,  U9, true,  true, false, false, true,  true",
            "true,  true,  U1, true,  true, true,  true,  true,  true",
    })
    @DisplayName("mayChange across policies, with and without an existing schedule")
    void matrix(boolean admin, boolean owner, String creator, boolean byDefault, boolean everyone, boolean admins,
            boolean creatorOnly, boolean listed, boolean otherUserAndOwners) {
        // given
        String existing = creator.equals("-") ? null : creator;

        // when / then
        assertEquals(byDefault, DailyPermissions.parse(null).mayChange("U1", admin, owner, existing), "default");
        assertEquals(byDefault, DailyPermissions.defaults().mayChange("U1", admin, owner, existing), "defaults()");
        assertEquals(everyone, DailyPermissions.parse("everyone").mayChange("U1", admin, owner, existing));
        assertEquals(admins, DailyPermissions.parse("admins").mayChange("U1", admin, owner, existing));
        assertEquals(creatorOnly, DailyPermissions.parse("creator").mayChange("U1", admin, owner, existing));
        assertEquals(listed, DailyPermissions.parse("U1").mayChange("U1", admin, owner, existing));
        assertEquals(otherUserAndOwners, DailyPermissions.parse("U2, owners").mayChange("U1", admin, owner, existing));
    }

    @Test
    @DisplayName("creating a schedule: 'creator' lets nobody in, since there is no creator yet")
    void creating() {
        // given
        DailyPermissions p = DailyPermissions.parse("creator");

        // when / then
        assertEquals(false, p.mayChange("U1", false, false, null));
        assertEquals(true, p.mayChange("U1", false, false, "U1"));
        assertEquals(false, p.mayChange(null, false, false, null));
    }

    @Test
    @DisplayName("parsing: default for null and blank, any case, spaces, singular forms, canonical config()")
    void parsing() {
        // given / when / then
        assertEquals(DailyPermissions.defaults(), DailyPermissions.parse("   "));
        assertEquals(DailyPermissions.defaults(), DailyPermissions.parse(DailyPermissions.DEFAULT_CONFIG));
        assertEquals(DailyPermissions.defaults(), DailyPermissions.parse(" Admin , OWNERS,creator "));
        assertEquals(DailyPermissions.parse("everyone"), DailyPermissions.parse("Everybody"));
        assertEquals(Set.of("U1", "U123"), DailyPermissions.parse("U1,U123").users());
        assertEquals(new DailyPermissions(false, true, false, false, Set.of("U012AB3CD", "W0XYZ")),
                DailyPermissions.parse("admins,W0XYZ,U012AB3CD"));
        assertEquals("admins,U012AB3CD,W0XYZ", DailyPermissions.parse("W0XYZ,U012AB3CD,admins").config());
        assertEquals("admins,owners,creator", DailyPermissions.defaults().config());
        assertEquals("MOCKINTERVIEW_DAILY_MANAGERS", DailyPermissions.ENV_VAR);
    }

    @Test
    @DisplayName("a bad entry is named, with a suggestion when one is close, and every bad entry is reported")
    void errors() {
        // given
        String valid = " Use a comma-separated list of admins, owners, creator, everyone and Slack user ids such as "
                + "U012AB3CD, e.g. MOCKINTERVIEW_DAILY_MANAGERS=admins,owners,creator.";

        // when
        List<String> problems = DailyPermissions.problems("admns,moderators,,u012ab,admins owners");

        // then
        assertEquals(List.of(
                "MOCKINTERVIEW_DAILY_MANAGERS: \"admns\" is not a valid entry. Did you mean admins?" + valid,
                "MOCKINTERVIEW_DAILY_MANAGERS: \"moderators\" is not a valid entry." + valid,
                "MOCKINTERVIEW_DAILY_MANAGERS: entry 3 is empty (two commas in a row, or a comma at either end). "
                        + "Example: MOCKINTERVIEW_DAILY_MANAGERS=admins,owners,creator.",
                "MOCKINTERVIEW_DAILY_MANAGERS: \"u012ab\" is not a valid entry: Slack user ids are upper case. "
                        + "Did you mean U012AB?",
                "MOCKINTERVIEW_DAILY_MANAGERS: \"admins owners\" is two entries: separate entries with commas." + valid),
                problems);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DailyPermissions.parse("admins,evryone"));
        assertEquals("MOCKINTERVIEW_DAILY_MANAGERS: \"evryone\" is not a valid entry. Did you mean everyone?" + valid,
                e.getMessage());
        assertEquals(List.of(), DailyPermissions.problems(null));
        assertEquals(1, DailyPermissions.problems("USERS").size(), "an id has a digit");
    }

    @Test
    @DisplayName("who(): the policy in words, for a refusal")
    void who() {
        // given / when / then
        assertEquals("workspace admins, workspace owners or whoever set up the daily question",
                DailyPermissions.defaults().who());
        assertEquals("everyone", DailyPermissions.parse("everyone,admins").who());
        assertEquals("workspace admins or <@U012AB3CD>", DailyPermissions.parse("admins,U012AB3CD").who());
        assertEquals("<@U012AB3CD>", DailyPermissions.parse("U012AB3CD").who());
    }
}
