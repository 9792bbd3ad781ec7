package fr.enquete.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The magnitudes the dominance rule reads are the same however the answers came: through a question's table of
 * distinct answers (each counted once at the end, not cell by cell), past the table's limit into the sketch, or in
 * parts of a file merged in order. Compared with the answers summed and sorted directly.
 */
class MagnitudesTest {

    /** Budgets in euros: many repeated small amounts, a few large ones, one very large; some negative (deficits). */
    private static List<Double> budgets(Random r, int n) {
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x = switch (r.nextInt(10)) {
                case 0 -> 41_000_000;
                case 1, 2 -> r.nextInt(900_000) + 100_000;
                case 3 -> -r.nextInt(50_000);
                default -> 1_000 * (r.nextInt(40) + 1);
            };
            xs.add(x);
        }
        return xs;
    }

    private static Magnitudes direct(List<Double> xs) {
        List<Double> abs = xs.stream().map(Math::abs).sorted(Comparator.reverseOrder()).toList();
        double total = 0;
        double squares = 0;
        for (double a : abs) {
            total += a;
            squares += a * a;
        }
        return new Magnitudes(total, squares, abs.subList(0, Math.min(Dominance.MAX_UNITS, abs.size())));
    }

    private static Magnitudes summarised(List<Double> xs, int parts, int exactLimit) {
        NumericSummary.Builder whole = null;
        int from = 0;
        for (int p = 0; p < parts; p++) {
            int to = p == parts - 1 ? xs.size() : from + xs.size() / parts;
            NumericSummary.Builder part = new NumericSummary.Builder(QuantileMethod.DEFAULT, exactLimit);
            for (double x : xs.subList(from, to)) {
                part.add(x);
            }
            if (whole == null) {
                whole = part;
            } else {
                whole.merge(part);
            }
            from = to;
        }
        return whole.build().magnitudes();
    }

    @Test
    void theSameFiguresThroughTheTableTheSketchAndParts() {
        Random r = new Random(20261205);
        for (int round = 0; round < 200; round++) {
            List<Double> xs = budgets(r, 1 + r.nextInt(400));
            Magnitudes expected = direct(xs);
            int parts = 1 + r.nextInt(4);
            // 8: most rounds go past the limit (the sketch), in some parts only; 100 000: the table throughout.
            for (int limit : new int[] {8, 100_000}) {
                Magnitudes m = summarised(xs, Math.min(parts, xs.size()), limit);
                String where = "round " + round + ", " + xs.size() + " answers, " + parts + " parts, limit " + limit;
                assertEquals(expected.largest(), m.largest(), where);
                assertEquals(expected.total(), m.total(), Math.ulp(expected.total()) * 64, where);
                assertEquals(expected.squares(), m.squares(), Math.ulp(expected.squares()) * 64, where);
            }
        }
    }

    @Test
    void twoEqualLargestAnswersAreTwoUnits() {
        Magnitudes m = summarised(List.of(41e6, 41e6, 5e5, 3e5), 1, 100_000);
        assertEquals(List.of(41e6, 41e6, 5e5, 3e5), m.largest());
        assertEquals(82.8e6, m.total(), 1e-6);
    }
}
