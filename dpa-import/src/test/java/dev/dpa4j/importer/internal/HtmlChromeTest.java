/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.internal.SourceText.Block;
import dev.dpa4j.importer.internal.SourceText.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 16 of #16: how web pages are built. A collapsible section's {@code summary} is the heading of the section it
 * opens; the site around an agreement (cookie banners, navigation, breadcrumbs, language switchers, feedback widgets,
 * "on this page" lists, the site's header and footer) is not read, while what the agreement holds at its end (a
 * signature block, "Last updated", links to its annexes) is. Pages of our own, in English and German.
 */
class HtmlChromeTest {

    private static SourceText read(String html) {
        return HtmlReader.read(html, 1_000_000, "page.html");
    }

    private static List<String> lines(SourceText t) {
        return t.blocks().stream().map(t::text).toList();
    }

    private static Block block(SourceText t, String text) {
        return t.blocks().stream()
                .filter(b -> t.text(b).equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError(text + " not read: " + lines(t)));
    }

    @Test
    void should_read_a_summary_as_the_heading_of_its_section() {
        SourceText t = read("""
                <html><body><main>
                <h1>Auftragsverarbeitungsvertrag</h1>
                <h2>Häufige Fragen</h2>
                <details><summary>Wer ist Auftragsverarbeiter?</summary>
                  <p>Die Beispiel GmbH verarbeitet die Daten im Auftrag des Kunden.</p>
                  <details><summary>Und die Unterauftragsverarbeiter?</summary>
                    <p>Sie sind in Anlage 2 genannt.</p>
                  </details>
                </details>
                <details open><summary>Wie lange gilt der Vertrag?</summary>
                  <p>So lange wie der Hauptvertrag.</p>
                </details>
                </main></body></html>
                """);
        Block question = block(t, "Wer ist Auftragsverarbeiter?");
        assertThat(question.kind()).isEqualTo(Kind.HEADING);
        assertThat(question.level()).isEqualTo(3);
        Block nested = block(t, "Und die Unterauftragsverarbeiter?");
        assertThat(nested.kind()).isEqualTo(Kind.HEADING);
        assertThat(nested.level()).isEqualTo(4);
        // after a nested section, the next one is again a section of the heading above
        Block next = block(t, "Wie lange gilt der Vertrag?");
        assertThat(next.kind()).isEqualTo(Kind.HEADING);
        assertThat(next.level()).isEqualTo(3);
        assertThat(block(t, "Sie sind in Anlage 2 genannt.").kind()).isEqualTo(Kind.PARAGRAPH);
    }

    @Test
    void should_read_a_heading_inside_a_summary_as_that_heading() {
        SourceText t = read("""
                <html><body><main><h1>Data Processing Addendum</h1>
                <details id="s4"><summary><h2>4. Sub-processors</h2></summary>
                  <p>The Processor may engage the sub-processors listed in Annex 3.</p>
                  <details><summary>4.1 Changes</summary><p>The Processor gives 30 days' notice.</p></details>
                </details>
                </main></body></html>
                """);
        Block h = block(t, "4. Sub-processors");
        assertThat(h.kind()).isEqualTo(Kind.HEADING);
        assertThat(h.level()).isEqualTo(2);
        Block sub = block(t, "4.1 Changes");
        assertThat(sub.kind()).isEqualTo(Kind.HEADING);
        assertThat(sub.level()).isEqualTo(3);
    }

