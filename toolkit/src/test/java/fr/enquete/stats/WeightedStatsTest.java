package fr.enquete.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.importer.TableHandler;
import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Row;
import fr.enquete.model.Survey;
import fr.enquete.spec.SpecReader;
import fr.enquete.testing.Fixtures;
import fr.enquete.weight.PopulationFile;
import fr.enquete.weight.Raking;
import fr.enquete.weight.WeightSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Weights, checked against R. The reference data are the fixture's 76 centres that gave both their département
 * (hence territoire: Nord 59, Pas-de-Calais 62, Picardie 02/60/80) and qpv, raked to Nord 152, Pas-de-Calais 35,
 * Picardie 51 and QPV Oui 110, Non 128 (R 4, survey 4, Hmisc 5):
 *
 * <pre>
 * d <- read.csv2("export.csv", fileEncoding = "UTF-8-BOM", colClasses = "character", na.strings = "")
 * d$territoire <- ifelse(d$dpt == "59", "Nord", ifelse(d$dpt == "62", "Pas-de-Calais",
 *                        ifelse(d$dpt %in% c("02", "60", "80"), "Picardie", NA)))
 * dc <- d[!is.na(d$territoire) &amp; !is.na(d$qpv), ]
 * r <- rake(svydesign(ids = ~1, weights = ~rep(1, nrow(dc)), data = dc), list(~territoire, ~qpv),
 *           list(data.frame(territoire = c("Nord", "Pas-de-Calais", "Picardie"), Freq = c(152, 35, 51)),
 *                data.frame(qpv = c("Oui", "Non"), Freq = c(110, 128))), control = list(maxit = 1000, epsilon = 1e-12))
 * dc$w <- weights(r)
 * </pre>
 */
class WeightedStatsTest {

    /** R: unique(dc[, c("territoire", "qpv", "w")]), in the order Nord Oui, Nord Non, PdC Oui, PdC Non, Picardie Oui, Picardie Non. */
    static final double[] R_WEIGHTS = {2.69695662250489, 3.44270309532034, 2.61534211927666, 3.33852103301267, 3.14579605957187,
        4.01565295532110};

    private static final String MARGINS = """
              rake:
                territoire: {Nord: 152, Pas-de-Calais: 35, Picardie: 51}
                qpv: {Oui: 110, Non: 128}
            """;

    @TempDir
    Path dir;

    private Path complete;

    /** The fixture's rows with both dpt and qpv answered (76), with R's raked weight of each in a column "poids". */
    @BeforeEach
    void completeCases() throws IOException {
        complete = write("complete.csv", false);
    }

    /** The complete cases with R's weights, or ({@code ones}) with a weight of 1 each. */
    private Path write(String name, boolean ones) throws IOException {
        List<String> lines = new ArrayList<>();
        Importers.open(Fixtures.export(), ImportOptions.DEFAULTS).read(new TableHandler() {
            private int dpt;
            private int qpv;
            private List<String> names;

            @Override
            public void header(Header h) {
                names = h.names();
                dpt = h.indexOf("dpt").getAsInt();
                qpv = h.indexOf("qpv").getAsInt();
                lines.add(String.join(";", names.stream().map(n -> "\"" + n.replace("\"", "\"\"") + "\"").toList()) + ";\"poids\"");
            }

            @Override
            public void row(Row row) {
                if (row.get(dpt).isEmpty() || row.get(qpv).isEmpty()) {
                    return;
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) {
                    cells.add("\"" + row.get(i).replace("\"", "\"\"") + "\"");
                }
                int territoire = row.get(dpt).equals("59") ? 0 : row.get(dpt).equals("62") ? 1 : 2;
                cells.add(ones ? "1" : String.valueOf(R_WEIGHTS[2 * territoire + (row.get(qpv).equals("Oui") ? 0 : 1)]));
                lines.add(String.join(";", cells));
            }
        });
        Path out = dir.resolve(name);
        Files.write(out, lines, StandardCharsets.UTF_8);
        assertEquals(77, lines.size(), "76 centres and the header (R: nrow(dc))");
        return out;
    }

