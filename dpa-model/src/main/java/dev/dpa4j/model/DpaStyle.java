/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/** The one Immutables style of the model: bean getters, hidden implementation classes. */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        get = {"get*", "is*"},
        init = "*",
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        defaultAsDefault = false,
        optionalAcceptNullable = false,
        forceJacksonPropertyNames = true,
        // no @org.immutables.value.Generated on the generated classes: value-annotations is a provided
        // dependency, so a consumer's javac would warn that it cannot find the annotation (-Xlint, -Werror)
        allowedClasspathAnnotations = {Override.class})
@interface DpaStyle {}
