package fr.enquete.model;

/** One option of a multiple-choice question: the export column that holds its tick, and its label. */
public record OptionColumn(String column, String label) {
}
