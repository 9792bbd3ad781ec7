package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options the {@code enquete} launcher chooses: a bounded heap with the serial collector by default, the client
 * compiler for small inputs, the full compiler for large ones and benchmarks, and ENQUETE_JAVA_OPTS winning over each
 * default. The launcher is copied beside a placeholder jar and runs a stand-in {@code java} that prints its arguments.
 */
class LauncherOptionsTest {

    @TempDir
    Path dir;

    private String launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return launch("#!/bin/sh\necho \"$@\"\n", env, args);
    }

    /** Runs the launcher copy with {@code javaScript} as its {@code java}; the jar (and archive) stay between calls. */
    private String launch(String javaScript, Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("cli/target"));
        Files.copy(Fixtures.home().resolve("enquete"), home.resolve("enquete"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        if (!Files.exists(jar())) {
            Files.writeString(jar(), "placeholder");
        }
        Path bin = dir.resolve("bin");
        Files.createDirectories(bin);
        Path java = bin.resolve("java");
        Files.writeString(java, javaScript);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = new java.util.ArrayList<>(List.of("bash", home.resolve("enquete").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("ENQUETE_JAVA_OPTS");
        pb.environment().remove("ENQUETE_BUSY");
        pb.environment().putAll(env);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    private Path jar() {
        return dir.resolve("home/cli/target/enquete.jar");
    }

    private Path archive() {
        return dir.resolve("home/cli/target/enquete.jsa");
    }

    /** The fixture survey the launcher trains its class-data archive on, copied into the launcher's home. */
    private void withFixture() throws IOException {
        Path to = dir.resolve("home/fixtures/centres-sociaux");
        Files.createDirectories(to);
        for (String f : List.of("export.csv", "spec.yaml")) {
            Files.copy(Fixtures.home().resolve("fixtures/centres-sociaux").resolve(f), to.resolve(f));
        }
    }

    /**
     * A stand-in java that logs each call to {@code calls.txt}, writes the archive a training run asks for, fails a
     * run that must use an archive when {@code failCheck}, and otherwise prints its arguments.
     */
    private String recordingJava(boolean failCheck) {
        Path log = dir.resolve("calls.txt");
        return "#!/bin/bash\n"
                + "echo \"$*\" >> '" + log + "'\n"
                + "for a in \"$@\"; do case \"$a\" in -XX:ArchiveClassesAtExit=*) echo archive > \"${a#*=}\";; "
                + (failCheck ? "-Xshare:on) exit 1;; " : "") + "esac; done\n"
                + "echo \"$@\"\n";
    }

    private List<String> calls() throws IOException {
        Path log = dir.resolve("calls.txt");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    @Test
    void aCurrentArchiveIsUsedWithItsMessagesSilencedAStaleOneIsNot() throws Exception {
        Files.createDirectories(jar().getParent());
        Files.writeString(jar(), "placeholder");
        Files.writeString(archive(), "archive");
        Files.setLastModifiedTime(jar(), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        String line = launch(Map.of(), "--version");
        assertTrue(line.contains("-XX:SharedArchiveFile=" + archive() + " -Xlog:cds*=off -Xlog:class+path=off"), line);
        // A jar rebuilt after the archive: the archive is stale, the run goes without it (no fixture here to train on).
        Files.setLastModifiedTime(jar(), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        String stale = launch(Map.of(), "--version");
        assertFalse(stale.contains("SharedArchiveFile"), stale);
        assertTrue(stale.contains("-jar " + jar() + " --version"), stale);
    }

    @Test
    void enqueteCdsOffOrAnArchiveOptionOfTheUserLeavesTheArchiveOut() throws Exception {
        Files.createDirectories(jar().getParent());
        Files.writeString(jar(), "placeholder");
        Files.writeString(archive(), "archive");
        Files.setLastModifiedTime(jar(), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        String off = launch(Map.of("ENQUETE_CDS", "0"), "--version");
        assertFalse(off.contains("SharedArchiveFile"), off);
        String own = launch(Map.of("ENQUETE_JAVA_OPTS", "-Xshare:off"), "--version");
        assertFalse(own.contains("SharedArchiveFile"), own);
        assertTrue(own.contains("-Xshare:off"), own);
    }

    @Test
    void theArchiveIsTrainedOnTheFixtureReportOnceCheckedThenUsed() throws Exception {
        withFixture();
        String line = launch(recordingJava(false), Map.of(), "--version");
        List<String> calls = calls();
        assertEquals(3, calls.size(), String.join("\n", calls));
        assertTrue(calls.get(0).contains("-XX:ArchiveClassesAtExit=") && calls.get(0).contains(" report ")
                && calls.get(0).contains("fixtures/centres-sociaux/export.csv") && calls.get(0).contains("--format all"), calls.get(0));
        assertTrue(calls.get(1).contains("-Xshare:on") && calls.get(1).contains("--version"), calls.get(1));
        assertTrue(Files.isRegularFile(archive()));
        assertTrue(line.contains("-XX:SharedArchiveFile=" + archive()), line);
        // The launcher's own line in French by default, as the command's (Main.locale's rule).
        assertTrue(line.contains("enquete: préparation de démarrages plus rapides pour cette construction (une archive de partage"
                + " de classes, une fois, quelques secondes)..."), line);
        // Trained once: the next run uses the archive without training again.
        String next = launch(recordingJava(false), Map.of(), "--version");
        assertEquals(4, calls().size());
        assertTrue(next.contains("-XX:SharedArchiveFile=" + archive()), next);
        assertFalse(next.contains("preparing"), next);
        try (var files = Files.list(dir.resolve("home/cli/target"))) {
            assertEquals(List.of("enquete.jar", "enquete.jsa"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void theLaunchersOwnLinesAreInEnglishWhenTheRunIs() throws Exception {
        withFixture();
        // --lang=EN in any case, as the command reads it; the line was English whatever the run's language.
        String line = launch(recordingJava(false), Map.of(), "--version", "--lang=EN");
        assertTrue(line.contains("enquete: preparing faster starts for this build (a class-data sharing archive, once, a few"
                + " seconds)..."), line);
        assertFalse(line.contains("préparation"), line);
    }

    @Test
    void anArchiveThatFailsItsCheckIsDroppedTheRunGoesOnAndTrainingIsNotRetriedUntilTheNextBuild() throws Exception {
        withFixture();
        String line = launch(recordingJava(true), Map.of(), "stats", "x.csv");
        assertFalse(Files.exists(archive()));
        assertFalse(line.contains("SharedArchiveFile"), line);
        assertTrue(line.contains("-jar " + jar() + " stats x.csv"), line);
        assertEquals(3, calls().size());
        launch(recordingJava(true), Map.of(), "--version");
        assertEquals(4, calls().size(), "a failed training is not retried for the same jar");
        try (var files = Files.list(dir.resolve("home/cli/target"))) {
            assertEquals(List.of("enquete.jar", "enquete.jsa.failed"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    /**
     * Under cron or `env -i` (no LANG, the C locale) a file name with accents was an invalid path (exit 2), Java 17 reading
     * names in the locale's charset: the launcher gives the JVM a UTF-8 locale when the one it has is not.
     */
    @Test
    void aLocaleThatIsNotUtf8IsMadeUtf8() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("sh", "-c", "locale -a | grep -qiE '^c\\.utf-?8$'").start().waitFor() == 0,
                "no C.UTF-8 locale on this machine");
        String c = launch("#!/bin/sh\necho \"LC_ALL=$LC_ALL\"\n", Map.of("LC_ALL", "C", "LANG", ""), "--version");
        assertTrue(c.contains("LC_ALL=C.UTF-8"), c);
        String utf8 = launch("#!/bin/sh\necho \"LC_ALL=$LC_ALL\"\n", Map.of("LC_ALL", "C.UTF-8"), "--version");
        assertTrue(utf8.contains("LC_ALL=C.UTF-8"), utf8);
    }

    @Test
    void aDefaultRunHasABoundedHeapTheSerialCollectorAndTheClientCompiler() throws Exception {
        Path small = Files.writeString(dir.resolve("small.csv"), "a\n1\n");
        String line = launch(Map.of(), "stats", small.toString());
        assertTrue(line.contains("-Xmx1g"), line);
        assertTrue(line.contains("-XX:+UseSerialGC"), line);
        assertTrue(line.contains("-XX:TieredStopAtLevel=1"), line);
        assertTrue(line.contains("-Xms128m -Xmn64m"), line);
        assertTrue(line.contains("-jar " + dir.resolve("home/cli/target/enquete.jar") + " stats " + small), line);
    }

    @Test
    void aHeapSizedInEnqueteJavaOptsGetsNoSmallFirstHeap() throws Exception {
        Path small = Files.writeString(dir.resolve("small.csv"), "a\n1\n");
        // -Xms128m above this -Xmx would stop the JVM
        String capped = launch(Map.of("ENQUETE_JAVA_OPTS", "-Xmx64m"), "stats", small.toString());
        assertFalse(capped.contains("-Xms") || capped.contains("-Xmn"), capped);
        String own = launch(Map.of("ENQUETE_JAVA_OPTS", "-Xms300m"), "stats", small.toString());
        assertFalse(own.contains("-Xms128m") || own.contains("-Xmn64m"), own);
        assertTrue(own.contains("-Xms300m"), own);
    }

    @Test
    void enqueteJavaOptsWinsOverEachDefault() throws Exception {
        String line = launch(Map.of("ENQUETE_JAVA_OPTS", "-Xmx4g -XX:+UseParallelGC -XX:-TieredCompilation"), "--version");
        assertFalse(line.contains("-Xmx1g"), line);
        assertFalse(line.contains("UseSerialGC"), line);
        assertFalse(line.contains("TieredStopAtLevel"), line);
        assertTrue(line.contains("-Xmx4g -XX:+UseParallelGC -XX:-TieredCompilation"), line);
    }

    @Test
    void aLargeInputOrABenchmarkGetsTheFullCompiler() throws Exception {
        Path large = dir.resolve("large.csv");
        try (RandomAccessFile f = new RandomAccessFile(large.toFile(), "rw")) {
            f.setLength(17L * 1024 * 1024);
        }
        String line = launch(Map.of(), "stats", large.toString(), "--format", "json");
        assertFalse(line.contains("TieredStopAtLevel"), line);
        assertFalse(line.contains("-Xms") || line.contains("-Xmn"), line);
        assertTrue(line.contains("-Xmx1g"), line);
        String bench = launch(Map.of(), "bench", "--survey", "1000");
        assertFalse(bench.contains("TieredStopAtLevel"), bench);
    }

    /**
     * Busy means other processes runnable now, one per core, not a load average: that one decays over minutes and read
     * this command's own previous runs, on a quiet machine, as a busy one (and missed work that had just started).
     * The fourth field of /proc/loadavg is "runnable/all", the launcher's own shell among the runnable.
     */
    @Test
    void aBusyMachineIsOneWithProcessesRunnableNowNotAHighLoadAverage() throws Exception {
        Path large = dir.resolve("large.csv");
        try (RandomAccessFile f = new RandomAccessFile(large.toFile(), "rw")) {
            f.setLength(17L * 1024 * 1024);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        Path lately = Files.writeString(dir.resolve("lately"), (cores + 1.5) + " " + (cores + 1) + ".00 0.80 1/300 4242\n");
        String quiet = launch(Map.of("ENQUETE_LOADAVG", lately.toString()), "stats", large.toString());
        assertFalse(quiet.contains("BackgroundCompilation"), "the load average of runs that ended is no work now: " + quiet);
        Path now = Files.writeString(dir.resolve("now"), "0.10 0.05 0.01 " + (cores + 1) + "/300 4242\n");
        String busy = launch(Map.of("ENQUETE_LOADAVG", now.toString()), "stats", large.toString());
        assertTrue(busy.contains("-XX:-BackgroundCompilation"), "one process per core besides the launcher: " + busy);
        Path justUnder = Files.writeString(dir.resolve("under"), "0.10 0.05 0.01 " + cores + "/300 4242\n");
        assertFalse(launch(Map.of("ENQUETE_LOADAVG", justUnder.toString()), "stats", large.toString()).contains("BackgroundCompilation"));
    }

    @Test
    void aLargeInputOnABusyMachineWaitsForItsCompilationsUnlessEnqueteJavaOptsSaysOtherwise() throws Exception {
        Path large = dir.resolve("large.csv");
        try (RandomAccessFile f = new RandomAccessFile(large.toFile(), "rw")) {
            f.setLength(17L * 1024 * 1024);
        }
        String busy = launch(Map.of("ENQUETE_BUSY", "1"), "stats", large.toString(), "--format", "json");
        assertTrue(busy.contains("-XX:-BackgroundCompilation"), busy);
        String quiet = launch(Map.of("ENQUETE_BUSY", "0"), "stats", large.toString(), "--format", "json");
        assertFalse(quiet.contains("BackgroundCompilation"), quiet);
        // Without ENQUETE_BUSY the machine's processes decide; either way the run starts.
        String measured = launch(Map.of(), "stats", large.toString());
        assertTrue(measured.contains("-jar " + jar() + " stats " + large), measured);
        // A small input ends before the compiler matters, and a benchmark measures after warming up: never.
        Path small = Files.writeString(dir.resolve("small.csv"), "a\n1\n");
        String quick = launch(Map.of("ENQUETE_BUSY", "1"), "stats", small.toString());
        assertFalse(quick.contains("BackgroundCompilation"), quick);
        String bench = launch(Map.of("ENQUETE_BUSY", "1"), "bench", "--survey", "1000");
        assertFalse(bench.contains("BackgroundCompilation"), bench);
        String own = launch(Map.of("ENQUETE_BUSY", "1", "ENQUETE_JAVA_OPTS", "-XX:+BackgroundCompilation"), "stats", large.toString());
        assertFalse(own.contains("-XX:-BackgroundCompilation"), own);
        assertTrue(own.contains("-XX:+BackgroundCompilation"), own);
        String client = launch(Map.of("ENQUETE_BUSY", "1", "ENQUETE_JAVA_OPTS", "-XX:TieredStopAtLevel=1"), "stats", large.toString());
        assertFalse(client.contains("BackgroundCompilation"), client);
    }
}
