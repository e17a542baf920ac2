/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Produces random but structurally valid {@link DataProcessingAgreement}s for property-style tests.
 *
 * <p>The generator walks the model's own type information: for every value type it finds the
 * attributes through the public builder, so an attribute added to the model later is generated
 * without a change here. Every kind of attribute occurs: optional values present and absent, lists,
 * sets and maps empty and non-empty, nested sub-processor chains, {@link LocalizedText} in German
 * and English, every enum constant, dates, {@link BigDecimal} amounts, country codes and periods.
 * Each generated value satisfies the model's invariants (unique ids, non-blank names, valid
 * currencies, non-negative amounts, non-empty locations and time limits), so {@code build()} never
 * fails; whether the agreement is legally complete is left to chance, as it should be for a
 * validator under test.
 *
 * <p>The output depends on the seed only: the same seed gives an equal agreement on every run and
 * every machine (the attributes are visited in name order, and no default locale, time zone or
 * clock is used). Typical use in a JUnit test with Instancio, which reports the seed of a failing
 * run so that {@code @Seed} can replay it:
 *
 * <pre>{@code
 * @ExtendWith(InstancioExtension.class)
 * class MyPropertyTest {
 *     @RepeatedTest(100)
 *     void should_render_when_agreement_is_random() {
 *         long seed = Instancio.create(Long.class);
 *         DataProcessingAgreement agreement = AgreementGenerator.agreement(seed);
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>{@link #adversarialAgreement(long)} does the same but fills free-text fields with hostile
 * text (markup, entities, quotes, control characters, bidirectional overrides, very long words),
 * for renderers and writers that must escape their output.
 *
 * <p>This class is part of the test jar of {@code dpa-model}; it is not published API.
 */
public final class AgreementGenerator {

    /** Hostile fragments for free-text fields; each one has broken some renderer somewhere. */
    private static final List<String> ADVERSARIAL = List.of(
            "<script>alert('dpa')</script>",
            "</p><img src=x onerror=alert(1)>",
            "Müller & Söhne <GmbH> &amp; &lt;b&gt; &#x41;",
            "\"double\" 'single' `back` \u201Ccurly\u201D \u00ABguillemets\u00BB",
            "nul\u0000bell\u0007bs\bvt\u000Bff\fesc\u001Bdel\u007Fnel\u0085",
            "tab\tnew\nline\r\ncarriage\rreturn\u2028ls\u2029ps",
            "\u202Eevil override\u202C and \u200Fright-to-left\u200E mark",
            "\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 (Hebrew and Arabic)",
            "zero\u200Bwidth\uFEFFbom",
            "# heading **bold** _em_ | a | b | [link](javascript:alert(1)) `code` \\ > quote",
            "{{mustache}} {{{triple}}} ${el} #{jsf} <%= erb %> %s %n %1$s",
            "]]> <!-- comment --> <![CDATA[x]]> <?xml version=\"1.0\"?>",
            "\\u0000 \\n \\\" escaped-looking",
            "   padded with blanks   ",
            "emoji \uD83D\uDD12\uD83C\uDDE9\uD83C\uDDEA family \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
            "x".repeat(10_000),
            "Ä".repeat(3_000) + " " + "word ".repeat(2_000).strip());

    private static final List<String> WORDS = List.of(
            "Auftragsverarbeitung",
            "Verantwortlicher",
            "Übermittlung",
            "Straße",
            "Zugriffskontrolle",
            "Löschung",
            "processing",
            "controller",
            "sub-processor",
            "encryption",
            "backup",
            "hosting",
            "support",
            "Datenschutz",
            "données",
            "€",
            "§ 28",
            "Art. 28(3)",
            "10,5 %",
            "İstanbul",
            "ıi",
            "\uD83D\uDD12");

    private static final List<String> COUNTRIES = List.of(
            "DE", "AT", "CH", "FR", "IE", "NL", "PL", "IT", "ES", "SE", "DK", "FI", "LU", "BE", "LI", "IS", "NO", "GB",
            "US", "CA", "JP", "KR", "IL", "NZ", "UY", "AR", "IN", "CN", "BR", "SG", "AU", "UA", "TR", "GF", "GP", "RE",
            "AX", "GI", "IM", "JE");

    private static final List<String> LANGUAGES = List.of("de", "en", "de-AT", "de-CH", "en-GB", "fr");

    private static final List<String> CURRENCIES = List.of("EUR", "USD", "CHF", "GBP", "PLN");

    private static final int MAX_ATTEMPTS = 50;

    private static final Map<Class<?>, List<Attribute>> ATTRIBUTES = new ConcurrentHashMap<>();

    private final Random random;
    private final boolean adversarial;
    private int nextId;

    private AgreementGenerator(long seed, boolean adversarial) {
        // java.util.Random's first draws are alike for neighbouring seeds (0, 1, 2...): scramble the seed first
        this.random = new Random(new SplittableRandom(seed).nextLong());
        this.adversarial = adversarial;
    }

    /**
     * Returns a random, structurally valid agreement; the same seed always gives an equal agreement.
     *
     * @param seed the seed, for example from {@code Instancio.create(Long.class)}
     * @return a new agreement
     */
    public static DataProcessingAgreement agreement(long seed) {
        return new AgreementGenerator(seed, false).build(DataProcessingAgreement.class, 0);
    }

    /**
     * Returns a random, structurally valid agreement whose free-text fields often hold hostile text:
     * HTML and script tags, entities, quotes, control characters, bidirectional overrides,
     * right-to-left scripts, Markdown and template syntax, and words of 10,000 characters. Ids,
     * codes, e-mail addresses, URLs, currencies and language tags stay well-formed. The same seed
     * always gives an equal agreement.
     *
     * @param seed the seed, for example from {@code Instancio.create(Long.class)}
     * @return a new agreement
     */
    public static DataProcessingAgreement adversarialAgreement(long seed) {
        return new AgreementGenerator(seed, true).build(DataProcessingAgreement.class, 0);
    }

    /**
     * Returns the hostile text fragments that {@link #adversarialAgreement(long)} draws from, so
     * that a test can assert each one survives its output intact or escaped.
     *
     * @return the fragments, unmodifiable
     */
    public static List<String> adversarialFragments() {
        return ADVERSARIAL;
    }

    private <T> T build(Class<T> type, int depth) {
        IllegalStateException last = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            try {
                return type.cast(tryBuild(type, depth));
            } catch (IllegalStateException e) {
                // an invariant such as "a location needs a country, region or description" failed: draw again
                last = e;
            }
        }
        throw new IllegalStateException("No valid " + type.getSimpleName() + " after " + MAX_ATTEMPTS + " draws", last);
    }

    private Object tryBuild(Class<?> type, int depth) {
        try {
            Object builder = type.getMethod("builder").invoke(null);
            for (Attribute attribute : attributes(type)) {
                Optional<Object> value = value(attribute.type(), attribute.name(), depth + 1);
                if (value.isPresent()) {
                    attribute.setter().invoke(builder, value.get());
                }
            }
            return accessible(builder.getClass().getMethod("build")).invoke(builder);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalStateException ise) {
                throw ise;
            }
            throw new IllegalStateException("Cannot generate " + type.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new LinkageError("Cannot generate " + type.getSimpleName(), e);
        }
    }

    /** Returns a value for a builder setter, or empty to leave the attribute at its default. */
    private Optional<Object> value(Type type, String name, int depth) {
        if (name.equals("schemaVersion")) {
            return Optional.empty();
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw == Optional.class) {
                boolean present = isModelType(arguments[0]) ? depth <= 6 && random.nextBoolean() : random.nextBoolean();
                return Optional.of(present ? Optional.of(element(arguments[0], name, depth)) : Optional.empty());
            }
            if (raw == List.class || raw == SortedSet.class || raw == Set.class) {
                Collection<Object> values = raw == List.class ? new ArrayList<>() : new TreeSet<>();
                int size = random.nextInt(maxSize(arguments[0], depth) + 1);
                for (int i = 0; i < size; i++) {
                    values.add(element(arguments[0], singular(name), depth));
                }
                return Optional.of(values);
            }
            if (raw == SortedMap.class || raw == Map.class) {
                SortedMap<Object, Object> values = new TreeMap<>();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    values.put(element(arguments[0], "key", depth), element(arguments[1], "text", depth));
                }
                return Optional.of(values);
            }
            throw new IllegalStateException("Unsupported attribute type " + type + " of '" + name + "'");
        }
        return Optional.of(element(type, name, depth));
    }

    private Object element(Type type, String name, int depth) {
        if (!(type instanceof Class<?> cls)) {
            throw new IllegalStateException("Unsupported element type " + type + " of '" + name + "'");
        }
        if (cls == String.class) {
            return string(name);
        }
        if (cls == boolean.class || cls == Boolean.class) {
            return random.nextBoolean();
        }
        if (cls == int.class || cls == Integer.class) {
            return random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(400);
        }
        if (cls == BigDecimal.class) {
            return BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(3));
        }
        if (cls == LocalDate.class) {
            return LocalDate.of(1995, 1, 1).plusDays(random.nextInt(15_000));
        }
        if (cls == CountryCode.class) {
            return CountryCode.of(pick(COUNTRIES));
        }
        if (cls == LocalizedText.class) {
            return localizedText();
        }
        if (cls.isEnum()) {
            Object[] constants = cls.getEnumConstants();
            return constants[random.nextInt(constants.length)];
        }
        if (isModelType(cls)) {
            return build(cls, depth);
        }
        throw new IllegalStateException("Unsupported element type " + cls.getName() + " of '" + name + "'");
    }

    private LocalizedText localizedText() {
        return switch (random.nextInt(6)) {
            case 0, 1 -> LocalizedText.de(freeText());
            case 2 -> LocalizedText.en(freeText());
            case 3, 4 -> LocalizedText.de(freeText()).with("en", freeText());
            default -> LocalizedText.de(freeText()).with("en", freeText()).with(pick(LANGUAGES), freeText());
        };
    }

    private String string(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("id") || lower.endsWith("id")) {
            return "id-" + (++nextId);
        }
        if (lower.equals("currency")) {
            return pick(CURRENCIES);
        }
        if (lower.startsWith("language")) {
            return pick(LANGUAGES);
        }
        if (lower.endsWith("email")) {
            return word().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + nextId++ + "@example.com";
        }
        if (lower.endsWith("url")) {
            return "https://example.com/" + (++nextId) + "/dpa";
        }
        if (lower.endsWith("phone")) {
            return "+49 30 " + (100_000 + random.nextInt(900_000));
        }
        if (lower.equals("code") || lower.equals("key") || lower.startsWith("datacategor")) {
            return "code-" + (++nextId);
        }
        if (lower.equals("postalcode")) {
            return String.valueOf(10_000 + random.nextInt(90_000));
        }
        if (lower.equals("name")) {
            // names are required to be non-blank in some types: start with a letter
            return "N " + freeText();
        }
        return freeText();
    }

    private String freeText() {
        if (adversarial && random.nextInt(3) > 0) {
            return switch (random.nextInt(3)) {
                case 0 -> pick(ADVERSARIAL);
                case 1 -> word() + " " + pick(ADVERSARIAL) + " " + word();
                default -> pick(ADVERSARIAL) + pick(ADVERSARIAL);
            };
        }
        int words = 1 + random.nextInt(8);
        StringBuilder text = new StringBuilder(word());
        for (int i = 1; i < words; i++) {
            text.append(' ').append(word());
        }
        return text.toString();
    }

    private String word() {
        return pick(WORDS);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static int maxSize(Type element, int depth) {
        if (!isModelType(element)) {
            return 3;
        }
        if (depth <= 3) {
            return 3;
        }
        return depth <= 6 ? 1 : 0;
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    private static boolean isModelType(Type type) {
        return type instanceof Class<?> cls
                && Modifier.isAbstract(cls.getModifiers())
                && cls.getPackage() == DataProcessingAgreement.class.getPackage()
                && Arrays.stream(cls.getMethods())
                        .anyMatch(m -> m.getName().equals("builder") && Modifier.isStatic(m.getModifiers()));
    }

    /**
     * Returns the attributes of a model type in name order: every public getter for which the
     * builder has a setter of the same name.
     */
    private static List<Attribute> attributes(Class<?> type) {
        return ATTRIBUTES.computeIfAbsent(type, AgreementGenerator::findAttributes);
    }

    private static List<Attribute> findAttributes(Class<?> type) {
        Class<?> builder;
        try {
            builder = type.getMethod("builder").getReturnType();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no builder", e);
        }
        List<Attribute> attributes = new ArrayList<>();
        for (Method getter : type.getMethods()) {
            String name = attributeName(getter);
            if (name == null) {
                continue;
            }
            setter(builder, name, getter.getReturnType())
                    .ifPresent(setter -> attributes.add(new Attribute(name, getter.getGenericReturnType(), setter)));
        }
        attributes.sort(Comparator.comparing(Attribute::name));
        return List.copyOf(attributes);
    }

    private static String attributeName(Method method) {
        if (Modifier.isStatic(method.getModifiers())
                || method.getParameterCount() != 0
                || method.getDeclaringClass() == Object.class) {
            return null;
        }
        String name = method.getName();
        int prefix = name.startsWith("get") ? 3 : name.startsWith("is") ? 2 : 0;
        if (prefix == 0 || name.length() == prefix || !Character.isUpperCase(name.charAt(prefix))) {
            return null;
        }
        return Character.toLowerCase(name.charAt(prefix)) + name.substring(prefix + 1);
    }

    private static Optional<Method> setter(Class<?> builder, String name, Class<?> attributeType) {
        Class<?> wanted = attributeType == Optional.class
                ? Optional.class
                : Collection.class.isAssignableFrom(attributeType)
                        ? Iterable.class
                        : Map.class.isAssignableFrom(attributeType) ? Map.class : attributeType;
        return Arrays.stream(builder.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == 1)
                .filter(m -> m.getParameterTypes()[0] == wanted)
                .min(Comparator.comparing(m -> m.getDeclaringClass() == builder ? 0 : 1))
                .map(AgreementGenerator::accessible);
    }

    private static Method accessible(Method method) {
        if (!Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
            method.setAccessible(true);
        }
        return method;
    }

    private record Attribute(String name, Type type, Method setter) {}
}
