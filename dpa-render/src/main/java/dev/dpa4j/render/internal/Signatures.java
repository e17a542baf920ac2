/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.model.ConclusionEvidence;
import dev.dpa4j.model.ConclusionMethod;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.PartyRole;
import dev.dpa4j.model.Signature;
import dev.dpa4j.render.document.Block;
import dev.dpa4j.render.document.ListBlock;
import dev.dpa4j.render.document.Paragraph;
import dev.dpa4j.render.document.Run;
import dev.dpa4j.render.document.Section;
import dev.dpa4j.render.document.SignatureBlock;
import dev.dpa4j.render.document.SignatureEntry;
import dev.dpa4j.render.document.SignatureField;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the agreement is executed, matching its conclusion method: signature blocks for a written or
 * electronically signed agreement ("gez. Name" once signed), an acceptance record (who, when, which
 * record) for an agreement accepted electronically, never both.
 */
final class Signatures extends Part {

    Signatures(Context context) {
        super(context);
    }

    /** The signature block, or the acceptance record for an agreement concluded by electronic acceptance. */
    Optional<Block> execution() {
        Optional<ConclusionMethod> method = agreement.getConclusion().flatMap(ConclusionEvidence::getMethod);
        if (method.isPresent() && ACCEPTANCE.contains(method.get())) {
            return Optional.of(acceptanceRecord(method.get()));
        }
        return signatures();
    }

    private static final Set<ConclusionMethod> ACCEPTANCE = EnumSet.of(
            ConclusionMethod.CLICK_THROUGH,
            ConclusionMethod.EMAIL_EXCHANGE,
            ConclusionMethod.INCORPORATION_BY_REFERENCE);

    private Block acceptanceRecord(ConclusionMethod method) {
        List<Paragraph> items = new ArrayList<>();
        items.add(entry("execution.method", t.label(method)));
        Optional<ConclusionEvidence> conclusion = agreement.getConclusion();
        conclusion.flatMap(ConclusionEvidence::getDate).ifPresent(d -> items.add(entry("execution.date", t.date(d))));
        for (Signature s : agreement.getSignatures()) {
            List<String> who = new ArrayList<>();
            s.getName().ifPresent(who::add);
            s.getFunction().map(t::resolve).ifPresent(who::add);
            String party = signatoryParty(s);
            items.add(entry(
                    "execution.acceptedBy." + s.getRole().name(),
                    who.isEmpty() ? party : party + " (" + String.join(", ", who) + ")"));
        }
        conclusion.flatMap(ConclusionEvidence::getReference).ifPresent(r -> items.add(entry("execution.record", r)));
        agreement
                .getVersion()
                .ifPresent(v -> items.add(entry(
                        "execution.version",
                        agreement
                                .getVersionDate()
                                .map(d -> t.plain("document.versionDated", Map.of("version", v, "date", t.date(d))))
                                .orElse(t.plain("document.version", Map.of("version", v))))));
        List<Block> content = new ArrayList<>();
        content.add(Paragraph.text(t.get("execution.intro")));
        content.add(new ListBlock(false, items));
        return new Section("execution", Optional.empty(), t.get("execution.heading"), Optional.empty(), content);
    }

    private Paragraph entry(String key, String value) {
        return Paragraph.of(Run.strong(t.get(key) + ": "), Run.text(value));
    }

