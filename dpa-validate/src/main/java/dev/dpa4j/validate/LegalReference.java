/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A typed citation of a legal provision: act, article or section, and optionally paragraph,
 * subparagraph and point.
 *
 * <p>It is formatted in the citation style of each language: German {@code Art. 28 Abs. 3 lit. a DSGVO}
 * and {@code § 62 Abs. 5 BDSG}; English {@code Art. 28(3)(a) GDPR} and {@code Section 62(5) BDSG}.
 * Only German and English are supported; any other language gets the English form.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class LegalReference implements Comparable<LegalReference> {

    /** A legal act that rules cite. */
    public enum Act {
        /** Regulation (EU) 2016/679, the General Data Protection Regulation; cited by article. */
        GDPR("DSGVO", "GDPR", false),
        /** The German Federal Data Protection Act (Bundesdatenschutzgesetz) of 2018; cited by section. */
        BDSG("BDSG", "BDSG", true),
        /** The German Criminal Code (Strafgesetzbuch); cited by section. */
        STGB("StGB", "StGB", true),
        /** Book X of the German Social Code (Sozialgesetzbuch X); cited by section. */
        SGB_X("SGB X", "SGB X", true),
        /** Book I of the German Social Code (Sozialgesetzbuch I); cited by section. */
        SGB_I("SGB I", "SGB I", true),
        /** The UK GDPR as amended by the Data (Use and Access) Act 2025; cited by article. */
        UK_GDPR("UK GDPR", "UK GDPR", false),
        /** The Swiss Federal Act on Data Protection of 25 September 2020 (Datenschutzgesetz, DSG); cited by article. */
        FADP("DSG", "FADP", false);

        private final String germanName;
        private final String englishName;
        private final boolean sections;

        Act(String germanName, String englishName, boolean sections) {
            this.germanName = germanName;
            this.englishName = englishName;
            this.sections = sections;
        }

        /**
         * Returns the abbreviation used in citations in the given language.
         *
         * @param locale the language, not null
         * @return the abbreviation, for example {@code DSGVO} in German and {@code GDPR} in English
         */
        public String abbreviation(Locale locale) {
            return isGerman(locale) ? germanName : englishName;
        }

        /**
         * Returns whether the act is divided into sections (§) rather than articles.
         *
         * @return true for German statutes cited with "§"
         */
        public boolean hasSections() {
            return sections;
        }
    }

    private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth"};

    /** Compiled once: rules create references while they report (String.matches compiled them each time). */
    private static final Pattern POINT = Pattern.compile("[a-z]{1,3}");

    private static final Pattern ARTICLE = Pattern.compile("[0-9]{1,3}[a-zA-Z]?");

    private final Act act;
    private final String article;
    private final int paragraph;
    private final int subparagraph;
    private final String point;
    private final int number;

    private LegalReference(Act act, String article, int paragraph, int subparagraph, String point) {
        this(act, article, paragraph, subparagraph, point, 0);
    }

    private LegalReference(Act act, String article, int paragraph, int subparagraph, String point, int number) {
        this.act = act;
        this.article = article;
        this.paragraph = paragraph;
        this.subparagraph = subparagraph;
        this.point = point;
        this.number = number;
    }

    /**
     * Obtains a reference to a numbered point of an article without paragraphs, such as the definitions
     * of Art. 4 GDPR: German {@code Art. 4 Nr. 7 DSGVO}, English {@code Art. 4(7) GDPR}.
     *
     * @param act the act, not null
     * @param article the article or section number, not blank
     * @param number the number of the point, positive
     * @return the reference
     * @throws IllegalArgumentException if the number is not positive
     */
    public static LegalReference numbered(Act act, String article, int number) {
        if (number < 1) {
            throw new IllegalArgumentException("'number' must be positive, but was " + number);
        }
        return new LegalReference(Objects.requireNonNull(act, "act"), checkArticle(article), 0, 0, "", number);
    }

    /**
     * Returns the number of a numbered point, if cited.
     *
     * @return the number, or empty
     */
    public Optional<Integer> getNumber() {
        return number == 0 ? Optional.empty() : Optional.of(number);
    }

    /**
     * Obtains a reference to a whole article or section, for example Art. 32 GDPR.
     *
     * @param act the act, not null
     * @param article the article or section number, for example {@code 28} or {@code 22a}, not blank
     * @return the reference
     * @throws IllegalArgumentException if the article is blank or contains characters other than letters and digits
     */
    public static LegalReference of(Act act, String article) {
        return new LegalReference(Objects.requireNonNull(act, "act"), checkArticle(article), 0, 0, "");
    }

    /**
     * Obtains a reference to a paragraph, for example Art. 28(3) GDPR.
     *
     * @param act the act, not null
     * @param article the article or section number, not blank
     * @param paragraph the paragraph number, positive
     * @return the reference
     * @throws IllegalArgumentException if a number is out of range
     */
    public static LegalReference of(Act act, String article, int paragraph) {
        return of(act, article).withParagraph(paragraph);
    }

    /**
     * Obtains a reference to a point of a paragraph, for example Art. 28(3)(a) GDPR.
     *
     * @param act the act, not null
     * @param article the article or section number, not blank
     * @param paragraph the paragraph number, positive
     * @param point the point, a lower-case letter such as {@code a}, not blank
     * @return the reference
     * @throws IllegalArgumentException if a number is out of range or the point is not lower-case letters
     */
    public static LegalReference of(Act act, String article, int paragraph, String point) {
        return of(act, article, paragraph).withPoint(point);
    }

    /**
     * Obtains a reference to an article of the GDPR, for example {@code gdpr("32")}.
     *
     * @param article the article number, not blank
     * @return the reference
     */
    public static LegalReference gdpr(String article) {
        return of(Act.GDPR, article);
    }

    /**
     * Obtains a reference to a paragraph of an article of the GDPR.
     *
     * @param article the article number, not blank
     * @param paragraph the paragraph, positive
     * @return the reference
     */
    public static LegalReference gdpr(String article, int paragraph) {
        return of(Act.GDPR, article, paragraph);
    }

    /**
     * Obtains a reference to a point of a paragraph of an article of the GDPR.
     *
     * @param article the article number, not blank
     * @param paragraph the paragraph, positive
     * @param point the point, for example {@code a}
     * @return the reference
     */
    public static LegalReference gdpr(String article, int paragraph, String point) {
        return of(Act.GDPR, article, paragraph, point);
    }

    /**
     * Returns a copy that cites the given paragraph.
     *
     * @param paragraph the paragraph, positive
     * @return a new reference
     * @throws IllegalArgumentException if the paragraph is not positive
     */
    public LegalReference withParagraph(int paragraph) {
        if (paragraph < 1) {
            throw new IllegalArgumentException("'paragraph' must be positive, but was " + paragraph);
        }
        if (number > 0) {
            throw new IllegalArgumentException("A numbered point has no paragraph");
        }
        return new LegalReference(act, article, paragraph, subparagraph, point);
    }

    /**
     * Returns a copy that cites the given subparagraph of the paragraph, for example the second
     * subparagraph of Art. 28(3) GDPR.
     *
     * @param subparagraph the subparagraph, from 1 to 5
     * @return a new reference
     * @throws IllegalArgumentException if no paragraph is cited or the number is out of range
     */
    public LegalReference withSubparagraph(int subparagraph) {
        if (paragraph == 0) {
            throw new IllegalArgumentException("A subparagraph needs a paragraph; call withParagraph first");
        }
        if (subparagraph < 1 || subparagraph > ORDINALS.length) {
            throw new IllegalArgumentException("'subparagraph' must be between 1 and 5, but was " + subparagraph);
        }
        return new LegalReference(act, article, paragraph, subparagraph, point);
    }

    /**
     * Returns a copy that cites the given point of the paragraph.
     *
     * @param point the point, lower-case letters such as {@code a}
     * @return a new reference
     * @throws IllegalArgumentException if no paragraph is cited or the point is not lower-case letters
     */
    public LegalReference withPoint(String point) {
        Objects.requireNonNull(point, "point");
        if (paragraph == 0) {
            throw new IllegalArgumentException("A point needs a paragraph; call withParagraph first");
        }
        if (!POINT.matcher(point).matches()) {
            throw new IllegalArgumentException(
                    "'point' must be one to three lower-case letters, but was '" + point + "'");
        }
        return new LegalReference(act, article, paragraph, subparagraph, point);
    }

    private static String checkArticle(String article) {
        Objects.requireNonNull(article, "article");
        if (!ARTICLE.matcher(article).matches()) {
            throw new IllegalArgumentException(
                    "'article' must be a number optionally followed by a letter, such as 28, 22a or 45A, but was '"
                            + article + "'");
        }
        return article;
    }

    /**
     * Returns the act.
     *
     * @return the act
     */
    public Act getAct() {
        return act;
    }

    /**
     * Returns the article or section number.
     *
     * @return the article or section, for example {@code 28}
     */
    public String getArticle() {
        return article;
    }

    /**
     * Returns the paragraph, if cited.
     *
     * @return the paragraph, or empty
     */
    public Optional<Integer> getParagraph() {
        return paragraph == 0 ? Optional.empty() : Optional.of(paragraph);
    }

    /**
     * Returns the subparagraph, if cited.
     *
     * @return the subparagraph, or empty
     */
    public Optional<Integer> getSubparagraph() {
        return subparagraph == 0 ? Optional.empty() : Optional.of(subparagraph);
    }

    /**
     * Returns the point, if cited.
     *
     * @return the point, for example {@code a}, or empty
     */
    public Optional<String> getPoint() {
        return point.isEmpty() ? Optional.empty() : Optional.of(point);
    }

    /**
     * Formats the citation in the style of the given language.
     *
     * @param locale the language; German gives the German style, every other language the English one, not null
     * @return the citation, for example {@code Art. 28 Abs. 3 lit. a DSGVO} or {@code Art. 28(3)(a) GDPR}
     */
    public String format(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        StringBuilder out = new StringBuilder();
        if (isGerman(locale)) {
            out.append(act.hasSections() ? "§ " : "Art. ").append(article);
            if (number > 0) {
                out.append(" Nr. ").append(number);
            }
            if (paragraph > 0) {
                out.append(" Abs. ").append(paragraph);
            }
            if (subparagraph > 0) {
                out.append(" UAbs. ").append(subparagraph);
            }
            if (!point.isEmpty()) {
                out.append(" lit. ").append(point);
            }
        } else {
            out.append(act.hasSections() ? "Section " : "Art. ").append(article);
            if (number > 0) {
                out.append('(').append(number).append(')');
            }
            if (paragraph > 0) {
                out.append('(').append(paragraph).append(')');
            }
            if (!point.isEmpty()) {
                out.append('(').append(point).append(')');
            }
            if (subparagraph > 0) {
                out.append(", ").append(ORDINALS[subparagraph - 1]).append(" subparagraph,");
            }
        }
        return out.append(' ').append(act.abbreviation(locale)).toString();
    }

    static boolean isGerman(Locale locale) {
        return "de".equals(locale.getLanguage());
    }

    @Override
    public int compareTo(LegalReference other) {
        int c = act.compareTo(other.act);
        if (c == 0) {
            c = Integer.compare(leadingNumber(article), leadingNumber(other.article));
        }
        if (c == 0) {
            c = article.compareTo(other.article);
        }
        if (c == 0) {
            c = Integer.compare(number, other.number);
        }
        if (c == 0) {
            c = Integer.compare(paragraph, other.paragraph);
        }
        if (c == 0) {
            c = Integer.compare(subparagraph, other.subparagraph);
        }
        return c != 0 ? c : point.compareTo(other.point);
    }

    private static int leadingNumber(String article) {
        int end = 0;
        while (end < article.length() && Character.isDigit(article.charAt(end))) {
            end++;
        }
        return Integer.parseInt(article.substring(0, end));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LegalReference that
                && act == that.act
                && article.equals(that.article)
                && paragraph == that.paragraph
                && subparagraph == that.subparagraph
                && point.equals(that.point)
                && number == that.number;
    }

    @Override
    public int hashCode() {
        return Objects.hash(act, article, paragraph, subparagraph, point, number);
    }

    /**
     * Returns the English citation.
     *
     * @return the citation, for example {@code Art. 28(3)(a) GDPR}
     */
    @Override
    public String toString() {
        return format(Locale.ENGLISH);
    }
}
