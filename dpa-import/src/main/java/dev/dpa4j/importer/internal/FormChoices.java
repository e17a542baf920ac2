/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import dev.dpa4j.importer.internal.SourceText.Block;
import dev.dpa4j.importer.internal.SourceText.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a model form (#16): an agreement that offers options with checkboxes, of which the parties tick the ones
 * they agree ("☒ schriftlich ☐ in Textform", "[x] by e-mail [ ] by post"). Only a ticked option is agreed; an
 * unticked one is an offer not taken. This step runs once, right after a reader, so that classification, extraction,
 * the completeness table and the review all read the same text:
 *
 * <ul>
 *   <li>the text of an unticked option is left out; its box stays, so that the reader of the review sees that an
 *       option was offered there. An option runs from its box to the next box; the last option of a passage to the
 *       end of the passage where the passage starts with its box (options set as lines of their own), else to the end
 *       of its sentence;
 *   <li>options that a layout set as lines of their own are joined to the sentence they belong to: to the line before
 *       them where it ends with a comma, a colon or a word (no full stop), and with a following line that goes on in
 *       lower case ("… stehen," / "☒ Löschung ☐ Rückgabe" / "und zwar ☐ … ☒ …" / "zu behandeln.");
 *   <li>a ticked box counts as ticked: ☒, ☑, ✓, ✔, [x], (x); an unticked one: ☐, [ ], ( ). The bracketed forms count
 *       as boxes only at the start of a passage or beside another box, since a lone "[ ]" inside a sentence is a
 *       blank to fill in.
 * </ul>
 *
 * A document without two boxes is returned unchanged. Blanks left empty ("binnen ____ Stunden", "…………", "[ ]") stay
 * in the text: {@link #BLANK_PERIOD} finds a period whose number is a blank, which states no period. {@link #choice}
 * tells, per passage, whether a choice was made at all and whether a choice of one option has more than one ticked.
 */
final class FormChoices {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A box, ticked (group {@code on}) or not; the bracketed forms are checked for their place separately. */
    private static final Pattern BOX =
            AsciiGerman.compile("(?<on>[☒☑✓✔]|\\[[xX✓✔]\\]|\\([xX✓✔]\\))|(?<off>☐|\\[ \\]|\\( \\))");

    private static final Pattern BRACKETED = AsciiGerman.compile("[\\[(]");

    /** A blank of a form left empty: a line of underscores or dots, or empty brackets. */
    private static final String BLANK = "(?:_{3,}|…{2,}|\\.{5,}|\\[\\s*\\])";

    /**
     * A period whose number is a blank left empty: "binnen ____ Stunden", "within [ ] days", "innerhalb von …………
     * Wochen". Such a sentence states the duty but no period.
     */
    static final Pattern BLANK_PERIOD = AsciiGerman.compile(
            BLANK
                    + "\\s*(?:calendar |business |working )?(?:hours?|days?|weeks?|months?|stunden|std\\.?|tagen?|werktagen?"
                    + "|arbeitstagen?|kalendertagen?|wochen|monaten?)\\b",
            FLAGS);

    /** The end of a sentence inside a passage. */
    private static final Pattern SENTENCE_END = Sentences.ANY_STOP;

    /** An instruction to choose one option only: "(bitte eine Option wählen)", "choose one", "either". */
    private static final Pattern ONE_OF = AsciiGerman.compile(
            "\\b(?:eine|nur eine|genau eine) (?:option|möglichkeit|variante|alternative)\\b|\\bentweder\\b"
                    + "|\\b(?:choose|select|tick|check) (?:only )?one\\b|\\bone (?:option|alternative) only\\b"
                    + "|\\bonly one\\b|\\beither\\b",
            FLAGS);

    private static final Pattern YES = AsciiGerman.compile("^\\s*(?:ja|yes)\\b", FLAGS);
    private static final Pattern NO = AsciiGerman.compile("^\\s*(?:nein|no)\\b", FLAGS);

    private FormChoices() {}

    /** One box of a passage: where it stands, its length and whether it is ticked. */
    record Box(int at, int length, boolean ticked) {}

    /** What the boxes of one passage say about its choice. */
    enum Choice {
        /** No box, or a choice made. */
        NONE,
        /** Boxes, none of them ticked: the choice was not made. */
        NOT_CHOSEN,
        /** More than one option ticked where one is to be chosen (or both "yes" and "no"). */
        CONTRADICTORY
    }

    /**
     * Reads the form's choices: the text with the unticked options left out.
     *
     * @param in the text a reader produced
     * @return the text as agreed, or {@code in} where the document has fewer than two boxes
     */
    static SourceText read(SourceText in) {
        Map<Integer, List<String>> checklist = YesNoColumns.rows(in);
        int boxes = 0;
        for (Block b : in.blocks()) {
            boxes += boxes(in.text(b)).size();
            if (boxes >= 2) {
                break;
            }
        }
        if (boxes < 2 && checklist.isEmpty()) {
            return in;
        }
        TextBuilder out = new TextBuilder(Integer.MAX_VALUE, "");
        List<Block> blocks = in.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == Kind.TABLE_ROW) {
                List<String> cells = new ArrayList<>();
                List<String> raw = checklist.get(i);
                if (raw == null) {
                    raw = b.cells().stream().map(in::text).toList();
                }
                for (String cell : raw) {
                    cells.add(agreed(cell));
                }
                out.row(cells);
                continue;
            }
            // each line is read on its own first: options set as lines of their own end with their line
            String agreed = agreed(in.text(b));
            int j = i + 1;
            if (b.kind() != Kind.HEADING && joins(agreed)) {
                StringBuilder joined = new StringBuilder(agreed);
                // the option lines, and the lines that go on with the sentence until it ends
                while (j < blocks.size()
                        && (startsWithBox(in, blocks.get(j))
                                || (j > i + 1
                                        && continues(in, blocks.get(j))
                                        && !joined.toString().strip().matches("(?s).*[.!?]$")))) {
                    joined.append(' ').append(agreed(in.text(blocks.get(j))));
                    j++;
                }
                agreed = joined.toString();
            }
            switch (b.kind()) {
                case HEADING -> out.heading(b.level(), agreed);
                case LIST_ITEM -> out.listItem(b.level(), agreed);
                default -> out.paragraph(agreed);
            }
            i = j - 1;
        }
        return out.build();
    }

    /** Whether options on the following lines belong to this passage: it ends with a colon or a comma. */
    private static boolean joins(String passage) {
        String s = passage.strip();
        return s.endsWith(":") || s.endsWith(",");
    }

    private static boolean startsWithBox(SourceText in, Block b) {
        if (b.kind() == Kind.TABLE_ROW || b.kind() == Kind.HEADING) {
            return false;
        }
        List<Box> found = boxes(in.text(b));
        return !found.isEmpty() && found.get(0).at() == 0;
    }

    /** A line that goes on with the sentence the options stand in: it starts in lower case. */
    private static boolean continues(SourceText in, Block b) {
        if (b.kind() == Kind.TABLE_ROW || b.kind() == Kind.HEADING) {
            return false;
        }
        String s = in.text(b).strip();
        return !s.isEmpty() && Character.isLowerCase(s.charAt(0));
    }

    /**
     * The boxes of a passage in order. A bracketed box ("[ ]", "(x)") counts only at the start of the passage, after
     * a colon, or where the passage holds another box.
     */
    static List<Box> boxes(String passage) {
        List<Box> all = new ArrayList<>();
        Matcher m = BOX.matcher(passage);
        while (m.find()) {
            all.add(new Box(m.start(), m.end() - m.start(), m.group("on") != null));
        }
        long plain = all.stream()
                .filter(b -> !BRACKETED
                        .matcher(passage.substring(b.at(), b.at() + 1))
                        .matches())
                .count();
        List<Box> out = new ArrayList<>();
        for (Box b : all) {
            boolean bracketed =
                    BRACKETED.matcher(passage.substring(b.at(), b.at() + 1)).matches();
            if (!bracketed) {
                out.add(b);
                continue;
            }
            String before = passage.substring(0, b.at()).strip();
            // an option follows a bracketed box: a word after it, not a unit ("[ ] Stunden" is a blank)
            boolean atStart = before.isEmpty() || before.endsWith(":");
            if (atStart || all.size() - plain >= 2 || plain > 0) {
                out.add(b);
            }
        }
        return out;
    }

    /** The passage with the text of its unticked options left out (their boxes kept). */
    static String agreed(String passage) {
        List<Box> boxes = boxes(passage);
        if (boxes.isEmpty()) {
            return passage;
        }
        boolean options = boxes.get(0).at() == 0
                || passage.substring(0, boxes.get(0).at()).isBlank();
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int k = 0; k < boxes.size(); k++) {
            Box b = boxes.get(k);
            int end = optionEnd(passage, boxes, k, options);
            out.append(passage, from, b.at() + b.length());
            if (!b.ticked()) {
                out.append(' ');
                from = end;
            } else {
                from = b.at() + b.length();
            }
        }
        out.append(passage.substring(from));
        return out.toString();
    }

    /**
     * The texts a list's passage agrees, one per ticked option: "☒ Bankverbindung ☒ Arbeitszeitdaten ☐ " (read by
     * {@link #read}) gives "Bankverbindung" and "Arbeitszeitdaten"; text before the first box is a text of its own; an
     * unticked option gives none (its text is left out already).
     *
     * @param passage a passage of the text as agreed, or a part of one
     * @return the texts in order, the passage itself where it has no box
     */
    static List<String> ticked(String passage) {
        List<Box> boxes = boxes(passage);
        if (boxes.isEmpty()) {
            return List.of(passage);
        }
        List<String> out = new ArrayList<>();
        String lead = passage.substring(0, boxes.get(0).at()).strip();
        if (!lead.isEmpty()) {
            out.add(lead);
        }
        for (int k = 0; k < boxes.size(); k++) {
            Box b = boxes.get(k);
            int end = k + 1 < boxes.size() ? boxes.get(k + 1).at() : passage.length();
            String option = passage.substring(b.at() + b.length(), end)
                    .strip()
                    .replaceAll("[,;]+$", "")
                    .strip();
            if (b.ticked() && !option.isEmpty()) {
                out.add(option);
            }
        }
        return out;
    }

    /** Where the text of the k-th option ends. */
    private static int optionEnd(String passage, List<Box> boxes, int k, boolean options) {
        Box b = boxes.get(k);
        if (k + 1 < boxes.size()) {
            return boxes.get(k + 1).at();
        }
        if (options) {
            return passage.length();
        }
        // an option inside a sentence: to the first comma or the end of the sentence, but the verb the options share
        // stays ("ist dem Auftraggeber ☒ schriftlich ☐ in Textform zu bestätigen.")
        int from = b.at() + b.length();
        Matcher end = SENTENCE_END.matcher(passage);
        int stop = end.find(from) ? end.start() : passage.length();
        int comma = passage.indexOf(',', from);
        if (comma >= 0 && comma < stop) {
            return comma;
        }
        Matcher verb = SHARED_VERB.matcher(passage.substring(from, stop));
        return verb.find() ? from + verb.start() : stop;
    }

    /** The verb at the end of a sentence that its inline options share: a German infinitive with "zu". */
    private static final Pattern SHARED_VERB = AsciiGerman.compile("\\s+zu\\s+\\p{L}+\\s*[.!?;]?\\s*$", FLAGS);

    /**
     * What the boxes of a passage (as read by {@link #read}) say about its choice.
     *
     * @param passage a passage of the text as agreed
     * @return whether the choice was not made or is contradictory
     */
    static Choice choice(String passage) {
        List<Box> boxes = boxes(passage);
        if (boxes.isEmpty()) {
            return Choice.NONE;
        }
        List<Box> ticked = boxes.stream().filter(Box::ticked).toList();
        if (ticked.isEmpty()) {
            return Choice.NOT_CHOSEN;
        }
        if (ticked.size() >= 2) {
            String lead = passage.substring(0, boxes.get(0).at());
            boolean yes = false;
            boolean no = false;
            for (Box t : ticked) {
                String after = passage.substring(t.at() + t.length());
                yes |= YES.matcher(after).find();
                no |= NO.matcher(after).find();
            }
            if (ONE_OF.matcher(lead).find() || (yes && no)) {
                return Choice.CONTRADICTORY;
            }
        }
        return Choice.NONE;
    }

    /**
     * Whether a sentence only leads into options none of which is ticked ("Für die Haftung gilt: ☐ ☐"): it states
     * nothing the parties agreed.
     *
     * @param sentence a sentence of the text as agreed
     * @return true for such a lead-in
     */
    static boolean unchosenLeadIn(String sentence) {
        List<Box> boxes = boxes(sentence);
        if (boxes.isEmpty() || boxes.stream().anyMatch(Box::ticked)) {
            return false;
        }
        Box last = boxes.get(boxes.size() - 1);
        return sentence.substring(last.at() + last.length()).isBlank();
    }
}
