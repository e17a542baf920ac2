/* SPDX-License-Identifier: Apache-2.0 */
/** Fixtures for ApiStatusTest: an "exported" package with types that keep and break the API rules. */
package dev.dpa4j.it.apifixture;
