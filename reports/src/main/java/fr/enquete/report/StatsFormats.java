package fr.enquete.report;

import fr.enquete.analysis.AnalysisResult;
import fr.enquete.stats.SurveyResult;
import fr.enquete.text.TermTable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The formats of {@code enquete stats}: the built-in ones, then those named in {@code META-INF/services} (see {@link StatsFormat}). */
public final class StatsFormats {

    private StatsFormats() {
    }

    /** The built-in formats, in the order they are listed. */
    public enum BuiltIn implements StatsFormat {
        /** Plain-text tables, for a terminal. */
        text {
            @Override
            public void write(SurveyResult result, Map<String, TermTable> terms, Options options, OutputStream out) throws IOException {
                new TextStatsWriter(options.lang(), options.verbatims()).write(result, terms, out);
            }

            @Override
            public void write(AnalysisResult analysis, Options options, OutputStream out) throws IOException {
                new TextStatsWriter(options.lang(), options.verbatims()).write(analysis.result(), analysis.terms(), analysis.segments(), out);
            }

            @Override
            public boolean writesGroups() {
                return true;
            }

            @Override
            public void writeGroups(String by, Map<String, SurveyResult> groups, Options options, OutputStream out) throws IOException {
                TextStatsWriter w = new TextStatsWriter(options.lang(), options.verbatims());
                for (Map.Entry<String, SurveyResult> e : groups.entrySet()) {
                    out.write(("===== " + by + " = " + e.getKey() + "\n").getBytes(StandardCharsets.UTF_8));
                    w.write(e.getValue(), Map.of(), out);
                    out.write('\n');
                }
            }
        },
        /** The JSON contract (docs/outputs.md). */
        json {
            @Override
            public void write(SurveyResult result, Map<String, TermTable> terms, Options options, OutputStream out) throws IOException {
                new JsonStatsWriter(options.lang(), options.verbatims()).write(result, terms, out);
            }

            @Override
            public void write(AnalysisResult analysis, Options options, OutputStream out) throws IOException {
                new JsonStatsWriter(options.lang(), options.verbatims()).write(analysis.result(), analysis.terms(), analysis.segments(), out);
            }

            @Override
            public boolean writesGroups() {
                return true;
            }

            @Override
            public void writeGroups(String by, Map<String, SurveyResult> groups, Options options, OutputStream out) throws IOException {
                new JsonStatsWriter(options.lang(), options.verbatims()).writeGroups(by, groups, out);
            }
        },
        /** One long table, one row per figure. */
        csv {
            @Override
            public void write(SurveyResult result, Map<String, TermTable> terms, Options options, OutputStream out) throws IOException {
                new CsvStatsWriter(options.lang()).write(result, terms, out);
            }

            @Override
            public void write(AnalysisResult analysis, Options options, OutputStream out) throws IOException {
                new CsvStatsWriter(options.lang()).write(analysis.result(), analysis.terms(), analysis.segments(), out);
            }
        }
    }

    /**
     * Every format, in the order they are listed: the built-in ones (text, json, csv), then those
     * {@link java.util.ServiceLoader} finds on the class path ({@code META-INF/services/fr.enquete.report.StatsFormat});
     * a registered format named like a built-in one takes its place.
     */
    public static List<StatsFormat> registered() {
        return Registry.ALL;
    }

    /** The format called {@code name}, ignoring case and surrounding spaces. */
    public static Optional<StatsFormat> named(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return registered().stream().filter(f -> f.name().equals(n)).findFirst();
    }

    /** Read once, at first use: the class path does not change while the program runs. */
    private static final class Registry {
        static final List<StatsFormat> ALL = FormatRegistry.load(StatsFormat.class, List.of(BuiltIn.values()), StatsFormat::name);
    }
}
