/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import dev.dpa4j.model.LocalizedText;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An entry of a reference catalogue: a unique code and labels in German and English.
 *
 * <p>Specification for implementors: only the entry types of this package implement it; they are
 * immutable and thread-safe.
 *
 * @param <K> the type of the code
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public sealed interface CatalogEntry<K>
        permits Country,
                AdequacyDecision,
                TransferMechanismEntry,
                SpecialCategoryEntry,
                ProcessingOperationEntry,
                TomCategoryEntry,
                ProtectionGoalEntry,
                DataCategoryEntry,
                DataSubjectEntry,
                MeasureEntry {

    /**
     * Returns the code that identifies the entry within its catalogue.
     *
     * @return the code, never null
     */
    K code();

    /**
     * Returns the labels of the entry.
     *
     * @return labels with at least a German ({@code de}) and an English ({@code en}) text
     */
    LocalizedText labels();

    /**
     * Returns the label in the language of the given locale, falling back as {@link
     * LocalizedText#resolve(Locale)} does. The default locale is never consulted.
     *
     * @param locale the locale, for example {@link Locale#GERMAN}, not null
     * @return the label
     */
    default String label(Locale locale) {
        return labels().resolve(Objects.requireNonNull(locale, "locale"));
    }
}
