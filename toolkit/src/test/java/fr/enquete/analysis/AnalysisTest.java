package fr.enquete.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.spec.ReportLayout;
import fr.enquete.spec.SpecReader;
import fr.enquete.stats.AnalysisOptions;
import fr.enquete.stats.CrossTab;
import fr.enquete.stats.NumericSummary;
import fr.enquete.stats.Precision;
import fr.enquete.stats.QuantileMethod;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyAnalyzer;
import fr.enquete.stats.SurveyResult;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The toolkit's entry point does what the commands did: the spec's quartile method and weights, secrecy, rates. */
class AnalysisTest {

    @TempDir
    Path dir;

    private Path spec(String top) throws IOException {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, top + Files.readString(Fixtures.spec(), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        return spec;
    }

    private static NumericSummary adherents(SurveyResult r) {
        return ((QuestionResult.Numeric) Fixtures.question(r, "adherents")).summary();
    }

    /**
     * The 84 answers of adherents, type 6 (h = (n + 1) p) against type 7, computed apart:
     * <pre>
     * x = sorted(float(r['adherents']) for r in csv.DictReader(open('export.csv', encoding='utf-8-sig'), delimiter=';') if r['adherents'].strip())
     * </pre>
     * then Hyndman and Fan's definitions by hand: type 6 gives 365, 685.5, 1034.5; type 7 gives 365, 685.5, 1033.5
     * (R: quantile(x, c(.25, .5, .75), type = 6)).
     */
    @Test
    void theSpecsQuartileMethodIsUsedUnlessOneIsGiven() throws IOException {
        Path spec = spec("quantiles: spss\n");
        NumericSummary fromSpec = adherents(Analysis.of(Fixtures.export()).spec(spec).tables());
        assertEquals(List.of(365.0, 685.5, 1034.5), List.of(fromSpec.q1(), fromSpec.median(), fromSpec.q3()));
        NumericSummary given = adherents(Analysis.of(Fixtures.export()).spec(spec).quantiles(QuantileMethod.DEFAULT).tables());
        assertEquals(1033.5, given.q3());
        // What a direct call of the analyser with the default options gives: the spec's method left out.
        NumericSummary direct = adherents(SurveyAnalyzer.analyze(Importers.open(Fixtures.export(), ImportOptions.DEFAULTS),
                SpecReader.read(spec).survey(), AnalysisOptions.DEFAULTS));
        assertEquals(1033.5, direct.q3());
    }

    /**
     * The spec's raking (76 complete cases of territoire and qpv, raked to Nord 152, Pas-de-Calais 35, Picardie 51,
     * QPV Oui 110, Non 128): Hmisc's weighted mean of adherents, 793.9643608493 (the R lines are in WeightedStatsTest),
     * where the unweighted mean is another figure.
     */
    @Test
    void theSpecsWeightsAreUsed() throws IOException {
        Path complete = dir.resolve("complete.csv");
        assertEquals(76, Fixtures.completeCases(complete, "dpt", "qpv"));
        Path spec = dir.resolve("weighted.yaml");
        Files.writeString(spec, Files.readString(Fixtures.spec(), StandardCharsets.UTF_8) + """
                weights:
                  rake:
                    territoire: {Nord: 152, Pas-de-Calais: 35, Picardie: 51}
                    qpv: {Oui: 110, Non: 128}
                """, StandardCharsets.UTF_8);
        AnalysisResult r = Analysis.of(complete).spec(spec).run();
        assertEquals(238, r.result().weights().total(), 1e-9);
        assertEquals(793.9643608493, adherents(r.result()).mean(), 1e-8);
        // The spec's cross-tabulation (territoire x qpv) is weighted with the same weights: its cells add up to 238.
        CrossTab t = r.crosstabs().get(new ReportLayout.Crossing("territoire", "qpv"));
        assertNotNull(t);
        assertNotNull(t.weights());
        double total = 0;
        for (double[] row : t.weighted()) {
            for (double w : row) {
                total += w;
            }
        }
        assertEquals(238, total, 1e-7);
        SurveyResult plain = SurveyAnalyzer.analyze(Importers.open(complete, ImportOptions.DEFAULTS), SpecReader.read(spec).survey(),
                AnalysisOptions.DEFAULTS);
        assertNotEquals(793.9643608493, adherents(plain).mean(), 1);
    }

    /** Secrecy masks the spec's cross-tabulation with the single tables published beside it (territoire 02/60/80 in Picardie). */
    @Test
    void underSecrecyTheCrossTabulationCarriesItsPublishedSingleTables() {
        AnalysisResult r = Analysis.of(Fixtures.export()).spec(Fixtures.spec()).secrecy(5).run();
        CrossTab t = r.crosstabs().get(new ReportLayout.Crossing("territoire", "qpv"));
        assertNotNull(t.singles(), "masked together with the single tables");
        assertEquals(Fixtures.question(r.result(), "qpv").question(), t.singles().columns().question());
        AnalysisResult open = Analysis.of(Fixtures.export()).spec(Fixtures.spec()).run();
        assertEquals(null, open.crosstabs().get(new ReportLayout.Crossing("territoire", "qpv")).singles());
    }

    /**
     * The analysis returns the cross-tabulation already masked, the mask a view of the table that writers only print.
     * dpt x qpv counts (hand count of the export, as {@code enquete crosstab --rows dpt --cols qpv} prints them):
     * 59: 27 23 | 50, 62: 7 5 | 12, 02: 2 4 | 6, 60: 3 3 | 6, 80: 1 1 | 2, total 40 36 | 76. Below 5: the six small
     * cells and the total 2; the 02 total (6) is masked as a secondary cell ("s" in the command's output), the 60 total
     * (6) is published.
     */
    @Test
    void theCrossTabulationComesMaskedAndItsMaskCannotBeChanged() {
        ReportLayout.Crossing dptQpv = new ReportLayout.Crossing("dpt", "qpv");
        CrossTab t = Analysis.of(Fixtures.export()).spec(Fixtures.spec()).secrecy(5).crosstabs("Croisements", List.of(dptQpv)).run()
                .crosstabs().get(dptQpv);
        CrossTab.Mask mask = t.mask();
        assertEquals(5, mask.threshold());
        boolean[][] expected = {
                {false, false, false}, {false, false, false}, {true, true, true}, {true, true, false}, {true, true, true},
                {false, false, false}};
        assertTrue(java.util.Arrays.deepEquals(expected, mask.cells()), java.util.Arrays.deepToString(mask.cells()));
        assertTrue(mask.any());
        mask.cells()[0][0] = true;
        assertFalse(t.mask().hidden(0, 0), "the mask is a copy: the published table cannot be changed behind the writers");
        // Nor through the single tables it carries: clearing their hidden cells unmasked 80's 1 | 1 in every writer.
        for (boolean[] line : t.singles().hidden()) {
            java.util.Arrays.fill(line, false);
        }
        assertTrue(java.util.Arrays.deepEquals(expected, t.mask().cells()), java.util.Arrays.deepToString(t.mask().cells()));
        assertTrue(java.util.Arrays.deepEquals(expected, t.masked(5)), java.util.Arrays.deepToString(t.masked(5)));
        CrossTab open = Analysis.of(Fixtures.export()).spec(Fixtures.spec()).crosstabs("Croisements", List.of(dptQpv)).run()
                .crosstabs().get(dptQpv);
        assertEquals(0, open.mask().threshold());
        assertFalse(open.mask().any(), "without secrecy nothing is hidden, small counts included (80: 1 and 1)");
    }

    /**
     * qpv and anru read as two waves: 9 Oui/Oui, 25 Oui/Non, 8 Non/Oui, 26 Non/Non (the command's counts). McNemar by
     * hand (python3, math only): X² = (|25 - 8| - 1)² / 33 = 7.757575..., p = erfc(sqrt(X² / 2)) = 0.0053487705...;
     * exact: 2 * sum(comb(33, k) for k in 0..8) / 2**33 = 0.0045513841... The toolkit computes it, not the writer.
     */
    @Test
    void thePairedTestOfTwoWavesComesWithTheTableAndIsWithheldUnderSecrecy() {
        CrossTabResult r = Analysis.of(Fixtures.export()).spec(Fixtures.spec()).crossTab("qpv", "anru", true);
        assertTrue(r.paired());
        assertEquals(List.of("Oui", "Non"), r.table().columnLabels());
        fr.enquete.stats.PairedTests pt = r.pairedTests();
        assertEquals("mcnemar", pt.test());
        assertEquals(33, pt.discordant());
        assertEquals(7.757575757575758, pt.chiSquare(), 1e-12);
        assertEquals(0.005348770520482034, pt.p(), 1e-12);
        assertEquals(0.004551384132355452, pt.exactP(), 1e-12);
        assertFalse(r.testsWithheld());
        // Under secrecy at 10 the Non/Oui cell (8) is masked: a test on the published margins would give it back.
        CrossTabResult secret = Analysis.of(Fixtures.export()).spec(Fixtures.spec()).secrecy(10).crossTab("qpv", "anru", true);
        assertTrue(secret.table().mask().hidden(1, 0));
        assertEquals(null, secret.pairedTests());
        assertTrue(secret.testsWithheld());
        CrossTabResult unpaired = Analysis.of(Fixtures.export()).spec(Fixtures.spec()).crossTab("qpv", "anru", false);
        assertEquals(null, unpaired.pairedTests());
        assertEquals(r.table().tests().p(), unpaired.table().tests().p(), 1e-15);
    }

    /** A study chapter's layout: its own questions and crossing, the cross-tabulation computed in the same run. */
    @Test
    void aLayoutMadeFromTheQuestionsAnalysedGetsItsCrossTabulations() {
        ReportLayout.Crossing qpvNumdem = new ReportLayout.Crossing("qpv", "numdem");
        List<List<String>> seen = new java.util.ArrayList<>();
        AnalysisResult r = Analysis.of(Fixtures.export()).spec(Fixtures.spec()).layout((l, ids) -> {
            seen.add(ids);
            return new ReportLayout(l.title(), l.author(), l.sort(), l.top(),
                    List.of(new ReportLayout.Part("", "", List.of("qpv", "numdem"), List.of(qpvNumdem))), l.settings());
        }).run();
        assertEquals(1, seen.size());
        assertTrue(seen.get(0).containsAll(List.of("dpt", "territoire", "qpv", "numdem")), seen.toString());
        assertEquals(List.of("qpv", "numdem"), r.layout().parts().get(0).questions());
        assertEquals(List.of(qpvNumdem), List.copyOf(r.crosstabs().keySet()));
        // The same table as crossing them directly.
        CrossTab direct = Analysis.of(Fixtures.export()).spec(Fixtures.spec()).crossTab("qpv", "numdem", false).table();
        assertTrue(java.util.Arrays.deepEquals(direct.counts(), r.crosstabs().get(qpvNumdem).counts()));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Analysis.of(Fixtures.export())
                .spec(Fixtures.spec()).layout((l, ids) -> {
                    throw new IllegalStateException("no question \"qvp\"");
                }).run());
        assertEquals("no question \"qvp\"", refused.getMessage());
    }

