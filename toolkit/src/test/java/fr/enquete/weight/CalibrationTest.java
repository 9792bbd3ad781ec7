package fr.enquete.weight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.importer.DerivedSource;
import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.importer.TableHandler;
import fr.enquete.importer.TableSource;
import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Row;
import fr.enquete.spec.Spec;
import fr.enquete.spec.SpecReader;
import fr.enquete.stats.AnalysisOptions;
import fr.enquete.stats.SurveyAnalyzer;
import fr.enquete.stats.SurveyResult;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GREG calibration against R 4.2, survey 4.1.1, on the fixture's 71 centres that gave their département (hence
 * territoire), qpv and salaried staff, calibrated to 238 centres (Nord 152, Pas-de-Calais 35, Picardie 51), QPV
 * Oui 110, Non 128 and 4 400 employees. The weights of each centre (by id) are in {@code calibration/r-weights.csv},
 * written by:
 *
 * <pre>
 * d &lt;- read.csv2("fixtures/centres-sociaux/export.csv", fileEncoding = "UTF-8-BOM", colClasses = "character", na.strings = "")
 * d$territoire &lt;- factor(ifelse(d$dpt == "59", "Nord", ifelse(d$dpt == "62", "Pas-de-Calais",
 *                        ifelse(d$dpt %in% c("02", "60", "80"), "Picardie", NA))), c("Nord", "Pas-de-Calais", "Picardie"))
 * d$qpv &lt;- factor(d$qpv, c("Oui", "Non")); d$salaries &lt;- as.numeric(sub(",", ".", d$salaries))
 * dc &lt;- d[!is.na(d$territoire) &amp; !is.na(d$qpv) &amp; !is.na(d$salaries), ]          # 71 rows, 1 243 employees
 * des &lt;- svydesign(ids = ~1, weights = ~rep(238 / nrow(dc), nrow(dc)), data = dc)
 * pop &lt;- c(`(Intercept)` = 238, `territoirePas-de-Calais` = 35, territoirePicardie = 51, qpvNon = 128, salaries = 4400)
 * lin &lt;- weights(calibrate(des, ~territoire + qpv + salaries, pop))
 * lgt &lt;- weights(calibrate(des, ~territoire + qpv + salaries, pop, calfun = "logit", bounds = c(0.85, 1.2), epsilon = 1e-14, maxit = 200))
 * trn &lt;- weights(calibrate(des, ~territoire + qpv + salaries, pop, calfun = "linear", bounds = c(0.85, 1.2), epsilon = 1e-14, maxit = 200))
 * write.table(data.frame(id = dc$id, linear = sprintf("%.17g", lin), logit = sprintf("%.17g", lgt), truncated = sprintf("%.17g", trn)),
 *             "r-weights.csv", sep = ";", row.names = FALSE, quote = FALSE)
 * range(lin)  # 2.7752682784084235 4.2461012413556150
 * range(trn)  # 2.8492957746478873 4.0225352112676056 (238 / 71 x 0.85 and x 1.2: the bounds bind)
 * </pre>
 */
class CalibrationTest {

    private static final String MARGINS = """
              calibrate:
                territoire: {Nord: 152, Pas-de-Calais: 35, Picardie: 51}
                qpv: {Oui: 110, Non: 128}
                salaries: 4400
            """;

    @TempDir
    Path dir;

    private Path complete;

    /** The fixture's rows with dpt, qpv and salaries answered. */
    @BeforeEach
    void completeCases() throws IOException {
        complete = dir.resolve("complete.csv");
        assertEquals(71, Fixtures.completeCases(complete, "dpt", "qpv", "salaries"), "71 centres (R: nrow(dc))");
    }

