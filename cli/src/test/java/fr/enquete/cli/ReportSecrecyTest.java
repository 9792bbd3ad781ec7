package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.stats.QuestionResult;
import fr.enquete.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A histogram's bars are counts: under --secret a histogram with a small bar is withheld, with a note saying so. */
class ReportSecrecyTest {

    @TempDir
    Path dir;

    @Test
    void aHistogramWithASmallBarIsNotDrawnUnderSecrecy() throws Exception {
        // Which of the fixture's numeric questions have a bar of 1 to 4 centres, from the histograms the toolkit bins
        // (R's breaks, checked against hist() in HistogramTest): those must go, the others stay.
        fr.enquete.stats.SurveyResult r = fr.enquete.stats.SurveyAnalyzer.analyze(
                fr.enquete.importer.Importers.open(Fixtures.export(), fr.enquete.importer.ImportOptions.DEFAULTS),
                fr.enquete.spec.SpecReader.read(Fixtures.spec()).survey(), fr.enquete.stats.AnalysisOptions.DEFAULTS);
        java.util.List<String> small = new java.util.ArrayList<>();
        java.util.List<String> large = new java.util.ArrayList<>();
        for (QuestionResult q : r.questions()) {
            if (q instanceof QuestionResult.Numeric n && n.histogram() != null && n.summary().count() > 0) {
                (java.util.Arrays.stream(n.histogram().counts()).anyMatch(c -> c > 0 && c < 5) ? small : large).add(q.question().id());
            }
        }
        assertFalse(small.isEmpty(), "the fixture has a histogram with a small bar");
        Path open = dir.resolve("open");
        Path secret = dir.resolve("secret");
        for (Path out : new Path[] {open, secret}) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("report", Fixtures.export().toString(), "--spec",
                    Fixtures.spec().toString(), "--out", out.toString(), "--format", "md"));
            if (out == secret) {
                args.addAll(java.util.List.of("--secret", "5"));
            }
            CliRun run = CliRun.run(args.toArray(String[]::new));
            assertEquals(0, run.code(), run.err());
        }
        String md = Files.readString(secret.resolve("report.md"));
        String openMd = Files.readString(open.resolve("report.md"));
        int drawnOpen = openMd.split("-histogram\\.png", -1).length - 1;
        int drawnSecret = md.split("-histogram\\.png", -1).length - 1;
        assertEquals(small.size() + large.size(), drawnOpen, "every numeric question has its histogram without --secret");
        assertEquals(large.size(), drawnSecret, "only the histograms without a small bar under --secret 5");
        try (java.util.stream.Stream<Path> files = Files.list(secret.resolve("charts"))) {
            assertEquals(large.size(), files.filter(f -> f.getFileName().toString().endsWith("-histogram.png")).count());
        }
        assertEquals(small.size(), md.split("Histogramme non publié \\(secret statistique\\)", -1).length - 1, md);
    }
}