    private Survey survey(String weights) throws IOException {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, Files.readString(Fixtures.spec(), StandardCharsets.UTF_8) + "weights:\n" + weights, StandardCharsets.UTF_8);
        return SpecReader.read(spec).survey();
    }

    private WeightSpec weightSpec(String weights) throws IOException {
        Path spec = dir.resolve("w.yaml");
        Files.writeString(spec, Files.readString(Fixtures.spec(), StandardCharsets.UTF_8) + "weights:\n" + weights, StandardCharsets.UTF_8);
        return SpecReader.read(spec).weights();
    }

    private SurveyResult analyse(WeightSpec weights) throws IOException {
        return SurveyAnalyzer.analyze(Importers.open(complete, ImportOptions.DEFAULTS), survey(MARGINS),
                AnalysisOptions.DEFAULTS.withWeights(weights));
    }

    private static Map<String, Double> weighted(SurveyResult r, String id) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (ChoiceRow row : ((QuestionResult.Choices) Fixtures.question(r, id)).rows()) {
            out.put(row.missing() ? "" : row.label(), row.weighted());
        }
        return out;
    }

    @Test
    void rakingGivesSurveyRakeWeights() {
        // R: table(dc$territoire, dc$qpv): Nord 27 Oui / 23 Non, Pas-de-Calais 7 / 5, Picardie 6 / 8.
        int[][] cells = {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {2, 0}, {2, 1}};
        long[] counts = {27, 23, 7, 5, 6, 8};
        Raking.Result r = Raking.rake(cells, counts, new double[][] {{152, 35, 51}, {110, 128}}, 100, 1e-12);
        assertTrue(r.converged());
        assertArrayEquals(R_WEIGHTS, r.weights(), 1e-9);
    }

    @Test
    void weightedTablesMeetTheMarginsAndNumericSummariesMatchHmisc() throws IOException {
        SurveyResult r = analyse(weightSpec(MARGINS));
        assertEquals(76, r.respondents());
        assertEquals(238, r.weights().total(), 1e-9);
        Map<String, Double> qpv = weighted(r, "qpv");
        assertEquals(110, qpv.get("Oui"), 1e-7);
        assertEquals(128, qpv.get("Non"), 1e-7);
        Map<String, Double> territoire = weighted(r, "territoire");
        assertEquals(List.of(152.0, 35.0, 51.0), territoire.values().stream().limit(3).map(v -> Math.round(v * 1e6) / 1e6).toList());
        // Counts stay numbers of centres (R: table(dc$qpv)); percentages are weighted: 110 / 238.
        QuestionResult.Choices q = (QuestionResult.Choices) Fixtures.question(r, "qpv");
        assertEquals(List.of(40L, 36L), List.of(q.rows().get(0).count(), q.rows().get(1).count()));
        assertEquals(46.2184873950, q.rows().get(0).percent(), 1e-8);
        // R: a <- dc[!is.na(dc$adherents), ]; sum(a$w); weighted.mean(a$adherents, a$w); sum(a$w * a$adherents)
        //    sqrt(wtd.var(a$adherents, a$w, normwt = TRUE)); wtd.quantile(a$adherents, a$w, c(.25, .5, .75), normwt = TRUE)
        NumericSummary s = ((QuestionResult.Numeric) Fixtures.question(r, "adherents")).summary();
        assertEquals(71, s.count());
        assertEquals(222.4507740818, s.weight(), 1e-8);
        assertEquals(793.9643608493, s.mean(), 1e-8);
        assertEquals(176617.9866643180, s.sum(), 1e-6);
        assertEquals(604.8330287960, s.stddev(), 1e-8);
        assertEquals(List.of(365.0, 686.0, 1034.0), List.of(s.q1(), s.median(), s.q3()));
    }

    @Test
    void aWeightColumnGivesWhatRakingGave() throws IOException {
        SurveyResult raked = analyse(weightSpec(MARGINS));
        SurveyResult column = analyse(new WeightSpec.Column("poids"));
        for (String id : List.of("qpv", "anru", "dpt", "partenaires", "illect")) {
            Map<String, Double> a = weighted(raked, id);
            Map<String, Double> b = weighted(column, id);
            assertEquals(a.keySet(), b.keySet());
            a.forEach((k, v) -> assertEquals(v, b.get(k), 1e-9, id + " / " + k));
        }
        assertEquals("column", column.weights().method().method());
    }

    @Test
    void aColumnOfOnesGivesExactlyTheUnweightedTables() throws IOException {
        Path ones = write("ones.csv", true);
        Survey s = survey(MARGINS);
        SurveyResult plain = SurveyAnalyzer.analyze(Importers.open(ones, ImportOptions.DEFAULTS), s, AnalysisOptions.DEFAULTS);
        SurveyResult weighted = SurveyAnalyzer.analyze(Importers.open(ones, ImportOptions.DEFAULTS), s,
                AnalysisOptions.DEFAULTS.withWeights(new WeightSpec.Column("poids")));
        assertEquals(plain.questions(), weighted.questions());
        assertEquals(76, weighted.weights().effective(), 1e-9);
    }

    @Test
    void raoScottTestAndWilsonIntervalOnTheEffectiveSizeMatchR() throws IOException {
        // R: dw <- svydesign(ids = ~1, weights = ~w, data = dc); svychisq(~territoire + qpv, dw)
        //    F = 0.376447600458756, ndf = 1.99305076739671, ddf = 149.478807554753, p = 0.686213130401046
        CrossTab t = CrossTab.of(Importers.open(complete, ImportOptions.DEFAULTS), survey(MARGINS), "territoire", "qpv",
                AnalysisOptions.DEFAULTS.withWeights(new WeightSpec.Column("poids")));
        CrossTab.RaoScottF rs = t.tests().raoScott();
        assertEquals(0.376447600458756, rs.f(), 1e-9);
        assertEquals(1.99305076739671, rs.ndf(), 1e-9);
        assertEquals(149.478807554753, rs.ddf(), 1e-7);
        assertEquals(0.686213130401046, rs.p(), 1e-9);
        assertEquals(0.686213130401046, t.tests().p(), 1e-9);
        assertTrue(Double.isNaN(t.tests().fisherP()), "no exact test of a weighted table");
        // R: p <- sum(dc$w[dc$qpv == "Oui"]) / sum(dc$w); neff <- sum(dc$w)^2 / sum(dc$w^2); Wilson's formula with neff:
        //    neff 74.4359980237, interval 35.3578011358 to 57.4503284039 (%).
        SurveyResult r = analyse(new WeightSpec.Column("poids"));
        QuestionResult.Choices q = (QuestionResult.Choices) Fixtures.question(r, "qpv");
        assertEquals(74.4359980237, q.effectiveBase(), 1e-8);
        Interval ci = q.interval(q.rows().get(0), new Precision(0, 0.95), 76);
        assertEquals(35.3578011358, ci.low(), 1e-8);
        assertEquals(57.4503284039, ci.high(), 1e-8);
    }

    @Test
    void weightedQuantilesAndDeviationFollowHmisc() {
        // R: x <- c(3.5, 1, 8, 2, 5, 5, 13, 2.25); w <- c(0.4, 1.7, 2.2, 0.9, 1.3, 0.6, 0.25, 1.1)
        //    wtd.quantile(x, w, probs = c(.1, .25, .5, .75, .9), normwt = TRUE) -> 1.7, 2.1875, 5, 8, 9.5
        //    sqrt(wtd.var(x, w, normwt = TRUE)) -> 3.32939036821775
        double[] x = {3.5, 1, 8, 2, 5, 5, 13, 2.25};
        double[] w = {0.4, 1.7, 2.2, 0.9, 1.3, 0.6, 0.25, 1.1};
        assertArrayEquals(new double[] {1.7, 2.1875, 5, 8, 9.5}, WeightedMoments.quantiles(x, w, 8, .1, .25, .5, .75, .9), 1e-12);
        assertEquals(3.32939036821775, Math.sqrt(WeightedMoments.variance(x, w, 8)), 1e-12);
        // Equal weights are type 7 (R: quantile(1:8, c(.25, .5, .75)) -> 2.75, 4.5, 6.25) and the sample deviation.
        double[] ones = {2, 2, 2, 2, 2, 2, 2, 2};
        double[] y = {1, 2, 3, 4, 5, 6, 7, 8};
        assertArrayEquals(new double[] {2.75, 4.5, 6.25}, WeightedMoments.quantiles(y, ones, 8, .25, .5, .75), 1e-12);
        assertEquals(Math.sqrt(6), Math.sqrt(WeightedMoments.variance(y, ones, 8)), 1e-12);
    }

    @Test
    void badWeightsAndMarginsAreLocatedErrors() throws IOException {
        InputException typo = assertThrows(InputException.class, () -> analyse(weightSpec("""
                  rake:
                    territoire: {Nord: 152, Pas-de-Calai: 35, Picardie: 51}
                """)));
        assertTrue(typo.getMessage().contains("\"Pas-de-Calai\" is not a choice of \"territoire\"; did you mean \"Pas-de-Calais\"?"),
                typo.getMessage());
        InputException totals = assertThrows(InputException.class, () -> analyse(weightSpec("""
                  rake:
                    territoire: {Nord: 152, Pas-de-Calais: 35, Picardie: 51}
                    qpv: {Oui: 150, Non: 128}
                """)));
        assertTrue(totals.getMessage().contains("the margins of \"qpv\" add up to 278 and those of \"territoire\" to 238"), totals.getMessage());
        // An answer without a population is located in the export.
        InputException missing = assertThrows(InputException.class, () -> analyse(weightSpec("""
                  rake:
                    qpv: {Oui: 110}
                """)));
        assertTrue(missing.getMessage().contains("complete.csv, row ") && missing.getMessage().contains("column \"qpv\"")
                && missing.getMessage().contains("\"Non\" has no population in the margins of \"qpv\""), missing.getMessage());
        Path pop = dir.resolve("pop.csv");
        Files.writeString(pop, "anru;centres\nOui;20\nNon;200\nSans objet;18\n");
        InputException nobody = assertThrows(InputException.class, () -> analyse(new WeightSpec.Rake(List.of(
                new WeightSpec.Margin("anru", PopulationFile.read(pop, false), fr.enquete.model.SourceLocation.file(pop.toString()))))));
        assertTrue(nobody.getMessage().contains("pop.csv, row 4") || nobody.getMessage().contains("\"Sans objet\""), nobody.getMessage());
        InputException column = assertThrows(InputException.class, () -> analyse(new WeightSpec.Column("pods")));
        assertTrue(column.getMessage().contains("no weight column \"pods\"") && column.getMessage().contains("did you mean \"poids\"?"),
                column.getMessage());
        Path negative = dir.resolve("negative.csv");
        Files.writeString(negative, "qpv;poids\nOui;1,5\nNon;-2\n");
        InputException neg = assertThrows(InputException.class, () -> SurveyAnalyzer.analyze(Importers.open(negative, ImportOptions.DEFAULTS),
                new Survey("", List.of(fr.enquete.model.Question.of("qpv", fr.enquete.model.QuestionType.SINGLE))),
                AnalysisOptions.DEFAULTS.withWeights(new WeightSpec.Column("poids"))));
        assertTrue(neg.getMessage().contains("negative.csv, row 3, column \"poids\": expected a weight (a number, at least 0), found \"-2\""),
                neg.getMessage());
        InputException quartiles = assertThrows(InputException.class, () -> SurveyAnalyzer.analyze(Importers.open(complete, ImportOptions.DEFAULTS),
                survey(MARGINS), AnalysisOptions.builder().quantiles(QuantileMethod.parse("6").orElseThrow()).weights(new WeightSpec.Column("poids")).build()));
        assertTrue(quartiles.getMessage().contains("with weights, quartiles are weighted type 7"), quartiles.getMessage());
    }
}
