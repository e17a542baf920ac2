/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.spi;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Assigns passages of a document to the elements of an agreement. The built-in classifier (id {@code
 * dpa4j-rules}) uses lexicons of legal terms and section-title cues; another one, for example a language model
 * the user runs locally, can be added with {@link dev.dpa4j.importer.DpaImporter.Builder#classifier} or found with
 * {@link java.util.ServiceLoader}. The importer takes, per passage and element, the highest confidence any
 * classifier gives. A classifier must be deterministic and must not call the network unless its user chose so.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public interface PassageClassifier {

    /**
     * Returns the classifier's id, in kebab-case, recorded in the extraction report.
     *
     * @return the id
     */
    String id();

    /**
     * Classifies one passage.
     *
     * @param passage the passage
     * @return the elements it addresses, empty if none
     */
    List<Classification> classify(Passage passage);
}
