/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dev.dpa4j.model.LocalizedText;
import org.apiguardian.api.API;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * A Jackson 3 module for callers who keep their own {@code JsonMapper} and want it to write and read
 * dpa4j agreements the way {@link DpaJson} does.
 *
 * <p>The model types already carry the annotations Jackson needs to bind them, so any Jackson 3
 * mapper can read and write an agreement. This module adds, for the types of
 * {@code dev.dpa4j.model} only:
 * <ul>
 *   <li>empty values are left out when writing ({@code JsonInclude.Include.NON_EMPTY}): no
 *       {@code null} for an absent optional value, no {@code []} or <code>{}</code> for an empty
 *       collection, as in the format;
 *   <li>{@code null} is rejected when reading ({@code Nulls.FAIL}): an absent value is left out,
 *       never written as {@code null};
 *   <li>a {@link LocalizedText} is written by a dedicated serializer: the same JSON as through its
 *       {@code @JsonValue} map, but without the serializer lookup Jackson otherwise repeats for every
 *       text.
 * </ul>
 *
 * <p>It does not configure anything mapper-wide, because that would change how the caller's own
 * types are handled: property order (Jackson 3 sorts alphabetically by default, as the format does),
 * indentation and line ends, failing on unknown properties or trailing tokens, the safety limits,
 * and the schema check that reports every problem of a document. For strict reading with exact
 * locations use {@link DpaJson#read(String)}; for the exact bytes of the format use
 * {@link DpaJson#write(dev.dpa4j.model.DataProcessingAgreement)}.
 *
 * <p>Register it explicitly with {@code JsonMapper.builder().addModule(new DpaJsonModule())}, or
 * let {@code findAndAddModules()} discover it: it is listed as a {@code tools.jackson.databind.JacksonModule}
 * service. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class DpaJsonModule extends JacksonModule {

    /** The name under which the module registers. */
    public static final String NAME = "dpa4j-model";

    private static final Version VERSION = new Version(0, 1, 0, "SNAPSHOT", "dev.dpa4j", "dpa-model");
    private static final String MODEL_PACKAGE = "dev.dpa4j.model";

    private final boolean localizedTextSerializer;

    /** Creates the module. */
    public DpaJsonModule() {
        this(true);
    }

    /**
     * Creates the module, optionally without the dedicated {@link LocalizedText} serializer, so that
     * tests can compare its output with Jackson's {@code @JsonValue} handling.
     */
    DpaJsonModule(boolean localizedTextSerializer) {
        this.localizedTextSerializer = localizedTextSerializer;
    }

    /**
     * Returns the name of the module, {@value #NAME}.
     *
     * @return the name of the module
     */
    @Override
    public String getModuleName() {
        return NAME;
    }

    /**
     * Returns the version of dpa4j this module belongs to.
     *
     * @return the version, with group {@code dev.dpa4j} and artifact {@code dpa-model}
     */
    @Override
    public Version version() {
        return VERSION;
    }

    /**
     * Installs the module's annotation introspector and serializers in a mapper being built.
     *
     * @param context the set-up context, not null
     */
    @Override
    public void setupModule(SetupContext context) {
        context.insertAnnotationIntrospector(new ModelIntrospector());
        if (localizedTextSerializer) {
            context.addSerializers(
                    new SimpleSerializers().addSerializer(LocalizedText.class, LocalizedTextSerializer.INSTANCE));
        }
    }

    /** Supplies the format's inclusion and null handling for the model types, and nothing else. */
    private static final class ModelIntrospector extends NopAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        private static final JsonInclude.Value NON_EMPTY =
                JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY);
        private static final JsonSetter.Value FAIL_ON_NULL = JsonSetter.Value.forValueNulls(Nulls.FAIL);

        @Override
        public Version version() {
            return VERSION;
        }

        @Override
        public JsonInclude.Value findPropertyInclusion(MapperConfig<?> config, Annotated annotated) {
            return isModel(annotated) ? NON_EMPTY : JsonInclude.Value.empty();
        }

        @Override
        public JsonSetter.Value findSetterInfo(MapperConfig<?> config, Annotated annotated) {
            return isModel(annotated) ? FAIL_ON_NULL : JsonSetter.Value.empty();
        }

        private static boolean isModel(Annotated annotated) {
            Class<?> type;
            if (annotated instanceof AnnotatedClass cls) {
                type = cls.getRawType();
            } else if (annotated instanceof AnnotatedMember member) {
                type = member.getDeclaringClass();
            } else {
                return false;
            }
            return type.getPackageName().equals(MODEL_PACKAGE);
        }
    }
}
