package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppVersionTest {

    @Test
    void fromClassesTheVersionSaysItIsUnknownRatherThanAStaleNumber() {
        // Surefire runs target/classes: no manifest, so no Implementation-Version.
        assertEquals("enquete development build, not from a jar", CliRun.run("--version").out().strip());
    }

    @Test
    void fromAJarTheVersionIsTheManifestsImplementationVersion(@TempDir Path dir) throws Exception {
        // A jar holding AppVersion alone, with the manifest entry maven-jar-plugin writes from the POM.
        Path jar = dir.resolve("enquete-cli.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, "9.8.7");
        String entry = AppVersion.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream bytes = AppVersion.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            bytes.transferTo(out);
            out.closeEntry();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Class<?> loaded = loader.loadClass(AppVersion.class.getName());
            assertEquals("enquete 9.8.7", loaded.getMethod("line").invoke(null));
        }
    }
}
