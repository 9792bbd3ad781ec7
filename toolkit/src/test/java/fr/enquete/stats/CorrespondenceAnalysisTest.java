package fr.enquete.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Correspondence analysis against R 4.x and package ca 0.71.1 (Debian r-cran-ca), on Greenacre's smoking table
 * ({@code data(smoke)}, staff groups x smoking). Expected figures printed by:
 * <pre>
 * library(ca); r <- ca(smoke); r$sv^2
 * F <- r$rowcoord %*% diag(r$sv); G <- r$colcoord %*% diag(r$sv)          # principal coordinates
 * rctr <- sweep(F^2, 2, r$sv^2, "/") * r$rowmass; cctr <- sweep(G^2, 2, r$sv^2, "/") * r$colmass
 * rcos <- F^2 / r$rowdist^2; ccos <- G^2 / r$coldist^2
 * </pre>
 * An axis's direction is arbitrary: coordinates are compared up to one sign per axis (the same for rows and columns).
 */
public class CorrespondenceAnalysisTest {

    static final double TOL = 1e-6;

    static final List<String> SMOKE_ROWS = List.of("SM", "JM", "SE", "JE", "SC");
    static final List<String> SMOKE_COLUMNS = List.of("none", "light", "medium", "heavy");
    static final double[][] SMOKE = {
        {4, 2, 3, 2},
        {4, 3, 7, 4},
        {25, 10, 12, 4},
        {18, 24, 33, 13},
        {10, 6, 7, 2},
    };

    @Test
    void smokeAgainstR() {
        CorrespondenceAnalysis ca = CorrespondenceAnalysis.of(SMOKE_ROWS, SMOKE_COLUMNS, SMOKE);
        double[] eigen = {0.074759105885755711, 0.010017180512228769, 0.000413574079856225};
        double[][] rowF = {
            {-0.06576838388026, -0.19373700362161, 0.07098102841256},
            {0.25895842143040, -0.24330457490146, -0.03370518973718},
            {-0.38059488705021, -0.01065990720489, -0.00515575749725},
            {0.23295190822272, 0.05774390775322, 0.00330537091910},
            {-0.20108912188411, 0.07891123092922, -0.00808107623159},
        };
        double[][] colG = {
            {-0.393308448578719, -0.030492071109187, -0.000890482686109},
            {0.099455920793377, 0.141064289200150, 0.021998034929649},
            {0.196320956395290, 0.007359108586748, -0.025659086695108},
            {0.293775985243675, -0.197765656348986, 0.026210849884605},
        };
        double[][] rowCtr = {
            {0.00329765803647, 0.21355760088248, 0.69433113258003},
            {0.08365871230225, 0.55115055160976, 0.25618602573417},
            {0.51200554896482, 0.00299760369515, 0.01698417745777},
            {0.33097394703672, 0.15177219147123, 0.01204515670922},
            {0.07006413365974, 0.08052205234137, 0.02045350751881},
        };
        double[][] colCtr = {
            {0.653995828814255, 0.029335998439671, 0.000605996580272},
            {0.030849802733549, 0.463173682199491, 0.272815893305302},
            {0.165616500642579, 0.001736757979418, 0.511403218061942},
            {0.149537867809618, 0.505753561381421, 0.215174892052484},
        };
        double[][] rowCos = {
            {0.092232025658306, 0.800336389762546, 0.107431584579147},
            {0.526399912513937, 0.464682460899026, 0.008917626587036},
            {0.999032948052295, 0.000783719694465, 0.000183332253240},
            {0.941934118495092, 0.057876242185907, 0.000189639319001},
            {0.865345505934796, 0.133256997353866, 0.001397496711337},
        };
        double[][] colCos = {
            {9.94020390489e-01, 5.97451409474e-03, 5.09541664912e-06},
            {3.26726163126e-01, 6.57289655379e-01, 1.59841814944e-02},
            {9.81848045995e-01, 1.37962603165e-03, 1.67723279735e-02},
            {6.84397738860e-01, 3.10154247460e-01, 5.44801367990e-03},
        };
        assertAgainstR(ca, eigen, rowF, colG, rowCtr, colCtr, rowCos, colCos);
        assertEquals(0.0851898604778, ca.totalInertia(), TOL);
        // Published: 87,8 % and 11,8 % (Greenacre 2007, exhibit 8.x); chi2 = 16.44 on 193 employees.
        assertEquals(87.75587, ca.percent(0), 1e-4);
        assertEquals(99.51453, ca.cumulativePercent(1), 1e-4);
        assertEquals(100, ca.cumulativePercent(2), 1e-9);
        assertEquals(16.44164, ca.chiSquare(), 1e-4);
        double[] rowMass = {0.0569948186528, 0.0932642487047, 0.2642487046632, 0.4559585492228, 0.1295336787565};
        double[] rowInertia = {0.00267293236339, 0.01188117699602, 0.03831412880204, 0.02626862735525, 0.00605299496113};
        for (int i = 0; i < 5; i++) {
            assertEquals(rowMass[i], ca.rows().get(i).mass(), 1e-12);
            assertEquals(rowInertia[i], ca.rows().get(i).inertia(), 1e-12);
        }
    }