    @Test
    void should_not_read_the_chrome_of_a_web_page() {
        SourceText t = read("""
                <html><body>
                <div id="cookie-banner" class="consent-popup">
                  <p>We use cookies to improve your experience. <a href="/cookies">Cookie notice</a></p>
                  <button>Accept all</button><button>Reject</button>
                </div>
                <header class="site-header"><a class="logo" href="/">Fernbrook</a>
                  <nav><a href="/product">Product</a> <a href="/pricing">Pricing</a></nav>
                  <div class="language-switcher"><a href="/de/" hreflang="de">Deutsch</a> <a href="/en/">English</a></div>
                </header>
                <div role="navigation" class="topbar"><a href="/legal">Legal</a> <a href="/trust">Trust</a></div>
                <main>
                  <ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/legal">Legal</a></li><li>DPA</li></ol>
                  <aside class="sidebar"><h4>On this page</h4>
                    <ul><li><a href="#s1">Scope</a></li><li><a href="#s2">Security</a></li><li><a href="#s3">Annexes</a></li></ul>
                  </aside>
                  <article>
                    <h1>Data Processing Addendum</h1>
                    <h2 id="s1">1. Scope</h2>
                    <p>Fernbrook Ltd processes personal data on behalf of the Customer.</p>
                    <h2 id="s2">2. Security</h2>
                    <p>Fernbrook implements the measures in <a href="/legal/dpa/annex-2">Annex 2</a>.</p>
                    <h2 id="s3">3. Annexes</h2>
                    <ul><li><a href="/legal/dpa/annex-1">Annex 1 – Details of processing</a></li>
                        <li><a href="/legal/dpa/annex-2">Annex 2 – Technical and organisational measures</a></li></ul>
                    <footer><p>Last updated: 1 March 2026</p>
                      <p>Signed for and on behalf of Fernbrook Ltd: ____________</p></footer>
                  </article>
                  <p class="feedback-question">Was this page helpful? <button>Yes</button> <button>No</button></p>
                </main>
                <footer class="site-footer">
                  <div><h5>Company</h5><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/press">Press</a></div>
                  <p>© 2026 Fernbrook Ltd · <a href="/privacy">Privacy</a> · <a href="/imprint">Imprint</a></p>
                </footer>
                </body></html>
                """);
        assertThat(String.join("\n", lines(t)))
                .doesNotContain("cookies")
                .doesNotContain("Accept all")
                .doesNotContain("Pricing")
                .doesNotContain("Deutsch")
                .doesNotContain("Trust")
                .doesNotContain("Home")
                .doesNotContain("On this page")
                .doesNotContain("helpful")
                .doesNotContain("Careers")
                .doesNotContain("© 2026");
        assertThat(lines(t))
                .contains(
                        "Fernbrook Ltd processes personal data on behalf of the Customer.",
                        "Fernbrook implements the measures in Annex 2.",
                        "Annex 1 – Details of processing",
                        "Annex 2 – Technical and organisational measures",
                        "Last updated: 1 March 2026",
                        "Signed for and on behalf of Fernbrook Ltd: ____________");
        assertThat(block(t, "3. Annexes").kind()).isEqualTo(Kind.HEADING);
    }

    @Test
    void should_keep_what_a_page_without_marked_content_holds_beside_its_links() {
        // no main, no article: a site header or footer cannot be told from the agreement's own, so only their blocks
        // of links go; a list of sub-processors with links to their sites, a section on consent and an imprint stay
        SourceText t = read("""
                <html><body>
                <header><a href="/">Start</a> · <a href="/leistungen">Leistungen</a> · <a href="/kontakt">Kontakt</a></header>
                <p class="brotkrumen"><a href="/">Start</a> › <a href="/rechtliches">Rechtliches</a> › AVV</p>
                <h1>Vertrag über die Auftragsverarbeitung</h1>
                <section id="zustimmung" class="consent">
                  <h2>§ 6 Unterauftragsverarbeiter</h2>
                  <p>Der Verantwortliche stimmt dem Einsatz der folgenden Unterauftragsverarbeiter zu:</p>
                  <ul><li><a href="https://rechenzentrum.example">Rechenzentrum Nord GmbH</a></li>
                      <li><a href="https://mailversand.example">Mailversand Süd GmbH</a></li></ul>
                </section>
                <p>Kiel, den 1. März 2026</p>
                <footer>
                  <p>Holmwerk GmbH · Hafenstraße 3 · 24103 Kiel · Amtsgericht Kiel HRB 1234</p>
                  <p><a href="/impressum">Impressum</a> | <a href="/datenschutz">Datenschutz</a> | <a href="/agb">AGB</a></p>
                  <div class="sprachwahl"><a href="/en/">English</a> <a href="/de/">Deutsch</a></div>
                </footer>
                </body></html>
                """);
        String all = String.join("\n", lines(t));
        assertThat(all)
                .doesNotContain("Leistungen")
                .doesNotContain("Rechtliches")
                .doesNotContain("Impressum")
                .doesNotContain("English");
        assertThat(lines(t))
                .contains(
                        "§ 6 Unterauftragsverarbeiter",
                        "Der Verantwortliche stimmt dem Einsatz der folgenden Unterauftragsverarbeiter zu:",
                        "Rechenzentrum Nord GmbH",
                        "Mailversand Süd GmbH",
                        "Kiel, den 1. März 2026",
                        "Holmwerk GmbH · Hafenstraße 3 · 24103 Kiel · Amtsgericht Kiel HRB 1234");
    }

    @Test
    void should_keep_a_section_on_consent_inside_the_article() {
        SourceText t = read("""
                <html><body><article><h1>DPA</h1>
                <section id="consent" class="consent-section"><h2>5. Consent to sub-processors</h2>
                <p>The Customer consents to the sub-processors listed in Annex 3.</p></section>
                </article></body></html>
                """);
        assertThat(lines(t))
                .contains(
                        "5. Consent to sub-processors",
                        "The Customer consents to the sub-processors listed in Annex 3.");
    }
}
