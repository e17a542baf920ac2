/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A data processing agreement under Art. 28 GDPR (Auftragsverarbeitungsvertrag), as drafted or as concluded.
 *
 * <p>The type holds every fact of a real agreement and of one being drafted. Legal incompleteness is
 * not a construction failure: an agreement without a breach clause is a valid object whose
 * {@link #getBreachNotification()} is empty, and validators report what is missing. Each clause
 * attribute is optional; absent means that the agreement lacks that clause.
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder()}; absent values
 * are empty {@code Optional}s or empty collections, never {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
@Value.Immutable
@JsonDeserialize(builder = DataProcessingAgreement.Builder.class)
public abstract class DataProcessingAgreement {

    /** The version of the JSON format that this library reads and writes. */
    public static final String SCHEMA_VERSION = "1.0";

    DataProcessingAgreement() {}

    /**
     * Returns the version of the JSON format this agreement was written in; defaults to {@link #SCHEMA_VERSION}.
     *
     * @return the version of the JSON format this agreement was written in
     */
    @Value.Default
    public String getSchemaVersion() {
        return SCHEMA_VERSION;
    }

    /**
     * Returns the identifier of this agreement, stable across its versions.
     *
     * @return the identifier of this agreement, stable across its versions
     */
    public abstract String getId();

    /**
     * Returns the title of the agreement, if stated.
     *
     * @return the title of the agreement, or empty
     */
    public abstract Optional<LocalizedText> getTitle();

    /**
     * Returns the version or revision label of this text, for example {@code 2.1}, if stated.
     *
     * @return the version or revision label of this text, for example {@code 2.1}, or empty
     */
    public abstract Optional<String> getVersion();

    /**
     * Returns the date of this version, if stated.
     *
     * @return the date of this version, or empty
     */
    public abstract Optional<LocalDate> getVersionDate();

    /**
     * Returns the languages the agreement is written in, as IETF language tags in lower case (de, en, de-AT), the
     * authoritative one first.
     *
     * @return the languages the agreement is written in, as IETF language tags, the authoritative one first, in the order given; may be empty
     */
    public abstract List<String> getLanguages();

    /**
     * Returns the date from which the agreement applies, if stated.
     *
     * @return the date from which the agreement applies, or empty
     */
    public abstract Optional<LocalDate> getEffectiveDate();

    /**
     * Returns the main contract (service agreement) this agreement belongs to, if stated.
     *
     * @return the main contract (service agreement) this agreement belongs to, or empty
     */
    public abstract Optional<MainContractReference> getMainContract();

    /**
     * Returns where the agreement stands; defaults to {@link AgreementStatus#DRAFT}.
     *
     * @return where the agreement stands
     */
    @Value.Default
    public AgreementStatus getStatus() {
        return AgreementStatus.DRAFT;
    }

    /**
     * Returns the legal regime; defaults to {@link Regime#GDPR}.
     *
     * @return the legal regime
     */
    @Value.Default
    public Regime getRegime() {
        return Regime.GDPR;
    }

    /**
     * Returns the kind of binding instrument (Art. 28(3) GDPR), if stated.
     *
     * @return the kind of binding instrument (Art. 28(3) GDPR), or empty
     */
    public abstract Optional<InstrumentType> getInstrument();

    /**
     * Returns for another legal act, the Union or Member State law it is based on, if stated.
     *
     * @return for another legal act, the Union or Member State law it is based on, or empty
     */
    public abstract Optional<String> getLegalActReference();

    /**
     * Returns the form of conclusion (Art. 28(9) GDPR), if stated.
     *
     * @return the form of conclusion (Art. 28(9) GDPR), or empty
     */
    public abstract Optional<AgreementForm> getForm();

    /**
     * Returns how and when the agreement was concluded, if stated.
     *
     * @return how and when the agreement was concluded, or empty
     */
    public abstract Optional<ConclusionEvidence> getConclusion();

    /**
     * Returns whether further controllers may accede to the agreement (docking clause). Defaults to {@code false}.
     *
     * @return whether further controllers may accede to the agreement (docking clause)
     */
    @Value.Default
    public boolean isDockingClause() {
        return false;
    }

    /**
     * Returns the preamble, if stated.
     *
     * @return the preamble, or empty
     */
    public abstract Optional<LocalizedText> getPreamble();

    /**
     * Returns the controllers; several where parties accede to one agreement.
     *
     * @return the controllers; several where parties accede to one agreement, in the order given; may be empty
     */
    public abstract List<Party> getControllers();

    /**
     * Returns the processor, if stated.
     *
     * @return the processor, or empty
     */
    public abstract Optional<Party> getProcessor();

    /**
     * Returns the placeholders of a template, by key (for example {@code Firma}), with what each stands for.
     *
     * @return the placeholders of a template, by key (for example {@code Firma}), with what each stands for, ordered by key; may be empty
     */
    @Value.NaturalOrder
    public abstract SortedMap<String, String> getPlaceholders();

    /**
     * Returns the description of the processing (Art. 28(3) first sentence GDPR), if stated.
     *
     * @return the description of the processing (Art. 28(3) first sentence GDPR), or empty
     */
    public abstract Optional<ProcessingDescription> getProcessing();

    /**
     * Returns the clause on the controller's rights and obligations, if stated.
     *
     * @return the clause on the controller's rights and obligations, or empty
     */
    public abstract Optional<ControllerTerms> getControllerTerms();

    /**
     * Returns the clause on instructions (Art. 28(3)(a) GDPR), if stated.
     *
     * @return the clause on instructions (Art. 28(3)(a) GDPR), or empty
     */
    public abstract Optional<InstructionTerms> getInstructions();

    /**
     * Returns the clause on confidentiality (Art. 28(3)(b) GDPR), if stated.
     *
     * @return the clause on confidentiality (Art. 28(3)(b) GDPR), or empty
     */
    public abstract Optional<ConfidentialityTerms> getConfidentiality();

    /**
     * Returns the clause on security of processing and the measures (Art. 28(3)(c), 32 GDPR), if stated.
     *
     * @return the clause on security of processing and the measures (Art. 28(3)(c), 32 GDPR), or empty
     */
    public abstract Optional<SecurityTerms> getSecurity();

    /**
     * Returns the clause on sub-processors (Art. 28(2), (3)(d), (4) GDPR), if stated.
     *
     * @return the clause on sub-processors (Art. 28(2), (3)(d), (4) GDPR), or empty
     */
    public abstract Optional<SubprocessingTerms> getSubprocessing();

    /**
     * Returns the clause on transfers to third countries (Chapter V GDPR), if stated.
     *
     * @return the clause on transfers to third countries (Chapter V GDPR), or empty
     */
    public abstract Optional<TransferTerms> getTransfers();

    /**
     * Returns the clause on assistance (Art. 28(3)(e), (f) GDPR), if stated.
     *
     * @return the clause on assistance (Art. 28(3)(e), (f) GDPR), or empty
     */
    public abstract Optional<AssistanceTerms> getAssistance();

    /**
     * Returns the clause on personal data breaches (Art. 33(2) GDPR), if stated.
     *
     * @return the clause on personal data breaches (Art. 33(2) GDPR), or empty
     */
    public abstract Optional<BreachNotificationTerms> getBreachNotification();

    /**
     * Returns the clause on deletion and return (Art. 28(3)(g) GDPR), if stated.
     *
     * @return the clause on deletion and return (Art. 28(3)(g) GDPR), or empty
     */
    public abstract Optional<EndOfProcessingTerms> getEndOfProcessing();

    /**
     * Returns the clause on information and audits (Art. 28(3)(h) GDPR), if stated.
     *
     * @return the clause on information and audits (Art. 28(3)(h) GDPR), or empty
     */
    public abstract Optional<AuditTerms> getAudits();

    /**
     * Returns the clause on records of processing (Art. 30(2) GDPR), if stated.
     *
     * @return the clause on records of processing (Art. 30(2) GDPR), or empty
     */
    public abstract Optional<RecordsTerms> getRecords();

    /**
     * Returns the clause on use of the data for the processor's own purposes (Art. 28(10) GDPR), if stated.
     *
     * @return the clause on use of the data for the processor's own purposes (Art. 28(10) GDPR), or empty
     */
    public abstract Optional<OwnUseTerms> getOwnUse();

    /**
     * Returns the clause on liability (Art. 28(4), 82 GDPR), if stated.
     *
     * @return the clause on liability (Art. 28(4), 82 GDPR), or empty
     */
    public abstract Optional<LiabilityTerms> getLiability();

    /**
     * Returns the clause on suspension and termination, if stated.
     *
     * @return the clause on suspension and termination, or empty
     */
    public abstract Optional<TerminationTerms> getTermination();

    /**
     * Returns the final provisions: precedence, amendments, governing law, jurisdiction, if stated.
     *
     * @return the final provisions: precedence, amendments, governing law, jurisdiction, or empty
     */
    public abstract Optional<FinalProvisions> getFinalProvisions();

    /**
     * Returns additional clauses with their own heading and text.
     *
     * @return additional clauses with their own heading and text, in the order given; may be empty
     */
    public abstract List<CustomClause> getCustomClauses();

    /**
     * Returns the signature blocks.
     *
     * @return the signature blocks, in the order given; may be empty
     */
    public abstract List<Signature> getSignatures();

    @Value.Check
    final void checkIdentifiers() {
        Invariants.requireUniqueIds(
                "controllers", getControllers().stream().map(Party::getId).toList());
        getProcessing().ifPresent(p -> {
            Invariants.requireUniqueIds(
                    "processing.dataCategories",
                    p.getDataCategories().stream().map(DataCategory::getId).toList());
            Invariants.requireUniqueIds(
                    "processing.dataSubjects",
                    p.getDataSubjects().stream().map(DataSubjectCategory::getId).toList());
        });
        getSubprocessing()
                .ifPresent(s -> Invariants.requireUniqueIds(
                        "subprocessing.subprocessors",
                        s.getSubprocessors().stream().map(Subprocessor::getId).toList()));
        Invariants.requireNonBlank("id", getId());
    }

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
     * A builder for {@link DataProcessingAgreement}. A builder is mutable and not thread-safe; {@code build()} throws an
     * {@link IllegalStateException} naming every required attribute that was not set.
     */
    public static final class Builder extends ImmutableDataProcessingAgreement.Builder {
        Builder() {}
    }
}