    @Test
    void signConventionMakesTheLargestColumnPositive() {
        CorrespondenceAnalysis ca = CorrespondenceAnalysis.of(SMOKE_ROWS, SMOKE_COLUMNS, SMOKE);
        // R gives none -0.393 on axis 1 and heavy -0.198 on axis 2: both are turned positive here.
        assertEquals(0.393308448578719, ca.columns().get(0).coordinate(0), TOL);
        assertEquals(0.197765656348986, ca.columns().get(3).coordinate(1), TOL);
        assertEquals(0.026210849884605, ca.columns().get(3).coordinate(2), TOL);
        // The same table transposed gives the same eigenvalues.
        double[][] t = new double[4][5];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 4; j++) {
                t[j][i] = SMOKE[i][j];
            }
        }
        CorrespondenceAnalysis tr = CorrespondenceAnalysis.of(SMOKE_COLUMNS, SMOKE_ROWS, t);
        for (int k = 0; k < 3; k++) {
            assertEquals(ca.eigenvalue(k), tr.eigenvalue(k), 1e-12);
        }
    }

    /**
     * Compares to R up to one sign per axis, chosen on the column with R's largest coordinate on the axis.
     */
    public static void assertAgainstR(CorrespondenceAnalysis ca, double[] eigen, double[][] rowF, double[][] colG,
                               double[][] rowCtr, double[][] colCtr, double[][] rowCos, double[][] colCos) {
        assertEquals(eigen.length, ca.axes(), "axes");
        assertEquals(rowF.length, ca.rows().size());
        assertEquals(colG.length, ca.columns().size());
        for (int k = 0; k < eigen.length; k++) {
            assertEquals(eigen[k], ca.eigenvalue(k), TOL, "eigenvalue " + (k + 1));
            int ref = 0;
            for (int j = 0; j < colG.length; j++) {
                if (Math.abs(colG[j][k]) > Math.abs(colG[ref][k])) {
                    ref = j;
                }
            }
            double sign = Math.signum(ca.columns().get(ref).coordinate(k)) * Math.signum(colG[ref][k]);
            for (int i = 0; i < rowF.length; i++) {
                CorrespondenceAnalysis.Point p = ca.rows().get(i);
                String at = "row " + p.label() + " axis " + (k + 1);
                assertEquals(rowF[i][k], sign * p.coordinate(k), TOL, at);
                assertEquals(rowCtr[i][k], p.contribution(k), TOL, at + " ctr");
                assertEquals(rowCos[i][k], p.cos2(k), TOL, at + " cos2");
            }
            for (int j = 0; j < colG.length; j++) {
                CorrespondenceAnalysis.Point p = ca.columns().get(j);
                String at = "column " + p.label() + " axis " + (k + 1);
                assertEquals(colG[j][k], sign * p.coordinate(k), TOL, at);
                assertEquals(colCtr[j][k], p.contribution(k), TOL, at + " ctr");
                assertEquals(colCos[j][k], p.cos2(k), TOL, at + " cos2");
            }
        }
    }

    @Test
    void rankDeficientTableDropsTheNullAxis() {
        // Two proportional rows: rank 2 where min(3, 3) - 1 = 2 axes were possible, only one is real.
        CorrespondenceAnalysis ca = CorrespondenceAnalysis.of(List.of("a", "b", "c"), List.of("x", "y", "z"),
                new double[][] {{1, 2, 3}, {2, 4, 6}, {5, 1, 1}});
        assertEquals(1, ca.axes());
        assertEquals(100, ca.percent(0), 1e-9);
    }

    @Test
    void refusesTablesItCannotAnalyse() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CorrespondenceAnalysis.of(
                List.of("a", "b", "c"), List.of("x", "y"), new double[][] {{1, 2}, {0, 0}, {3, 1}}));
        assertTrue(e.getMessage().contains("row 2 (b) is empty"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CorrespondenceAnalysis.of(
                List.of("a", "b"), List.of("x", "y", "z"), new double[][] {{1, 0, 2}, {3, 0, 1}}));
        assertTrue(e.getMessage().contains("column 2 (y) is empty"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CorrespondenceAnalysis.of(
                List.of("a", "b"), List.of("x"), new double[][] {{1}, {3}}));
        assertTrue(e.getMessage().contains("at least 2 columns"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CorrespondenceAnalysis.of(
                List.of("a"), List.of("x", "y"), new double[][] {{1, 2}}));
        assertTrue(e.getMessage().contains("at least 2 rows"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CorrespondenceAnalysis.of(
                List.of("a", "b"), List.of("x", "y"), new double[][] {{1, -2}, {3, 1}}));
        assertTrue(e.getMessage().contains("cell (a, y) is -2.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CorrespondenceAnalysis.of(
                List.of("a", "b"), List.of("x", "y"), new double[][] {{1, 2}, {3}}));
        assertTrue(e.getMessage().contains("row 2 (b) has 1 cells"), e.getMessage());
    }
}
