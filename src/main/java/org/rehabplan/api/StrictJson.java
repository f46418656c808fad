package org.rehabplan.api;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies are read strictly: a value must have the type its field has. No unknown fields, no 0.5 → 0, no
 * number or padded string (" LOW") → enum, no "Infinity" or "12" → number, no 20261124 → date, nothing after the
 * document. Answers are written as before. Stored JSON (plans, seeds) keeps the application's lenient mapper, so a
 * field dropped from a record later doesn't make old versions unreadable.
 */
@Configuration
class StrictJson implements WebMvcConfigurer {

    private final JsonMapper strict;

    StrictJson(JsonMapper mapper) {
        this.strict = strict(mapper);
    }

    static JsonMapper strict(JsonMapper mapper) {
        return mapper.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfigDefaults(config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                // numbers: an integer may stand for a decimal (2 kg), nothing else converts
                .withCoercionConfig(LogicalType.Float, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert))
                .addModule(new SimpleModule("exact-enum-names").setDeserializerModifier(new ExactEnumNames()))
                .build();
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.withJsonConverter(new JacksonJsonHttpMessageConverter(strict));
    }

    /** Jackson accepts an enum name with spaces around it; a request must spell it exactly. */
    private static final class ExactEnumNames extends ValueDeserializerModifier {
        @Override
        public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                           BeanDescription.Supplier description,
                                                           ValueDeserializer<?> deserializer) {
            return new ExactEnumName(deserializer, type.getRawClass());
        }
    }

    private static final class ExactEnumName extends DelegatingDeserializer {
        private final Class<?> enumType;

        ExactEnumName(ValueDeserializer<?> delegate, Class<?> enumType) {
            super(delegate);
            this.enumType = enumType;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
            return new ExactEnumName(newDelegatee, enumType);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String text = p.getString();
                boolean exact = Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                        .anyMatch(text::equals);
                if (!exact) {
                    return ctxt.handleWeirdStringValue(enumType, text, "not one of the values accepted: %s",
                            Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                                    .collect(Collectors.joining(", ")));
                }
            }
            return super.deserialize(p, ctxt);
        }
    }
}
