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

    /** Accumulates answers' magnitudes; mergeable, so parts of a file counted apart give the same figures. */
    static final class Builder {

        private final CompensatedSum total = new CompensatedSum();
        private final CompensatedSum squares = new CompensatedSum();
        /** The largest absolute values so far, descending, at most MAX_UNITS. */
        private final List<Double> largest = new ArrayList<>();

        void add(double value) {
            double a = Math.abs(value);
            total.add(a);
            squares.add(a * a);
            keep(a);
        }

        void merge(Builder other) {
            total.add(other.total);
            squares.add(other.squares);
            other.largest.forEach(this::keep);
        }

        private void keep(double a) {
            int at = 0;
            while (at < largest.size() && largest.get(at) >= a) {
                at++;
            }
            if (at < Dominance.MAX_UNITS) {
                largest.add(at, a);
                if (largest.size() > Dominance.MAX_UNITS) {
                    largest.remove(largest.size() - 1);
                }
            }
        }

        Magnitudes build() {
            return new Magnitudes(total.value(), squares.value(), largest);
        }
    }
}
