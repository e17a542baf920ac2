/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import dev.dpa4j.importer.internal.Extraction;
import dev.dpa4j.importer.internal.Extractor;
import dev.dpa4j.importer.internal.Readers;
import dev.dpa4j.importer.internal.RuleClassifier;
import dev.dpa4j.importer.internal.SourceText;
import dev.dpa4j.importer.spi.PassageClassifier;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.model.json.DpaJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import org.apiguardian.api.API;

/**
 * Reads a data processing agreement document into a draft agreement with the provenance of every fact.
 *
 * <pre>{@code
 * ImportResult result = DpaImporter.standard().importFile(Path.of("vendor-dpa.pdf"));
 * DataProcessingAgreement draft = result.getDraft();
 * Review review = Review.of(result, Validator.builder().profile(Profile.TEMPLATE).asOf(LocalDate.of(2026, 12, 3)).build());
 * }</pre>
 *
 * <p>Deterministic: the same bytes give the same result. Nothing calls the network. Instances are immutable
 * and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class DpaImporter {

    private final ImportLimits limits;
    private final List<PassageClassifier> classifiers;

    private DpaImporter(ImportLimits limits, List<PassageClassifier> classifiers) {
        this.limits = limits;
        this.classifiers = List.copyOf(classifiers);
    }

    /**
     * Returns an importer with the default limits and the built-in classifier only.
     *
     * @return the importer
     */
    public static DpaImporter standard() {
        return builder().build();
    }

    /**
     * Starts a builder.
     *
     * @return a builder with the default limits and the built-in classifier
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Imports a file; the format comes from the extension.
     *
     * @param file the document
     * @return the result
     * @throws ImportException if the file cannot be read or imported, with the reason
     */
    public ImportResult importFile(Path file) {
        String name = String.valueOf(file.getFileName());
        SourceFormat format = SourceFormat.fromFileName(name)
                .orElseThrow(() -> new ImportException(
                        ImportException.Reason.UNSUPPORTED_FORMAT,
                        file + ": unknown extension; expected .txt, .md, .html, .docx or .pdf",
                        null));
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw tooLarge(file.toString(), size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) limits.maxBytes() + 1);
            }
        } catch (NoSuchFileException e) {
            // the exception's own message is only the path again
            throw new ImportException(ImportException.Reason.UNREADABLE, file + ": file not found", e);
        } catch (IOException e) {
            throw new ImportException(
                    ImportException.Reason.UNREADABLE, file + ": cannot be read: " + e.getMessage(), e);
        }
        return importBytes(bytes, format, file.toString());
    }

    /**
     * Imports a document held in memory.
     *
     * @param bytes the document's bytes
     * @param format its format
     * @param sourceName its name, for messages and the draft's id
     * @return the result
     * @throws ImportException if the document cannot be imported, with the reason
     */
    public ImportResult importBytes(byte[] bytes, SourceFormat format, String sourceName) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sourceName, "sourceName");
        if (bytes.length > limits.maxBytes()) {
            throw tooLarge(sourceName, bytes.length);
        }
        SourceText text = Readers.read(bytes, format, limits, sourceName);
        Extraction x = Extractor.extract(text, classifiers, sourceName);
        DataProcessingAgreement draft;
        try {
            draft = DpaJson.read(x.json());
        } catch (DpaJsonException e) {
            throw new IllegalStateException("The importer built a draft the model rejects: " + e.getMessage(), e);
        }
        return new ImportResult(
                sourceName,
                format,
                x.language(),
                text.text(),
                draft,
                x.elements(),
                x.facts(),
                x.sectionSpans(),
                x.completeness(),
                x.notes(),
                x.warnings());
    }

    private ImportException tooLarge(String name, long size) {
        return new ImportException(
                ImportException.Reason.TOO_LARGE,
                name + ": " + size + " bytes, more than the import limit of " + limits.maxBytes() + " bytes",
                null);
    }

    /**
     * Returns the ids of the classifiers in use, the built-in one first.
     *
     * @return the ids
     */
    public List<String> classifierIds() {
        return classifiers.stream().map(PassageClassifier::id).toList();
    }

    /** Builds a {@link DpaImporter}. */
    public static final class Builder {
        private ImportLimits limits = ImportLimits.DEFAULT;
        private final List<PassageClassifier> classifiers = new ArrayList<>(List.of(new RuleClassifier()));

        private Builder() {}

        /**
         * Sets the limits.
         *
         * @param limits the limits
         * @return this builder
         */
        public Builder limits(ImportLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Adds a classifier next to the built-in one; per passage and element the higher confidence counts.
         *
         * @param classifier the classifier
         * @return this builder
         */
        public Builder classifier(PassageClassifier classifier) {
            classifiers.add(Objects.requireNonNull(classifier, "classifier"));
            return this;
        }

        /**
         * Adds every classifier the class loader provides through {@link ServiceLoader}.
         *
         * @param loader the class loader
         * @return this builder
         */
        public Builder discover(ClassLoader loader) {
            ServiceLoader.load(PassageClassifier.class, loader).forEach(classifiers::add);
            return this;
        }

        /**
         * Builds the importer.
         *
         * @return the importer
         */
        public DpaImporter build() {
            return new DpaImporter(limits, classifiers);
        }
    }
}
