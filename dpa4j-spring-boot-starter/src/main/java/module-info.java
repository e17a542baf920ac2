/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Spring Boot auto-configuration of dpa4j: a {@code Validator} and a {@code RendererRegistry} from
 * {@code dpa4j.*} properties, and {@code @CompliantDpa} request bodies in Spring MVC.
 */
module dev.dpa4j.spring {
    requires static org.immutables.value.annotations;
    requires static transitive org.apiguardian.api;
    requires static org.jspecify;
    requires transitive dev.dpa4j.validate;
    requires transitive dev.dpa4j.render;
    requires org.hibernate.validator;
    requires spring.beans;
    requires spring.context;
    requires spring.core;
    requires spring.boot;
    requires spring.boot.autoconfigure;
    requires static spring.web;
    requires static spring.webmvc;
    requires static spring.boot.validation;

    exports dev.dpa4j.spring;

    // Spring creates and reads the configuration classes and the advice reflectively
    opens dev.dpa4j.spring to
            spring.core,
            spring.beans,
            spring.context;
    opens dev.dpa4j.spring.internal to
            spring.core,
            spring.beans,
            spring.context,
            spring.web;
}
