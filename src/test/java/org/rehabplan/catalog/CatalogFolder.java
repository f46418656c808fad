package org.rehabplan.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A throw-away catalog folder with the real schemas, for tests that feed the loader broken files. */
final class CatalogFolder {

    private final Path root;

    CatalogFolder(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root.resolve("schema"));
            try (var schemas = Files.list(Path.of("exercises", "schema"))) {
                for (Path schema : schemas.toList()) {
                    Files.copy(schema, root.resolve("schema").resolve(schema.getFileName()),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.createDirectories(root.resolve("conditions"));
            Files.copy(Path.of("exercises", "conditions", "conditions.json"),
                    root.resolve("conditions").resolve("conditions.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CatalogFolder file(String name, String json) {
        try {
            Files.createDirectories(root.resolve(name).getParent());
            Files.writeString(root.resolve(name), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    String location() {
        return root.toUri().toString();
    }

    /** A valid exercise; {@code extra} replaces or adds fields, e.g. {@code "\"level\": 7"}. */
    static String exercise(String id, String... extra) {
        StringBuilder json = new StringBuilder("{");
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("id", "\"" + id + "\"");
        fields.put("name", "\"Exercise " + id + "\"");
        fields.put("category", "\"POSTURE\"");
        fields.put("countsToward", "[\"POSTURE\"]");
        fields.put("position", "\"SEATED\"");
        fields.put("movements", "[]");
        fields.put("externalLoadKg", "0");
        fields.put("equipment", "[\"CHAIR\"]");
        fields.put("level", "1");
        fields.put("minWeeksAfterProcedure", "0");
        fields.put("balanceDemand", "\"LOW\"");
        fields.put("dose", "{\"sets\": [1, 2], \"reps\": [5, 10]}");
        fields.put("tempoSeconds", "3");
        fields.put("restSeconds", "30");
        fields.put("progression", "null");
        fields.put("regression", "null");
        fields.put("instructions", "[\"Sit tall.\"]");
        fields.put("cues", "[\"Breathe.\"]");
        fields.put("precautions", "[\"Stop if pain rises.\"]");
        fields.put("sources", "[\"Osteoporosis Canada\"]");
        for (String e : extra) {
            int colon = e.indexOf(':');
            String key = e.substring(0, colon).trim().replace("\"", "");
            String value = e.substring(colon + 1).trim();
            if (value.equals("REMOVE")) {
                fields.remove(key);
            } else {
                fields.put(key, value);
            }
        }
        fields.forEach((k, v) -> json.append(json.length() > 1 ? ", " : "").append('"').append(k).append("\": ").append(v));
        return json.append('}').toString();
    }

    static String array(String... exercises) {
        return "[" + String.join(",\n", exercises) + "]";
    }
}
