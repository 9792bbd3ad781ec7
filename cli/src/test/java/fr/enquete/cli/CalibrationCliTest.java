package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --calibrate on the command line: the same weights as the spec's {@code weights: calibrate:} (checked against R in
 * the toolkit's CalibrationTest), their spread in the outputs, and clear refusals.
 */
class CalibrationCliTest {

    @TempDir
    Path dir;

    /** The fixture's 71 centres with dpt, qpv and salaries answered, and the population files. */
    private Path complete() throws IOException {
        Path out = dir.resolve("complete.csv");
        Fixtures.completeCases(out, "dpt", "qpv", "salaries");
        Files.writeString(dir.resolve("territoire.csv"), "territoire;centres\nNord;152\nPas-de-Calais;35\nPicardie;51\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("qpv.csv"), "qpv;centres\nOui;110\nNon;128\n", StandardCharsets.UTF_8);
        return out;
    }

    @Test
    void calibrationOnTheCommandLineReportsTheWeightsAndTheirSpread() throws IOException {
        String export = complete().toString();
        CliRun r = CliRun.run("stats", export, "--spec", Fixtures.spec().toString(), "--format", "json",
                "--calibrate", "territoire=" + dir.resolve("territoire.csv"), "--calibrate", "qpv=" + dir.resolve("qpv.csv"),
                "--calibrate", "salaries=4400", "--calibration", "truncated", "--bounds", "0.85,1.2");
        assertEquals(0, r.code(), r.err());
        JsonNode w = new ObjectMapper().readTree(r.out()).get("weights");
        assertEquals("calibration", w.get("method").asText());
        assertEquals("truncated", w.get("distance").asText());
        assertEquals("[0.85,1.2]", w.get("bounds").toString());
        assertEquals(238, w.get("total").asDouble(), 0.005);
        // R: range(trn) = 2.8492957746478873 4.0225352112676056 (238 / 71 x 0.85 and x 1.2)
        assertEquals(2.85, w.get("min").asDouble(), 1e-9);
        assertEquals(4.02, w.get("max").asDouble(), 1e-9);
        assertTrue(w.get("cv").asDouble() > 0.1 && w.get("cv").asDouble() < 0.2, w.toString());
        CliRun text = CliRun.run("stats", export, "--spec", Fixtures.spec().toString(),
                "--calibrate", "territoire=" + dir.resolve("territoire.csv"), "--calibrate", "qpv=" + dir.resolve("qpv.csv"),
                "--calibrate", "salaries=4400", "--calibration", "logit", "--bounds", "0.85,1.2");
        assertTrue(text.out().contains("Résultats pondérés par calage logit sur territoire, qpv, salaries (rapports au poids de départ entre 0,85 et 1,2"),
                text.out());
        assertTrue(text.out().contains("coefficient de variation 0,"), text.out());
    }

    @Test
    void badCalibrationOptionsAreRefused() throws IOException {
        String export = complete().toString();
        String territoire = "territoire=" + dir.resolve("territoire.csv");
        CliRun logit = CliRun.run("stats", export, "--spec", Fixtures.spec().toString(), "--calibrate", territoire, "--calibration", "logit");
        assertEquals(Main.USAGE, logit.code());
        assertTrue(logit.err().contains("logit calibration needs bounds"), logit.err());
        CliRun both = CliRun.run("stats", export, "--spec", Fixtures.spec().toString(), "--calibrate", territoire, "--weight", "salaries");
        assertEquals(Main.USAGE, both.code());
        CliRun alone = CliRun.run("stats", export, "--spec", Fixtures.spec().toString(), "--bounds", "0.5,2", "--lang", "en");
        assertTrue(alone.err().contains("--calibration and --bounds go with --calibrate"), alone.err());
        CliRun whole = CliRun.run("stats", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--calibrate", territoire);
        // Told in French, as the run is: RarerErrorLanguageTest has the English.
        assertTrue(whole.code() != 0 && whole.err().contains("le calage demande la réponse de chaque répondant"), whole.err());
    }
}
