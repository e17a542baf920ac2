/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.validate.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options that several commands share, each declared once as a picocli mixin ({@code @Mixin}): one name, one
 * description, one way of parsing and one default. A command that uses one declares a field of its type.
 */
final class SharedOptions {

    private SharedOptions() {}

    /** {@code -o, --output OUT}: where the result goes; {@code -} and no option mean standard output. */
    static final class Output {
        @Option(
                names = {"-o", "--output"},
                paramLabel = "OUT",
                description =
                        "Write to this file (replaced if it exists) instead of standard output (- is standard output).")
        @Nullable
        Path output;

        /** The file named, or null for standard output ({@link Documents#emit} also reads {@code -} so). */
        @Nullable
        Path path() {
            return output;
        }
    }

    /** {@code --lang de|en}: the language of the output; without it, the language of the input decides. */
    static final class Language {
        @Option(
                names = "--lang",
                paramLabel = "de|en",
                description = "Language of the output (default: the input's first language if de or en, else en;"
                        + " diff and subprocessors take the new or current version's, validate the first agreement"
                        + " it reads).")
        @Nullable
        Lang lang;

        /** The language named on the command line, or null: the command takes the input's. */
        @Nullable
        Lang chosen() {
            return lang;
        }

        /** The language named on the command line, else {@code fallback}. */
        Lang or(Lang fallback) {
            return lang != null ? lang : fallback;
        }
    }

    /** Whether the agreement is judged as a template or as an executed contract. */
    enum Profile {
        template(dev.dpa4j.validate.Profile.TEMPLATE),
        executed(dev.dpa4j.validate.Profile.EXECUTED);

        private final dev.dpa4j.validate.Profile library;

        Profile(dev.dpa4j.validate.Profile library) {
            this.library = library;
        }

        /** The library's profile this command-line value names. */
        dev.dpa4j.validate.Profile library() {
            return library;
        }
    }

    /** {@code --profile template|executed}: how the agreement is judged. */
    static final class JudgedAs {
        @Option(
                names = "--profile",
                paramLabel = "template|executed",
                description = "Judge the agreement as a template or as an executed contract (default: template for"
                        + " an agreement whose status is TEMPLATE and in dpa review, else executed).")
        @Nullable
        Profile profile;

        /** The profile named on the command line, or null for the command's default. */
        @Nullable
        Profile chosen() {
            return profile;
        }
    }

    /** {@code --as-of YYYY-MM-DD}: the date of reference, today in UTC unless given. */
    static final class AsOf {
        @Option(
                names = "--as-of",
                paramLabel = "YYYY-MM-DD",
                converter = DateConverter.class,
                description = "Date of reference (default: today in UTC; render: the agreement's versionDate if it has"
                        + " one): decisions, certificates, memberships and mechanisms count as in force on it; render"
                        + " also states a template or draft as of it and takes it as the PDF's creation date.")
        @Nullable
        LocalDate asOf;

        /** The date named on the command line, else today in UTC (from the command's clock). */
        LocalDate orToday(Env env) {
            return or(Optional.empty(), env);
        }

        /**
         * The date named on the command line, else {@code fallback} if present, else today in UTC: for a document
         * whose own date should decide, so that rendering the same version twice gives the same bytes.
         */
        LocalDate or(Optional<LocalDate> fallback, Env env) {
            return asOf != null ? asOf : fallback.orElseGet(env::today);
        }
    }

    /** {@code --fail-on error|warning|info}: the lowest severity that fails the agreement. */
    static final class FailOn {
        @Option(
                names = "--fail-on",
                defaultValue = "error",
                paramLabel = "error|warning|info",
                description = "Lowest severity that fails the agreement: exit code 1, or the verdict 'failed' of"
                        + " dpa report (default: ${DEFAULT-VALUE}).")
        ValidateCommand.FailOn failOn = ValidateCommand.FailOn.error;

        /** The lowest failing severity. */
        Severity severity() {
            return failOn.severity;
        }
    }
}
