package fr.enquete.stats;

import fr.enquete.model.Row;

/** Accumulates the answers of one question, row by row, among the rows of its base. */
interface Aggregator {

    void accept(Row row);

    QuestionResult result(long base);
}
