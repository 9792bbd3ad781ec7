package fr.enquete.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * What the dominance rule ({@link Dominance}) reads of a numeric question's answers, unweighted (a respondent's own
 * answer is what a total gives back): the total of their absolute values, the total of their squares (which the
 * standard deviation gives with the mean) and the {@link Dominance#MAX_UNITS} largest absolute values, descending.
 */
public record Magnitudes(double total, double squares, List<Double> largest) {

    /** No answer. */
    public static final Magnitudes NONE = new Magnitudes(0, 0, List.of());

    public Magnitudes {
        largest = List.copyOf(largest);
    }

    /** The largest answers' squares, descending, to weigh against {@link #squares()}. */
    public List<Double> largestSquares() {
        return largest.stream().map(v -> v * v).toList();
    }

    /**
     * Accumulates answers' magnitudes; mergeable, so parts of a file counted apart give the same figures. Fed a distinct
     * value with its count where it can be (a question's table of answers), so that it costs nothing per cell.
     */
    static final class Builder {

        private final CompensatedSum total = new CompensatedSum();
        private final CompensatedSum squares = new CompensatedSum();
        /** The largest absolute values so far, descending: the first {@code size} slots. */
        private final double[] largest = new double[Dominance.MAX_UNITS];
        private int size;

        void add(double value) {
            add(value, 1);
        }

        /** Adds {@code count} answers of {@code value}. */
        void add(double value, long count) {
            double a = Math.abs(value);
            total.add(a * count);
            squares.add(a * a * count);
            // One slot per answer: two centres of 41 M€ are two units.
            for (long i = Math.min(count, Dominance.MAX_UNITS); i > 0; i--) {
                if (!keep(a)) {
                    return;
                }
            }
        }

        void merge(Builder other) {
            total.add(other.total);
            squares.add(other.squares);
            for (int i = 0; i < other.size; i++) {
                if (!keep(other.largest[i])) {
                    return; // descending: none after it is kept either
                }
            }
        }

        /** Keeps {@code a} among the largest; false when it is not one of them. */
        private boolean keep(double a) {
            if (size == largest.length && !(a > largest[size - 1])) {
                return false;
            }
            int at = Math.min(size, largest.length - 1);
            while (at > 0 && largest[at - 1] < a) {
                largest[at] = largest[at - 1];
                at--;
            }
            largest[at] = a;
            size = Math.min(size + 1, largest.length);
            return true;
        }

        Magnitudes build() {
            List<Double> top = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                top.add(largest[i]);
            }
            return new Magnitudes(total.value(), squares.value(), top);
        }
    }
}
