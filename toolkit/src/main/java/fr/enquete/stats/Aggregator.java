package fr.enquete.stats;

import fr.enquete.model.Row;

/** Accumulates the answers of one question, row by row, among the rows of its base. */
interface Aggregator {

    /** One respondent of the base, of weight {@code w} (1 without weights). */
    void accept(Row row, double w);

    QuestionResult result(Base base);

    /**
     * Adds what {@code other}, an aggregator of the same question and kind, counted over the rows that follow this
     * one's (the next part of the file): the result is the one a single pass would give.
     */
    void merge(Aggregator other);

    /**
     * The respondents a question was meant for.
     *
     * @param n        how many (people)
     * @param weighted their total weight (n without weights)
     * @param squares  the sum of their squared weights (n without weights)
     */
    record Base(long n, double weighted, double squares) {

        /** Kish's effective size (Σw)² / Σw²: n without weights. */
        double effective() {
            return squares == 0 ? 0 : weighted * weighted / squares;
        }
    }
}
