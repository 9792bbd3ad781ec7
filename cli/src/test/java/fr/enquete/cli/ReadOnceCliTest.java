package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.enquete.testing.CountingImporter;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each command opens its export once, whatever options are set: secrecy (the single tables masked with the
 * cross-tabulations), weights (raking), names to mask (pseudonymisation, the default), intervals, cross-tabulations.
 * The export is a copy of the centres-sociaux fixture named {@code .counted}, which the test importer
 * ({@link CountingImporter}, registered in the test class path's META-INF/services) opens and counts; the commands
 * used to open it up to 3 times (crosstab under --secret, a study chapter with its own crossings).
 */
class ReadOnceCliTest {

    @TempDir
    Path dir;

    Path export;

    @BeforeEach
    void copy() throws IOException {
        export = dir.resolve("export.counted");
        Files.copy(Fixtures.export(), export);
        CountingImporter.reset(export);
    }

    private String[] every(String command, String... more) {
        String[] common = {command, export.toString(), "--spec", Fixtures.spec().toString(), "--secret", "3",
                "--rake", "territoire=" + Fixtures.centresSociaux().resolve("population.csv"), "--ci", "--population", "238"};
        String[] all = java.util.Arrays.copyOf(common, common.length + more.length);
        System.arraycopy(more, 0, all, common.length, more.length);
        return all;
    }

    private void opensOnce(String... args) {
        opens(1, args);
    }

    private void opens(int times, String... args) {
        CliRun r = CliRun.run(args);
        assertEquals(0, r.code(), r.err());
        assertEquals(times, CountingImporter.opens(export), String.join(" ", args));
    }

    @Test
    void stats() {
        opensOnce(every("stats", "--format", "json"));
    }

    @Test
    void report() {
        opensOnce(every("report", "--crosstab", "dpt,qpv", "--crosstab", "qpv,anru", "--format", "markdown",
                "--out", dir.resolve("report").toString()));
    }

    @Test
    void crosstab() {
        opensOnce(every("crosstab", "--rows", "territoire", "--cols", "qpv", "--format", "json"));
    }

    @Test
    void pairedCrosstab() {
        opensOnce(every("crosstab", "--rows", "qpv", "--cols", "anru", "--paired"));
    }

    @Test
    void studyChapterWithItsOwnQuestionsAndCrossings() throws IOException {
        Path study = dir.resolve("study.yaml");
        Files.writeString(study, """
                title: "Lecture unique"
                chapters:
                  - kind: survey
                    id: enquete
                    title: "Enquête"
                    export: export.counted
                    spec: %1$s
                    secret: 3
                    questions: [qpv, numdem]
                    crosstabs: ["qpv x numdem", "dpt x qpv"]
                  - kind: survey
                    id: ensemble
                    title: "Toutes les questions"
                    export: export.counted
                    spec: %1$s
                    secret: 3
                    crosstabs: ["territoire x qpv"]
                """.formatted(Fixtures.spec().toAbsolutePath()), StandardCharsets.UTF_8);
        // Once per survey chapter: two chapters on the same export, two openings.
        opens(2, "study", study.toString(), "--out", dir.resolve("study").toString(), "--format", "markdown");
    }
}
