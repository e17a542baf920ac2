/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.spring.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application the Spring MVC slice test starts from. */
@SpringBootApplication
public class WebTestApplication {}
