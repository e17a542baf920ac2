/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.document;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The title of the document with subtitle lines (for example the version and the as-of date).
 *
 * @param text the title
 * @param subtitles lines shown under the title, in order; may be empty
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Title(String text, List<String> subtitles) implements Block {

    /**
     * Creates a title.
     *
     * @param text the title
     * @param subtitles lines shown under the title
     */
    public Title {
        Objects.requireNonNull(text, "text");
        subtitles = List.copyOf(Objects.requireNonNull(subtitles, "subtitles"));
    }
}
