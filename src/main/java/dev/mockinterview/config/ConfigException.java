package dev.mockinterview.config;

import java.util.List;

/** Every configuration problem found at start-up, reported together. Never contains a secret's value. */
public final class ConfigException extends RuntimeException {
    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super("Configuration problem" + (problems.size() == 1 ? "" : "s") + ":\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