    @Test
    void misusesFailAtOnceWithWhatIsWrong() {
        // Each failed late: an index -1 inside the term tables after the export was read, NPEs with no message.
        IllegalArgumentException top = assertThrows(IllegalArgumentException.class,
                () -> Analysis.of(Fixtures.export()).terms(fr.enquete.text.TermOptions.defaults(), 0, false));
        assertTrue(top.getMessage().contains("at least 1 term"), top.getMessage());
        NullPointerException rows = assertThrows(NullPointerException.class,
                () -> Analysis.of(Fixtures.export()).spec(Fixtures.spec()).crossTab(null, "qpv", false));
        assertEquals("the id of the rows' question", rows.getMessage());
        NullPointerException by = assertThrows(NullPointerException.class, () -> Analysis.of(Fixtures.export()).spec(Fixtures.spec()).runByGroup(null));
        assertTrue(by.getMessage().contains("groups"), by.getMessage());
        fr.enquete.model.Question qpv = fr.enquete.model.Question.builder("qpv", fr.enquete.model.QuestionType.SINGLE).column("qpv").build();
        fr.enquete.model.Question anru = fr.enquete.model.Question.builder("qpv", fr.enquete.model.QuestionType.SINGLE).column("anru").build();
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> new fr.enquete.model.Survey("t", List.of(qpv, anru)));
        assertTrue(twice.getMessage().contains("\"qpv\""), twice.getMessage());
        // A spec made in code without a quantile method or a layout gets the defaults, as a spec file without them does.
        fr.enquete.spec.Spec spec = new fr.enquete.spec.Spec(new fr.enquete.model.Survey("t", List.of(qpv)), null);
        assertEquals(QuantileMethod.DEFAULT, spec.quantiles());
        assertEquals(ReportLayout.DEFAULT, spec.report());
        // An interval asked of a result computed without precision says what to give.
        SurveyResult plain = Analysis.of(Fixtures.export()).spec(Fixtures.spec()).run().result();
        QuestionResult.Choices c = (QuestionResult.Choices) Fixtures.question(plain, "qpv");
        IllegalArgumentException ci = assertThrows(IllegalArgumentException.class, () -> c.interval(c.rows().get(0), plain.precision(), 91));
        assertTrue(ci.getMessage().startsWith("no precision"), ci.getMessage());
    }

    @Test
    void freeTextIsMaskedByDefaultAndKeptOnlyWhenAsked() {
        // fixtures/centres-sociaux/export.csv, row 91's comment: "Mme Claire Vasseur, 03 21 45 67 89, c.vasseur@cs-exemple.fr".
        String masked = verbatims(Analysis.of(Fixtures.export()).spec(Fixtures.spec()).run().result());
        assertFalse(masked.contains("Vasseur") || masked.contains("03 21 45 67 89") || masked.contains("c.vasseur@"), masked);
        assertTrue(masked.contains("[personne 1]") && masked.contains("[téléphone]") && masked.contains("[e-mail]"), masked);
        String english = verbatims(Analysis.of(Fixtures.export()).spec(Fixtures.spec())
                .disclosure(Analysis.DisclosurePolicy.masking(false)).run().result());
        assertTrue(english.contains("[person 1]") && !english.contains("Vasseur"), english);
        String kept = verbatims(Analysis.of(Fixtures.export()).spec(Fixtures.spec()).disclosure(Analysis.DisclosurePolicy.KEEP).run().result());
        assertTrue(kept.contains("Mme Claire Vasseur, 03 21 45 67 89, c.vasseur@cs-exemple.fr"), kept);
    }

    private static String verbatims(SurveyResult r) {
        return r.questions().stream().filter(q -> q instanceof QuestionResult.Text).flatMap(q -> ((QuestionResult.Text) q).answers().stream())
                .map(QuestionResult.Verbatim::text).collect(java.util.stream.Collectors.joining("\n"));
    }

    @Test
    void aPopulationBelowTheRespondentsIsRefusedWithWhatAFrontEndNeedsToSayIt() {
        InvalidOptionException e = assertThrows(InvalidOptionException.class,
                () -> Analysis.of(Fixtures.export()).spec(Fixtures.spec()).precision(new Precision(10, 0.95)).tables());
        assertEquals(InvalidOptionException.Kind.POPULATION_BELOW_RESPONDENTS, e.kind());
        assertEquals(List.of(10L, 91L), e.values());
        assertTrue(e.getMessage().contains("smaller than the 91 respondents"), e.getMessage());
    }

    /** The result is the writers' input and cannot be changed behind them. */
    @Test
    void theResultsMapsCannotBeChanged() {
        AnalysisResult r = Analysis.of(Fixtures.export()).spec(Fixtures.spec()).run();
        assertThrows(UnsupportedOperationException.class, () -> r.crosstabs().clear());
        assertThrows(UnsupportedOperationException.class, () -> r.terms().clear());
    }

    /**
     * A multiple choice's options are the spec's words, not a respondent's: crossed by département, the partners'
     * option "Associations d'aide au logement (ex : DAL, Adil, GRAAL...)" was published as "(ex : DAL, [personne 2],
     * GRAAL...)" by the masking of personal data, while its own table printed it whole (spec.yaml lists the 16).
     */
    @Test
    void aCrossingKeepsTheSpecsOptionsAsWritten() {
        ReportLayout.Crossing crossing = new ReportLayout.Crossing("dpt", "partenaires");
        List<String> partners = List.of("CCAS", "Mission locale / maisons de l'emploi", "Bailleur social", "CARSAT", "Fondations",
                "CPAM", "Association/amicale de locataires", "Service logement de la ville ou de l'EPCI / Communauté d'agglo",
                "DIRECCTE", "Entreprises d'insertion", "Associations d'aide au logement (ex : DAL, Adil, GRAAL...)", "Mutuelles",
                "Associations d'aide / soins à domicile", "Entreprises privées", "Hôpitaux", "CRAM");
        CrossTab inReport = Analysis.of(Fixtures.export()).spec(Fixtures.spec()).crosstabs("Tableaux croisés", List.of(crossing)).run()
                .crosstabs().get(crossing);
        assertEquals(partners, inReport.columnLabels());
        CrossTab alone = Analysis.of(Fixtures.export()).spec(Fixtures.spec()).crossTab("partenaires", "dpt", false).table();
        assertEquals(partners, alone.rowLabels());
    }
}
