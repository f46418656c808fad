package org.rehabplan.visit;

import java.util.List;
import java.util.stream.Collectors;

/** A visit was refused; every problem is listed against its field and nothing was stored. */
public class InvalidVisitException extends RuntimeException {

    private final List<VisitProblem> problems;

    public InvalidVisitException(List<VisitProblem> problems) {
        super(problems.stream().map(VisitProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<VisitProblem> problems() {
        return problems;
    }
}
