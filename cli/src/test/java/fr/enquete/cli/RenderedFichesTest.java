package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.enquete.qual.ActionPlan;
import fr.enquete.qual.ActionPlanReader;
import fr.enquete.qual.PlanField;
import fr.enquete.testing.Fixtures;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Béthune-Bruay's five re-keyed sheets in Word, rendered to PDF by LibreOffice and read back with poppler: each fiche
 * begins a page with its band, after the one before, and every item of every rubric is on some page (nothing cut).
 * Skipped, saying so, when LibreOffice or poppler is missing.
 */
class RenderedFichesTest {

    @TempDir
    Path dir;

    @Test
    void oneFichePerPageNothingCut() throws IOException, InterruptedException {
        assumeTrue(executable("soffice") && executable("pdftotext") && executable("pdfinfo"),
                "LibreOffice or poppler-utils missing: the fiches were not rendered (apt-get install libreoffice-writer-nogui poppler-utils)");
        Path plan = Fixtures.plans().resolve("bethune-fiches.yaml");
        Path docx = dir.resolve("fiches.docx");
        CliRun r = CliRun.run("plan", plan.toString(), "--format", "docx", "--out", docx.toString());
        assertEquals(0, r.code(), r.err());
        Path profile = Files.createDirectories(dir.resolve("profile"));
        run(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf", "--outdir", dir.toString(),
                docx.toString()));
        Path pdf = dir.resolve("fiches.pdf");
        int pages = Integer.parseInt(run(List.of("pdfinfo", pdf.toString())).lines().filter(l -> l.startsWith("Pages:")).findFirst()
                .orElseThrow().replaceAll("\\D", ""));
        List<String> text = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            text.add(run(List.of("pdftotext", "-f", String.valueOf(p), "-l", String.valueOf(p), "-enc", "UTF-8", pdf.toString(), "-")));
        }
        ActionPlan sheets = ActionPlanReader.read(plan);
        int previous = 0;
        for (ActionPlan.Action a : sheets.actions()) {
            // The band ("Fiche 1.1.k", then the title) comes right after the axis and objective lines at the top of a page.
            int page = -1;
            for (int p = 0; p < pages; p++) {
                List<String> lines = text.get(p).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
                if (lines.size() > 3 && lines.subList(0, Math.min(6, lines.size())).contains("Fiche " + a.number())) {
                    page = p;
                }
            }
            assertTrue(page > previous, "fiche " + a.number() + " begins a page after the one before: " + page);
            previous = page;
        }
        String all = flat(String.join(" ", text));
        for (ActionPlan.Action a : sheets.actions()) {
            for (PlanField f : PlanField.values()) {
                for (String item : a.get(f)) {
                    assertTrue(all.contains(flat(item)), a.number() + " " + f + ": \"" + item + "\" not in the PDF");
                }
            }
        }
    }

    /** Letters and digits only: line breaks, hyphenation and spacing of the layout do not count. */
    private static String flat(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static boolean executable(String name) {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, name))) {
                return true;
            }
        }
        return false;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "timed out: " + command);
        assertEquals(0, p.exitValue(), command + ": " + out);
        return out;
    }
}
