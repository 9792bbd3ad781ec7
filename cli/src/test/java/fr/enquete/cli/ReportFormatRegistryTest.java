package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.report.doc.ReportFormat;
import fr.enquete.report.doc.ReportFormats;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report formats are found through one registry: a new format is one class named in META-INF/services (here OutlineFormat). */
class ReportFormatRegistryTest {

    @TempDir
    Path dir;

    @Test
    void aFormatNamedInMetaInfServicesComesAfterTheBuiltInOnes() {
        List<ReportFormat> all = ReportFormats.registered();
        assertEquals(List.of("html", "docx", "xlsx", "md", "outline"), all.stream().map(ReportFormat::name).toList());
        assertInstanceOf(OutlineFormat.class, ReportFormats.named(" TOC ").orElseThrow(), "found by its alias too");
        assertEquals("md", ReportFormats.named("Markdown").orElseThrow().name());
        assertTrue(ReportFormats.named("pdf").isEmpty());
    }

    @Test
    void reportFormatNameWritesItAndOnlyIt() throws IOException {
        Path out = dir.resolve("rapport");
        CliRun r = CliRun.run("report", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--out", out.toString(),
                "--format", "outline");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(out.resolve("report.outline.txt").toString()), r.out().lines().toList());
        assertFalse(Files.exists(out.resolve("report.html")), "only what was asked for");
        // The fixture spec's first part and its first questions' labels (fixtures/centres-sociaux/spec.yaml), 35 sections
        // in all as report.md's table of contents lists them.
        List<String> outline = Files.readAllLines(out.resolve("report.outline.txt")).stream().map(l -> l.replace('\u00A0', ' ')).toList();
        assertEquals(List.of("1. Informations générales", "  Localisation (département)",
                "  Êtes-vous en QPV (quartier prioritaire de la ville) ?", "  Êtes-vous en quartier ANRU ?"), outline.subList(0, 4));
        assertEquals(35, outline.size());
    }

    @Test
    void formatAllWritesTheRegisteredFormatWithTheSameOutlineAsTheMarkdown() throws IOException {
        Path out = dir.resolve("rapport");
        CliRun r = CliRun.run("report", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--out", out.toString(),
                "--format", "all");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("report.html", "report.docx", "report.xlsx", "report.md", "report.outline.txt").stream()
                .map(f -> out.resolve(f).toString()).toList(), r.out().lines().toList());
        // The Markdown writer's table of contents, read back: the same sections at the same levels.
        Matcher toc = Pattern.compile("(?m)^( *)- \\[(.*)\\]\\(#[^)]*\\)$").matcher(Files.readString(out.resolve("report.md")));
        StringBuilder fromMarkdown = new StringBuilder();
        while (toc.find()) {
            fromMarkdown.append(toc.group(1).isEmpty() ? "" : "  ")
                    .append(toc.group(2).replaceAll("\\\\(.)", "$1").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))
                    .append('\n');
        }
        assertEquals(fromMarkdown.toString(), Files.readString(out.resolve("report.outline.txt")));
    }

    @Test
    void anUnknownFormatNamesTheRegisteredOneAmongTheAccepted() {
        CliRun bad = CliRun.run("report", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--out",
                dir.resolve("rapport").toString(), "--format", "html,pdf", "--lang", "en");
        assertEquals(Main.USAGE, bad.code());
        assertTrue(bad.err().contains("--format: unknown format 'pdf'; expected html, docx, xlsx, md, outline or all"), bad.err());
        assertFalse(Files.exists(dir.resolve("rapport")), "nothing written");
    }
}
