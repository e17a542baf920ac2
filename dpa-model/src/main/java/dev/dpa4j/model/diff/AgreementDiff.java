/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.diff;

import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.catalog.Catalogs;
import dev.dpa4j.model.catalog.CountryCatalog;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * Compares two versions of a data processing agreement into a classified {@link ChangeSet}.
 *
 * <h2>What is compared</h2>
 * The parties (controllers and processor: name, address, data protection officer, contacts and other particulars);
 * sub-processors (recursively, including their own sub-processors); data categories, categories of data subjects,
 * purposes and processing locations; technical and organisational measures; each clause's presence, its typed
 * parameters (periods, deadlines, flags, the authorisation type) and, where no parameter changed, its remaining
 * text. Metadata that changes with every version (version label and date, status, conclusion, signatures) is not
 * compared.
 *
 * <h2>Matching list elements across versions</h2>
 * Elements are paired, in this order: equal in every attribute; same identifier; for sub-processors the same legal
 * name with the same product, then the same legal name alone (so a changed product or service text is a change of
 * the same sub-processor), then the same normalised name (case, accents, punctuation and trailing legal-form
 * designations such as GmbH, SARL, Inc., Ltd ignored); for categories and measures the same code, then the same text.
 * Controllers are paired by identifier, then name, then normalised name. A level pairs two elements only when exactly one element on each side has the key and their identifiers, if both
 * have one, agree. Anything ambiguous (two "Google Ireland Limited" entries whose products both changed) is reported
 * as removed and added, never guessed. Limits: a company renamed to a wholly different name without a stable
 * identifier is reported as one removed and one added sub-processor; a measure reworded without an identifier or code
 * is reported as removed and added; two changes to one clause's text and parameter are reported as the parameter
 * change only.
 *
 * <h2>Classification</h2>
 * The terms of the <em>old</em> version decide, because they are in force when the change is notified. A new
 * sub-processor, or a material change of one (service, product, country, a new third-country location, a weaker
 * transfer mechanism, new data categories) is {@link ChangeClass#NOTICE_REQUIRED} under a general authorisation and
 * {@link ChangeClass#AUTHORISATION_REQUIRED} otherwise (Art. 28(2) GDPR). A new recipient or location outside the
 * EEA, a removed measure or clause, a longer deadline of the processor or a shorter period of the controller is
 * {@link ChangeClass#LOWERS_PROTECTION}. A processor renamed to a name of another entity is a new contracting
 * party and {@link ChangeClass#AUTHORISATION_REQUIRED}; other changes of the parties are editorial. Changes of measures follow the agreement's {@code security.changePolicy}.
 * Whether a reworded measure is weaker is not judged from its text; only lost protection goals and a changed category
 * count as lowering protection. Time limits are compared by approximate length (a business day as 7/5 of a day, a
 * month as 30.44 days); wording without a typed period is not compared.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AgreementDiff {

    private final Predicate<CountryCode> inEea;

    private AgreementDiff(Predicate<CountryCode> inEea) {
        this.inEea = inEea;
    }

    /**
     * Obtains a diff that decides EEA membership with the reference catalogue
     * ({@link Catalogs#standard()}) as of the given day; territories that belong to the EEA (for example French
     * Guiana) count as inside it.
     *
     * @param asOf the day on which membership is judged, usually the notice date or the new version's date, not null
     * @return the diff
     */
    public static AgreementDiff asOf(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        CountryCatalog countries = Catalogs.standard().countries();
        return new AgreementDiff(country -> countries.isEea(country, asOf));
    }

    /**
     * Obtains a diff that decides EEA membership with the given predicate.
     *
     * @param inEea whether a country belongs to the European Economic Area, not null
     * @return the diff
     */
    public static AgreementDiff withEeaMembership(Predicate<CountryCode> inEea) {
        return new AgreementDiff(Objects.requireNonNull(inEea, "inEea"));
    }

    /**
     * Compares two versions of an agreement.
     *
     * @param oldVersion the version in force, not null
     * @param newVersion the intended version, not null
     * @return the changes, empty if the versions do not differ in anything compared
     */
    public ChangeSet diff(DataProcessingAgreement oldVersion, DataProcessingAgreement newVersion) {
        Objects.requireNonNull(oldVersion, "oldVersion");
        Objects.requireNonNull(newVersion, "newVersion");
        return new Differ(inEea, oldVersion, newVersion).run();
    }
}
