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
    /** Whether the cells come from a workbook, where year-first cells are the spreadsheet's own date cells. */
    private boolean workbook;
    /** Slashed cells that are a date in one order only: a first field above 12 (day first), a second (month first). */
    private long dayOnly;
    private long monthOnly;
    /** Year-first cells (ISO text, or a workbook's date cells), and the earliest of them. */
    private long iso;
    private String isoExample;
    private long isoRow;
    /**
     * Year-first cells whose day is above 12: a spreadsheet converts a slashed text only when both its fields are 12
     * or less, so such a date cell was not made by a conversion, and the column is no half-converted one.
     */
    private long isoDayAbove12;

    /** Notes one year-first cell (ISO text or a workbook's date cell) of day {@code dayOfMonth}. */
    public void seeIso(int dayOfMonth, String text, long row) {
        iso++;
        if (dayOfMonth > 12) {
            isoDayAbove12++;
        }
        if (isoExample == null) {
            isoExample = text;
            isoRow = row;
        }
    }

    /** Notes one cell (ignored unless it is a date). */
    public void see(CellValues.DateCell cell, String text, long row) {
        if (cell == null) {
            return;
        }
        if (cell.iso() != null) {
            seeIso(cell.iso().getDayOfMonth(), text, row);
            return;
        }
        slashed++;
        if (cell.first() > 12) {
            dayOnly++;
        }
        if (cell.second() > 12) {
            monthOnly++;
        }
        if (cell.first() > 12 && dayProof == null) {
            dayProof = text;
            dayProofRow = row;
        }
        if (cell.second() > 12 && monthProof == null) {
            monthProof = text;
            monthProofRow = row;
        }
    }

    /**
     * Whether the column looks half converted by a spreadsheet: it holds date cells (read year first) and slashed
     * text, every one of which is a date in a single order. A French spreadsheet opening an English CSV turns
     * {@code 1/3/2024} into 1 March (day first) and leaves {@code 1/13/2024}, no date day first, as text: the text
     * proves month first, so the date cells hold day and month swapped (the reverse for an English spreadsheet
     * and a French CSV). Their true dates are lost; the column cannot be read.
     */
    public boolean halfConverted() {
        // In a CSV, year-first text is what someone wrote (ISO beside month-first text is two writers, not a
        // spreadsheet's conversion): only a workbook's date cells tell of one.
        return workbook && iso > 0 && isoDayAbove12 == 0 && slashed > 0 && !mixed() && (dayOnly == slashed || monthOnly == slashed);
    }

    /** The located error for a half-converted column ({@link #halfConverted()}). */
    public String halfConvertedMessage() {
        return halfConvertedWording().english();
    }

    /** {@link #halfConvertedMessage()} in either language; counts and rows as text where English never grouped them. */
    public Message halfConvertedWording() {
        boolean month = monthOnly == slashed;
        return Message.of(month ? "date.halfconverted.month" : "date.halfconverted.day", String.valueOf(slashed), slashed,
                month ? monthProof : dayProof, String.valueOf(month ? monthProofRow : dayProofRow), String.valueOf(iso), iso, isoExample,
                String.valueOf(isoRow));
    }

    /** The row of the text cell that proves the order of a half-converted column, for its error's location. */
    public long halfConvertedRow() {
        return monthOnly == slashed ? monthProofRow : dayProofRow;
    }

    /**
     * Says whether the cells come from a workbook (XLSX, XLS, ODS, by the file's name): only there are year-first
     * cells a spreadsheet's date cells, the sign of {@link #halfConverted()}.
     */
    public DateEvidence fromFile(String file) {
        String f = file == null ? "" : file.toLowerCase(java.util.Locale.ROOT);
        workbook = f.endsWith(".xlsx") || f.endsWith(".xlsm") || f.endsWith(".xls") || f.endsWith(".ods");
        return this;
    }

    /** Adds what another part of the column saw (the proofs kept are the earliest rows). */
    public void merge(DateEvidence o) {
        slashed += o.slashed;
        dayOnly += o.dayOnly;
        monthOnly += o.monthOnly;
        iso += o.iso;
        isoDayAbove12 += o.isoDayAbove12;
        if (o.isoExample != null && (isoExample == null || o.isoRow < isoRow)) {
            isoExample = o.isoExample;
            isoRow = o.isoRow;
        }
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
    public Message explain(DateOrder fallback, Message fallbackReason) {
        if (halfConverted()) {
            return Message.of("inference.date.halfconverted", halfConvertedWording());
        }
        if (slashed == 0) {
            return Message.of("inference.date.iso");
        }
        if (mixed()) {
            return Message.of("inference.date.mixed", dayProof, String.valueOf(dayProofRow), monthProof, String.valueOf(monthProofRow));
        }
        Message order = decide(fallback).wording();
        if (dayProof != null) {
            return Message.of("inference.date.dayproof", order, dayProof, String.valueOf(dayProofRow));
        }
        if (monthProof != null) {
            return Message.of("inference.date.monthproof", order, monthProof, String.valueOf(monthProofRow));
        }
        return Message.of("inference.date.fallback", order, fallbackReason);
    }

    /** The located error for a column whose dates mix both orders. */
    public String mixedMessage() {
        return mixedWording().english();
    }

    /** {@link #mixedMessage()} in either language. */
    public Message mixedWording() {
        return Message.of("date.mixed", dayProof, String.valueOf(dayProofRow), monthProof, String.valueOf(monthProofRow));
    }

    public long monthProofRow() {
        return monthProofRow;
    }
}
