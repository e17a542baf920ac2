/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dpa4j.model.LocalizedText;
import java.util.Map;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.WritableTypeId;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link LocalizedText} as the JSON object of its translations, exactly as Jackson writes
 * the map its {@code @JsonValue} accessor returns, but without Jackson's lookup per value.
 *
 * <p>Jackson resolves the serializer of a {@code @JsonValue} whose declared type is not final
 * ({@code SortedMap}) again for every value written: it specialises the declared type to the runtime
 * class and contextualises a new map serializer each time. In an agreement with hundreds of texts
 * that cost more than the rest of the writing together.
 *
 * <p>A localised text has at least one translation and no empty one, so no standard inclusion leaves
 * anything out: every translation is written and a text is never empty. A custom content filter is
 * handed to Jackson's own map serializer, resolved once for the property.
 */
final class LocalizedTextSerializer extends StdSerializer<LocalizedText> {

    /** Uncontextualised: keeps every translation, as Jackson does for a value without property. */
    static final LocalizedTextSerializer INSTANCE = new LocalizedTextSerializer(null);

    /** Jackson's map serializer for a custom content filter; null for the standard inclusions. */
    private final @Nullable ValueSerializer<Object> delegate;

    private LocalizedTextSerializer(@Nullable ValueSerializer<Object> delegate) {
        super(LocalizedText.class);
        this.delegate = delegate;
    }

    @Override
    public ValueSerializer<?> createContextual(SerializationContext ctxt, BeanProperty property) {
        // the same question Jackson's map serializer asks for the translations of this property
        JsonInclude.Include content =
                findIncludeOverrides(ctxt, property, Map.class).getContentInclusion();
        if (content == JsonInclude.Include.USE_DEFAULTS) {
            content = ctxt.getConfig()
                    .getDefaultInclusion(Map.class, String.class)
                    .getContentInclusion();
        }
        if (content != JsonInclude.Include.CUSTOM) {
            return INSTANCE;
        }
        return new LocalizedTextSerializer(ctxt.findPrimaryPropertySerializer(
                ctxt.getTypeFactory().constructMapType(SortedMap.class, String.class, String.class), property));
    }

    @Override
    public boolean isEmpty(SerializationContext ctxt, LocalizedText value) {
        if (delegate != null) {
            return delegate.isEmpty(ctxt, value.getTranslations());
        }
        return false; // a localised text has at least one translation, none of them empty
    }

    @Override
    public void serialize(LocalizedText value, JsonGenerator gen, SerializationContext ctxt) throws JacksonException {
        if (value.isPlain()) {
            // a text read from a plain string is written back as that string
            gen.writeString(value.getTranslations().get(LocalizedText.UNDETERMINED));
            return;
        }
        if (delegate != null) {
            delegate.serialize(value.getTranslations(), gen, ctxt);
            return;
        }
        gen.writeStartObject(value.getTranslations());
        writeTranslations(value, gen);
        gen.writeEndObject();
    }

    @Override
    public void serializeWithType(
            LocalizedText value, JsonGenerator gen, SerializationContext ctxt, TypeSerializer typeSerializer)
            throws JacksonException {
        if (delegate != null) {
            delegate.serializeWithType(value.getTranslations(), gen, ctxt, typeSerializer);
            return;
        }
        // as Jackson does for a @JsonValue map: the type id of the text around the object of translations
        WritableTypeId typeId =
                typeSerializer.writeTypePrefix(gen, ctxt, typeSerializer.typeId(value, JsonToken.START_OBJECT));
        writeTranslations(value, gen);
        typeSerializer.writeTypeSuffix(gen, ctxt, typeId);
    }

    private static void writeTranslations(LocalizedText value, JsonGenerator gen) {
        for (Map.Entry<String, String> translation : value.getTranslations().entrySet()) {
            gen.writeName(translation.getKey());
            gen.writeString(translation.getValue());
        }
    }
}
