/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import dev.dpa4j.model.AuthorisedPersons;
import dev.dpa4j.model.BreachNotificationTerms;
import dev.dpa4j.model.ContactPoint;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DataProtectionOfficer;
import dev.dpa4j.model.EuRepresentative;
import dev.dpa4j.model.InstructionTerms;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.Person;
import dev.dpa4j.model.SecurityTerms;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.Subprocessor;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.PredefinedScopeHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;
import org.hibernate.validator.cfg.defs.EmailDef;
import org.hibernate.validator.cfg.defs.PatternDef;
import org.hibernate.validator.cfg.defs.SizeDef;
import org.hibernate.validator.cfg.defs.URLDef;
import org.hibernate.validator.constraints.URL;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Structural checks of the model with Hibernate Validator.
 *
 * <p>The model carries no Jakarta annotations; the constraints are declared here on the model's
 * getters with Hibernate Validator's programmatic {@link ConstraintMapping} API. The factory is created
 * on first use only (holder idiom), so code paths that never validate never bootstrap Hibernate
 * Validator. {@link ParameterMessageInterpolator} avoids the need for an Expression Language
 * implementation; the messages of Hibernate Validator are not used at all, since every violation is
 * bridged into a {@code Finding} with dpa4j's own bilingual messages.
 */
final class StructuralValidation {

    /** The kinds of structural violations, one rule each. */
    enum Kind {
        BLANK,
        EMAIL,
        URL,
        LENGTH,
        FORMAT
    }

    /** One violation, language-neutral. */
    record Violation(Kind kind, String path, String value, String limit) {}

    static final int MAX_NAME = 300;
    static final int MAX_SHORT = 200;
    private static final String PHONE = "[+0-9][0-9 ()/.\\-]{2,39}";
    /**
     * Non-blank as a pattern: unlike {@code @NotBlank}, a pattern accepts {@code null}, which is what an
     * empty {@code Optional} yields; absence is the rules' concern, not the structure's.
     */
    static final String NON_BLANK = "(?s).*\\S.*";

    private static final String LANGUAGE = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*";

    private static final Map<Class<? extends Annotation>, Kind> KINDS = Map.of(
            Email.class, Kind.EMAIL,
            URL.class, Kind.URL,
            Size.class, Kind.LENGTH,
            Pattern.class, Kind.FORMAT);

    private StructuralValidation() {}

    /**
     * The model types the mapping constrains or cascades into. At run time their instances are of the
     * generated {@code Immutable*} subclasses (the abstract types have package-private constructors, so
     * there are no others); Hibernate Validator is told to take the metadata of the abstract type for
     * them ({@link #modelType}), which has the getters the mapping names without the subclass's many
     * other methods whose metadata it would build as well.
     */
    private static final Set<Class<?>> MODEL_TYPES = Set.of(
            DataProcessingAgreement.class,
            Party.class,
            ContactPoint.class,
            Person.class,
            DataProtectionOfficer.class,
            EuRepresentative.class,
            InstructionTerms.class,
            AuthorisedPersons.class,
            SecurityTerms.class,
            SubprocessingTerms.class,
            Subprocessor.class,
            BreachNotificationTerms.class);

    /** The built-in constraints the mapping uses ({@code @URL} is composed with {@code @Pattern}). */
    private static final Set<String> BUILTIN_CONSTRAINTS =
            Set.of(Email.class.getName(), URL.class.getName(), Size.class.getName(), Pattern.class.getName());

    private static final class Holder {
        static final jakarta.validation.Validator VALIDATOR = createFactory().getValidator();
    }

    /**
     * The factory used: Hibernate Validator's predefined scope, which registers only the four built-in
     * constraints of the mapping (instead of all of them) and builds the metadata of the model types at
     * bootstrap, with each implementation class validated by its model type's metadata. A class outside
     * the predefined scope would be validated without constraints, so the guard test compares the
     * violations with those of {@link #generalFactory()}, the configuration used before.
     */
    static ValidatorFactory createFactory() {
        PredefinedScopeHibernateValidatorConfiguration config = Validation.byProvider(
                        PredefinedScopeHibernateValidator.class)
                .providerResolver(() -> List.of(new PredefinedScopeHibernateValidator()))
                .configure()
                .builtinConstraints(BUILTIN_CONSTRAINTS)
                .initializeBeanMetaData(MODEL_TYPES)
                .beanMetaDataClassNormalizer(StructuralValidation::modelType)
                .locales(Set.of(Locale.ROOT))
                .defaultLocale(Locale.ROOT);
        return build(config, true);
    }

    /**
     * Hibernate Validator's general factory with the same constraints, configured as before issue #14's start-up
     * work: its own {@code @Pattern} validator and the model types' annotations read. The reference of the guard
     * test.
     */
    static ValidatorFactory generalFactory() {
        return build(Validation.byProvider(HibernateValidator.class).configure(), false);
    }

    /** The model type whose metadata validates instances of a class: its superclass for an implementation. */
    static <T> Class<? super T> modelType(Class<T> type) {
        Class<? super T> superclass = type.getSuperclass();
        return superclass != null && MODEL_TYPES.contains(superclass) ? superclass : type;
    }

