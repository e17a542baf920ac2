/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.model.AgreementStatus;
import dev.dpa4j.model.ConclusionEvidence;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.PartyRole;
import dev.dpa4j.render.document.Block;
import dev.dpa4j.render.document.PartiesBlock;
import dev.dpa4j.render.document.PartyEntry;
import dev.dpa4j.render.document.Title;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The title and the party block. */
final class FrontMatter extends Part {

    FrontMatter(Context context) {
        super(context);
    }

    Title title() {
        String text = agreement.getTitle().map(t::resolve).orElse(t.get("document.title"));
        List<String> subtitles = new ArrayList<>();
        if (agreement.getTitle().isEmpty()) {
            subtitles.add(t.get("document.subtitle"));
        }
        agreement
                .getVersion()
                .ifPresent(v -> subtitles.add(agreement
                        .getVersionDate()
                        .map(d -> t.plain("document.versionDated", Map.of("version", v, "date", t.date(d))))
                        .orElse(t.plain("document.version", Map.of("version", v)))));
        if (agreement.getVersion().isEmpty()) {
            agreement
                    .getVersionDate()
                    .ifPresent(d -> subtitles.add(t.plain("document.versionDate", Map.of("date", t.date(d)))));
        }
        if (agreement.getStatus() == AgreementStatus.EXECUTED) {
            // an executed agreement is identified by its version and its conclusion, never by the render date
            agreement
                    .getConclusion()
                    .flatMap(ConclusionEvidence::getDate)
                    .ifPresent(d -> subtitles.add(t.plain("document.concluded", Map.of("date", t.date(d)))));
        } else {
            // an as-of date equal to the version date says the same thing twice ("Fassung vom 18. Mai 2026", "Stand:
            // 18. Mai 2026")
            options.getAsOf()
                    .filter(d -> !agreement.getVersionDate().equals(Optional.of(d)))
                    .ifPresent(d -> subtitles.add(t.plain("document.asOf", Map.of("date", t.date(d)))));
        }
        switch (agreement.getStatus()) {
            case TEMPLATE -> subtitles.add(t.get("document.status.TEMPLATE"));
            case DRAFT -> subtitles.add(t.get("document.status.DRAFT"));
            // read back from another party's document by dpa-import: never to be mistaken for the signed text
            case IMPORTED -> subtitles.add(t.get("document.status.IMPORTED"));
            default -> {}
        }
        return new Title(text, subtitles);
    }

    Optional<Block> parties() {
        List<PartyEntry> entries = new ArrayList<>();
        for (Party controller : agreement.getControllers()) {
            entries.add(partyEntry(controller, PartyRole.CONTROLLER));
        }
        agreement.getProcessor().ifPresent(p -> entries.add(partyEntry(p, PartyRole.PROCESSOR)));
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PartiesBlock(t.get("parties.between"), entries, t.get("parties.and")));
    }

    PartyEntry partyEntry(Party party, PartyRole role) {
        List<String> details = new ArrayList<>();
        party.getAddress().ifPresent(a -> details.addAll(addressLines(a)));
        party.getRegistration().ifPresent(r -> details.add(t.plain("parties.registration", Map.of("text", r))));
        if (!party.getTradeNames().isEmpty()) {
            List<String> names = new ArrayList<>();
            party.getTradeNames().forEach(n -> names.add(t.get("format.quote.open") + n + t.get("format.quote.close")));
            details.add(t.plain("parties.tradeNames", Map.of("names", t.join(names))));
        }
        if (party.getIncludesAffiliates().orElse(false)) {
            details.add(t.get("parties.affiliates"));
        }
        if (!party.getRepresentatives().isEmpty()) {
            List<String> names = new ArrayList<>();
            party.getRepresentatives().forEach(p -> names.add(person(p)));
            details.add(t.plain("parties.represented", Map.of("names", t.join(names))));
        }
        party.getDescription().ifPresent(d -> details.add(t.resolve(d)));
        party.getAccessionDate().ifPresent(d -> details.add(t.plain("parties.accession", Map.of("date", t.date(d)))));
        // several controllers are each "the Controller", never all of them one defined term three times over
        boolean each =
                role == PartyRole.CONTROLLER && agreement.getControllers().size() > 1;
        String designation = party.getDesignations().isEmpty()
                ? t.get((each ? "parties.designation.each." : "parties.designation.") + role.name())
                : t.plain("parties.designation.aliases." + role.name(), Map.of("aliases", t.join(quotedAll(party))));
        return new PartyEntry(partyName(party, role), details, designation);
    }

    /** The party's further designations, each in quotation marks. */
    private List<String> quotedAll(Party party) {
        List<String> quoted = new ArrayList<>();
        party.getDesignations()
                .forEach(d -> quoted.add(t.get("format.quote.open") + t.resolve(d) + t.get("format.quote.close")));
        return quoted;
    }
}
