package org.claimline.storage;

import java.util.List;

/** A sidecar that cannot be read: malformed, truncated, over a safety limit, or not in our format. */
public final class SidecarFormatException extends Exception {
    private final List<String> problems;

    public SidecarFormatException(List<String> problems) {
        super(String.join("; ", problems.size() > 5 ? problems.subList(0, 5) : problems)
                + (problems.size() > 5 ? " (and " + (problems.size() - 5) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public SidecarFormatException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
