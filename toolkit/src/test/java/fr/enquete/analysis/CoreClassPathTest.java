package fr.enquete.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POI and the text analysis (OpenNLP, its models, the lemmatizer's dictionary) are optional dependencies of the
 * toolkit: a frequency analysis of a CSV export through {@link Analysis} runs on a class path without their jars,
 * built here from the toolkit's classes and the test class path's other jars, under the platform class loader (so
 * nothing leaks from the test's own class path).
 */
class CoreClassPathTest {

    /** The jars a frequency-table user does not add: POI and what it pulls, OpenNLP and its models, the dictionary. */
    private static boolean optional(String jar) {
        String name = jar.toLowerCase(Locale.ROOT);
        return name.startsWith("poi") || name.startsWith("xmlbeans") || name.startsWith("opennlp") || name.startsWith("french-pos-dict")
                || name.startsWith("morfologik") || name.startsWith("curvesapi") || name.startsWith("sparsebitset");
    }

    @Test
    void aCsvFrequencyAnalysisRunsWithoutPoiAndOpenNlp(@TempDir Path dir) throws Exception {
        List<URL> urls = new ArrayList<>();
        Path toolkitClasses = Path.of(Analysis.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        urls.add(toolkitClasses.toUri().toURL());
        int left = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (!entry.endsWith(".jar")) {
                continue; // the toolkit's classes (added above) and its test classes (left out: their services and fixtures)
            }
            if (optional(p.getFileName().toString())) {
                left++;
            } else {
                urls.add(p.toUri().toURL());
            }
        }
        assertTrue(left >= 5, "the test class path holds POI and OpenNLP, left out here: " + left);
        // The probe alone from the test classes.
        Path probe = dir.resolve("fr/enquete/analysis/CoreProbe.class");
        Files.createDirectories(probe.getParent());
        try (var in = CoreProbe.class.getResourceAsStream("CoreProbe.class")) {
            Files.copy(in, probe);
        }
        urls.add(dir.toUri().toURL());
        try (URLClassLoader core = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            assertThrows(ClassNotFoundException.class, () -> core.loadClass("org.apache.poi.ss.usermodel.WorkbookFactory"));
            assertThrows(ClassNotFoundException.class, () -> core.loadClass("opennlp.tools.postag.POSTaggerME"));
            assertThrows(ClassNotFoundException.class, () -> core.loadClass("morfologik.stemming.Dictionary"));
            @SuppressWarnings("unchecked")
            Function<String[], String> run = (Function<String[], String>) core.loadClass(CoreProbe.class.getName())
                    .getDeclaredConstructor().newInstance();
            // The fixture's README: qpv Oui 41 / Non 39 / 11 without answer, 91 respondents.
            assertEquals("Oui 41, Non 39, (no answer) 11, 91 respondents",
                    run.apply(new String[] {Fixtures.export().toString(), Fixtures.spec().toString(), "qpv"}));
        }
    }

    @Test
    void thePomMarksThemOptional() throws IOException {
        String pom = Files.readString(Fixtures.home().resolve("toolkit/pom.xml"));
        for (String artifact : List.of("poi-ooxml", "opennlp-tools", "opennlp-models-pos-fr", "opennlp-models-sentdetect-fr",
                "french-pos-dict", "morfologik-stemming")) {
            int at = pom.indexOf("<artifactId>" + artifact + "</artifactId>");
            assertTrue(at > 0, artifact);
            String rest = pom.substring(at, pom.indexOf("</dependency>", at));
            assertTrue(rest.contains("<optional>true</optional>"), artifact + " optional");
        }
    }
}