    private Spec spec(String weights) throws IOException {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, Files.readString(Fixtures.spec(), StandardCharsets.UTF_8) + "weights:\n" + weights, StandardCharsets.UTF_8);
        return SpecReader.read(spec);
    }

    /** R's weight of each centre, by id, for one calfun. */
    private static Map<String, Double> r(String column) throws IOException {
        Map<String, Double> out = new LinkedHashMap<>();
        try (InputStream in = CalibrationTest.class.getResourceAsStream("/calibration/r-weights.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            int c = List.of(lines.get(0).split(";")).indexOf(column);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(";");
                out.put(f[0], Double.valueOf(f[c]));
            }
        }
        return out;
    }

    /** Our weight of each centre, by id. */
    private Map<String, Double> ours(Spec spec) {
        TableSource source = Importers.open(complete, ImportOptions.DEFAULTS);
        Weights w = Weights.prepare(source, spec.survey(), spec.weights(), h -> row -> true);
        Map<String, Double> out = new LinkedHashMap<>();
        DerivedSource.of(source, spec.survey().derivations()).read(new TableHandler() {
            private Weights.Bound bound;
            private int id;

            @Override
            public void header(Header h) {
                bound = w.bind(h);
                id = h.indexOf("id").getAsInt();
            }

            @Override
            public void row(Row row) {
                out.put(row.get(id), bound.of(row));
            }
        });
        return out;
    }

    private void matchesR(String weights, String column) throws IOException {
        Map<String, Double> expected = r(column);
        Map<String, Double> actual = ours(spec(weights));
        assertEquals(expected.keySet(), actual.keySet());
        for (String id : expected.keySet()) {
            assertEquals(expected.get(id), actual.get(id), 1e-9, column + " weight of centre " + id);
        }
    }

    @Test
    void linearCalibrationGivesSurveyCalibrateWeights() throws IOException {
        matchesR(MARGINS, "linear");
    }

    @Test
    void logitCalibrationWithinBoundsGivesSurveyCalibrateWeights() throws IOException {
        matchesR(MARGINS + "  distance: logit\n  bounds: [0.85, 1.2]\n", "logit");
    }

    @Test
    void truncatedCalibrationGivesSurveyCalibrateWeightsAtTheBounds() throws IOException {
        matchesR(MARGINS + "  distance: truncated\n  bounds: [0.85, 1.2]\n", "truncated");
        Map<String, Double> w = ours(spec(MARGINS + "  distance: truncated\n  bounds: [0.85, 1.2]\n"));
        double start = 238.0 / 71;
        assertEquals(start * 0.85, w.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow(), 1e-12);
        assertEquals(start * 1.2, w.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow(), 1e-12);
    }

    @Test
    void theCalibratedTablesMeetTheTotalsAndTheSpreadIsReported() throws IOException {
        Spec spec = spec(MARGINS + "  distance: logit\n  bounds: [0.85, 1.2]\n");
        SurveyResult r = SurveyAnalyzer.analyze(Importers.open(complete, ImportOptions.DEFAULTS), spec.survey(),
                AnalysisOptions.DEFAULTS.withWeights(spec.weights()));
        assertEquals(238, r.weights().total(), 1e-9);
        Map<String, Double> w = r("logit");
        double sum = 0;
        double squares = 0;
        for (double x : w.values()) {
            sum += x;
            squares += x * x;
        }
        // R: min(lgt), max(lgt), sum(lgt)^2 / sum(lgt^2), sqrt(mean((lgt - mean(lgt))^2)) / mean(lgt)
        assertEquals(w.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow(), r.weights().min(), 1e-9);
        assertEquals(w.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow(), r.weights().max(), 1e-9);
        assertEquals(sum * sum / squares, r.weights().effective(), 1e-9);
        double mean = sum / 71;
        double var = squares / 71 - mean * mean;
        assertEquals(Math.sqrt(var) / mean, r.weights().cv(), 1e-9);
        assertEquals("calibration", r.weights().method().method());
        assertEquals(List.of("territoire", "qpv", "salaries"), r.weights().method().questions());
    }

    @Test
    void badCalibrationsAreLocatedErrors() throws IOException {
        // On the whole fixture some centres did not give their salaried staff: the first of them is named.
        Spec spec = spec(MARGINS);
        InputException missing = assertThrows(InputException.class, () -> Weights.prepare(Importers.open(Fixtures.export(), ImportOptions.DEFAULTS),
                spec.survey(), spec.weights(), h -> row -> true));
        assertTrue(missing.getMessage().contains("calibration needs every respondent's answer"), missing.getMessage());
        // Bounds that cannot hold the totals.
        Spec tight = spec(MARGINS + "  distance: logit\n  bounds: [0.99, 1.01]\n");
        InputException bounds = assertThrows(InputException.class, () -> ours(tight));
        assertTrue(bounds.getMessage().contains("logit calibration did not meet the totals"), bounds.getMessage());
        InputException noBounds = assertThrows(InputException.class, () -> spec(MARGINS + "  distance: logit\n"));
        assertTrue(noBounds.getMessage().contains("logit calibration needs bounds"), noBounds.getMessage());
        InputException text = assertThrows(InputException.class, () -> ours(spec("""
                  calibrate:
                    territoire: {Nord: 152, Pas-de-Calais: 35, Picardie: 51}
                    qpv: 110
                """)));
        assertTrue(text.getMessage().contains("a calibration total needs a numeric question; \"qpv\" is single"), text.getMessage());
    }
}
