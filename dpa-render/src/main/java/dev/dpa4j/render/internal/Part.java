/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.model.ContactPoint;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DataProtectionOfficer;
import dev.dpa4j.model.EuRepresentative;
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
        return Addresses.lines(address, address.getCountry().map(t::country));
    }

    String addressInline(PostalAddress address) {
        return String.join(", ", addressLines(address));
    }

    /**
     * A party's data protection officer's details, as far as the agreement states them (name, organisation, address,
     * contacts). An organisation that is the party itself, an officer on its staff, is not named again after the
     * party ("… of the Processor (Cordwain Systems, Inc.) is Dana Example, dpo@…", not "Dana Example, Cordwain
     * Systems, Inc., dpo@…"); an external officer's firm is.
     */
    String officer(DataProtectionOfficer officer, Party party) {
        List<String> parts = new ArrayList<>();
        officer.getName().ifPresent(parts::add);
        officer.getOrganisation().filter(o -> !sameName(o, party.getName())).ifPresent(parts::add);
        officer.getAddress().ifPresent(a -> parts.add(addressInline(a)));
        officer.getEmail().ifPresent(parts::add);
        officer.getPhone().ifPresent(parts::add);
        return details(parts);
    }

    private static boolean sameName(String organisation, Optional<String> party) {
        return party.isPresent()
                && Escapes.clean(organisation)
                        .strip()
                        .equalsIgnoreCase(Escapes.clean(party.get()).strip());
    }

    /** A representative's details under Art. 27 GDPR, as far as the agreement states them. */
    String representative(EuRepresentative representative) {
        List<String> parts = new ArrayList<>();
        representative.getName().ifPresent(parts::add);
        representative.getAddress().ifPresent(a -> parts.add(addressInline(a)));
        representative.getEmail().ifPresent(parts::add);
        return details(parts);
    }

    /** Details joined by commas, leaving out empty ones (an address without any line); "not stated" if none is left. */
    private String details(List<String> parts) {
        List<String> stated = parts.stream().filter(p -> !p.isBlank()).toList();
        return stated.isEmpty() ? t.get("format.notStated") : String.join(", ", stated);
    }

    String person(Person person) {
        List<String> parts = new ArrayList<>();
        person.getName().ifPresent(parts::add);
        person.getFunction()
                .map(t::resolve)
                .ifPresent(f -> parts.add(person.getName().isPresent() ? "(" + f + ")" : f));
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
        contact.getName().map(t::resolve).ifPresent(parts::add);
        contact.getFunction().map(t::resolve).ifPresent(parts::add);
        contact.getEmail().ifPresent(parts::add);
        contact.getPhone().ifPresent(parts::add);
        contact.getUrl().ifPresent(parts::add);
        String details = String.join(", ", parts);
        Optional<String> note = contact.getNote().map(t::resolve).map(String::strip);
        if (note.isEmpty() || note.get().isEmpty()) {
            return parts.isEmpty() ? t.get("format.notStated") : details;
        }
        // the note is a sentence of its own: it follows the details after a full stop, not a comma; its own
        // full stop is left to the sentence, list or table cell the contact is placed in
        String sentence =
                note.get().endsWith(".") ? note.get().substring(0, note.get().length() - 1) : note.get();
        return parts.isEmpty() ? sentence : details + (details.endsWith(".") ? " " : ". ") + sentence;
    }

    /**
     * A place of processing as a lawyer lists it: the kind of processing there, the country or region, and after a
     * dash what the agreement says of the place ("Storage: Ireland – Data centres in the Dublin region"), never the
     * country and the description run together as one phrase. A kind that the description itself begins with is not
     * said twice ("India – Remote access from Pune", not "Remote access: India – Remote access from Pune").
     */
    String location(Location l) {
        List<String> where = new ArrayList<>();
        l.getCountry().ifPresent(c -> where.add(t.country(c)));
        l.getRegion().ifPresent(r -> where.add(t.label(r)));
        String place = String.join(", ", where);
        Optional<String> description = l.getDescription().map(t::resolve).map(String::strip);
        boolean kindStated = l.getKind() != LocationKind.PROCESSING;
        if (description.isPresent() && !description.get().isEmpty()) {
            String desc = description.get();
            place = place.isEmpty() ? desc : place + " – " + desc;
            String kind = t.label(l.getKind());
            // the kind as the description's first word ("Support- und Betriebspersonal", "Remote access from")
            if (desc.regionMatches(true, 0, kind, 0, kind.length())
                    && (desc.length() == kind.length() || !Character.isLetter(desc.charAt(kind.length())))) {
                kindStated = false;
            }
        }
        String text = kindStated ? t.label(l.getKind()) + ": " + place : place;
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

    /**
     * A deadline as a lawyer writes it, printed once and without quotation marks: the agreed wording
     * followed by the typed period as a cap ("unverzüglich, spätestens jedoch innerhalb von 24
     * Stunden"), the wording alone where it already names a period, or the period alone.
     */
    List<Run> deadline(TimeLimit limit) {
        Optional<String> wording = limit.getWording().map(t::resolve);
        if (limit.getPeriod().isPresent() && wording.isPresent() && !namesPeriod(wording.get())) {
            return t.fill(
                    "format.timeLimit.wordingWithin",
                    p().plain("wording", wording.get())
                            .plain(
                                    "periodDative",
                                    t.periodDative(limit.getPeriod().get()))
                            .map());
        }
        if (limit.getPeriod().isPresent() && wording.isEmpty()) {
            return t.fill(
                    "format.timeLimit.within",
                    p().plain("periodDative", t.periodDative(limit.getPeriod().get()))
                            .map());
        }
        return List.of(Run.text(wording.orElseThrow()));
    }

    /**
     * A deadline for a duty the law itself sets as "without undue delay" (Art. 33(2) GDPR: the processor notifies
     * the controller "unverzüglich"): a bare period becomes the cap of that standard ("unverzüglich, spätestens
     * jedoch innerhalb von 24 Stunden"), so the period cannot be read as leave to wait until it ends; an agreed
     * wording is printed as {@link #deadline(TimeLimit)} prints it.
     */
    List<Run> deadlineWithoutUndueDelay(TimeLimit limit) {
        if (limit.getPeriod().isPresent() && limit.getWording().isEmpty()) {
            return t.fill(
                    "format.timeLimit.withoutUndueDelayWithin",
                    p().plain("periodDative", t.periodDative(limit.getPeriod().get()))
                            .map());
        }
        return deadline(limit);
    }

    /** Whether a wording states a period of its own (it contains a number), so the typed one is not repeated. */
    static boolean namesPeriod(String wording) {
        return wording.chars().anyMatch(Character::isDigit);
    }

    /** Whether a time limit can serve as a lead time: it has a typed period or a wording with a number. */
    static boolean isLeadTime(TimeLimit limit) {
        return limit.getPeriod().isPresent()
                || limit.getWording()
                        .map(w -> w.getTranslations().values().stream().anyMatch(Part::namesPeriod))
                        .orElse(false);
    }

    /**
     * A period as a term ("30 Tage"), printed once: the typed period if there is one, else the wording
     * (only called for wordings that name a period, see {@link #isLeadTime}).
     */
    List<Run> term(TimeLimit limit) {
        if (limit.getPeriod().isPresent()) {
            return List.of(Run.text(t.period(limit.getPeriod().get())));
        }
        return List.of(Run.text(t.resolve(limit.getWording().orElseThrow())));
    }

    ListBlock list(List<LocalizedText> texts) {
        List<Paragraph> items = new ArrayList<>();
        texts.forEach(text -> items.add(Paragraph.text(t.resolve(text))));
        return new ListBlock(false, items);
    }

    List<Block> paragraphs(LocalizedText text) {
        List<Block> blocks = new ArrayList<>();
        String open = null; // the language of a fallback passage that spans paragraphs
        for (String part : t.resolve(text).split("\n\\s*\n")) {
            if (part.isBlank()) {
                continue;
            }
            String paragraph = part.strip();
            if (open != null) {
                paragraph = LanguageCheck.START + open + LanguageCheck.SEPARATOR + paragraph;
            }
            int start = paragraph.lastIndexOf(LanguageCheck.START);
            if (start > paragraph.lastIndexOf(LanguageCheck.END)) {
                int separator = paragraph.indexOf(LanguageCheck.SEPARATOR, start);
                open = paragraph.substring(start + 1, Math.max(separator, start + 1));
                paragraph = paragraph + LanguageCheck.END;
            } else {
                open = null;
            }
            blocks.add(Paragraph.text(paragraph));
        }
        if (blocks.isEmpty()) {
            blocks.add(Paragraph.text(""));
        }
        return blocks;
    }

    String sectionNumber(int number) {
        return t.numbered("format.sectionNumber", number);
    }
}
