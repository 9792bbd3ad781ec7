package fr.enquete.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The flat feature table finds what a {@code HashMap} of the same keys finds, and nothing else. */
class FeatureTableTest {

    @Test
    void findsEveryKeyAndNoOther() {
        // Keys as the taggers' features are written, with hash collisions ("Aa" and "BB" share String.hashCode),
        // keys that are prefixes of others, an empty key and characters beyond Latin-1.
        List<String> keys = new ArrayList<>(List.of("w=Aa", "w=BB", "w=", "", "suf=tion", "suf=ion", "w=cœur",
                "w=l’école", "p=NOUN,w=de", "AaAa", "BBBB", "AaBB"));
        Random random = new Random(7);
        for (int i = 0; i < 5000; i++) {
            keys.add("f" + i + "=" + Long.toString(random.nextLong(), 36));
        }
        List<long[]> rows = new ArrayList<>();
        Map<String, long[]> reference = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            long[] row = new long[i % 5];
            for (int k = 0; k < row.length; k++) {
                row[k] = random.nextLong();
            }
            rows.add(row);
            reference.put(keys.get(i), row);
        }
        FeatureTable table = FeatureTable.of(keys, rows);
        assertEquals(keys.size(), table.size());
        for (String k : keys) {
            int at = table.find(k);
            long[] expected = reference.get(k);
            assertEquals(expected.length, table.entries()[at], k);
            assertArrayEquals(expected, Arrays.copyOfRange(table.entries(), at + 1, at + 1 + expected.length), k);
            assertArrayEquals(expected, table.row(k), k);
        }
        // Absent keys: same hash as a present one, a prefix, an extension, another case, another apostrophe.
        for (String absent : List.of("BBAa", "w=A", "w=Aaa", "w=aa", "w=l'école", "suf=tio", "f1=", "w=cœu")) {
            assertEquals(-1, table.find(absent), absent);
            assertNull(table.row(absent), absent);
        }
        assertEquals("BBAa".hashCode(), "AaBB".hashCode());
        for (int i = 0; i < 2000; i++) {
            String probe = "g" + i + "=" + Long.toString(random.nextLong(), 36);
            assertEquals(reference.containsKey(probe), table.find(probe) >= 0, probe);
        }
    }

    @Test
    void emptyTableAndRefusedInput() {
        FeatureTable empty = FeatureTable.of(List.of(), List.of());
        assertEquals(0, empty.size());
        assertEquals(-1, empty.find("w=de"));
        assertThrows(IllegalArgumentException.class, () -> FeatureTable.of(List.of("a", "a"),
                List.of(new long[1], new long[1])));
        assertThrows(IllegalArgumentException.class, () -> FeatureTable.of(List.of("a"), List.of()));
    }
}
