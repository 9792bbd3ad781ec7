package fr.enquete.cli;

import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.SourceLocation;
import fr.enquete.report.CorrespondenceTables;
import fr.enquete.report.Lang;
import fr.enquete.report.chart.ChartFiles;
import fr.enquete.report.chart.Drawing;
import fr.enquete.report.chart.FactorMap;
import fr.enquete.stats.CorrespondenceAnalysis;
import fr.enquete.text.TermGroupTable;
import fr.enquete.text.TermIndex;
import fr.enquete.text.TermTable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code terms --ca}: the correspondence analysis of the term table's terms x the {@code --by} groups, and its
 * factor map. A map needs two axes, hence at least 3 groups and 3 terms that occur in them; otherwise the command
 * says why instead of drawing a map with one meaningless axis.
 */
final class TermsCorrespondence {

    private TermsCorrespondence() {
    }

    /** Checks the option's file name before any work. */
    static void check(Path map, String by) {
        if (map == null) {
            return;
        }
        if (by == null) {
            throw new UsageException(Message.of("usage.terms.ca.by"));
        }
        if (!map.getFileName().toString().matches("(?i).*\\.(svg|png)")) {
            throw new UsageException(Message.of("usage.file.extension", "--ca", UsageErrors.either(java.util.List.of(".svg", ".png")), map));
        }
    }

    /**
     * Analyses the terms of {@code table} by the groups of the index's documents.
     *
     * @throws InputException when fewer than 3 groups or 3 terms remain (located at the {@code --by} column)
     */
    static CorrespondenceTables.Result analyse(String export, String by, TermIndex index, TermTable table) {
        TermGroupTable t = TermGroupTable.of(index, table);
        SourceLocation where = new SourceLocation(export, 0, 0, by);
        if (t.groups().size() < 3) {
            throw new InputException(where, Message.of(t.groups().size() == 2 ? "terms.ca.groups.two" : "terms.ca.groups", by,
                    (long) t.groups().size(), String.join(", ", t.groups())));
        }
        if (t.terms().size() < 3) {
            throw new InputException(where, Message.of("terms.ca.terms", (long) t.terms().size()));
        }
        CorrespondenceAnalysis ca = t.correspondenceAnalysis();
        if (ca.axes() < 2) {
            throw new InputException(where, Message.of("terms.ca.axis", by));
        }
        return new CorrespondenceTables.Result(by, t, ca);
    }

    /** Draws the map of axes 1 and 2 to {@code file} (SVG or PNG, by its extension), atomically. */
    static void draw(Path file, CorrespondenceTables.Result r, Lang lang, String title) throws IOException {
        Drawing d = new FactorMap(lang).draw(r.analysis(), r.variable(), title, FactorMap.DEFAULT_TERMS);
        ChartFiles.write(file, d.width(), d.height(), d.title(), d.drawing());
    }
}
