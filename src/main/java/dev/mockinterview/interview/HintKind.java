package dev.mockinterview.interview;

/** The hint ladder, from least to most revealing. Order matters: hints are revealed in declaration order. */
public enum HintKind {
    FRAMEWORK("Answer framework"),
    KEY_POINTS("Key points to mention"),
    TERMINOLOGY("Key terminology"),
    LOOK_FOR("What interviewers look for");

    private final String title;

    HintKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
