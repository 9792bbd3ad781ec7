package fr.enquete.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.importer.TableHandler;
import fr.enquete.importer.TableSource;
import fr.enquete.model.Survey;
import fr.enquete.spec.SpecReader;
import fr.enquete.testing.Fixtures;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The tables by group within each stratum ({@code stats --by X --strata S}) read the export once per stratum and once
 * more per group in it (3 strata × (1 + the 5 groups of numevol): 18 readings of the fixture); now two readings in all.
 * Their figures must stay those of the former reading: each stratum's rows analysed by {@link SurveyAnalyzer#byGroup},
 * compared here table by table (the intervals built on them are checked against R's svyby in GroupStrataPrecisionTest).
 */
class GroupsInStrataTest {

    private static final List<String> STRATA = List.of("Nord", "Pas-de-Calais", "Picardie");

    /** The fixture export, counting how many times it is read. */
    private static TableSource counted(AtomicInteger reads) {
        TableSource export = Importers.open(Fixtures.export(), ImportOptions.DEFAULTS);
        return new TableSource() {
            @Override
            public Path file() {
                return export.file();
            }

            @Override
            public String description() {
                return export.description();
            }

            @Override
            public void read(TableHandler handler) {
                reads.incrementAndGet();
                export.read(handler);
            }
        };
    }

    @Test
    void everyStratumAndGroupIsCountedInTwoReadings() {
        Survey survey = SpecReader.read(Fixtures.spec()).survey();
        for (String by : List.of("numevol", "qpv", "dpt")) {
            AtomicInteger reads = new AtomicInteger();
            LinkedHashMap<String, LinkedHashMap<String, SurveyResult>> once = SurveyAnalyzer.byGroupInStrata(counted(reads), survey, by,
                    "territoire", STRATA, AnalysisOptions.DEFAULTS);
            assertTrue(reads.get() <= 2, by + ": " + reads.get() + " readings");

            assertEquals(STRATA, List.copyOf(once.keySet()));
            TableSource derived = fr.enquete.importer.DerivedSource.of(Importers.open(Fixtures.export(), ImportOptions.DEFAULTS),
                    survey.derivations());
            fr.enquete.model.Question stratum = survey.question("territoire").orElseThrow();
            for (String h : STRATA) {
                TableSource in = fr.enquete.importer.ForwardingSource.filtered(derived, header -> {
                    int c = header.indexOf(stratum.column()).getAsInt();
                    return row -> !row.get(c).isBlank() && ChoiceAggregator.match(stratum, stratum.decode(row.get(c))).equals(h);
                });
                LinkedHashMap<String, SurveyResult> apart = SurveyAnalyzer.byGroup(in, new Survey(survey.title(), survey.questions()), by,
                        AnalysisOptions.DEFAULTS);
                assertEquals(List.copyOf(apart.keySet()), List.copyOf(once.get(h).keySet()), by + " in " + h);
                apart.forEach((g, r) -> {
                    SurveyResult o = once.get(h).get(g);
                    assertEquals(r.respondents(), o.respondents(), by + " " + g + " in " + h);
                    assertEquals(r.questions(), o.questions(), by + " " + g + " in " + h);
                });
            }
        }
    }
}
