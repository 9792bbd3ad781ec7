package fr.enquete.qual.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reference values from R 4 with irr 0.84.1 (installed from the CRAN mirror github.com/cran/irr, commit
 * 3229aa564b28a83db755d7329fd621e523aaf997), printed with options(digits = 15):
 * <pre>
 * library(irr)
 * data(diagnoses); d &lt;- sapply(diagnoses, function(x) as.integer(substr(as.character(x), 1, 1)))
 * agree(d)$value; kappam.fleiss(d)$value; kripp.alpha(cbind(t(d), NA), "nominal")$value; kappa2(d[, 1:2])$value; agree(d[, 1:2])$value
 * data(anxiety); a &lt;- as.matrix(anxiety)
 * agree(a)$value; kappam.fleiss(a)$value; kripp.alpha(cbind(t(a), NA), "nominal")$value; kappa2(a[, 2:3])$value
 * p &lt;- rbind(c(1,1,1), c(1,0,1), c(0,0,0), c(0,1,0), c(1,1,0), c(0,0,1)); w &lt;- c(40, 12, 300, 7, 25, 3)
 * b &lt;- p[rep(1:nrow(p), w), ]
 * agree(b)$value; kappam.fleiss(b)$value; kripp.alpha(cbind(t(b), NA), "nominal")$value; kappa2(b[, 1:2])$value
 * kripp.alpha(t(b[, 1:2]), "nominal")$value
 * </pre>
 * Why {@code cbind(..., NA)}: when no value is missing, irr 0.84.1 divides each unit's pairs by 1 instead of
 * by (coders - 1), which departs from Krippendorff's definition as soon as there are three coders. One unit
 * that nobody rated adds nothing to the data but sends irr down its general path, which divides correctly
 * (with two coders both paths agree, checked on the last line).
 */
class ReliabilityTest {

    /** irr's diagnoses: 30 patients, 6 raters, 5 categories (the data set's own rows, as printed by R). */
    private static final String DIAGNOSES = "4,4,4,4,4,4;2,2,2,5,5,5;2,3,3,3,3,5;5,5,5,5,5,5;2,2,2,4,4,4;1,1,3,3,3,3;3,3,3,3,5,5;1,1,3,3,3,4;1,1,4,4,4,4;5,5,5,5,5,5;1,4,4,4,4,4;1,2,4,4,4,4;2,2,2,3,3,3;1,4,4,4,4,4;2,2,4,4,4,5;3,3,3,3,3,5;1,1,1,4,5,5;1,1,1,1,1,2;2,2,4,4,4,4;1,3,3,5,5,5;5,5,5,5,5,5;2,4,4,4,4,4;2,2,4,5,5,5;1,1,4,4,4,4;1,4,4,4,4,5;2,2,2,2,2,4;1,1,1,1,5,5;2,2,4,4,4,4;1,3,3,3,3,3;5,5,5,5,5,5";
    /** irr's anxiety: 20 subjects, 3 raters, ratings 1 to 6 (taken as nominal here). */
    private static final String ANXIETY = "3,3,2;3,6,1;3,4,4;4,6,4;5,2,3;5,4,2;2,2,1;3,4,6;5,3,1;2,3,1;2,2,1;6,3,2;1,3,3;5,3,3;2,2,1;2,2,1;1,1,3;2,3,3;4,3,2;3,4,2";

    private static List<Reliability.Pattern> rows(String data, int... columns) {
        List<Reliability.Pattern> out = new ArrayList<>();
        for (String row : data.split(";")) {
            int[] all = Arrays.stream(row.split(",")).mapToInt(Integer::parseInt).toArray();
            int[] v = columns.length == 0 ? all : Arrays.stream(columns).map(c -> all[c]).toArray();
            out.add(new Reliability.Pattern(v, 1));
        }
        return out;
    }

    @Test
    void diagnosesSixRatersMatchIrr() {
        Reliability.Result r = Reliability.of(rows(DIAGNOSES));
        assertEquals(30, r.units());
        assertEquals(16.6666666666667, 100 * r.percent(), 1e-6);
        assertEquals(0.430244520060141, r.fleiss(), 1e-6);
        assertEquals(0.433409828282029, r.alpha(), 1e-6);
        assertTrue(Double.isNaN(r.cohen()), "Cohen's kappa is for two coders");
    }

    @Test
    void diagnosesFirstTwoRatersMatchKappa2() {
        Reliability.Result r = Reliability.of(rows(DIAGNOSES, 0, 1));
        assertEquals(0.651162790697674, r.cohen(), 1e-6);
        assertEquals(73.3333333333333, 100 * r.percent(), 1e-6);
    }

    @Test
    void anxietyMatchesIrrIncludingNegativeAgreement() {
        Reliability.Result r = Reliability.of(rows(ANXIETY));
        assertEquals(0, r.percent(), 1e-12);
        assertEquals(-0.0410764872521247, r.fleiss(), 1e-6);
        assertEquals(-0.0237252124645893, r.alpha(), 1e-6);
        assertEquals(-0.0062893081761006, Reliability.of(rows(ANXIETY, 1, 2)).cohen(), 1e-6);
    }

    /** Weighted patterns (runs of characters) give what R gives on the units repeated one by one. */
    @Test
    void weightedBinaryPatternsMatchTheExpandedData() {
        int[][] p = {{1, 1, 1}, {1, 0, 1}, {0, 0, 0}, {0, 1, 0}, {1, 1, 0}, {0, 0, 1}};
        long[] w = {40, 12, 300, 7, 25, 3};
        List<Reliability.Pattern> three = new ArrayList<>();
        List<Reliability.Pattern> two = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            three.add(new Reliability.Pattern(p[i], w[i]));
            two.add(new Reliability.Pattern(new int[] {p[i][0], p[i][1]}, w[i]));
        }
        Reliability.Result r = Reliability.of(three);
        assertEquals(387, r.units());
        assertEquals(87.8552971576227, 100 * r.percent(), 1e-6);
        assertEquals(0.720496035404758, r.fleiss(), 1e-6);
        assertEquals(0.720736779560309, r.alpha(), 1e-6);
        assertEquals(0.842125603864734, Reliability.of(two).cohen(), 1e-6);
        assertEquals(0.842287248322148, Reliability.of(two).alpha(), 1e-6);
    }
}
