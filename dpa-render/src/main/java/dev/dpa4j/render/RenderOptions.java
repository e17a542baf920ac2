/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How an agreement is rendered: language, as-of date, annexes, bilingual layout, fingerprint and
 * the fixed values PDF writers need for byte-identical output.
 *
 * <p>The language is required and never taken from the JVM's defaults; nothing here depends on a
 * default locale, time zone or charset (all text output is UTF-8). Instances are immutable and
 * thread-safe; create them with {@link #builder(Locale)}.
 *
 * <pre>{@code
 * RenderOptions options = RenderOptions.builder(Locale.GERMAN)
 *         .asOf(LocalDate.of(2026, 3, 1))
 *         .secondLanguage(Locale.ENGLISH)
 *         .build();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class RenderOptions {

    private final Locale locale;
    private final Optional<LocalDate> asOf;
    private final boolean annexes;
    private final Optional<Locale> secondLanguage;
    private final AnnexLayout annexLayout;
    private final boolean fingerprint;
    private final boolean diagram;
    private final boolean allowFallback;
    private final Optional<OffsetDateTime> creationDate;
    private final Optional<String> documentId;
    private final boolean citations;

    private RenderOptions(Builder builder) {
        this.locale = builder.locale;
        this.asOf = Optional.ofNullable(builder.asOf);
        this.annexes = builder.annexes;
        this.secondLanguage = Optional.ofNullable(builder.secondLanguage);
        this.annexLayout = builder.annexLayout;
        this.fingerprint = builder.fingerprint;
        this.diagram = builder.diagram;
        this.allowFallback = builder.allowFallback;
        this.creationDate = Optional.ofNullable(builder.creationDate);
        this.documentId = Optional.ofNullable(builder.documentId);
        this.citations = builder.citations;
    }

    /**
     * Returns a builder for options in the given language.
     *
     * @param locale the language of the document, for example {@link Locale#GERMAN}; only its language
     *     is used
     * @return a new builder
     * @throws IllegalArgumentException if the locale has no language (such as {@link Locale#ROOT})
     */
    public static Builder builder(Locale locale) {
        return new Builder(requireLanguage(locale, "locale"));
    }

    /**
     * Returns options in the given language with every other option at its documented default.
     *
     * @param locale the language of the document
     * @return the options
     * @throws IllegalArgumentException if the locale has no language
     */
    public static RenderOptions of(Locale locale) {
        return builder(locale).build();
    }

    /**
     * Returns a builder initialised with these options.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder(locale);
        builder.asOf = asOf.orElse(null);
        builder.annexes = annexes;
        builder.secondLanguage = secondLanguage.orElse(null);
        builder.annexLayout = annexLayout;
        builder.fingerprint = fingerprint;
        builder.diagram = diagram;
        builder.allowFallback = allowFallback;
        builder.creationDate = creationDate.orElse(null);
        builder.documentId = documentId.orElse(null);
        builder.citations = citations;
        return builder;
    }

    /**
     * Returns the language of the document (language only, for example {@code de}).
     *
     * @return the locale
     */
    public Locale getLocale() {
        return locale;
    }

    /**
     * Returns the date the document is rendered for, printed as its "as of" date, if given.
     *
     * @return the as-of date, or empty
     */
    public Optional<LocalDate> getAsOf() {
        return asOf;
    }

    /**
     * Returns whether annexes (description of processing, measures, sub-processors) are rendered.
     * Defaults to {@code true}.
     *
     * @return whether annexes are rendered
     */
    public boolean isAnnexes() {
        return annexes;
    }

    /**
     * Returns the second language of a bilingual document, if any. Writers that can lay out columns
     * show both languages side by side; others print them one after the other. A part holding a table of
     * three or more columns is set in full width in every format, one language after the other, and the
     * signature block is one, with the labels of both languages.
     *
     * @return the second language, or empty for a single-language document
     */
    public Optional<Locale> getSecondLanguage() {
        return secondLanguage;
    }

    /**
     * Returns whether the document is bilingual.
     *
     * @return whether a second language is set
     */
    public boolean isBilingual() {
        return secondLanguage.isPresent();
    }

    /**
     * Returns how the annexes are laid out. Defaults to {@link AnnexLayout#STANDARD}.
     *
     * @return the annex layout
     */
    public AnnexLayout getAnnexLayout() {
        return annexLayout;
    }

    /**
     * Returns whether the SHA-256 fingerprint of the agreement's canonical JSON is printed in the
     * footer, so that a signed copy can be matched to its data. Defaults to {@code true}.
     *
     * @return whether the fingerprint is printed
     */
    public boolean isFingerprint() {
        return fingerprint;
    }

    /**
     * Returns whether formats that can show pictures include the diagram of where the data goes.
     * Defaults to {@code true}.
     *
     * @return whether the data-flow diagram is included
     */
    public boolean isDiagram() {
        return diagram;
    }

    /**
     * Returns whether a text of the agreement that is missing in the document's language may be
     * rendered in another language. Defaults to {@code false}: rendering then fails with a
     * {@link MissingTranslationException} that lists every such text. When {@code true}, each such
     * passage is marked visibly in every format and a note at the top of the document names them.
     *
     * @return whether passages in another language are allowed
     */
    public boolean isAllowFallback() {
        return allowFallback;
    }

    /**
     * Returns the creation date that PDF (and similar) writers put into the file's metadata, if given.
     * Without it such writers leave the date out rather than read a clock.
     *
     * @return the creation date, or empty
     */
    public Optional<OffsetDateTime> getCreationDate() {
        return creationDate;
    }

    /**
     * Returns the document identifier that PDF (and similar) writers put into the file, if given.
     *
     * @return the document identifier, or empty
     */
    public Optional<String> getDocumentId() {
        return documentId;
    }

    /**
     * Returns whether the citation lines are printed: the provisions ("Art. 28(3)(a) GDPR") under section headings
     * and beside clauses. Defaults to {@code true}; a contract sent out for signature often leaves them out, since
     * they read as commentary. The clause texts themselves are the same either way.
     *
     * @return whether citation lines are printed
     * @since 0.1
     */
    public boolean isCitations() {
        return citations;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RenderOptions that
                && locale.equals(that.locale)
                && asOf.equals(that.asOf)
                && annexes == that.annexes
                && secondLanguage.equals(that.secondLanguage)
                && annexLayout == that.annexLayout
                && fingerprint == that.fingerprint
                && diagram == that.diagram
                && allowFallback == that.allowFallback
                && creationDate.equals(that.creationDate)
                && documentId.equals(that.documentId)
                && citations == that.citations;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                locale,
                asOf,
                annexes,
                secondLanguage,
                annexLayout,
                fingerprint,
                diagram,
                allowFallback,
                creationDate,
                documentId,
                citations);
    }

    @Override
    public String toString() {
        return "RenderOptions{locale=" + locale + ", asOf=" + asOf + ", annexes=" + annexes + ", secondLanguage="
                + secondLanguage + ", annexLayout=" + annexLayout + ", fingerprint=" + fingerprint + ", diagram="
                + diagram + ", allowFallback=" + allowFallback + ", creationDate=" + creationDate + ", documentId="
                + documentId + ", citations=" + citations + "}";
    }

    private static Locale requireLanguage(Locale locale, String name) {
        Objects.requireNonNull(locale, name);
        if (locale.getLanguage().isEmpty()) {
            throw new IllegalArgumentException("'" + name
                    + "' must name a language such as Locale.GERMAN or Locale.ENGLISH, but was '" + locale + "'");
        }
        return new Locale(locale.getLanguage());
    }

    /**
     * Builds {@link RenderOptions}. A builder is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder {

        private final Locale locale;
        private @Nullable LocalDate asOf;
        private boolean annexes = true;
        private @Nullable Locale secondLanguage;
        private AnnexLayout annexLayout = AnnexLayout.STANDARD;
        private boolean fingerprint = true;
        private boolean diagram = true;
        private boolean allowFallback;
        private @Nullable OffsetDateTime creationDate;
        private @Nullable String documentId;
        private boolean citations = true;

        private Builder(Locale locale) {
            this.locale = locale;
        }

        /**
         * Sets the date the document is rendered for.
         *
         * @param asOf the as-of date
         * @return this builder
         */
        public Builder asOf(LocalDate asOf) {
            this.asOf = Objects.requireNonNull(asOf, "asOf");
            return this;
        }

        /**
         * Sets whether annexes are rendered.
         *
         * @param annexes whether annexes are rendered
         * @return this builder
         */
        public Builder annexes(boolean annexes) {
            this.annexes = annexes;
            return this;
        }

        /**
         * Makes the document bilingual with this second language.
         *
         * @param secondLanguage the second language, different from the first
         * @return this builder
         * @throws IllegalArgumentException if the locale has no language or equals the first language
         */
        public Builder secondLanguage(Locale secondLanguage) {
            Locale second = requireLanguage(secondLanguage, "secondLanguage");
            if (second.equals(locale)) {
                throw new IllegalArgumentException(
                        "'secondLanguage' must differ from the document language '" + locale + "'");
            }
            this.secondLanguage = second;
            return this;
        }

        /**
         * Sets how annexes are laid out.
         *
         * @param annexLayout the annex layout
         * @return this builder
         */
        public Builder annexLayout(AnnexLayout annexLayout) {
            this.annexLayout = Objects.requireNonNull(annexLayout, "annexLayout");
            return this;
        }

        /**
         * Sets whether the content fingerprint is printed in the footer.
         *
         * @param fingerprint whether the fingerprint is printed
         * @return this builder
         */
        public Builder fingerprint(boolean fingerprint) {
            this.fingerprint = fingerprint;
            return this;
        }

        /**
         * Sets whether the data-flow diagram is included where the format can show it.
         *
         * @param diagram whether the diagram is included
         * @return this builder
         */
        public Builder diagram(boolean diagram) {
            this.diagram = diagram;
            return this;
        }

        /**
         * Sets whether texts missing in the document's language may be rendered in another language,
         * marked visibly (see {@link RenderOptions#isAllowFallback()}). Defaults to {@code false}.
         *
         * @param allowFallback whether passages in another language are allowed
         * @return this builder
         */
        public Builder allowFallback(boolean allowFallback) {
            this.allowFallback = allowFallback;
            return this;
        }

        /**
         * Sets the creation date written into file metadata (PDF).
         *
         * @param creationDate the creation date with its offset
         * @return this builder
         */
        public Builder creationDate(OffsetDateTime creationDate) {
            this.creationDate = Objects.requireNonNull(creationDate, "creationDate");
            return this;
        }

        /**
         * Sets the document identifier written into the file (PDF).
         *
         * @param documentId the identifier, not blank
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder documentId(String documentId) {
            Objects.requireNonNull(documentId, "documentId");
            if (documentId.isBlank()) {
                throw new IllegalArgumentException("'documentId' must not be blank");
            }
            this.documentId = documentId;
            return this;
        }

        /**
         * Sets whether the citation lines under section headings and beside clauses are printed (see {@link
         * RenderOptions#isCitations()}). Defaults to {@code true}.
         *
         * @param citations whether citation lines are printed
         * @return this builder
         * @since 0.1
         */
        public Builder citations(boolean citations) {
            this.citations = citations;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public RenderOptions build() {
            return new RenderOptions(this);
        }
    }
}
