package org.rehabplan.protocol;

import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.CatalogProblem;
import org.rehabplan.catalog.InvalidCatalogException;
import org.rehabplan.catalog.JsonFiles;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Reads {@code protocols/*.json} beside the catalog, checks them against their schema and the catalog. */
public class ProtocolLoader {

    static final String SCHEMA = "schema/protocol.schema.json";

    private final ObjectMapper mapper;
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    public ProtocolLoader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Map<String, Protocol> load(String catalogLocation, Catalog catalog) {
        return load(catalogLocation, null, catalog);
    }

    /**
     * Every {@code *.json} of the protocols folder ({@code protocolsLocation}, or {@code protocols/} of the catalog
     * when null), checked against the catalog's protocol schema. A file's id must be its file name, so a profile's
     * {@code protocolId} names a file an editor can find.
     */
    public Map<String, Protocol> load(String catalogLocation, String protocolsLocation, Catalog catalog) {
        String folder = catalogLocation.endsWith("/") ? catalogLocation : catalogLocation + "/";
        String protocolsFolder = protocolsLocation == null || protocolsLocation.isBlank() ? folder + "protocols/"
                : protocolsLocation.endsWith("/") ? protocolsLocation : protocolsLocation + "/";
        JsonFiles files = new JsonFiles(mapper, resolver.getResource(folder + SCHEMA));
        List<CatalogProblem> problems = new ArrayList<>();
        Map<String, Protocol> protocols = new LinkedHashMap<>();
        for (Resource file : list(protocolsFolder + "*.json")) {
            String fileName = "protocols/" + file.getFilename();
            JsonNode tree = files.parse(file, fileName, problems);
            if (tree == null) {
                continue;
            }
            List<CatalogProblem> schemaProblems = files.validate(tree, fileName, new ProtocolParts());
            problems.addAll(schemaProblems);
            if (!schemaProblems.isEmpty()) {
                continue;
            }
            Protocol protocol = mapper.treeToValue(tree, Protocol.class);
            problems.addAll(check(protocol, fileName, catalog));
            if (!(protocol.id() + ".json").equals(file.getFilename())) {
                problems.add(new CatalogProblem(fileName, null, "id", "must be the file name without '.json' ('"
                        + file.getFilename().replaceFirst("\\.json$", "") + "'), so a profile's protocolId names the file"));
            }
            if (protocols.putIfAbsent(protocol.id(), protocol) != null) {
                problems.add(new CatalogProblem(fileName, null, "id", "duplicate protocol id '" + protocol.id() + "'"));
            }
        }
        if (protocols.isEmpty() && problems.isEmpty()) {
            problems.add(new CatalogProblem(protocolsFolder, null, null, "no protocol files (*.json) found"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogException(problems);
        }
        return protocols;
    }

    /**
     * Phases must tile the weeks from 0 without gaps; excluded exercises must exist; English wording is required
     * (other languages fall back to it).
     */
    static List<CatalogProblem> check(Protocol protocol, String fileName, Catalog catalog) {
        List<CatalogProblem> problems = new ArrayList<>();
        if (!protocol.texts().containsKey(Protocol.ENGLISH)) {
            problems.add(new CatalogProblem(fileName, null, "texts", "needs an \"en\" block (other languages fall back to it)"));
        }
        protocol.texts().forEach((language, texts) -> {
            String problem = weeksAfterCountProblem(texts.weeksAfterCount());
            if (problem != null) {
                problems.add(new CatalogProblem(fileName, "texts." + language, "weeksAfterCount", problem));
            }
        });
        int expectedFrom = 0;
        for (int i = 0; i < protocol.phases().size(); i++) {
            Phase phase = protocol.phases().get(i);
            String item = "phase '" + phase.name() + "' (item " + (i + 1) + ")";
            if (phase.fromWeek() != expectedFrom) {
                problems.add(new CatalogProblem(fileName, item, "fromWeek",
                        "must be " + expectedFrom + " so that phases follow each other without gap or overlap"));
            }
            boolean last = i == protocol.phases().size() - 1;
            if (phase.toWeek() == null && !last) {
                problems.add(new CatalogProblem(fileName, item, "toWeek", "only the last phase may be open-ended"));
            } else if (phase.toWeek() != null && phase.toWeek() <= phase.fromWeek()) {
                problems.add(new CatalogProblem(fileName, item, "toWeek", "must be after fromWeek " + phase.fromWeek()));
            }
            expectedFrom = phase.toWeek() == null ? expectedFrom : phase.toWeek();
        }
        for (String condition : new java.util.TreeSet<>(protocol.conditions())) {
            if (catalog.condition(condition).isEmpty()) {
                problems.add(new CatalogProblem(fileName, null, "conditions", "names condition '" + condition
                        + "', which is not in conditions/conditions.json (known: "
                        + catalog.conditions().stream().map(c -> c.id()).toList() + ")"));
            }
        }
        for (int i = 0; i < protocol.defaultRestrictions().size(); i++) {
            Restriction r = protocol.defaultRestrictions().get(i);
            if (r.type() == RestrictionType.EXCLUDE_EXERCISE && !catalog.contains(r.exerciseId())) {
                problems.add(new CatalogProblem(fileName, "default restriction (item " + (i + 1) + ")", "exerciseId",
                        "refers to exercise '" + r.exerciseId() + "', which is not in the catalog"));
            }
        }
        for (int i = 0; i < protocol.keyExercises().size(); i++) {
            KeyExercise key = protocol.keyExercises().get(i);
            boolean isFamily = catalog.find(key.family()).map(e -> catalog.familyOf(e).id().equals(key.family()))
                    .orElse(false);
            if (!isFamily) {
                problems.add(new CatalogProblem(fileName, "key exercise (item " + (i + 1) + ")", "family",
                        "'" + key.family() + "' is not the easiest exercise of a family in the catalog"));
            }
        }
        for (Phase phase : protocol.phases()) {
            for (HomeworkTarget h : phase.homework()) {
                if (h.minMinutesPerDay() > h.maxMinutesPerDay()) {
                    problems.add(new CatalogProblem(fileName, "phase '" + phase.name() + "'", "homework",
                            "minMinutesPerDay " + h.minMinutesPerDay() + " is more than maxMinutesPerDay "
                                    + h.maxMinutesPerDay()));
                }
            }
        }
        return problems;
    }

    /** Why a {@code weeksAfterCount} message can't word a number of weeks, or null when it can. */
    private static String weeksAfterCountProblem(String message) {
        if (message == null) {
            return null; // the schema reports a missing one
        }
        try {
            java.util.Set<String> names = new com.ibm.icu.text.MessageFormat(message).getArgumentNames();
            return names.equals(java.util.Set.of("weeks")) ? null
                    : "must use exactly the argument {weeks} (found " + new java.util.TreeSet<>(names) + ")";
        } catch (IllegalArgumentException e) {
            return "is not an ICU message: " + e.getMessage();
        }
    }

    private Resource[] list(String pattern) {
        try {
            return resolver.getResources(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + pattern, e);
        }
    }

    /** Names a phase or restriction of a protocol file by its position. */
    private static final class ProtocolParts implements JsonFiles.ItemNamer {
        @Override
        public String name(JsonNode tree, NodePath path) {
            if (path.getNameCount() >= 2 && path.getElement(1) instanceof Integer index) {
                return path.getElement(0) + " item " + (index + 1);
            }
            return null;
        }

        @Override
        public String field(NodePath path, String property) {
            int from = path.getNameCount() >= 2 && path.getElement(1) instanceof Integer ? 2 : 0;
            return JsonFiles.fieldBelow(path, from, property);
        }
    }
}
