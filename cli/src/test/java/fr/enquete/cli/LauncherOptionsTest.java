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
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("cli/target"));
        Files.copy(Fixtures.home().resolve("enquete"), home.resolve("enquete"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(home.resolve("cli/target/enquete.jar"), "placeholder");
        Path bin = dir.resolve("bin");
        Files.createDirectories(bin);
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = new java.util.ArrayList<>(List.of("bash", home.resolve("enquete").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("ENQUETE_JAVA_OPTS");
        pb.environment().putAll(env);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    @Test
    void aDefaultRunHasABoundedHeapTheSerialCollectorAndTheClientCompiler() throws Exception {
        Path small = Files.writeString(dir.resolve("small.csv"), "a\n1\n");
        String line = launch(Map.of(), "stats", small.toString());
        assertTrue(line.contains("-Xmx1g"), line);
        assertTrue(line.contains("-XX:+UseSerialGC"), line);
        assertTrue(line.contains("-XX:TieredStopAtLevel=1"), line);
        assertTrue(line.contains("-jar " + dir.resolve("home/cli/target/enquete.jar") + " stats " + small), line);
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
        assertTrue(line.contains("-Xmx1g"), line);
        String bench = launch(Map.of(), "bench", "--survey", "1000");
        assertFalse(bench.contains("TieredStopAtLevel"), bench);
    }
}
