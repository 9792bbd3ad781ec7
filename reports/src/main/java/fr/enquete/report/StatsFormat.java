package fr.enquete.report;

import fr.enquete.analysis.AnalysisResult;
import fr.enquete.stats.SurveyResult;
import fr.enquete.text.TermTable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * One output format of {@code enquete stats}: its name for {@code --format} and the writer of a survey's tables.
 * {@link StatsFormats#registered()} lists the built-in formats (text, json, csv) then those found by
 * {@link java.util.ServiceLoader}.
 *
 * <p>A new format is one class implementing this interface, with a public no-argument constructor, named in a
 * {@code META-INF/services/fr.enquete.report.StatsFormat} file of its jar: {@code stats --format NAME} then writes
 * it, with no change to enquete.
 */
public interface StatsFormat {

    /** What the writers are told besides the tables: the language, and whether free-text answers are printed. */
    record Options(Lang lang, boolean verbatims) {
    }

    /** The name {@code --format} takes, in lower case ("json"). */
    String name();

    /** Writes every question's table (and the term tables of {@code terms}, by question id); the same input gives the same bytes. */
    void write(SurveyResult result, Map<String, TermTable> terms, Options options, OutputStream out) throws IOException;

    /**
     * Writes what an analysis computed: its tables, term tables and, where the format has a place for them, the
     * repeated segments' tables ({@code stats --repeated-segments}). By default the tables and term tables only.
     */
    default void write(AnalysisResult analysis, Options options, OutputStream out) throws IOException {
        write(analysis.result(), analysis.terms(), options, out);
    }

    /** Whether this format writes the tables of several groups at once ({@code stats --by}); none by default. */
    default boolean writesGroups() {
        return false;
    }

    /**
     * Writes each group's tables ({@code stats --by}), groups in the map's order.
     *
     * @param by the id of the question whose answers made the groups
     * @throws UnsupportedOperationException unless {@link #writesGroups()}
     */
    default void writeGroups(String by, Map<String, SurveyResult> groups, Options options, OutputStream out) throws IOException {
        throw new UnsupportedOperationException(name() + " writes no groups");
    }
}
