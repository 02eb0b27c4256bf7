package dev.mockinterview.interview;

import java.util.Objects;

/** Who is being interviewed: a user within a team (workspace). The terminal uses a local team. */
public record UserRef(String teamId, String userId) {
    public UserRef {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(userId, "userId");
    }
}
