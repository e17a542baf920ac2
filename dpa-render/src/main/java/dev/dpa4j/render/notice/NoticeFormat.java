/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.notice;

import org.apiguardian.api.API;

/**
 * A format in which a {@link NoticeRenderer} writes a change notice.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum NoticeFormat {
    /** CommonMark. */
    MARKDOWN("md", "text/markdown; charset=UTF-8"),
    /** One self-contained HTML5 file. */
    HTML("html", "text/html; charset=UTF-8"),
    /** Plain UTF-8 text, word-wrapped, for e-mail. */
    TEXT("txt", "text/plain; charset=UTF-8");

    private final String fileExtension;
    private final String mediaType;

    NoticeFormat(String fileExtension, String mediaType) {
        this.fileExtension = fileExtension;
        this.mediaType = mediaType;
    }

    /**
     * Returns the usual file extension without a dot.
     *
     * @return the file extension, for example {@code md}
     */
    public String fileExtension() {
        return fileExtension;
    }

    /**
     * Returns the media type.
     *
     * @return the media type, for example {@code text/html; charset=UTF-8}
     */
    public String mediaType() {
        return mediaType;
    }
}
