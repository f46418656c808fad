package org.rehabplan.patient;

import java.util.List;
import java.util.stream.Collectors;

/** A profile was refused; every problem is listed, each against its field. */
public class InvalidProfileException extends RuntimeException {

    private final List<ProfileProblem> problems;

    public InvalidProfileException(List<ProfileProblem> problems) {
        super(problems.stream().map(ProfileProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ProfileProblem> problems() {
        return problems;
    }
}
