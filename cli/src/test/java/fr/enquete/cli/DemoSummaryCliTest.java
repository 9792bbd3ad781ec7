package fr.enquete.cli;

import static fr.enquete.cli.HelpLanguageTest.contains;
import static fr.enquete.cli.HelpLanguageTest.output;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.enquete.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code enquete demo}'s summary on standard output, in the run's language as its report is. */
class DemoSummaryCliTest {

    @TempDir
    Path dir;

    /** The fixture's 91 respondents (its README) and 33 questions (the entries of its spec.yaml), French plurals included. */
    @Test
    void theDemoSummaryIsInTheRunsLanguage() {
        String fixtures = Fixtures.home().resolve("fixtures").toString();
        Path fr = dir.resolve("fr");
        List<String> french = output(CliRun.run("demo", "--out", fr.toString(), "--fixtures", fixtures));
        Path export = Fixtures.home().resolve("fixtures/centres-sociaux/export.csv");
        Path spec = Fixtures.home().resolve("fixtures/centres-sociaux/spec.yaml");
        assertEquals("Enquête analysée : " + export + ", avec le spec " + spec, french.get(0));
        assertEquals("  91 répondants, 33 questions, 0 diagnostic", french.get(1));
        assertEquals("Rapport : " + fr.resolve("report.html").toAbsolutePath(), french.get(2));
        contains(french, "Tableaux : " + fr.resolve("stats.json").toAbsolutePath(), "Étude : " + fr.resolve("study/study.docx").toAbsolutePath());
        Path en = dir.resolve("en");
        List<String> english = output(CliRun.run("demo", "--out", en.toString(), "--fixtures", fixtures, "--lang", "en"));
        assertEquals("Analysed " + export + " with " + spec, english.get(0));
        assertEquals("  91 respondents, 33 questions, 0 diagnostics", english.get(1));
        assertEquals("Report: " + en.resolve("report.html").toAbsolutePath(), english.get(2));
        contains(english, "Tables: " + en.resolve("stats.json").toAbsolutePath(), "Study: " + en.resolve("study/study.docx").toAbsolutePath());
        assertEquals(french.size(), english.size());
    }
}
