package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a pipeline running enquete unattended met (a probe): outputs replacing inputs with exit 0, standard output
 * losing its accents without a UTF-8 locale, a YAML file with a control character reported as an unexpected error.
 */
class PipelineSafetyCliTest {

    @TempDir
    Path dir;

    @Test
    void noOutputReplacesAnInput() throws Exception {
        Path text = Files.copy(Fixtures.home().resolve("fixtures/text/seed003-contact.txt"), dir.resolve("x.txt"));
        byte[] before = Files.readAllBytes(text);
        CliRun annotate = CliRun.run("annotate", text.toString(), "--out", text.toString(), "--lang", "en");
        assertEquals(Main.USAGE, annotate.code(), annotate.err());
        assertTrue(annotate.err().contains("is an input file"), annotate.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(text)), "the transcript was replaced");
        Path contours = Files.copy(Fixtures.home().resolve("fixtures/contours/mel-communes-politique-de-la-ville.geojson"), dir.resolve("c.geojson"));
        byte[] shapes = Files.readAllBytes(contours);
        CliRun map = CliRun.run("indicators", Fixtures.home().resolve("fixtures/indicateurs/mel-npru.csv").toString(), "--map", contours.toString(),
                "--map-key", "nom", "--format", "md", "--out", contours.toString());
        assertEquals(Main.USAGE, map.code(), map.err());
        assertTrue(java.util.Arrays.equals(shapes, Files.readAllBytes(contours)), "the contours were replaced");
    }

    @Test
    void aControlCharacterInAYamlFileIsAnInputError() throws Exception {
        Path a = Fixtures.absAgents();
        Path codebook = dir.resolve("cb.yaml");
        Files.writeString(codebook, Files.readString(a.resolve("codebook.yaml")).replaceFirst("Logement", "Loge\u000Bment"));
        CliRun r = CliRun.run("swot", a.resolve("entretiens").toString(), "--codebook", codebook.toString(), "--format", "json",
                "--lang", "en");
        assertEquals(Main.INPUT, r.code(), r.err());
        assertTrue(r.err().contains("cb.yaml") && r.err().contains("an invisible character U+000B that YAML refuses"), r.err());
    }

    /** In a JVM whose locale is C (cron, `env -i`), standard output read "Sans r?ponse"; it is UTF-8 whatever the locale. */
    @Test
    void standardOutputIsUtf8WhateverTheLocale() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Dfile.encoding=US-ASCII", "-Dsun.stdout.encoding=US-ASCII", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "stats", Fixtures.export().toString(), "--spec",
                Fixtures.spec().toString(), "--format", "json"));
        pb.environment().remove("LANG");
        pb.environment().put("LC_ALL", "C");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        assertTrue(out.contains("\"Sans réponse\"") && out.contains("Enquête"), out.substring(0, Math.min(400, out.length())));
    }

    /** inspect and check wrote to a full disk and said 0 and 4: what they found was lost. */
    @Test
    void aStandardOutputThatCannotBeWrittenFailsTheRun() throws Exception {
        java.io.File full = new java.io.File("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(full.exists(), "no /dev/full here");
        for (List<String> args : List.of(List.of("inspect", Fixtures.export().toString()),
                List.of("check", Fixtures.export().toString(), "--spec", Fixtures.spec().toString()))) {
            ProcessBuilder pb = new ProcessBuilder(javaCommand(args)).redirectOutput(full);
            Process p = pb.start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(Main.UNEXPECTED, p.waitFor(), args.get(0) + ": " + err);
            // inspect and check are run without --lang: French, as every error by default.
            assertTrue(err.contains("enquete: erreur\u00A0: impossible d’écrire sur la sortie standard"), err);
        }
    }

    /**
     * `enquete inspect FILE | head -1` said "cannot write to standard output" and exit 1 once head had its line, which
     * failed the pipeline under `set -o pipefail`: a reader that stops reading ends the run quietly, with the code the
     * run had without it (check still says 4 for what it found).
     */
    @Test
    void aReaderThatStopsReadingEndsTheRunQuietly() throws Exception {
        for (List<String> args : List.of(List.of("inspect", Fixtures.export().toString()),
                List.of("stats", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--format", "csv"),
                List.of("check", Fixtures.export().toString(), "--spec", Fixtures.spec().toString()))) {
            Process whole = new ProcessBuilder(javaCommand(args)).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String wholeErr = new String(whole.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            int wholeCode = whole.waitFor();
            assertTrue(wholeCode == Main.OK || wholeCode == Main.FOUND, args.get(0) + ": " + wholeErr);
            Process p = new ProcessBuilder(javaCommand(args)).start();
            // Closed before the JVM has started: its first write meets a pipe with no reader (EPIPE), as after `head -1`.
            p.getInputStream().close();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(wholeCode, p.waitFor(), args.get(0) + ": " + err);
            assertEquals(wholeErr, err, args.get(0) + ": nothing said but what the run says when all is read");
        }
    }

    private static List<String> javaCommand(List<String> args) {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        return command;
    }

    /** `--out "$OUTDIR"` with OUTDIR unset wrote report.html into the working directory, exit 0. */
    @Test
    void anEmptyPathIsAUsageError() {
        CliRun report = CliRun.run("report", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--format", "html", "--out", "", "--lang", "en");
        assertEquals(Main.USAGE, report.code(), report.err());
        assertTrue(report.err().contains("an empty path"), report.err());
        assertEquals("", report.out());
        CliRun stats = CliRun.run("stats", "", "--format", "json");
        assertEquals(Main.USAGE, stats.code(), stats.err());
    }

    /** `indicators --check --format json --out chk.json` printed French text on standard output and wrote no file (exit 4). */
    @Test
    void indicatorsCheckSaysWhatItDoesNotWrite() {
        Path chk = dir.resolve("chk.json");
        CliRun r = CliRun.run("indicators", Fixtures.home().resolve("fixtures/indicateurs/bethune-reperes.csv").toString(), "--check",
                "--format", "json", "--out", chk.toString(), "--lang", "en");
        assertEquals(Main.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("\"checks\"") && r.out().isEmpty() && !Files.exists(chk), r.err());
        CliRun text = CliRun.run("indicators", Fixtures.home().resolve("fixtures/indicateurs/bethune-reperes.csv").toString(), "--check");
        assertEquals(Main.FOUND, text.code(), text.err());
    }

    /** annotate on a folder said "Is a directory" with exit 1; import-qda onto its own project gave 3 where others give 2. */
    @Test
    void aFolderToAnnotateAndAProjectAsItsOwnOutputAreSaidAsElsewhere() throws Exception {
        CliRun folder = CliRun.run("annotate", dir.toString());
        assertEquals(Main.INPUT, folder.code(), folder.err());
        assertTrue(folder.err().contains("ce n’est pas un fichier ordinaire (c’est un dossier)"), folder.err());
        Path a = Fixtures.absAgents();
        Path qdpx = dir.resolve("p.qdpx");
        assertEquals(0, CliRun.run("code", a.resolve("entretiens").toString(), "--codebook", a.resolve("codebook.yaml").toString(),
                "--format", "qdpx", "--out", qdpx.toString()).code());
        byte[] project = Files.readAllBytes(qdpx);
        CliRun onto = CliRun.run("import-qda", qdpx.toString(), "--out", qdpx.toString());
        assertEquals(Main.USAGE, onto.code(), onto.err());
        assertTrue(java.util.Arrays.equals(project, Files.readAllBytes(qdpx)));
    }

    /** The portrait's JSON gave its source and notes' paths as typed: the same file read by two paths gave two outputs. */
    @Test
    void theIndicatorsJsonIsTheSameWhateverThePathTyped() throws Exception {
        Path file = Fixtures.home().resolve("fixtures/indicateurs/bethune-reperes.csv");
        Path relative = Path.of("").toAbsolutePath().relativize(file.toAbsolutePath());
        String absolute = CliRun.run("indicators", file.toAbsolutePath().toString(), "--format", "json").out();
        String typed = CliRun.run("indicators", relative.toString(), "--format", "json").out();
        assertTrue(absolute.contains("\"source\" : \"bethune-reperes.csv\""), absolute.substring(0, 200));
        assertEquals(absolute, typed);
    }

    /**
     * A run that fails on its last output writes none of the others: terms wrote its --cloud, classes its --segments,
     * before --out (here a folder of that name) failed with exit 1.
     */
    @Test
    void aRunThatCannotWriteItsLastOutputWritesNone() throws Exception {
        Path blocked = Files.createDirectories(dir.resolve("t.json"));
        Path cloud = dir.resolve("c.svg");
        CliRun terms = CliRun.run("terms", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--question", "vieiprecis",
                "--cloud", cloud.toString(), "--out", blocked.toString(), "--format", "json", "--lang", "en");
        assertEquals(Main.UNEXPECTED, terms.code(), terms.err());
        assertTrue(terms.err().contains("a folder has that name"), terms.err());
        assertTrue(!Files.exists(cloud), "the cloud was written");
        Path segments = dir.resolve("s.csv");
        CliRun classes = CliRun.run("classes", Fixtures.home().resolve("fixtures/text/plan-solidarites-lomme.txt").toString(), "--segments",
                segments.toString(), "--out", blocked.toString());
        assertEquals(Main.UNEXPECTED, classes.code(), classes.err());
        assertTrue(!Files.exists(segments), "the segments were written");
    }
}
