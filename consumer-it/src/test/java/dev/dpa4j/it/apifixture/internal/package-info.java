/* SPDX-License-Identifier: Apache-2.0 */
/** Fixtures for ApiStatusTest: a package that is "not exported". */
package dev.dpa4j.it.apifixture.internal;
