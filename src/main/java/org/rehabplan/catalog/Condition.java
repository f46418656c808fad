package org.rehabplan.catalog;

import java.util.List;

/**
 * A condition an exercise can be contraindicated for, read from {@code conditions/conditions.json} beside the catalog.
 * A protocol names the conditions its patients have; an exercise is contraindicated for a patient only when one of
 * its conditions is among them. Ids are checked at load, in the catalog and in every protocol.
 */
public record Condition(String id, String name, String phrase, String description, List<String> sources) {

    public Condition {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
