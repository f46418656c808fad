package org.rehabplan.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown at start-up when catalog or protocol files are invalid; lists every problem at once. */
public class InvalidCatalogException extends RuntimeException {

    private final List<CatalogProblem> problems;

    public InvalidCatalogException(List<CatalogProblem> problems) {
        super(problems.size() + " problem(s) in the exercise catalog:\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<CatalogProblem> problems() {
        return problems;
    }
}
