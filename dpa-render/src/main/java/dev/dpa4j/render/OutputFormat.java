/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A document format a {@link DocumentRenderer} produces: an identifier, a media type and a file extension.
 *
 * <p>The built-in formats are constants; third-party renderers may define their own with
 * {@link #of(String, String, String)}. Two formats are equal when their identifiers are equal.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class OutputFormat {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** CommonMark with GFM tables. */
    public static final OutputFormat MARKDOWN = new OutputFormat("markdown", "text/markdown; charset=UTF-8", "md");

    /** One self-contained HTML5 file. */
    public static final OutputFormat HTML = new OutputFormat("html", "text/html; charset=UTF-8", "html");

    /** Plain UTF-8 text. */
    public static final OutputFormat TEXT = new OutputFormat("text", "text/plain; charset=UTF-8", "txt");

    /** PDF (PDF/A where the renderer supports it). */
    public static final OutputFormat PDF = new OutputFormat("pdf", "application/pdf", "pdf");

    /** Office Open XML word-processing document. */
    public static final OutputFormat DOCX =
            new OutputFormat("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private final String id;
    private final String mediaType;
    private final String fileExtension;

    private OutputFormat(String id, String mediaType, String fileExtension) {
        this.id = id;
        this.mediaType = mediaType;
        this.fileExtension = fileExtension;
    }

    /**
     * Returns a format with the given identifier, media type and file extension.
     *
     * @param id the identifier in kebab-case, for example {@code asciidoc}
     * @param mediaType the media type, for example {@code text/asciidoc}
     * @param fileExtension the file extension without a dot, for example {@code adoc}
     * @return the format
     * @throws IllegalArgumentException if {@code id} is not kebab-case or an argument is blank
     */
    public static OutputFormat of(String id, String mediaType, String fileExtension) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(fileExtension, "fileExtension");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "Format id '" + id + "' is not kebab-case (lower-case letters and digits joined by '-')");
        }
        if (mediaType.isBlank() || fileExtension.isBlank()) {
            throw new IllegalArgumentException("Format '" + id + "' needs a media type and a file extension");
        }
        return new OutputFormat(id, mediaType, fileExtension.toLowerCase(Locale.ROOT));
    }

    /**
     * Returns the identifier, for example {@code html}.
     *
     * @return the identifier
     */
    public String id() {
        return id;
    }

    /**
     * Returns the media type, for example {@code text/html; charset=UTF-8}.
     *
     * @return the media type
     */
    public String mediaType() {
        return mediaType;
    }

    /**
     * Returns the usual file extension without a dot, for example {@code html}.
     *
     * @return the file extension
     */
    public String fileExtension() {
        return fileExtension;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutputFormat that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
