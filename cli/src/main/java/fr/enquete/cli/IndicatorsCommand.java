package fr.enquete.cli;

import fr.enquete.indicator.Change;
import fr.enquete.indicator.Comparison;
import fr.enquete.indicator.Complement;
import fr.enquete.indicator.Indicator;
import fr.enquete.indicator.Portrait;
import fr.enquete.indicator.IndicatorAnalysis;
import fr.enquete.indicator.IndicatorChecks;
import fr.enquete.indicator.IndicatorReader;
import fr.enquete.indicator.IndicatorTable;
import fr.enquete.indicator.Ranking;
import fr.enquete.model.Message;
import fr.enquete.model.Names;
import fr.enquete.report.doc.HtmlReportWriter;
import fr.enquete.report.doc.IndicatorWriter;
import fr.enquete.report.Lang;
import fr.enquete.report.doc.DocxReportWriter;
import fr.enquete.report.doc.Report;
import fr.enquete.report.doc.XlsxReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code enquete indicators}: an indicator table (the portrait of an ABS or a CTG diagnostic) compared across
 * territories, its evolutions and rankings, and the published figures that disagree with its own values.
 */
@Command(name = "indicators", mixinStandardHelpOptions = true)
final class IndicatorsCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    DebugOption debug = new DebugOption();

    enum Format { text, json, csv, html, docx, xlsx, md }

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    LimitOptions limits = new LimitOptions();

    @Option(names = "--territories", paramLabel = "T,...", split = ",")
    List<String> territories = new ArrayList<>();

    @Option(names = "--reference", paramLabel = "T")
    String reference;

    @Option(names = "--year", paramLabel = "YEAR", converter = YearConverter.class)
    Integer year;

    @Option(names = "--from", paramLabel = "YEAR", converter = YearConverter.class)
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", converter = YearConverter.class)
    Integer to;

    @Option(names = "--rank", paramLabel = "INDICATOR")
    String rank;

    @Option(names = "--level", paramLabel = "LEVEL")
    String level;

    @Option(names = "--ascending")
    boolean ascending;

    @Option(names = "--key", paramLabel = "INDICATOR")
    List<String> keys = new ArrayList<>();

    @Option(names = "--target", paramLabel = "SPEC")
    List<String> targets = new ArrayList<>();

    @Option(names = "--complement", paramLabel = "NAME=WHOLE - PART")
    List<String> complements = new ArrayList<>();

    @Option(names = "--chart")
    boolean chart;

    @Option(names = "--radar", paramLabel = "INDICATOR")
    List<String> radar = new ArrayList<>();

    @Option(names = "--map", paramLabel = "CONTOURS.geojson")
    Path map;

    @Option(names = "--map-key", paramLabel = "PROPERTY")
    String mapKey;

    @Option(names = "--map-indicator", paramLabel = "INDICATOR")
    String mapIndicator;

    @Option(names = "--classes", paramLabel = "N", defaultValue = "4")
    int classes;

    @Option(names = "--breaks", paramLabel = "METHOD", defaultValue = "quantiles")
    String breaks;

    @Option(names = "--check")
    boolean check;

    @Option(names = "--title", paramLabel = "TEXT")
    String title;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "text")
    List<String> formats = new java.util.ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        DocumentOutput<Format> documents = DocumentOutput.of(formats, Format.class, out, "indicators");
        if (chart && !documents.any("html", "docx", "xlsx", "md")) {
            throw new UsageException(Message.of("usage.indicators.draws", "--chart"));
        }
        if (map != null && !documents.any("html", "docx", "xlsx", "md")) {
            throw new UsageException(Message.of("usage.indicators.draws", "--map"));
        }
        if (!radar.isEmpty() && !chart) {
            throw new UsageException(Message.of("usage.indicators.radar"));
        }
        if (map != null && mapKey == null) {
            throw new UsageException(Message.of("usage.indicators.map.key"));
        }
        if (map != null && !breaks.equals("quantiles") && !breaks.equals("equal")) {
            throw new UsageException(Message.of("usage.indicators.breaks", breaks));
        }
        if ((from == null) != (to == null) || (from != null && from >= to)) {
            throw new UsageException(Message.of("usage.indicators.evolutions"));
        }
        for (Path written : documents.files()) {
            // The contours too: --out on the GeoJSON replaced it with the portrait.
            Pipeline.checkNotInput(written, file, map);
        }
        IndicatorTable table = IndicatorReader.read(file, new fr.enquete.importer.ImportOptions(null, null, null, limits.limits(), null));
        List<IndicatorChecks.Finding> checks = IndicatorChecks.of(table);
        PrintWriter w = spec.commandLine().getOut();
        Lang lang = output.language();
        if (check) {
            if (out != null || !formats.equals(List.of("text"))) {
                // --check --format json --out chk.json printed French text on standard output and wrote nothing (exit 4).
                throw new UsageException(Message.of("usage.indicators.check"));
            }
            IndicatorAnalysis only = new IndicatorAnalysis(table, Comparison.of(table, List.of(), null, null), null, null, null, null, checks);
            new IndicatorWriter(lang).checks(only, w);
            w.flush();
            return checks.isEmpty() ? Main.OK : Main.FOUND;
        }
        PortraitRequest request = new PortraitRequest(keys, targets, complements,
                chart ? List.of("bars", "radar", "lines", "target") : List.of(), radar,
                map == null ? null : new fr.enquete.study.Chapter.MapSpec(map, mapKey, mapIndicator, breaks, classes));
        IndicatorTable whole = table;
        List<Complement> computed = parse(() -> request.complements(whole));
        if (!computed.isEmpty()) {
            table = computed.get(computed.size() - 1).table();
        }
        for (String t : territories) {
            requireTerritory(table, t);
        }
        if (reference != null) {
            requireTerritory(table, reference);
        }
        requireYearsAndLevel(table);
        Comparison comparison = Comparison.of(table, territories, reference, year);
        // As the table spells it ("Pas-de-calais" is the table's "Pas-de-Calais"); the ranking's only when named.
        String ref = reference == null ? null : comparison.reference();
        Ranking ranking = null;
        if (rank != null) {
            if (!table.indicators().contains(rank)) {
                throw new UsageException(Message.of("usage.indicators.indicator", rank, file, Names.hint(rank, table.indicators())));
            }
            ranking = Ranking.of(table, rank, year, level, ascending, ref);
        }
        List<Change> changes = from == null ? null : Change.of(table, comparison.territories(), from, to);
        IndicatorTable t = table;
        Portrait portrait = parse(() -> request.portrait(t, comparison, computed));
        IndicatorAnalysis a = new IndicatorAnalysis(table, comparison, changes, from, to, ranking, checks, portrait);
        IndicatorWriter writer = new IndicatorWriter(lang);
        List<Report.Block> maps = parse(() -> request.maps(t, year, lang));
        // The territories compared name the portrait ("Indicateurs : Lens, Pas-de-calais"); when they are many, the first
        // three and how many others ("Roubaix, Lille, Tourcoing et 16 autres territoires"): a file's name ("Indicateurs :
        // mel-npru.csv") told a reader nothing.
        List<String> named = comparison.territories();
        String subject = named.size() <= 4 ? String.join(", ", named)
                : String.join(", ", named.subList(0, 3)) + java.text.MessageFormat.format(
                        new fr.enquete.report.Labels(lang).get("ind.title.others"), named.size() - 3);
        String heading = title != null ? title : new fr.enquete.report.Labels(lang).get("ind.title") + (lang == Lang.FR ? "\u00A0: " : ": ") + subject;
        // The file's name as the source line, not the path it was read from on this machine.
        Report report = parse(() -> request.builder(lang, maps).build(a, heading, file.getFileName().toString()));
        if (chart && report.sections().stream().flatMap(s -> s.blocks().stream()).noneMatch(b -> b instanceof Report.Figure)) {
            // Said, not left silent: a table of amounts and counts has no share to draw, and one year no gap over time.
            spec.commandLine().getErr().println("enquete: --chart: nothing to draw in " + file.getFileName() + ": bars and the radar"
                    + " draw shares (%), lines the gaps over time (two years or more), and the targets' charts need --target");
            spec.commandLine().getErr().flush();
        }
        documents.write(format -> stream -> {
            switch (format) {
                case json -> writer.json(a, stream);
                case csv -> writer.csv(a, stream);
                case html -> new HtmlReportWriter(lang).write(report, stream);
                case docx -> new DocxReportWriter().write(report, stream);
                case xlsx -> new XlsxReportWriter().write(report, stream);
                default -> writer.text(a, stream);
            }
        }, report, w);
        return Main.OK;
    }

    /** Runs a parse of an option's value, its IllegalArgumentException turned into a usage error (exit 2, the message). */
    private static <T> T parse(java.util.function.Supplier<T> f) {
        try {
            return f.get();
        } catch (fr.enquete.model.ReferenceException e) {
            throw new UsageException(e);
        } catch (IllegalArgumentException e) {
            // The toolkit's reason, worded in English only (a period written wrong...).
            throw new UsageException(Message.plain(e.getMessage()));
        }
    }

    /**
     * A --year, --from, --to or --level that no value of the table has: said, rather than empty tables and exit code 0
     * (lens-cadrage.tsv --year 2019 printed empty tables under their headings).
     */
    private void requireYearsAndLevel(IndicatorTable table) {
        List<Indicator> all = table.values();
        for (Integer y : java.util.Arrays.asList(year, from, to)) {
            if (y != null && all.stream().noneMatch(i -> i.period().from() == y)) {
                throw new UsageException(Message.of("usage.indicators.year", String.valueOf(y), file, all.stream()
                        .map(Indicator::period).distinct().sorted(java.util.Comparator.comparingInt(fr.enquete.indicator.Period::from)
                                .thenComparing(fr.enquete.indicator.Period::schoolYear))
                        .map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))));
            }
        }
        List<String> levels = all.stream().map(Indicator::level).filter(l -> l != null && !l.isEmpty()).distinct().toList();
        if (level != null && levels.stream().noneMatch(level::equalsIgnoreCase)) {
            throw new UsageException(Message.of(levels.isEmpty() ? "usage.indicators.level.none" : "usage.indicators.level", level, file,
                    Names.hint(level, levels), String.join(", ", levels)));
        }
    }

    /**
     * A year, or a school year as the table writes it ("2019-2020", "2019/2020"), which the table keys by the year it
     * ends: the same as 2020.
     */
    static final class YearConverter implements picocli.CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return fr.enquete.indicator.Period.yearOrSchoolYear(value).orElseThrow(() -> new ValueConversionException(
                    Message.of("usage.value.year", value)));
        }
    }

    private void requireTerritory(IndicatorTable table, String t) {
        if (!table.hasTerritory(t)) {
            throw new UsageException(Message.of("usage.indicators.territory", t, file, Names.hint(t, table.territories()),
                    String.join(", ", table.territories())));
        }
    }
}
