package fr.enquete.report.study;

import fr.enquete.indicator.Indicator;
import fr.enquete.report.Lang;
import fr.enquete.report.NumberFormats;
import fr.enquete.report.ResultTable;
import fr.enquete.report.ResultTable.Cell;
import fr.enquete.report.ResultTable.Kind;
import fr.enquete.report.ResultTables;
import fr.enquete.report.doc.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * The methodology annex, written from the facts of each chapter: a table of the sources with their bases, then per
 * source how its figures were made (response rate, quantile method, weights, secrecy, personal data, grid), and
 * the software's version. Nothing in it is typed by hand, so it cannot disagree with the chapters.
 */
final class MethodologyAnnex {

    /** A chapter's facts, with its number and title in the document. */
    record Numbered(String number, String title, SourceFacts facts) {
        /** "2. Portrait", as the sources table names the chapter. */
        String chapter() {
            return number + ". " + title;
        }
    }

    private final StudyLabels labels;
    private final NumberFormats numbers;
    private final ResultTables tables;

    MethodologyAnnex(Lang lang) {
        this.labels = new StudyLabels(lang);
        this.numbers = new NumberFormats(lang);
        this.tables = new ResultTables(lang);
    }

    /** The sources table (the annex's table, numbered by the document). */
    ResultTable sources(List<Numbered> facts) {
        List<String> header = List.of(labels.get("m.col.chapter"), labels.get("m.col.kind"), labels.get("m.col.file"), labels.get("m.col.base"));
        ResultTable.Builder t = new ResultTable.Builder(header, Collections.nCopies(4, Kind.TEXT));
        for (Numbered n : facts) {
            t.row(List.of(Cell.text(n.chapter()), Cell.text(labels.get("m.kind." + kind(n.facts()))), Cell.text(n.facts() instanceof SourceFacts.Interviews i ? transcripts(i) : files(n.facts().files())),
                    Cell.text(base(n.facts()))), Double.NaN, false);
        }
        return t.build();
    }

    /** The paragraphs after the table, source by source, then the date and the software. */
    List<String> paragraphs(List<Numbered> facts, String date, String software) {
        List<String> out = new ArrayList<>();
        for (Numbered n : facts) {
            SourceFacts f = n.facts();
            if (f instanceof SourceFacts.Survey s) {
                    var r = s.result();
                    out.add(labels.format("m.survey", n.number(), n.title(), numbers.integer(r.respondents())));
                    if (r.precision() != null && r.precision().population() > 0) {
                        out.add(labels.format("m.rate", numbers.percent(r.precision().responseRate(r.respondents())),
                                numbers.integer(r.respondents()), numbers.integer(r.precision().population())));
                    } else {
                        out.add(labels.get("m.norate"));
                    }
                    out.add(labels.format("m.quantiles", s.quantiles().label()));
                    out.add(r.weighted() ? labels.format("m.weights", tables.weightsLine(r)) : labels.get("m.noweights"));
                    out.add(r.secret() > 0 ? labels.format("m.secret", r.secret()) : labels.get("m.nosecret"));
                    out.add(s.privacy().isBlank() ? labels.get("m.privacy.default") : labels.format("m.privacy", s.privacy()));
            } else if (f instanceof SourceFacts.Interviews i) {
                    out.add(labels.format("m.interviews", n.number(), n.title(), numbers.integer(i.analysis().sources().size()),
                            numbers.integer(i.analysis().codedExpressions("")), labels.get("m.grid." + i.grid()), i.quotes(),
                            i.analysis().sources().size(), i.analysis().codedExpressions("")));
                    out.add(i.privacy().isBlank() ? labels.get("m.privacy.default") : labels.format("m.privacy", i.privacy()));
            } else if (f instanceof SourceFacts.Indicators i) {
                    String source = i.analysis().table().source();
                    // The table's source is its path when the file names none: the annex names the file, not the disk.
                    boolean path = source == null || source.isBlank() || i.files().stream().anyMatch(p -> p.toString().equals(source));
                    out.add(labels.format("m.indicators", n.number(), n.title(), path ? files(i.files()) : source));
                    out.add(i.analysis().checks().isEmpty() ? labels.get("m.indicators.nochecks")
                            : labels.format("m.indicators.checks", i.analysis().checks().size()));
            } else if (f instanceof SourceFacts.Plan p) {
                out.add(labels.format("m.plan", n.number(), n.title(), p.plan().axes().size(), actions(p)));
            }
        }
        if (date != null && !date.isBlank()) {
            out.add(labels.format("m.date", date));
        }
        out.add(labels.format("m.software", software));
        return out;
    }

