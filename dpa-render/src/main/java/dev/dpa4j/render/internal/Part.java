/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.model.ContactPoint;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Location;
import dev.dpa4j.model.LocationKind;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.PartyRole;
import dev.dpa4j.model.Person;
import dev.dpa4j.model.PostalAddress;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.render.RenderOptions;
import dev.dpa4j.render.document.Block;
import dev.dpa4j.render.document.ListBlock;
import dev.dpa4j.render.document.Paragraph;
import dev.dpa4j.render.document.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The base of every part of the composition (one class per section or group of sections): the state
 * of the composition and the helpers that several sections share.
 */
abstract class Part {

    final Context context;
    final Texts t;
    final DataProcessingAgreement agreement;
    final RenderOptions options;
    final Countries countries;
    final Map<String, String> annexLabels;

    Part(Context context) {
        this.context = context;
        this.t = context.texts();
        this.agreement = context.agreement();
        this.options = context.options();
        this.countries = context.countries();
        this.annexLabels = context.annexLabels();
    }

    Draft draft(String id) {
        return new Draft(this, id);
    }

    P p() {
        return new P(t);
    }

    String partyName(Party party, PartyRole role) {
        Optional<String> name = party.getName();
        if (name.isEmpty()) {
            return t.get("parties.unnamed." + role.name());
        }
        String full = name.get();
        Optional<String> legalForm = party.getLegalForm();
        if (legalForm.isPresent() && !full.contains(legalForm.get())) {
            full = full + " " + legalForm.get();
        }
        return full;
    }

    List<String> addressLines(PostalAddress address) {
        List<String> lines = new ArrayList<>(address.getStreetLines());
        String locality = (address.getPostalCode().orElse("") + " "
                        + address.getLocality().orElse(""))
                .strip();
        if (!locality.isEmpty()) {
            lines.add(locality);
        }
        address.getRegion().ifPresent(lines::add);
        address.getCountry().ifPresent(c -> lines.add(t.country(c)));
        return lines;
    }

    String addressInline(PostalAddress address) {
        return String.join(", ", addressLines(address));
    }

    String person(Person person) {
        List<String> parts = new ArrayList<>();
        person.getName().ifPresent(parts::add);
        person.getFunction().ifPresent(f -> parts.add(person.getName().isPresent() ? "(" + f + ")" : f));
        String head = String.join(" ", parts);
        List<String> all = new ArrayList<>();
        if (!head.isEmpty()) {
            all.add(head);
        }
        person.getEmail().ifPresent(all::add);
        person.getPhone().ifPresent(all::add);
        return all.isEmpty() ? t.get("format.notStated") : String.join(", ", all);
    }

    String contact(ContactPoint contact) {
        List<String> parts = new ArrayList<>();
        contact.getName().ifPresent(parts::add);
        contact.getFunction().ifPresent(parts::add);
        contact.getEmail().ifPresent(parts::add);
        contact.getPhone().ifPresent(parts::add);
        contact.getUrl().ifPresent(parts::add);
        contact.getNote().ifPresent(n -> parts.add(t.resolve(n)));
        return parts.isEmpty() ? t.get("format.notStated") : String.join(", ", parts);
    }

    String location(Location l) {
        List<String> parts = new ArrayList<>();
        l.getCountry().ifPresent(c -> parts.add(t.country(c)));
        l.getRegion().ifPresent(r -> parts.add(t.label(r)));
        l.getDescription().ifPresent(desc -> parts.add(t.resolve(desc)));
        String place = String.join(", ", parts);
        String text = l.getKind() == LocationKind.PROCESSING ? place : t.label(l.getKind()) + ": " + place;
        return l.isConditional() ? text + " " + t.get("data.conditional") : text;
    }

    List<Subprocessor> allSubprocessors() {
        List<Subprocessor> all = new ArrayList<>();
        agreement.getSubprocessing().ifPresent(s -> collect(s.getSubprocessors(), all));
        return all;
    }

    void collect(List<Subprocessor> subprocessors, List<Subprocessor> into) {
        for (Subprocessor s : subprocessors) {
            into.add(s);
            collect(s.getSubprocessors(), into);
        }
    }

    List<Run> deadline(TimeLimit limit) {
        if (limit.getPeriod().isPresent() && limit.getWording().isPresent()) {
            return t.fill(
                    "format.timeLimit.wordingWithin",
                    p().runs("wording", quoted(limit.getWording().get()))
                            .plain(
                                    "periodDative",
                                    t.periodDative(limit.getPeriod().get()))
                            .map());
        }
        if (limit.getPeriod().isPresent()) {
            return t.fill(
                    "format.timeLimit.within",
                    p().plain("periodDative", t.periodDative(limit.getPeriod().get()))
                            .map());
        }
        return quoted(limit.getWording().orElseThrow());
    }

    List<Run> term(TimeLimit limit) {
        if (limit.getPeriod().isPresent() && limit.getWording().isPresent()) {
            return t.fill(
                    "format.timeLimit.wordingTerm",
                    p().runs("wording", quoted(limit.getWording().get()))
                            .plain("period", t.period(limit.getPeriod().get()))
                            .map());
        }
        if (limit.getPeriod().isPresent()) {
            return List.of(Run.text(t.period(limit.getPeriod().get())));
        }
        return quoted(limit.getWording().orElseThrow());
    }

    List<Run> quoted(LocalizedText wording) {
        return List.of(
                Run.text(t.get("format.quote.open")),
                Run.emphasis(t.resolve(wording)),
                Run.text(t.get("format.quote.close")));
    }

    ListBlock list(List<LocalizedText> texts) {
        List<Paragraph> items = new ArrayList<>();
        texts.forEach(text -> items.add(Paragraph.text(t.resolve(text))));
        return new ListBlock(false, items);
    }

    List<Block> paragraphs(LocalizedText text) {
        List<Block> blocks = new ArrayList<>();
        for (String part : t.resolve(text).split("\n\\s*\n")) {
            if (!part.isBlank()) {
                blocks.add(Paragraph.text(part.strip()));
            }
        }
        if (blocks.isEmpty()) {
            blocks.add(Paragraph.text(""));
        }
        return blocks;
    }

    String sectionNumber(int number) {
        return t.plain("format.sectionNumber", Map.of("n", Integer.toString(number)));
    }
}
