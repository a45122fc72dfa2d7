package org.beachhead.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Describes each API record as Jackson writes it, in OpenAPI 3.1's own JSON Schema: every component is
 * required (sent, as null where it is nullable) unless {@code @JsonInclude(NON_NULL)} leaves it out when null.
 * A nullable reference becomes {@code oneOf} the reference or null, and a nullable enum lists null, since
 * swagger-core writes them as {@code $ref} beside {@code type: null} and as an enum without null, which
 * no value can satisfy.
 */
class RecordSchemas implements ModelConverter {

    private static final String COMPONENTS = "#/components/schemas/";

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (schema == null || !raw.isRecord()) {
            return schema;
        }
        Schema<?> model = schema.get$ref() == null ? schema
                : context.getDefinedModels().get(schema.get$ref().substring(COMPONENTS.length()));
        if (model != null && model.getProperties() != null) {
            describe(raw, model);
        }
        return schema;
    }

    private static void describe(Class<?> record, Schema<?> model) {
        Map<String, Schema> properties = model.getProperties();
        for (RecordComponent component : record.getRecordComponents()) {
            Schema<?> property = properties.get(component.getName());
            if (property == null) {
                continue;
            }
            // JsonInclude does not target record components: Java puts it on the accessor, where Jackson reads it.
            JsonInclude include = component.getAccessor().getAnnotation(JsonInclude.class);
            if (include == null || include.value() != JsonInclude.Include.NON_NULL) {
                if (model.getRequired() == null || !model.getRequired().contains(component.getName())) {
                    model.addRequiredItem(component.getName());
                }
            }
            if (nullable(property)) {
                properties.put(component.getName(), nullableForm(property));
            }
        }
    }

    private static boolean nullable(Schema<?> property) {
        return property.getTypes() != null && property.getTypes().contains("null");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Schema<?> nullableForm(Schema property) {
        if (property.get$ref() != null) {
            Schema<?> reference = new Schema<>(SpecVersion.V31).$ref(property.get$ref());
            Schema<?> none = new Schema<>(SpecVersion.V31).types(Set.of("null"));
            return new Schema<>(SpecVersion.V31).oneOf(List.of(reference, none)).description(property.getDescription());
        }
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            List<Object> values = new ArrayList<>(property.getEnum());
            values.add(null);
            property.setEnum(values);
        }
        return property;
    }
}