    private static String kind(SourceFacts f) {
        return f instanceof SourceFacts.Survey ? "survey" : f instanceof SourceFacts.Interviews ? "interviews"
                : f instanceof SourceFacts.Indicators ? "indicators" : "plan";
    }

    private String base(SourceFacts f) {
        if (f instanceof SourceFacts.Survey s) {
            long questions = s.result().questions().stream().filter(q -> !(q instanceof fr.enquete.stats.QuestionResult.Identifiers)).count();
            return labels.format("m.base.survey", numbers.integer(s.result().respondents()), numbers.integer(questions),
                    s.result().respondents(), questions);
        }
        if (f instanceof SourceFacts.Interviews i) {
            return labels.format("m.base.interviews", numbers.integer(i.analysis().sources().size()),
                    numbers.integer(i.analysis().codedExpressions("")), i.analysis().sources().size(), i.analysis().codedExpressions(""));
        }
        if (f instanceof SourceFacts.Indicators i) {
            int indicators = i.analysis().table().indicators().size();
            int territories = i.analysis().table().territories().size();
            String years = span(i.analysis().table().values());
            String base = labels.format("m.base.indicators", numbers.integer(indicators), numbers.integer(territories), years,
                    indicators, territories, years.contains("–") && years.length() > 1 ? 2 : 1);
            // The published changes span other years than the values ("Variation sur 5 ans" from 2013 beside 2018
            // values): "années 2018–2020" alone told a reader the table held nothing older.
            String changes = span(i.analysis().table().evolutions());
            return changes.equals("–") || changes.equals(years) ? base : base + labels.format("m.base.indicators.changes", changes);
        }
        SourceFacts.Plan p = (SourceFacts.Plan) f;
        return labels.format("m.base.plan", p.plan().axes().size(), actions(p));
    }

    /** The years {@code figures} cover, "2018–2020", "2020" or "–" for none. */
    private static String span(List<Indicator> figures) {
        TreeSet<Integer> years = new TreeSet<>();
        for (Indicator v : figures) {
            // A school year starts the year before the one it is keyed by: 2015-2016 … 2019-2020 cover 2015–2020 (2016–2020 was printed).
            years.add(v.period().schoolYear() ? v.period().from() - 1 : v.period().from());
            years.add(v.period().to());
        }
        return years.isEmpty() ? "–" : years.first().equals(years.last()) ? String.valueOf(years.first()) : years.first() + "–" + years.last();
    }

    private static long actions(SourceFacts.Plan p) {
        return p.plan().axes().stream().mapToLong(a -> a.actions().size()).sum();
    }

    /**
     * "entretiens/ (3 transcriptions), codebook.yaml": the transcripts by their folder and number, not by their names,
     * which say where a person works ("02-directrice-centre-socioculturel.txt") while quotes are credited by role.
     */
    private String transcripts(SourceFacts.Interviews i) {
        java.util.Set<String> names = new java.util.HashSet<>();
        i.analysis().sources().forEach(s -> names.add(Path.of(s.file()).getFileName().toString()));
        List<Path> transcripts = i.files().stream().filter(f -> f.getFileName() != null && names.contains(f.getFileName().toString())).toList();
        if (transcripts.isEmpty()) {
            return files(i.files());
        }
        java.util.Set<String> folders = new java.util.TreeSet<>();
        transcripts.forEach(f -> folders.add(f.getParent() == null || f.getParent().getFileName() == null ? "." : f.getParent().getFileName().toString()));
        List<String> out = new java.util.ArrayList<>();
        out.add(labels.format("m.transcripts", String.join(", ", folders.stream().map(f -> f + "/").toList()),
                numbers.integer(transcripts.size()), transcripts.size()));
        i.files().stream().filter(f -> !transcripts.contains(f)).map(MethodologyAnnex::name).forEach(out::add);
        return String.join(", ", out);
    }

    private static String files(List<Path> files) {
        return String.join(", ", files.stream().map(MethodologyAnnex::name).toList());
    }

    /** A file by its name, never by the path it was read from. */
    private static String name(Path f) {
        return f.getFileName() == null ? f.toString() : f.getFileName().toString();
    }
}
