package fr.enquete.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.spec.SpecReader;
import fr.enquete.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cross-tabulations of the fixture survey against R 4.2 (script in the comments):
 * <pre>
 * d <- read.csv2("fixtures/centres-sociaux/export.csv", encoding = "UTF-8", colClasses = "character")
 * d[d == ""] <- NA
 * t <- table(d$qpv, d$anru); chisq.test(t, correct = FALSE); fisher.test(t)
 * t2 <- table(d$dpt, d$qpv); chisq.test(t2, correct = FALSE)$expected
 * </pre>
 */
class CrossTabTest {

    private static CrossTab crossTab(String rows, String columns) {
        return CrossTab.of(Importers.open(Fixtures.export(), ImportOptions.DEFAULTS), SpecReader.read(Fixtures.spec()).survey(), rows, columns);
    }

    @Test
    void twoByTwoAgainstR() {
        CrossTab t = crossTab("qpv", "anru");
        assertEquals(List.of("Oui", "Non"), t.rowLabels());
        assertEquals(List.of("Oui", "Non"), t.columnLabels());
        // R (alphabetical order): Non/Non 26, Non/Oui 8, Oui/Non 25, Oui/Oui 9.
        assertEquals(9, t.count(0, 0));
        assertEquals(25, t.count(0, 1));
        assertEquals(8, t.count(1, 0));
        assertEquals(26, t.count(1, 1));
        assertEquals(68, t.base());
        CrossTab.Tests s = t.tests();
        assertEquals(0.078431, s.chiSquare(), 1e-6);
        assertEquals(1, s.df());
        assertEquals(0.7794, s.p(), 1e-4);
        assertEquals(0.03396178, s.cramersV(), 1e-8);
        assertEquals(1.0, s.fisherP(), 1e-9, "fisher.test(t)$p.value");
    }

    @Test
    void largerTableWithSmallExpectedCounts() {
        CrossTab t = crossTab("dpt", "qpv");
        assertEquals(List.of("59", "62", "02", "60", "80"), t.rowLabels());
        CrossTab.Tests s = t.tests();
        assertEquals(1.1126, s.chiSquare(), 1e-4);
        assertEquals(4, s.df());
        assertEquals(0.8923, s.p(), 1e-4);
        assertEquals(0.1209913, s.cramersV(), 1e-7);
        assertEquals(0.9473684, s.minExpected(), 1e-7, "chisq.test(t2)$expected['80', 'Non']");
        assertEquals(6, s.smallExpected(), "02, 60 and 80 expect fewer than 5 in both columns");
        assertEquals(Double.NaN, s.fisherP());
    }

    @Test
    void fisherAgainstTextbookTables() {
        // R: fisher.test(matrix(c(3, 1, 1, 3), 2))$p.value (Fisher's tea tasting), and matrix(c(10, 2, 3, 15), 2).
        assertEquals(0.4857142857, CrossTab.fisher(new long[][] {{3, 1}, {1, 3}}), 1e-9);
        assertEquals(0.0005367241191, CrossTab.fisher(new long[][] {{10, 3}, {2, 15}}), 1e-12);
    }

    @Test
    void withAMultipleChoiceEachTickCountsAndNoTestIsGiven() {
        CrossTab t = crossTab("qpv", "actions");
        assertNull(t.tests());
        assertEquals(7, t.columnLabels().size());
        long ticksOui = 0;
        for (int j = 0; j < 7; j++) {
            ticksOui += t.count(0, j);
        }
        assertEquals(true, ticksOui > 41, "respondents count once per ticked option");
    }
}
