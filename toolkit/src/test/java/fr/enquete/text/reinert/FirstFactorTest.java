package fr.enquete.text.reinert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first factor against R's ca package on a small 0/1 table. */
class FirstFactorTest {

    /*
     * R 4 with ca 0.71.1 (Debian r-cran-ca):
     *   m <- matrix(c(1,1,0,0,0,1, 1,0,1,0,0,0, 0,1,1,0,1,0, 0,0,0,1,1,1, 0,0,1,1,0,1, 1,1,1,0,0,0, 0,0,0,1,1,0,
     *                 1,0,0,0,1,1), nrow=8, byrow=TRUE); r <- ca::ca(m)
     *   r$sv[1]^2; r$rowcoord[,1]*r$sv[1]; r$colcoord[,1]*r$sv[1]
     */
    static final int[][] TABLE = {
        {1, 1, 0, 0, 0, 1}, {1, 0, 1, 0, 0, 0}, {0, 1, 1, 0, 1, 0}, {0, 0, 0, 1, 1, 1},
        {0, 0, 1, 1, 0, 1}, {1, 1, 1, 0, 0, 0}, {0, 0, 0, 1, 1, 0}, {1, 0, 0, 0, 1, 1}};
    static final double INERTIA = 0.5589670199;
    static final double[] ROWS = {-0.5470972288, -0.8912248356, -0.3030487300, 0.9969730581, 0.4297398483, -0.9524734347,
        1.2713640749, 0.1224803275};
    static final double[] COLUMNS = {-0.7584907939, -0.8036920866, -0.5741416071, 1.2029289858, 0.6981187543, 0.3350859722};

    static SegmentMatrix matrix(int[][] table) {
        List<TextSegment> segments = new ArrayList<>();
        List<List<String>> present = new ArrayList<>();
        for (int i = 0; i < table.length; i++) {
            segments.add(new TextSegment("t", i + 1, "segment " + i));
            List<String> lemmas = new ArrayList<>();
            for (int j = 0; j < table[i].length; j++) {
                if (table[i][j] == 1) {
                    lemmas.add("l" + j);
                }
            }
            present.add(lemmas);
        }
        return SegmentMatrix.of(segments, present, 1);
    }

    @Test
    void matchesRsCaPackage() {
        FirstFactor f = FirstFactor.of(matrix(TABLE), new int[] {0, 1, 2, 3, 4, 5, 6, 7});
        assertEquals(INERTIA, f.inertia(), 1e-9);
        // the sign of an axis is arbitrary: ours puts the farthest column (l3 here, as in R) on the positive side
        for (int i = 0; i < ROWS.length; i++) {
            assertEquals(ROWS[i], f.rowCoordinates()[i], 1e-8, "row " + i);
        }
        for (int j = 0; j < COLUMNS.length; j++) {
            assertEquals(COLUMNS[j], f.columnCoordinates()[j], 1e-8, "column " + j);
        }
    }

    @Test
    void aSubsetIsTheAnalysisOfItsOwnTable() {
        // rows 0, 3, 5, 6, 7 of the table; column 2 is then present only in row 5
        /*
         * R: s <- ca::ca(m[c(1,4,6,7,8),]); s$sv[1]^2; s$rowcoord[,1]*s$sv[1]
         */
        FirstFactor whole = FirstFactor.of(matrix(TABLE), new int[] {0, 3, 5, 6, 7});
        int[][] sub = {TABLE[0], TABLE[3], TABLE[5], TABLE[6], TABLE[7]};
        FirstFactor alone = FirstFactor.of(matrix(sub), new int[] {0, 1, 2, 3, 4});
        assertEquals(alone.inertia(), whole.inertia(), 1e-12);
        for (int i = 0; i < 5; i++) {
            assertEquals(alone.rowCoordinates()[i], whole.rowCoordinates()[i], 1e-10);
        }
        assertEquals(SUB_INERTIA, whole.inertia(), 1e-9);
        for (int i = 0; i < 5; i++) {
            // an axis's sign is arbitrary: compared with row 1's sign aligned on R's
            double sign = Math.signum(whole.rowCoordinates()[0]) * Math.signum(SUB_ROWS[0]);
            assertEquals(SUB_ROWS[i], sign * whole.rowCoordinates()[i], 1e-8, "row " + i);
        }
    }

    static final double SUB_INERTIA = 0.7356834055;
    static final double[] SUB_ROWS = {0.5896445539, -0.8487521687, 1.1887360304, -1.1824038046, -0.1413592124};

    @Test
    void sameResultEveryRun() {
        FirstFactor a = FirstFactor.of(matrix(TABLE), new int[] {0, 1, 2, 3, 4, 5, 6, 7});
        FirstFactor b = FirstFactor.of(matrix(TABLE), new int[] {0, 1, 2, 3, 4, 5, 6, 7});
        assertEquals(a, b);
    }
}
