package fr.enquete.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AdjustedRandIndexTest {

    @Test
    void handCountedCase() {
        // table (1,5)=2 (2,5)=1 (2,7)=1 (3,7)=2: index 2, rows 3, columns 6, 15 pairs, expected 1,2, max 4,5:
        // (2 - 1,2) / (4,5 - 1,2) = 0,8 / 3,3. R 4, mclust 6: adjustedRandIndex(c(1,1,2,2,3,3), c(5,5,5,7,7,7)) 0.242424242424
        assertEquals(0.242424242424, AdjustedRandIndex.of(new int[] {1, 1, 2, 2, 3, 3}, new int[] {5, 5, 5, 7, 7, 7}), 1e-12);
    }

    @Test
    void matchesMclust() {
        // R: mclust::adjustedRandIndex(c(1,1,1,2,2,2,3,3,3,3), c(1,1,2,2,2,3,3,3,3,1))  0.204545454545
        assertEquals(0.204545454545, AdjustedRandIndex.of(new int[] {1, 1, 1, 2, 2, 2, 3, 3, 3, 3},
                new int[] {1, 1, 2, 2, 2, 3, 3, 3, 3, 1}), 1e-12);
    }

    @Test
    void labelsDoNotMatterOnlyThePartition() {
        assertEquals(1.0, AdjustedRandIndex.of(new int[] {1, 1, 2, 2, 0}, new int[] {9, 9, 4, 4, 7}), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> AdjustedRandIndex.of(new int[] {1}, new int[] {1, 2}));
    }
}