    Optional<Block> signatures() {
        List<SignatureEntry> entries = new ArrayList<>();
        if (agreement.getSignatures().isEmpty()) {
            for (Party c : agreement.getControllers()) {
                entries.add(signatureEntry(PartyRole.CONTROLLER, partyName(c, PartyRole.CONTROLLER), Optional.empty()));
            }
            agreement
                    .getProcessor()
                    .ifPresent(p -> entries.add(
                            signatureEntry(PartyRole.PROCESSOR, partyName(p, PartyRole.PROCESSOR), Optional.empty())));
        } else {
            for (Signature s : agreement.getSignatures()) {
                entries.add(signatureEntry(s.getRole(), signatoryParty(s), Optional.of(s)));
            }
        }
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SignatureBlock(t.get("signatures.heading"), entries));
    }

    String signatoryParty(Signature s) {
        if (s.getRole() == PartyRole.PROCESSOR) {
            return agreement
                    .getProcessor()
                    .map(p -> partyName(p, PartyRole.PROCESSOR))
                    .orElse(t.get("parties.unnamed.PROCESSOR"));
        }
        Optional<Party> party = s.getPartyId()
                .flatMap(id -> agreement.getControllers().stream()
                        .filter(c -> c.getId().equals(Optional.of(id)))
                        .findFirst());
        if (party.isEmpty() && agreement.getControllers().size() == 1) {
            party = Optional.of(agreement.getControllers().get(0));
        }
        return party.map(p -> partyName(p, PartyRole.CONTROLLER)).orElse(t.get("parties.unnamed.CONTROLLER"));
    }

    SignatureEntry signatureEntry(PartyRole role, String party, Optional<Signature> signature) {
        List<SignatureField> fields = new ArrayList<>();
        Optional<String> place = signature.flatMap(Signature::getPlace).map(t::resolve);
        Optional<String> date = signature.flatMap(Signature::getDate).map(t::date);
        if (place.isPresent() != date.isPresent()) {
            // one of the two is agreed: a line of its own each, so that the other keeps its blank to fill in
            // ("Ort, Datum: Hamburg" left no room for the date)
            fields.add(new SignatureField(t.get("signatures.place"), place));
            fields.add(new SignatureField(t.get("signatures.date"), date));
        } else {
            fields.add(
                    new SignatureField(t.get("signatures.placeDate"), place.flatMap(p -> date.map(d -> p + ", " + d))));
        }
        fields.add(new SignatureField(
                t.get("signatures.signature"),
                signature.filter(Signature::isSigned).map(this::signedBy)));
        fields.add(new SignatureField(t.get("signatures.name"), signature.flatMap(Signature::getName)));
        fields.add(new SignatureField(
                t.get("signatures.function"),
                signature.flatMap(Signature::getFunction).map(t::resolve)));
        return new SignatureEntry(t.get("signatures.role." + role.name()), party, fields);
    }

    /**
     * The one signature block of a bilingual document: each party signs once, so the two languages' blocks
     * become one whose heading, roles, labels and values carry both languages ("Ort, Datum / Place, date"), a
     * text that is the same in both only once. Empty when the two blocks do not list the same fields for the
     * same parties (then both are kept side by side).
     */
    static Optional<SignatureBlock> bilingual(SignatureBlock first, SignatureBlock second) {
        if (first.entries().size() != second.entries().size()) {
            return Optional.empty();
        }
        List<SignatureEntry> entries = new ArrayList<>();
        for (int i = 0; i < first.entries().size(); i++) {
            SignatureEntry a = first.entries().get(i);
            SignatureEntry b = second.entries().get(i);
            if (a.fields().size() != b.fields().size()) {
                return Optional.empty();
            }
            List<SignatureField> fields = new ArrayList<>();
            for (int f = 0; f < a.fields().size(); f++) {
                SignatureField x = a.fields().get(f);
                SignatureField y = b.fields().get(f);
                if (x.value().isPresent() != y.value().isPresent()) {
                    return Optional.empty();
                }
                fields.add(new SignatureField(
                        both(x.label(), y.label()),
                        x.value().flatMap(v -> y.value().map(w -> both(v, w)))));
            }
            entries.add(new SignatureEntry(both(a.role(), b.role()), both(a.party(), b.party()), fields));
        }
        return Optional.of(new SignatureBlock(both(first.heading(), second.heading()), entries));
    }

    private static String both(String first, String second) {
        return first.equals(second) ? first : first + " / " + second;
    }

    /** "gez. Name" / "signed by Name", or "elektronisch signiert" for an electronic signature. */
    private String signedBy(Signature s) {
        boolean electronic = agreement
                .getConclusion()
                .flatMap(ConclusionEvidence::getMethod)
                .filter(m -> m == ConclusionMethod.ELECTRONIC_SIGNATURE)
                .isPresent();
        String key = electronic ? "signatures.signedElectronically" : "signatures.signedBy";
        return s.getName().map(n -> t.plain(key, Map.of("name", n))).orElse(t.get(key + ".unnamed"));
    }
}
