package org.rehabplan.visit;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores a visit's tolerance answers as {@code {"exercise-id": true|false}} in {@code visit.tolerance_json}. */
@Converter
class ToleranceJson implements AttributeConverter<Map<String, Boolean>, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Boolean>> TYPE = new TypeReference<>() { };

    @Override
    public String convertToDatabaseColumn(Map<String, Boolean> tolerance) {
        return JSON.writeValueAsString(tolerance == null ? Map.of() : tolerance);
    }

    @Override
    public Map<String, Boolean> convertToEntityAttribute(String json) {
        return json == null || json.isBlank() ? new LinkedHashMap<>() : JSON.readValue(json, TYPE);
    }
}
