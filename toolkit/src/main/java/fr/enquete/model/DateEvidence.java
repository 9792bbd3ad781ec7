package fr.enquete.model;

import java.util.Optional;

/**
 * What a column's slashed dates prove about their order: a first field above 12 ({@code 18/01/2024}) proves
 * day first, a second field above 12 ({@code 1/18/2024}) proves month first. Decided for the column as a whole,
 * so that {@code 5/1/2024} is read the same way as its neighbours; mutable, one per column and reading thread.
 */
public final class DateEvidence {

    private String dayProof;
    private long dayProofRow;
    private String monthProof;
    private long monthProofRow;
    private long slashed;

    /** Notes one cell (ignored unless it is a slashed date). */
    public void see(CellValues.DateCell cell, String text, long row) {
        if (cell == null || cell.iso() != null) {
            return;
        }
        slashed++;
        if (cell.first() > 12 && dayProof == null) {
            dayProof = text;
            dayProofRow = row;
        }
        if (cell.second() > 12 && monthProof == null) {
            monthProof = text;
            monthProofRow = row;
        }
    }

    /** Adds what another part of the column saw (the proofs kept are the earliest rows). */
    public void merge(DateEvidence o) {
        slashed += o.slashed;
        if (o.dayProof != null && (dayProof == null || o.dayProofRow < dayProofRow)) {
            dayProof = o.dayProof;
            dayProofRow = o.dayProofRow;
        }
        if (o.monthProof != null && (monthProof == null || o.monthProofRow < monthProofRow)) {
            monthProof = o.monthProof;
            monthProofRow = o.monthProofRow;
        }
    }

    /** Whether some cells prove day first and others month first: the column cannot be read as one. */
    public boolean mixed() {
        return dayProof != null && monthProof != null;
    }

    /** The order proven by the cells, if any (empty when none is or when they are mixed). */
    public Optional<DateOrder> proven() {
        if (mixed()) {
            return Optional.empty();
        }
        return dayProof != null ? Optional.of(DateOrder.DAY_FIRST) : monthProof != null ? Optional.of(DateOrder.MONTH_FIRST) : Optional.empty();
    }

    public DateOrder decide(DateOrder fallback) {
        return proven().orElse(fallback);
    }

    /** For inspect: the order chosen and why (the proving cell, or the platform's language). */
    public String explain(DateOrder fallback, String fallbackReason) {
        if (slashed == 0) {
            return "ISO or year-first dates (no order to decide)";
        }
        if (mixed()) {
            return "mixed orders: \"" + dayProof + "\" (row " + dayProofRow + ") is day first, \"" + monthProof
                    + "\" (row " + monthProofRow + ") month first";
        }
        DateOrder o = decide(fallback);
        if (dayProof != null) {
            return "read " + o.label() + ": \"" + dayProof + "\" (row " + dayProofRow + ") has a first field above 12";
        }
        if (monthProof != null) {
            return "read " + o.label() + ": \"" + monthProof + "\" (row " + monthProofRow + ") has a second field above 12";
        }
        return "read " + o.label() + ": no day above 12 proves an order, so " + fallbackReason + " decides";
    }

    /** The located error for a column whose dates mix both orders. */
    public String mixedMessage() {
        return "dates mix two orders: \"" + dayProof + "\" (row " + dayProofRow + ") can only be day/month/year and \""
                + monthProof + "\" (row " + monthProofRow + ") only month/day/year; correct one of them";
    }

    public long monthProofRow() {
        return monthProofRow;
    }
}
