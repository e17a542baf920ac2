/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The tool for transfers under the UK GDPR that the agreement incorporates: the UK Addendum to the EU standard
 * contractual clauses or the International Data Transfer Agreement, issued by the Information Commissioner under
 * section 119A of the Data Protection Act 2018 (Art. 46(2)(d) UK GDPR). The Addendum's Tables 1 to 3 are filled
 * from the agreement's parties, its SCC terms and its annexes; Table 4 is the ending choice. For the IDTA, its
 * Table 2 choices are the governing law and the primary place for legal claims.
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = UkTransferTerms.Builder.class)
public abstract class UkTransferTerms {
    UkTransferTerms() {}

    /**
     * Returns the tool.
     *
     * @return the tool
     */
    public abstract UkTransferTool getTool();

    /**
     * Returns the version of the tool, for example {@code B1.0} for the Addendum or {@code A1.0} for the IDTA, if stated.
     *
     * @return the version of the tool, for example {@code B1.0} for the Addendum or {@code A1.0} for the IDTA, or empty
     */
    public abstract Optional<String> getVersion();

    /**
     * Returns the start date of the tool between the parties, if stated.
     *
     * @return the start date of the tool between the parties, or empty
     */
    public abstract Optional<LocalDate> getDate();

    /**
     * Returns a reference, for example to the Commissioner's template as laid before Parliament on 2 February 2022, if stated.
     *
     * @return a reference, for example to the Commissioner's template as laid before Parliament on 2 February 2022, or empty
     */
    public abstract Optional<String> getReference();

    /**
     * Returns for the Addendum, which party may end it when a revised Addendum is issued (Table 4), if stated.
     *
     * @return for the Addendum, which party may end it when a revised Addendum is issued (Table 4), or empty
     */
    public abstract Optional<UkAddendumEnding> getEnding();

    /**
     * Returns for the IDTA, the part of the United Kingdom whose law governs it (Table 2), if stated.
     *
     * @return for the IDTA, the part of the United Kingdom whose law governs it (Table 2), or empty
     */
    public abstract Optional<UkJurisdiction> getGoverningLaw();

    /**
     * Returns for the IDTA, the part of the United Kingdom whose courts are the primary place for legal claims
     * (Table 2), if stated.
     *
     * @return for the IDTA, the part of the United Kingdom whose courts are the primary place for legal claims
     *     (Table 2), or empty
     */
    public abstract Optional<UkJurisdiction> getForum();

    /**
     * Returns for the IDTA, the status of the exporter as controller, processor or sub-processor (Table 2), if
     * stated.
     *
     * @return for the IDTA, the status of the exporter (Table 2), or empty
     */
    public abstract Optional<IdtaPartyStatus> getExporterStatus();

    /**
     * Returns for the IDTA, the status of the importer as controller, or as processor or sub-processor of the
     * exporter (Table 2), if stated.
     *
     * @return for the IDTA, the status of the importer (Table 2), or empty
     */
    public abstract Optional<IdtaPartyStatus> getImporterStatus();

    /**
     * Returns for the IDTA, the Linked Agreement where the importer is the exporter's processor or sub-processor: the
     * agreement that sets out the processing on the exporter's behalf as Art. 28 UK GDPR requires (IDTA Section 1.4;
     * Table 2), named by title, date or reference; empty means this agreement is the Linked Agreement.
     *
     * @return for the IDTA, the Linked Agreement, or empty for this agreement
     */
    public abstract Optional<String> getLinkedAgreement();

    /**
     * Returns for the IDTA, the first date on which the parties review it (Table 2, review dates), if stated.
     *
     * @return for the IDTA, the first review date, or empty
     */
    public abstract Optional<LocalDate> getReviewDate();

    /**
     * Returns a new, empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder initialised with the values of this instance.
     *
     * @return a new builder holding a copy of this instance's values
     */
    public final Builder toBuilder() {
        return builder().from(this);
    }

    /**
     * A builder for {@link UkTransferTerms}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableUkTransferTerms.Builder {
        Builder() {}
    }
}
