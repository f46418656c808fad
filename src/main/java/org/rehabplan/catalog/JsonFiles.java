package org.rehabplan.catalog;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Parses a JSON data file and checks it against a JSON Schema, turning every error into a {@link CatalogProblem}. */
public class JsonFiles {

    private final ObjectMapper mapper;
    private final Schema schema;

    public JsonFiles(ObjectMapper mapper, Resource schemaResource) {
        this.mapper = mapper;
        try (InputStream in = schemaResource.getInputStream()) {
            this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(mapper.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read JSON Schema " + schemaResource, e);
        }
    }

    /** The parsed tree, or null after adding a problem when the file is not well-formed JSON. */
    public JsonNode parse(Resource file, String fileName, List<CatalogProblem> problems) {
        try (InputStream in = file.getInputStream()) {
            return mapper.readTree(in);
        } catch (JacksonException e) {
            problems.add(new CatalogProblem(fileName, null, null,
                    "not valid JSON (" + e.getOriginalMessage() + " at line "
                            + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
            return null;
        } catch (IOException e) {
            problems.add(new CatalogProblem(fileName, null, null, "cannot be read: " + e.getMessage()));
            return null;
        }
    }

    /**
     * Schema problems of a file. {@code itemNamer} turns the array index of a top-level item into a label such as
     * "exercise 'bridge' (item 4)".
     */
    public List<CatalogProblem> validate(JsonNode tree, String fileName, ItemNamer itemNamer) {
        List<CatalogProblem> problems = new ArrayList<>();
        for (Error error : schema.validate(tree)) {
            NodePath path = error.getInstanceLocation();
            String item = itemNamer.name(tree, path);
            String field = itemNamer.field(path, error.getProperty());
            problems.add(new CatalogProblem(fileName, item, field, describe(error)));
        }
        return problems;
    }

    private static String describe(Error error) {
        String message = error.getMessage();
        // networknt prefixes messages with the instance path; the problem already names file, item and field.
        int colon = message.indexOf(": ");
        String text = colon >= 0 && message.startsWith("$") ? message.substring(colon + 2) : message;
        JsonNode value = error.getInstanceNode();
        if (value != null && value.isValueNode() && !"required".equals(error.getKeyword())
                && !"additionalProperties".equals(error.getKeyword())) {
            text += " (found " + value + ")";
        }
        return text;
    }

    /** Names the item and field that a schema error points at. */
    public interface ItemNamer {
        String name(JsonNode tree, NodePath path);

        String field(NodePath path, String property);
    }

    /** Field path below element {@code fromElement}, e.g. "dose.sets[1]", plus a missing property. */
    public static String fieldBelow(NodePath path, int fromElement, String property) {
        StringBuilder field = new StringBuilder();
        for (int i = fromElement; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                field.append('[').append(index).append(']');
            } else {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(element);
            }
        }
        if (property != null && !property.isEmpty() && !field.toString().endsWith(property)) {
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(property);
        }
        return field.toString();
    }

    /** "exercise 'bridge' (item 4)" for an element of a top-level array, or "item 4" when it has no id. */
    public static String arrayItem(String noun, JsonNode array, int index) {
        JsonNode id = array.path(index).path("id");
        String label = id.isString() ? noun + " '" + id.asString() + "'" : noun;
        return label + " (item " + (index + 1) + ")";
    }
}
