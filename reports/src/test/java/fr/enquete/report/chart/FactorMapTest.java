package fr.enquete.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.report.Lang;
import fr.enquete.stats.CorrespondenceAnalysis;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The factor map: which terms it shows, and labels that neither overlap nor leave the picture. */
class FactorMapTest {

    /** Greenacre's smoking table (R: {@code data(smoke, package = "ca")}): staff groups x smoking. */
    private static final CorrespondenceAnalysis SMOKE = CorrespondenceAnalysis.of(List.of("SM", "JM", "SE", "JE", "SC"),
            List.of("none", "light", "medium", "heavy"),
            new double[][] {{4, 2, 3, 2}, {4, 3, 7, 4}, {25, 10, 12, 4}, {18, 24, 33, 13}, {10, 6, 7, 2}});

    @Test
    void showsTheRowsContributingMostToThePlane() {
        // (λ1 ctr1 + λ2 ctr2) / (λ1 + λ2) from R's ctr: SE 0.452, JE 0.310, JM 0.139, SC 0.071, SM 0.028.
        List<String> top = FactorMap.mostContributing(SMOKE, 3).stream().map(CorrespondenceAnalysis.Point::label).toList();
        assertEquals(List.of("SE", "JE", "JM"), top);
        assertEquals(5, FactorMap.mostContributing(SMOKE, 20).size());
    }

    @Test
    void labelsNeitherOverlapNorLeaveThePicture() {
        assertNoOverlap(new FactorMap(Lang.FR).placedLabels(SMOKE, "tabac", "Tabagisme", 20), 9);
        // A crowded table: 40 terms x 6 groups, many profiles close to the centre or alike.
        List<String> rows = new ArrayList<>();
        double[][] n = new double[40][6];
        for (int i = 0; i < 40; i++) {
            rows.add("terme numéro " + i);
            for (int j = 0; j < 6; j++) {
                n[i][j] = (i * 7 + j * 3 + i * j) % 5 + (j == i % 6 ? 4 : 0);
            }
        }
        CorrespondenceAnalysis crowded = CorrespondenceAnalysis.of(rows, List.of("A", "B", "C", "D", "E", "F"), n);
        List<FactorMap.Label> labels = new FactorMap(Lang.EN).placedLabels(crowded, "g", "Crowded", FactorMap.DEFAULT_TERMS);
        assertNoOverlap(labels, 6 + 1);
        for (String g : List.of("A", "B", "C", "D", "E", "F")) {
            assertTrue(labels.stream().anyMatch(l -> l.lines().equals(List.of(g))), g);
        }
    }

    private static void assertNoOverlap(List<FactorMap.Label> labels, int atLeast) {
        assertTrue(labels.size() >= atLeast, labels.size() + " labels");
        Rectangle2D picture = new Rectangle2D.Double(0, 0, 860, 720);
        for (int i = 0; i < labels.size(); i++) {
            Rectangle2D a = labels.get(i).box();
            assertTrue(picture.contains(a), labels.get(i).lines() + " outside: " + a);
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(a.intersects(labels.get(j).box()), labels.get(i).lines() + " overlaps " + labels.get(j).lines());
            }
        }
    }

    @Test
    void refusesAnAnalysisWithOneAxis() {
        CorrespondenceAnalysis one = CorrespondenceAnalysis.of(List.of("a", "b", "c"), List.of("x", "y"),
                new double[][] {{1, 2}, {3, 1}, {2, 2}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FactorMap(Lang.FR).draw(one, "g", "t", 20));
        assertTrue(e.getMessage().contains("two axes"), e.getMessage());
    }
}
