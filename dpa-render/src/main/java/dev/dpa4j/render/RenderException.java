/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import dev.dpa4j.model.DpaException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Thrown when a renderer cannot produce its document; names the renderer.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public class RenderException extends DpaException {

    private static final long serialVersionUID = 1L;

    private final String rendererId;

    /**
     * Creates an exception.
     *
     * @param rendererId the id of the renderer that failed
     * @param message a full sentence saying what went wrong and how to fix it
     */
    public RenderException(String rendererId, String message) {
        super("Renderer '" + Objects.requireNonNull(rendererId, "rendererId") + "': " + message);
        this.rendererId = rendererId;
    }

    /**
     * Creates an exception with a cause.
     *
     * @param rendererId the id of the renderer that failed
     * @param message a full sentence saying what went wrong and how to fix it
     * @param cause the underlying cause
     */
    public RenderException(String rendererId, String message, Throwable cause) {
        super("Renderer '" + Objects.requireNonNull(rendererId, "rendererId") + "': " + message, cause);
        this.rendererId = rendererId;
    }

    /**
     * Returns the id of the renderer that failed.
     *
     * @return the renderer id
     */
    public String getRendererId() {
        return rendererId;
    }
}
