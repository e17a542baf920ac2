/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.spi;

import dev.dpa4j.validate.LegalReference;
import dev.dpa4j.validate.Severity;
import dev.dpa4j.validate.internal.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The metadata of a {@link Rule}: its id, default severity, the provisions it cites, the keys of its
 * messages and where their German and English text lives.
 *
 * <p><b>Ids.</b> The rules shipped with dpa4j keep the ids of the project's rule catalogue, for example
 * {@code ART28_3_A_INSTRUCTIONS} or {@code TRANSFER_MECHANISM}: upper case letters, digits and
 * underscores. Rules of any other pack must be qualified with their pack id, for example
 * {@code acme-policy:EEA_ONLY}; {@code Validator.builder().build()} checks this. Ids are stable: a
 * changed check keeps its id, a removed rule's id is never reused.
 *
 * <p><b>Texts.</b> For every rule the bundle holds {@code <id>.summary} (one line, no final period),
 * {@code <id>.remediation} and each message key listed in {@link #getMessageKeys()}. Messages are
 * templates with named parameters: {@code {name}} inserts a parameter as it is;
 * {@code {name,terms}} reads the parameter as a comma-separated list of term ids and replaces each by
 * the bundle's {@code term.<id>}; {@code {name,country}} replaces an ISO country code by the country's
 * name in the language of the message.
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder(String)}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RuleDescriptor {

    private static final Pattern BUILT_IN_ID = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern QUALIFIED_ID = Pattern.compile("[a-z][a-z0-9-]*:[A-Z][A-Z0-9_]*");

    private final String id;
    private final Severity defaultSeverity;
    private final List<LegalReference> legalReferences;
    private final List<String> messageKeys;
    private final String note;
    private final Function<Locale, ResourceBundle> bundles;

    private RuleDescriptor(Builder builder) {
        this.id = builder.id;
        this.defaultSeverity = Objects.requireNonNull(builder.defaultSeverity, "defaultSeverity");
        this.legalReferences = List.copyOf(builder.legalReferences);
        this.messageKeys = List.copyOf(builder.messageKeys);
        this.note = builder.note;
        this.bundles = Objects.requireNonNull(builder.bundles, "bundles");
        if (messageKeys.isEmpty()) {
            throw new IllegalStateException("Rule '" + id + "' needs at least one message key");
        }
    }

    /**
     * Returns a builder for a rule with the given id.
     *
     * @param id an upper-case id such as {@code ART28_3_A_INSTRUCTIONS}, or a pack-qualified id such as
     *     {@code acme-policy:EEA_ONLY}, not null
     * @return a new builder
     * @throws IllegalArgumentException if the id does not follow either grammar
     */
    public static Builder builder(String id) {
        Objects.requireNonNull(id, "id");
        if (!BUILT_IN_ID.matcher(id).matches() && !QUALIFIED_ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "Rule id '" + id
                            + "' is malformed: use UPPER_SNAKE_CASE qualified by the pack id, for example 'acme-policy:EEA_ONLY'");
        }
        return new Builder(id);
    }

    /**
     * Returns the id.
     *
     * @return the stable id, for example {@code ART33_2_DEADLINE}
     */
    public String getId() {
        return id;
    }

    /**
     * Returns the pack prefix of a qualified id.
     *
     * @return the part before the colon, or empty text for an unqualified id
     */
    public String getQualifier() {
        int colon = id.indexOf(':');
        return colon < 0 ? "" : id.substring(0, colon);
    }

    /**
     * Returns the severity the rule's findings have unless the rule reports another one or the
     * validator overrides it; for rules with several levels, this is the highest.
     *
     * @return the default severity
     */
    public Severity getDefaultSeverity() {
        return defaultSeverity;
    }

    /**
     * Returns the provisions the rule rests on, most specific first.
     *
     * @return an unmodifiable list, possibly empty for company policies
     */
    public List<LegalReference> getLegalReferences() {
        return legalReferences;
    }

    /**
     * Returns the keys of the messages the rule may report, the main one first.
     *
     * @return an unmodifiable, non-empty list
     */
    public List<String> getMessageKeys() {
        return messageKeys;
    }

    /**
     * Returns the key of the one-line summary.
     *
     * @return {@code <id>.summary}
     */
    public String getSummaryKey() {
        return id + ".summary";
    }

    /**
     * Returns the key of the remediation hint.
     *
     * @return {@code <id>.remediation}
     */
    public String getRemediationKey() {
        return id + ".remediation";
    }

    /**
     * Returns a note on how the rule decides where the law leaves room, in English, if any.
     *
     * @return the note, or empty text
     */
    public String getNote() {
        return note;
    }

    /**
     * Returns the summary in the given language.
     *
     * @param locale the language; German or, for every other language, English; not null
     * @return the summary
     * @throws MissingResourceException if the bundle lacks the key
     */
    public String summary(Locale locale) {
        return text(getSummaryKey(), Map.of(), locale);
    }

    /**
     * Returns the remediation hint in the given language.
     *
     * @param locale the language; German or, for every other language, English; not null
     * @return the hint
     * @throws MissingResourceException if the bundle lacks the key
     */
    public String remediation(Locale locale) {
        return text(getRemediationKey(), Map.of(), locale);
    }

    /**
     * Formats one of the rule's texts with parameters.
     *
     * @param key a message key, the summary key or the remediation key, not null
     * @param params the parameters by name, not null
     * @param locale the language; German or, for every other language, English; not null
     * @return the formatted text
     * @throws MissingResourceException if the bundle lacks the key
     */
    public String text(String key, Map<String, String> params, Locale locale) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(params, "params");
        return Messages.format(bundle(locale), key, params, locale);
    }

    /**
     * Returns the bundle holding this rule's texts for the given language.
     *
     * @param locale the language; German or, for every other language, English; not null
     * @return the bundle
     */
    public ResourceBundle bundle(Locale locale) {
        return bundles.apply(Messages.bundleLocale(Objects.requireNonNull(locale, "locale")));
    }

    @Override
    public String toString() {
        return "RuleDescriptor[" + id + ", " + defaultSeverity + "]";
    }

    /** A builder for {@link RuleDescriptor}; mutable and not thread-safe. */
    public static final class Builder {
        private final String id;
        private Severity defaultSeverity = Severity.ERROR;
        private final List<LegalReference> legalReferences = new ArrayList<>();
        private final List<String> messageKeys = new ArrayList<>();
        private String note = "";
        private @Nullable Function<Locale, ResourceBundle> bundles;

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Sets the default severity; {@link Severity#ERROR} unless set.
         *
         * @param severity the severity, not null
         * @return this builder
         */
        public Builder defaultSeverity(Severity severity) {
            this.defaultSeverity = Objects.requireNonNull(severity, "severity");
            return this;
        }

        /**
         * Adds cited provisions.
         *
         * @param references the provisions, not null
         * @return this builder
         */
        public Builder legalReferences(LegalReference... references) {
            for (LegalReference reference : references) {
                legalReferences.add(Objects.requireNonNull(reference, "reference"));
            }
            return this;
        }

        /**
         * Adds message keys; the first one added is the main message.
         *
         * @param keys the keys, not null
         * @return this builder
         */
        public Builder messageKeys(String... keys) {
            for (String key : keys) {
                messageKeys.add(Objects.requireNonNull(key, "key"));
            }
            return this;
        }

        /**
         * Sets a note on how the rule decides where the law leaves room, in English.
         *
         * @param note the note, not null
         * @return this builder
         */
        public Builder note(String note) {
            this.note = Objects.requireNonNull(note, "note");
            return this;
        }

        /**
         * Sets where the texts live: a function from locale to bundle, called with {@link Locale#ROOT}
         * for English and {@link Locale#GERMAN} for German, typically
         * {@code locale -> ResourceBundle.getBundle("com.acme.Messages", locale)} with English in the base
         * bundle and German in {@code _de}.
         *
         * @param bundles the function, not null
         * @return this builder
         */
        public Builder bundles(Function<Locale, ResourceBundle> bundles) {
            this.bundles = Objects.requireNonNull(bundles, "bundles");
            return this;
        }

        /**
         * Builds the descriptor.
         *
         * @return the descriptor
         * @throws IllegalStateException if no message key or no bundle was set
         */
        public RuleDescriptor build() {
            if (bundles == null) {
                throw new IllegalStateException("Rule '" + id + "' needs bundles(..) for its texts");
            }
            return new RuleDescriptor(this);
        }
    }
}
