package dev.mockinterview.ports;

import dev.mockinterview.interview.UserRef;
import java.util.List;
import java.util.Map;

/** Everything the bot keeps about one person, to hand it over or to delete it; and a workspace's, to delete it. */
public interface UserDataStore {

    /** Every row about the user, table by table (tables in a fixed order, rows oldest first). */
    Map<String, List<Map<String, Object>>> export(UserRef user);

    /** Deletes every row about the user, in one transaction; returns how many rows went, per table. */
    Map<String, Integer> forget(UserRef user);

    /** Deletes everything about a workspace (its users' data and its channels' daily questions); per table. */
    Map<String, Integer> forgetWorkspace(String teamId);
}
