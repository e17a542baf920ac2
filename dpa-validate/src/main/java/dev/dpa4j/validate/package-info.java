/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Validation of data processing agreements against Art. 28 GDPR: build a
 * {@link dev.dpa4j.validate.Validator} once with {@link dev.dpa4j.validate.Validator#builder()}, validate
 * agreements and read the {@link dev.dpa4j.validate.ValidationReport}, whose
 * {@link dev.dpa4j.validate.Finding}s carry a rule id, a {@link dev.dpa4j.validate.Severity}, typed
 * {@link dev.dpa4j.validate.LegalReference}s, the model path and German and English messages.
 */
@NullMarked
package dev.dpa4j.validate;

import org.jspecify.annotations.NullMarked;
