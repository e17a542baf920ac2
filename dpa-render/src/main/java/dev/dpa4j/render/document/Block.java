/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.document;

import org.apiguardian.api.API;

/**
 * A block of a {@link Document}: one of a closed set of structural elements that every writer knows.
 *
 * <p>Writers handle each permitted subtype; the set is sealed so that a new kind of block is a
 * compile-time change for every writer rather than a silently dropped element.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Block
        permits Title,
                PartiesBlock,
                Section,
                Clause,
                Paragraph,
                ListBlock,
                Table,
                Annex,
                SignatureBlock,
                Figure,
                Parallel,
                InLanguage {}
