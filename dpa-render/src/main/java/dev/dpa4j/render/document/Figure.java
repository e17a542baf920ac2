/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.document;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A figure holding an SVG image, for example the diagram of where the data goes.
 *
 * <p>The {@code svg} is complete, self-contained SVG markup (an {@code <svg>} element with no
 * scripts, no external references and every text already XML-escaped). Formats that cannot show
 * SVG print the {@code description} instead.
 *
 * @param id a stable identifier usable as an anchor
 * @param caption the caption
 * @param description a textual equivalent of the picture, for formats without images and for
 *     accessibility
 * @param svg the SVG markup
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Figure(String id, String caption, String description, String svg) implements Block {

    /**
     * Creates a figure.
     *
     * @param id a stable identifier
     * @param caption the caption
     * @param description a textual equivalent of the picture
     * @param svg the SVG markup
     */
    public Figure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(svg, "svg");
    }
}
