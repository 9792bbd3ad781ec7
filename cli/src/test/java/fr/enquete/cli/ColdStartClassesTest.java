package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cold command loads only the libraries its work needs (each costs class loading on every start): no Apache POI
 * without a Word or Excel file to read or write, no OpenNLP nor the French lexicon without free text to analyse.
 * Checked in a new JVM's class-loading log, the only place a cold start can be seen.
 */
class ColdStartClassesTest {

    @TempDir
    Path dir;

    /** The classes a new JVM loads to run {@code enquete args}. */
    private String classesLoaded(String... args) throws Exception {
        Path log = dir.resolve("classes.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(false).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), err);
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Test
    void anHtmlReportOfACsvWithoutFreeTextLoadsNeitherPoiNorOpenNlp() throws Exception {
        SurveyBench.generate(dir.resolve("survey"), 200, 1);
        String classes = classesLoaded("report", dir.resolve("survey/export.csv").toString(), "--spec",
                dir.resolve("survey/spec.yaml").toString(), "--format", "html", "--out", dir.resolve("out").toString());
        assertTrue(classes.contains("fr.enquete.report.doc.HtmlReportWriter"), "the log is of the report run");
        assertFalse(classes.contains(" org.apache.poi."), "POI loaded without an Office file");
        assertFalse(classes.contains(" org.apache.xmlbeans."), "XMLBeans loaded without an Office file");
        assertFalse(classes.contains(" opennlp."), "OpenNLP loaded without free text");
        assertFalse(classes.contains(" morfologik."), "the French lexicon loaded without free text");
    }

    @Test
    void theFixtureSurveysHtmlReportAnalysesItsTextWithoutPoi() throws Exception {
        Path survey = Fixtures.home().resolve("fixtures/centres-sociaux");
        String classes = classesLoaded("report", survey.resolve("export.csv").toString(), "--spec", survey.resolve("spec.yaml").toString(),
                "--format", "html", "--out", dir.resolve("out").toString());
        assertTrue(classes.contains(" fr.enquete.text.FrenchTagger ") && classes.contains(" opennlp.tools.ml.perceptron.PerceptronModel "),
                "its free text is tagged (enquete's POS models are OpenNLP perceptrons)");
        assertFalse(classes.contains(" org.apache.poi."), "POI loaded for a CSV and an HTML report");
    }
}
