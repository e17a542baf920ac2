/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.diff.AgreementDiff;
import dev.dpa4j.model.diff.DeadlineCalculator;
import dev.dpa4j.render.notice.ChangeNotice;
import dev.dpa4j.render.notice.NoticeFormat;
import dev.dpa4j.render.notice.NoticeRenderers;
import dev.dpa4j.validate.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code dpa diff}: what changed between two versions of an agreement, as a change notice. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Compare two versions of an agreement and write the change notice.",
            "",
            "Lists every change with its class (notice required, authorisation required, lowers protection,"
                    + " editorial); with --notice-date also the objection deadline and the earliest effective date."
                    + " Exit code 0: no change needs the controller's attention; 1: some do; 2: unreadable input.",
            ""
        })
final class DiffCommand extends BaseCommand {

    /** The output formats of diff. */
    enum Format {
        text,
        json,
        md,
        html
    }

    @Option(
            names = "--notice-date",
            paramLabel = "YYYY-MM-DD",
            converter = DateConverter.class,
            description = "The day the notice reaches the controller; computes the deadlines.")
    @Nullable
    LocalDate noticeDate;

    @Option(
            names = "--zone",
            defaultValue = "UTC",
            paramLabel = "ZONE",
            description = "Time zone of the deadlines, e.g. Europe/Berlin (default: ${DEFAULT-VALUE}).")
    String zone = "UTC";

    @Mixin
    SharedOptions.Language langOption = new SharedOptions.Language();

    @Option(
            names = "--format",
            defaultValue = "text",
            paramLabel = "text|json|md|html",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Mixin
    SharedOptions.Output outputOption = new SharedOptions.Output();

    @Parameters(index = "0", paramLabel = "OLD", description = "The version in force (- is standard input).")
    Path oldFile = Path.of("");

    @Parameters(index = "1", paramLabel = "NEW", description = "The intended version (- is standard input).")
    Path newFile = Path.of("");

    @Override
    int run() {
        Messages early = Messages.of(langOption.or(Lang.en));
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new CliException("dpa diff: " + early.get("diff.zone", zone), e);
        }
        DataProcessingAgreement inForce = Inputs.load(oldFile, early, env).agreement();
        DataProcessingAgreement intended = Inputs.load(newFile, early, env).agreement();
        Lang language = langOption.or(Documents.defaultLang(intended));
        Messages messages = Messages.of(language);
        ChangeNotice notice = noticeDate != null
                ? ChangeNotice.of(inForce, intended, noticeDate, DeadlineCalculator.of(zoneId))
                : ChangeNotice.of(
                        inForce, intended, AgreementDiff.asOf(env.today()).diff(inForce, intended));
        byte[] document;
        if (format == Format.json) {
            String json = withFindings(notice.toJson(), language, inForce, notice);
            document = (json.endsWith("\n") ? json : json + "\n").getBytes(StandardCharsets.UTF_8);
        } else {
            NoticeFormat noticeFormat = switch (format) {
                case md -> NoticeFormat.MARKDOWN;
                case html -> NoticeFormat.HTML;
                default -> NoticeFormat.TEXT;
            };
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                NoticeRenderers.forFormat(noticeFormat).render(notice, language.locale(), bytes);
            } catch (IOException e) {
                throw new CliException("dpa diff: " + e.getMessage(), e);
            }
            document = bytes.toByteArray();
        }
        Documents.emit(env, outputOption.path(), document, messages);
        return notice.getChanges().needsControllerAttention() ? Cli.FINDINGS : Cli.OK;
    }

    /**
     * Adds the findings of the library's change pack (whether the changes can be made under the terms in force) to
     * the notice's JSON as {@code findings}, in the shape of {@code dpa validate --format json}; left out when there
     * are none. The properties stay in alphabetical order.
     */
    private String withFindings(String json, Lang language, DataProcessingAgreement inForce, ChangeNotice notice) {
        List<Finding> findings =
                Checker.create(language, null, env.today(), Severity.ERROR).checkChange(inForce, notice.getChanges());
        if (findings.isEmpty()) {
            return json;
        }
        ObjectNode parsed = (ObjectNode) JsonOut.mapper().readTree(json);
        ObjectNode root = JsonOut.object();
        ArrayNode list = JsonOut.array();
        ValidationJson.putFindings(list, findings);
        Map<String, JsonNode> properties = new TreeMap<>();
        parsed.properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
        properties.put("findings", list);
        properties.forEach(root::set);
        return JsonOut.write(root);
    }
}