    /**
     * The factory with the mapping below. Lean (the factory {@code validate} uses): the model types' annotations are
     * not read, since the model carries no Jakarta annotations and the mapping declares every constraint and cascade;
     * and {@code @Pattern} is checked by {@link PatternCheck}, which does what Hibernate Validator's own validator
     * does without the record that validator keys its cache of compiled patterns by (whose first {@code equals} and
     * {@code hashCode} generate about twenty method-handle classes on JDK 17). Both only shorten the bootstrap.
     */
    private static <S extends BaseHibernateValidatorConfiguration<S>> ValidatorFactory build(S config, boolean lean) {
        config.ignoreXmlConfiguration()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ROOT), Locale.ROOT, false));
        ConstraintMapping mapping = config.createConstraintMapping();
        if (lean) {
            mapping.constraintDefinition(Pattern.class)
                    .includeExistingValidators(false)
                    .validatedBy(PatternCheck.class);
            ConstraintValidatorFactory fallback = config.getDefaultConstraintValidatorFactory();
            config.constraintValidatorFactory(new PatternCheck.Factory(fallback));
        }
        type(mapping, DataProcessingAgreement.class, lean)
                .getter("id")
                .constraint(new SizeDef().max(MAX_SHORT))
                .getter("languages")
                .containerElementType()
                .constraint(new PatternDef().regexp(LANGUAGE))
                .getter("controllers")
                .containerElementType()
                .valid()
                .getter("processor")
                .containerElementType()
                .valid()
                .getter("instructions")
                .containerElementType()
                .valid()
                .getter("security")
                .containerElementType()
                .valid()
                .getter("subprocessing")
                .containerElementType()
                .valid()
                .getter("breachNotification")
                .containerElementType()
                .valid();
        type(mapping, Party.class, lean)
                .getter("name")
                .containerElementType()
                .constraint(new PatternDef().regexp(NON_BLANK))
                .constraint(new SizeDef().max(MAX_NAME))
                .getter("registration")
                .containerElementType()
                .constraint(new SizeDef().max(MAX_SHORT))
                .getter("contacts")
                .containerElementType()
                .valid()
                .getter("representatives")
                .containerElementType()
                .valid()
                .getter("dataProtectionOfficer")
                .containerElementType()
                .valid()
                .getter("euRepresentative")
                .containerElementType()
                .valid();
        type(mapping, ContactPoint.class, lean)
                .getter("email")
                .containerElementType()
                .constraint(new EmailDef())
                .getter("url")
                .containerElementType()
                .constraint(new URLDef())
                .getter("phone")
                .containerElementType()
                .constraint(new PatternDef().regexp(PHONE));
        type(mapping, Person.class, lean)
                .getter("name")
                .containerElementType()
                .constraint(new PatternDef().regexp(NON_BLANK))
                .getter("email")
                .containerElementType()
                .constraint(new EmailDef())
                .getter("phone")
                .containerElementType()
                .constraint(new PatternDef().regexp(PHONE));
        type(mapping, DataProtectionOfficer.class, lean)
                .getter("name")
                .containerElementType()
                .constraint(new PatternDef().regexp(NON_BLANK))
                .getter("email")
                .containerElementType()
                .constraint(new EmailDef())
                .getter("phone")
                .containerElementType()
                .constraint(new PatternDef().regexp(PHONE));
        type(mapping, EuRepresentative.class, lean)
                .getter("name")
                .containerElementType()
                .constraint(new PatternDef().regexp(NON_BLANK))
                .getter("email")
                .containerElementType()
                .constraint(new EmailDef());
        type(mapping, InstructionTerms.class, lean)
                .getter("issuers")
                .containerElementType()
                .valid()
                .getter("recipients")
                .containerElementType()
                .valid();
        type(mapping, AuthorisedPersons.class, lean)
                .getter("persons")
                .containerElementType()
                .valid();
        type(mapping, SecurityTerms.class, lean)
                .getter("measuresUrl")
                .containerElementType()
                .constraint(new URLDef());
        type(mapping, SubprocessingTerms.class, lean)
                .getter("listUrl")
                .containerElementType()
                .constraint(new URLDef())
                .getter("subprocessors")
                .containerElementType()
                .valid();
        type(mapping, Subprocessor.class, lean)
                .getter("name")
                .constraint(new SizeDef().max(MAX_NAME))
                .getter("contact")
                .containerElementType()
                .valid()
                .getter("subprocessors")
                .containerElementType()
                .valid();
        type(mapping, BreachNotificationTerms.class, lean)
                .getter("contact")
                .containerElementType()
                .valid();
        return config.addMapping(mapping).buildValidatorFactory();
    }

    /** The mapping of one model type; lean, without reading the type's annotations. */
    private static <T> TypeConstraintMappingContext<T> type(ConstraintMapping mapping, Class<T> type, boolean lean) {
        TypeConstraintMappingContext<T> context = mapping.type(type);
        return lean ? context.ignoreAllAnnotations() : context;
    }

    static List<Violation> validate(DataProcessingAgreement agreement) {
        return validate(Holder.VALIDATOR, agreement);
    }

    static List<Violation> validate(jakarta.validation.Validator validator, DataProcessingAgreement agreement) {
        Set<ConstraintViolation<DataProcessingAgreement>> violations = validator.validate(agreement);
        List<Violation> out = new ArrayList<>(violations.size());
        for (ConstraintViolation<DataProcessingAgreement> v : violations) {
            Class<? extends Annotation> type =
                    v.getConstraintDescriptor().getAnnotation().annotationType();
            Kind kind = KINDS.getOrDefault(type, Kind.FORMAT);
            if (NON_BLANK.equals(v.getConstraintDescriptor().getAttributes().get("regexp"))) {
                kind = Kind.BLANK;
            }
            Object max = v.getConstraintDescriptor().getAttributes().get("max");
            String limit = kind == Kind.LENGTH && max != null ? String.valueOf(max) : "";
            out.add(new Violation(kind, path(v.getPropertyPath()), abbreviate(v.getInvalidValue()), limit));
        }
        return out;
    }

    /** Converts a Jakarta property path to dpa4j's model path, dropping container element nodes. */
    static String path(Path propertyPath) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            }
            String name = node.getName();
            if (name == null || name.startsWith("<")) {
                continue;
            }
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(name);
        }
        return out.toString();
    }

    private static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
