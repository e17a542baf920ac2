/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.smoke;

import com.apicatalog.jsonld.JsonLd;
import dev.dpa4j.dpv.DpvJsonLd;
import dev.dpa4j.importer.DpaImporter;
import dev.dpa4j.importer.ImportResult;
import dev.dpa4j.importer.Review;
import dev.dpa4j.importer.SourceSpan;
import dev.dpa4j.model.BreachNotificationTerms;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import dev.dpa4j.model.diff.AgreementDiff;
import dev.dpa4j.model.diff.ChangeSet;
import dev.dpa4j.model.diff.DeadlineCalculator;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.render.HtmlRenderer;
import dev.dpa4j.render.PdfRenderer;
import dev.dpa4j.render.RenderOptions;
import dev.dpa4j.render.notice.ChangeNotice;
import dev.dpa4j.render.notice.NoticeRenderers;
import dev.dpa4j.render.notice.SubprocessorList;
import dev.dpa4j.validate.Finding;
import dev.dpa4j.validate.Profile;
import dev.dpa4j.validate.Severity;
import dev.dpa4j.validate.ValidationReport;
import dev.dpa4j.validate.Validator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The Java examples of dpa4j's README.md, each method body between its "README:" markers exactly as printed there
 * (consumer-it's ReadmeSnippetsTest compares them), run as a user's application would run them.
 *
 * <p>Arguments: {@code class-path} or {@code module-path} (which of the two this run must be on), and an output
 * directory. The working directory is dpa4j's root, as for the README's relative paths.
 */
public final class ReadmeExamples {

    private ReadmeExamples() {}

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        Path out = Path.of(args[1]);
        boolean onModulePath = ReadmeExamples.class.getModule().isNamed();
        check(onModulePath == mode.equals("module-path"), "expected to run on the " + mode);
        Files.createDirectories(out);

        DataProcessingAgreement back = model();
        check(back.getId().equals("acme-dpa-2026"), "model example: id read back");

        try {
            validation();
            throw new IllegalStateException("validation example: the Jomoco agreement must fail the assertion");
        } catch (AssertionError expected) {
            check(expected.getMessage().contains("acme-policy:EEA_ONLY"), "validation example: own rule pack ran");
        }

        String json = Files.readString(Path.of("examples/quillfeather-dpa-en-de.json"), StandardCharsets.UTF_8);
        Path html = out.resolve("quillfeather.html");
        Path pdf = out.resolve("quillfeather.pdf");
        try (OutputStream htmlOut = Files.newOutputStream(html);
                OutputStream pdfOut = Files.newOutputStream(pdf)) {
            rendering(json, htmlOut, pdfOut);
        }
        check(Files.readString(html, StandardCharsets.UTF_8).contains("<html"), "rendering example: HTML written");
        byte[] pdfBytes = Files.readAllBytes(pdf);
        check(
                new String(pdfBytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-") && pdfBytes.length > 10_000,
                "rendering example: PDF written");

        Path notices = Path.of("dpa-render/src/test/resources/dev/dpa4j/render/notice");
        String mail = versions(DpaJson.read(notices.resolve("jomoco-v1.json")), DpaJson.read(notices.resolve("jomoco-v2.json")));
        check(mail.contains("Instantly"), "versions example: the new sub-processor is in the notice");

        check(review() > 0, "review example: findings on the incoming agreement");

        dpv(onModulePath);

        System.out.println("dpa4j README examples ran on the " + mode + "; PDF " + pdfBytes.length + " bytes");
    }

    static DataProcessingAgreement model() {
        // README: model begins
        DataProcessingAgreement dpa = DataProcessingAgreement.builder()
                .id("acme-dpa-2026")
                .processor(Party.builder().name("Acme Cloud GmbH").build())
                .breachNotification(BreachNotificationTerms.builder()
                        .notifyController(true)
                        .deadline(TimeLimit.builder()
                                .period(TimePeriod.ofHours(24))
                                .build())
                        .build())
                .build();
        String json = DpaJson.write(dpa);
        DataProcessingAgreement back = DpaJson.read(json);
        // README: model ends
        return back;
    }

    static void validation() {
        // README: validation begins
        Validator validator = Validator.builder()
                .asOf(LocalDate.of(2026, 11, 23))              // adequacy and transfer tools are judged at this date
                .addPack(new EeaOnlyPolicy())                  // your own policy as a rule pack
                .severity("ART33_2_DEADLINE", Severity.ERROR)  // stricter than the default WARNING
                .build();
        ValidationReport report = validator.validate(DpaJson.read(Path.of("examples/jomoco-avv-de.json")));
        for (Finding f : report.getFindingsAtOrAbove(Severity.ERROR)) {
            System.out.println(f.getRuleId() + " " + f.getPath() + ": " + f.message(Locale.GERMAN)
                    + " " + f.formatLegalReferences(Locale.GERMAN));
        }
        String json = report.toJson(Locale.ENGLISH);                       // what `dpa validate --format json` prints
        report.assertNoFindingsAtOrAbove(Severity.ERROR, Locale.ENGLISH);  // in your own tests: AssertionError listing all
        // README: validation ends
    }

    static void rendering(String json, OutputStream out, OutputStream pdfOut) throws IOException {
        // README: rendering begins
        DataProcessingAgreement agreement = DpaJson.read(json);
        RenderOptions options = RenderOptions.builder(Locale.GERMAN)
                .asOf(LocalDate.of(2026, 3, 1))
                .secondLanguage(Locale.ENGLISH) // bilingual, side by side in HTML
                .build();
        HtmlRenderer.create().render(agreement, options, out);
        PdfRenderer.create().render(agreement, options, pdfOut); // PDF/A-3u: add the PDF libraries (below)
        // README: rendering ends
    }

    static String versions(DataProcessingAgreement current, DataProcessingAgreement next) {
        // README: versions begins
        ChangeSet changes = AgreementDiff.asOf(LocalDate.of(2026, 3, 2)).diff(current, next);
        ChangeNotice notice = ChangeNotice.of(
                current, next, LocalDate.of(2026, 3, 2), DeadlineCalculator.of(ZoneId.of("Europe/Berlin")));
        String mail = NoticeRenderers.text().render(notice, Locale.GERMAN);
        String feed = SubprocessorList.atom(List.of(current, next), Locale.ENGLISH);
        // README: versions ends
        check(!changes.getChanges().isEmpty() && feed.contains("<feed"), "versions example: changes and feed");
        return mail;
    }

    static int review() throws IOException {
        // README: review begins
        ImportResult result = DpaImporter.standard().importFile(Path.of("examples/northwind-dpa-en.md")); // or .pdf, .docx, .html, .txt
        Review review = Review.of(result, Validator.builder().profile(Profile.TEMPLATE).asOf(LocalDate.of(2026, 12, 3)).build());
        review.getItems().forEach(i -> System.out.println(
                i.finding().message(Locale.ENGLISH) + " -> " + i.span().map(SourceSpan::quote).orElse("not found")));
        // README: review ends
        return review.getItems().size();
    }

    /**
     * Not a README example: dpa-dpv on both paths. Titanium (JSON-LD) has no module descriptor and no
     * Automatic-Module-Name, so on the module path it is the automatic module named after its jar file; this run
     * shows that a consumer's Maven build resolves it under the name dpa-dpv requires (docs/dpv.md).
     */
    static void dpv(boolean onModulePath) throws IOException {
        DataProcessingAgreement agreement = DpaJson.read(Path.of("examples/larkspur-dpa-en.json"));
        String jsonld = DpvJsonLd.write(agreement);
        DataProcessingAgreement back = DpvJsonLd.read(jsonld);
        check(back.getId().equals(agreement.getId()), "dpv: the agreement's id survives export and import");
        if (onModulePath) {
            Module titanium = JsonLd.class.getModule();
            check(
                    titanium.isNamed()
                            && titanium.getName().equals("titanium.json.ld")
                            && titanium.getDescriptor().isAutomatic(),
                    "dpv: Titanium is the automatic module titanium.json.ld, as dev.dpa4j.dpv requires it");
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("README smoke test failed: " + what);
        }
    }
}
