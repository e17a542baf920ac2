/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.model.Party;
import dev.dpa4j.model.PartyRole;
import dev.dpa4j.model.Signature;
import dev.dpa4j.render.document.Block;
import dev.dpa4j.render.document.SignatureBlock;
import dev.dpa4j.render.document.SignatureEntry;
import dev.dpa4j.render.document.SignatureField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The signature block. */
final class Signatures extends Part {

    Signatures(Context context) {
        super(context);
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
        Optional<String> place = signature.flatMap(Signature::getPlace);
        Optional<String> date = signature.flatMap(Signature::getDate).map(t::date);
        Optional<String> placeDate = place.isPresent() || date.isPresent()
                ? Optional.of(String.join(", ", place.stream().toList())
                        + (place.isPresent() && date.isPresent() ? ", " : "")
                        + date.orElse(""))
                : Optional.empty();
        fields.add(new SignatureField(t.get("signatures.placeDate"), placeDate));
        fields.add(new SignatureField(
                t.get("signatures.signature"),
                signature.filter(Signature::isSigned).map(s -> t.get("signatures.signed"))));
        fields.add(new SignatureField(t.get("signatures.name"), signature.flatMap(Signature::getName)));
        fields.add(new SignatureField(t.get("signatures.function"), signature.flatMap(Signature::getFunction)));
        return new SignatureEntry(t.get("signatures.role." + role.name()), party, fields);
    }
}
