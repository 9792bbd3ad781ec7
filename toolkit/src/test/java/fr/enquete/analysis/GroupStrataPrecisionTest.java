package fr.enquete.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.stats.ChoiceRow;
import fr.enquete.stats.Interval;
import fr.enquete.stats.Precision;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyResult;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stats --by GROUP --strata FILE --stratum ID}: a group's intervals are those of a stratified estimate within it,
 * each stratum counting for its share of the group, as R's survey package computes them. Before, the strata were
 * ignored: Nord's 58 centres stood for 238 × 58 / 91 = 151,69 instead of its 152.
 *
 * <p>R 4.2, survey 4.x, on the fixture (territoire from dpt: 59 Nord, 62 Pas-de-Calais, 02/60/80 Picardie;
 * N = 152, 35, 51), the 4 centres without a dpt left out of the design:
 * <pre>
 * des &lt;- svydesign(ids = ~1, strata = ~territoire, fpc = ~N, data = d[!is.na(territoire)])
 * w &lt;- function(p, se) { z &lt;- qnorm(.975); ne &lt;- p*(1-p)/se^2; c &lt;- (p+z^2/(2*ne))/(1+z^2/ne);
 *   h &lt;- z*sqrt(p*(1-p)/ne+z^2/(4*ne^2))/(1+z^2/ne); 100*c(c-h, c+h) }
 * </pre>
 */
class GroupStrataPrecisionTest {

    @TempDir
    Path dir;

    private static final Path POPULATION = Fixtures.home().resolve("fixtures/centres-sociaux/population.csv");

    /**
     * svyby(~I(qpv == "Oui"), ~dpt, des, svymean): 59 0.4655172414 se 0.0519564465 -> w: 36.71125822 56.66812338;
     * 02 0.3333333333 se 0.1673654818 -> 11.30161556 66.23986110; 80 0.3333333333 se 0.2366905342 -> 7.466499949
     * 75.599573664. svyby(~one, ~dpt, des, svytotal): 59 152, 02 20.4, 80 10.2.
     */
    @Test
    void aGroupWithinAStratumIsADomainOfThatStratum() {
        GroupedResult grouped = Analysis.of(Fixtures.export()).spec(Fixtures.spec()).precision(new Precision(238, 0.95))
                .responseRates(POPULATION, "territoire").runByGroup("dpt");
        assertShare(grouped.groups().get("59"), "qpv", "Oui", 152, 36.71125822, 56.66812338);
        assertShare(grouped.groups().get("02"), "qpv", "Oui", 20.4, 11.30161556, 66.23986110);
        assertShare(grouped.groups().get("80"), "qpv", "Oui", 10.2, 7.466499949, 75.599573664);
    }

    /**
     * A group across strata. svyby(~I(anru == "Oui"), ~qpv, des, svymean): Oui 0.2220177081 se 0.0531693630 -> w:
     * 13.60517019 34.08709722; Non 0.2224674922 se 0.0559756352 -> 13.29158468 34.81300201. svyby(~one, ~qpv, des,
     * svytotal): Oui 108.65862069, Non 99.97586207.
     */
    @Test
    void aGroupAcrossStrataWeighsEachStratumByItsShareOfTheGroup() throws IOException {
        Path export = keeping(r -> !r.get("dpt").isBlank());
        GroupedResult grouped = Analysis.of(export).spec(Fixtures.spec()).precision(new Precision(238, 0.95))
                .responseRates(POPULATION, "territoire").runByGroup("qpv");
        assertShare(grouped.groups().get("Oui"), "anru", "Oui", 108.65862069, 13.60517019, 34.08709722);
        assertShare(grouped.groups().get("Non"), "anru", "Oui", 99.97586207, 13.29158468, 34.81300201);
    }

    /** In the whole fixture 1 centre of qpv "Oui" has no dpt: no stratum, so no stratified interval, and it is said. */
    @Test
    void aRespondentInNoStratumLeavesTheGroupsIntervalsUndefined() {
        GroupedResult grouped = Analysis.of(Fixtures.export()).spec(Fixtures.spec()).precision(new Precision(238, 0.95))
                .responseRates(POPULATION, "territoire").runByGroup("qpv");
        SurveyResult oui = grouped.groups().get("Oui");
        assertUndefined(oui, "group.strata.unknown");
        assertEquals(1L, oui.diagnostics().stream().filter(d -> d.message().key().equals("group.strata.unknown")).findFirst()
                .orElseThrow().message().args().get(1));
    }

    /**
     * Strata by dpt, dpt 80 left with its one centre of qpv "Oui" (ids 28 and 134 removed): its variance within the
     * stratum is undefined (R: "Stratum (80) has only one PSU at stage 1"), so is group Oui's interval.
     */
    @Test
    void aStratumOfOneRespondentLeavesTheGroupsIntervalsUndefined() throws IOException {
        Path export = keeping(r -> !r.get("dpt").isBlank() && !Set.of("28", "134").contains(r.get("id")));
        Path byDpt = Files.writeString(dir.resolve("dpt.csv"), "dpt;centres\n02;20\n59;152\n60;20\n62;35\n80;11\n");
        GroupedResult grouped = Analysis.of(export).spec(Fixtures.spec()).precision(new Precision(238, 0.95))
                .responseRates(byDpt, "dpt").runByGroup("qpv");
        assertUndefined(grouped.groups().get("Oui"), "group.strata.single");
        assertTrue(interval(grouped.groups().get("Non"), "anru", "Oui").defined(), "no one of group Non in dpt 80");
    }

    private static void assertShare(SurveyResult group, String question, String answer, double population, double low, double high) {
        assertEquals(population, group.precision().groupPopulation(group.respondents()), 1e-6);
        Interval ci = interval(group, question, answer);
        assertEquals(low, ci.low(), 1e-6, question + " " + answer);
        assertEquals(high, ci.high(), 1e-6, question + " " + answer);
    }

    private static void assertUndefined(SurveyResult group, String why) {
        assertFalse(interval(group, "anru", "Oui").defined());
        assertTrue(Double.isNaN(group.precision().groupPopulation(group.respondents())));
        assertTrue(group.diagnostics().stream().anyMatch(d -> d.message().key().equals(why)), group.diagnostics().toString());
    }

    private static Interval interval(SurveyResult group, String question, String answer) {
        QuestionResult.Choices c = (QuestionResult.Choices) group.questions().stream().filter(q -> q.question().id().equals(question))
                .findFirst().orElseThrow();
        ChoiceRow row = c.rows().stream().filter(r -> !r.missing() && r.label().equals(answer)).findFirst().orElseThrow();
        return c.interval(row, group.precision(), group.respondents());
    }

    /** The fixture's export with the records {@code keep} accepts (cells span lines: read as CSV, not as lines). */
    private Path keeping(java.util.function.Predicate<CSVRecord> keep) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).build();
        Path out = dir.resolve("export.csv");
        try (Reader in = Files.newBufferedReader(Fixtures.export(), StandardCharsets.UTF_8);
             Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            var parser = format.parse(in);
            CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setDelimiter(';').build());
            printer.printRecord(parser.getHeaderNames());
            for (CSVRecord r : parser) {
                if (keep.test(r)) {
                    printer.printRecord(r.toList());
                }
            }
            printer.flush();
        }
        return out;
    }
}
