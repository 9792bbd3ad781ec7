package fr.enquete.model;

import java.util.List;

/**
 * A column computed from other columns of the export as it streams, appended to it under {@link #column()}:
 * a number cut into classes, merged answers ({@link Derivation}), "Autre" texts recoded into choices, a single
 * choice entered as one column per choice ({@link Recoding}). Questions read it like any export column; filters,
 * which say who was asked, keep reading the export's own columns.
 */
public interface DerivedColumn {

    /** The appended column's name. */
    String column();

    /** The columns it is computed from, in the order {@link #apply(List)} receives their cells. */
    List<String> inputs();

    /** The derived cell from the input cells (trimmed, "" when empty); "" means no answer. */
    String apply(List<String> cells);

    /** The question it serves, for error messages. */
    String question();
}
