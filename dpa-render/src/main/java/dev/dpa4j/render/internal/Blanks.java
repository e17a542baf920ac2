/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.Person;
import dev.dpa4j.model.PostalAddress;
import dev.dpa4j.model.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The blanks of a template in the document's language. A party's name, street lines, postal code, locality or
 * representative, or a signature's name or place, that holds nothing but a placeholder ({@code [[Firma]]}) is
 * printed as a blank named in the document's language ({@code [[Firma]]} in German, {@code [[company name]]} in
 * English), whatever language the placeholder's key is in: the key is for the tool that fills the template in,
 * the blank is for the reader. Placeholders inside longer texts are left as they are; the validator reports every
 * placeholder left in an agreement ({@code DOC_PLACEHOLDER}).
 */
final class Blanks {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[\\[[^\\[\\]]+]]");

    private final Texts t;

    private Blanks(Texts t) {
        this.t = t;
    }

    /** The agreement with its placeholder-only fields replaced by blanks in the language of {@code t}. */
    static DataProcessingAgreement apply(DataProcessingAgreement agreement, Texts t) {
        if (!mentionsPlaceholder(agreement)) {
            return agreement;
        }
        Blanks b = new Blanks(t);
        List<Party> controllers = new ArrayList<>();
        agreement.getControllers().forEach(p -> controllers.add(b.party(p)));
        List<Signature> signatures = new ArrayList<>();
        agreement
                .getSignatures()
                .forEach(s -> signatures.add(s.toBuilder()
                        .name(b.blank(s.getName(), "person"))
                        .place(b.blankText(s.getPlace(), "place"))
                        .build()));
        return agreement.toBuilder()
                .controllers(controllers)
                .processor(agreement.getProcessor().map(b::party))
                .signatures(signatures)
                .build();
    }

    private static boolean mentionsPlaceholder(DataProcessingAgreement a) {
        List<Optional<String>> fields = new ArrayList<>();
        List<Party> parties = new ArrayList<>(a.getControllers());
        a.getProcessor().ifPresent(parties::add);
        for (Party p : parties) {
            fields.add(p.getName());
            p.getAddress().ifPresent(ad -> {
                ad.getStreetLines().forEach(l -> fields.add(Optional.of(l)));
                fields.add(ad.getPostalCode());
                fields.add(ad.getLocality());
            });
            p.getRepresentatives().forEach(r -> fields.add(r.getName()));
        }
        a.getSignatures().forEach(s -> {
            fields.add(s.getName());
            s.getPlace().ifPresent(p -> p.getTranslations().values().forEach(v -> fields.add(Optional.of(v))));
        });
        return fields.stream().anyMatch(f -> f.filter(Blanks::isPlaceholder).isPresent());
    }

    static boolean isPlaceholder(String text) {
        return PLACEHOLDER.matcher(text.strip()).matches();
    }

    private Party party(Party p) {
        Party.Builder b = p.toBuilder().name(blank(p.getName(), "name"));
        p.getAddress().ifPresent(a -> b.address(address(a)));
        List<Person> representatives = new ArrayList<>();
        p.getRepresentatives()
                .forEach(r -> representatives.add(
                        r.toBuilder().name(blank(r.getName(), "person")).build()));
        return b.representatives(representatives).build();
    }

    private PostalAddress address(PostalAddress a) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < a.getStreetLines().size(); i++) {
            String line = a.getStreetLines().get(i);
            lines.add(isPlaceholder(line) ? label(i == 0 ? "street" : "street2") : line);
        }
        return a.toBuilder()
                .streetLines(lines)
                .postalCode(blank(a.getPostalCode(), "postalCode"))
                .locality(blank(a.getLocality(), "locality"))
                .build();
    }

    private Optional<String> blank(Optional<String> value, String kind) {
        return value.map(v -> isPlaceholder(v) ? label(kind) : v);
    }

    /**
     * A text per language (or without one) whose translation in the document's language holds nothing but a
     * placeholder becomes the blank, a text without a language; any other text is left as it is.
     */
    private Optional<LocalizedText> blankText(Optional<LocalizedText> value, String kind) {
        return value.map(v -> isPlaceholder(t.resolve(v)) ? LocalizedText.plain(label(kind)) : v);
    }

    private String label(String kind) {
        return "[[" + t.get("placeholder." + kind) + "]]";
    }
}
