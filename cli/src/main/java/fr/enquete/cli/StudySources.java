package fr.enquete.cli;

import fr.enquete.analysis.AnalysisResult;
import fr.enquete.indicator.Comparison;
import fr.enquete.indicator.Complement;
import fr.enquete.indicator.Portrait;
import fr.enquete.indicator.IndicatorAnalysis;
import fr.enquete.indicator.IndicatorChecks;
import fr.enquete.indicator.IndicatorReader;
import fr.enquete.indicator.IndicatorTable;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.Names;
import fr.enquete.qual.ActionPlan;
import fr.enquete.qual.ActionPlanReader;
import fr.enquete.qual.SwotAnalysis;
import fr.enquete.report.Labels;
import fr.enquete.report.Lang;
import fr.enquete.report.doc.PlanReportBuilder;
import fr.enquete.report.doc.Report;
import fr.enquete.report.doc.ReportBuilder;
import fr.enquete.report.doc.SwotReportBuilder;
import fr.enquete.report.study.SourceFacts;
import fr.enquete.report.study.StudyDocument;
import fr.enquete.spec.ReportLayout;
import fr.enquete.study.Chapter;
import fr.enquete.study.Study;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Each chapter of a study through the command that makes its kind of material (indicators, report, swot, plan):
 * the same readers, analyses, disclosure of personal data and builders, so a chapter says what that command says.
 */
final class StudySources {

    private final Lang lang;
    private final PrivacyOptions privacy;
    private final PrintWriter err;

    StudySources(Lang lang, PrivacyOptions privacy, PrintWriter err) {
        this.lang = lang;
        this.privacy = privacy;
        this.err = err;
    }

    /**
     * The chapters' parts. A plan is read last, against what the study's other chapters hold, as {@code plan --swot
     * --indicators} reads it: an action that answers a SWOT item no interviews chapter has, or an indicator no portrait
     * has, is an error (the study printed "Répond aux constats du diagnostic : Offre d'accueil petite enfance", which
     * its diagnostic never showed). Without an interviews (or indicators) chapter those links are not checked.
     */
    List<StudyDocument.Part> parts(Study study) {
        List<StudyDocument.Part> parts = new ArrayList<>();
        Set<String> items = null;
        Set<String> indicatorNames = null;
        for (Chapter c : study.chapters()) {
            if (c instanceof Chapter.Indicators i) {
                StudyDocument.Part part = indicators(i);
                indicatorNames = indicatorNames == null ? new LinkedHashSet<>() : indicatorNames;
                indicatorNames.addAll(((SourceFacts.Indicators) part.facts()).analysis().table().indicators());
                parts.add(part);
            } else if (c instanceof Chapter.Survey s) {
                parts.add(survey(s));
            } else if (c instanceof Chapter.Interviews i) {
                StudyDocument.Part part = interviews(i);
                items = items == null ? new LinkedHashSet<>() : items;
                items.addAll(((SourceFacts.Interviews) part.facts()).analysis().items());
                parts.add(part);
            } else {
                parts.add(null);
            }
        }
        for (int k = 0; k < parts.size(); k++) {
            Chapter c = study.chapters().get(k);
            if (c instanceof Chapter.Plan p) {
                ActionPlan plan = ActionPlanReader.read(p.file(), new fr.enquete.qual.PlanLinks(items, indicatorNames));
                parts.set(k, new StudyDocument.Part(c, new PlanReportBuilder(lang).forReaders().build(plan), new SourceFacts.Plan(List.of(p.file()), plan)));
            } else if (parts.get(k) == null) {
                parts.set(k, new StudyDocument.Part(c, null, null));
            }
        }
        return parts;
    }

    private StudyDocument.Part indicators(Chapter.Indicators c) {
        IndicatorTable read = IndicatorReader.read(c.file(), new fr.enquete.importer.ImportOptions(null, null, null,
                new LimitOptions().limits(), null));
        PortraitRequest request = PortraitRequest.of(c);
        List<Complement> computed = located(c, () -> request.complements(read));
        IndicatorTable table = computed.isEmpty() ? read : computed.get(computed.size() - 1).table();
        for (String t : c.territories()) {
            requireTerritory(c, table, t);
        }
        if (c.reference() != null) {
            requireTerritory(c, table, c.reference());
        }
        Comparison comparison = Comparison.of(table, c.territories(), c.reference(), c.year());
        Portrait portrait = located(c, () -> request.portrait(table, comparison, computed));
        IndicatorAnalysis a = new IndicatorAnalysis(table, comparison, null, null, null, null, IndicatorChecks.of(read), portrait);
        List<Report.Block> maps = located(c, () -> request.maps(table, c.year(), lang));
        // The document names the file only, never a path of this disk.
        Report report = located(c, () -> request.builder(lang, maps).forStudy().build(a, c.title(), c.file().getFileName().toString()));
        return new StudyDocument.Part(c, report, new SourceFacts.Indicators(c.inputs(), a));
    }

    /** A chapter's bad value (an unknown indicator, a target without data) as an error at the chapter's line. */
    private static <T> T located(Chapter c, java.util.function.Supplier<T> f) {
        try {
            return f.get();
        } catch (IllegalArgumentException e) {
            throw new InputException(c.at(), e.getMessage());
        }
    }

    private static void requireTerritory(Chapter.Indicators c, IndicatorTable table, String t) {
        if (!table.hasTerritory(t)) {
            throw new InputException(c.at(), Message.of("study.territory.unknown", t, c.file().getFileName().toString(),
                    Names.hint(t, table.territories()), new Message.Listed(table.territories(), false)));
        }
    }

    private StudyDocument.Part survey(Chapter.Survey c) {
        ExportOptions o = new ExportOptions();
        o.export = c.export();
        o.spec = c.spec();
        o.secret = c.secret();
        o.weight = c.weight();
        TextOptions text = new TextOptions();
        text.noTerms = !c.terms();
        fr.enquete.analysis.Analysis a = Pipeline.analysis(o, text, false, privacy, lang, phase -> { }).repeatedSegments(c.segments())
                .layout((l, all) -> layout(c, l, all));
        // One reading of the export: the tables, the chapter's layout and its cross-tabulations.
        AnalysisResult analysis = Pipeline.run(a::run, c.at());
        Report built = new ReportBuilder(lang).withoutCodes().build(analysis);
        Report report = chosen(built, c).withNote(PrivacyOptions.note(analysis.disclosure(), lang));
        PrivacyOptions.report(analysis.disclosure(), lang, err);
        String masked = PrivacyOptions.note(analysis.disclosure(), lang);
        return new StudyDocument.Part(c, report, new SourceFacts.Survey(c.inputs(), analysis.result(), a.analysisOptions().quantiles(),
                masked == null ? "" : masked));
    }

    /**
     * The chapter's layout from the spec's {@code l}: its questions and crossings only, in its order, with the spec's
     * titles and chart settings; all the questions (the spec's parts) and its crossings after them when it names none.
     * A question or crossing not among the questions analysed ({@code all}) is an error at the chapter's line.
     */
    private ReportLayout layout(Chapter.Survey c, ReportLayout l, List<String> all) {
        for (String q : c.questions()) {
            if (!all.contains(q)) {
                throw new InputException(c.at(), Message.of("study.question.unknown", q, c.export().getFileName().toString(), Names.hint(q, all)));
            }
        }
        List<ReportLayout.Crossing> crossings = new ArrayList<>();
        for (Chapter.Crossing x : c.crosstabs()) {
            for (String id : List.of(x.rows(), x.columns())) {
                if (!all.contains(id)) {
                    throw new InputException(c.at(), Message.of("study.crosstab.unknown", id, c.export().getFileName().toString(),
                            Names.hint(id, all)));
                }
            }
            crossings.add(new ReportLayout.Crossing(x.rows(), x.columns()));
        }
        if (!c.questions().isEmpty()) {
            return new ReportLayout(l.title(), l.author(), l.sort(), l.top(), List.of(new ReportLayout.Part("", "", c.questions(), crossings)),
                    l.settings());
        }
        return crossings.isEmpty() ? l : l.withCrosstabs(new Labels(lang).get("crosstab.part"), crossings, all);
    }

    /**
     * The questions chosen, in the chapter's order (all when none is named; the spec's parts then kept), the
     * cross-tabulations, and without verbatims when the chapter says so.
     */
    private static Report chosen(Report r, Chapter.Survey c) {
        List<Report.Section> sections = new ArrayList<>();
        for (Report.Section s : r.sections()) {
            if (c.questions().isEmpty()) {
                sections.add(s);
            } else if (!(s.isPart() && s.title().isBlank())) {
                // The chapter's own list is one untitled part: its questions come up one level.
                sections.add(new Report.Section(1, s.anchor(), s.key(), s.title(), s.meta(), s.blocks()));
            }
        }
        if (!c.verbatims()) {
            sections.replaceAll(StudySources::withoutVerbatims);
        }
        return new Report(r.title(), r.author(), r.subtitle(), r.lang(), sections);
    }

    private static Report.Section withoutVerbatims(Report.Section s) {
        List<Report.Block> kept = new ArrayList<>();
        for (int i = 0; i < s.blocks().size(); i++) {
            Report.Block b = s.blocks().get(i);
            Report.Block next = i + 1 < s.blocks().size() ? s.blocks().get(i + 1) : null;
            if (b instanceof Report.Quotes || b instanceof Report.Subheading && next instanceof Report.Quotes) {
                continue;
            }
            kept.add(b);
        }
        return new Report.Section(s.level(), s.anchor(), s.key(), s.title(), s.meta(), kept);
    }

    private StudyDocument.Part interviews(Chapter.Interviews c) {
        QualOptions q = new QualOptions();
        q.sources = new ArrayList<>(c.sources());
        q.codebook = c.codebook();
        q.spec = c.spec();
        q.role = c.role();
        q.grid = c.grid();
        q.privacy = privacy;
        SwotAnalysis a = Pipeline.run(() -> q.analyse(lang, err), c.at());
        String theme = c.theme().isEmpty() ? "" : a.theme(c.theme()).orElseThrow(() -> new InputException(c.at(),
                Message.of("study.theme.unknown", c.theme(), Names.hint(c.theme(), a.themes()), new Message.Listed(a.themes(), false))));
        Report report = new SwotReportBuilder(lang).forReaders().build(a, theme, c.quotes(), null).withNote(PrivacyOptions.note(q.disclosure, lang));
        String masked = PrivacyOptions.note(q.disclosure, lang);
        Set<java.nio.file.Path> files = new LinkedHashSet<>(q.files());
        if (c.codebook() != null) {
            files.add(c.codebook());
        }
        return new StudyDocument.Part(c, report, new SourceFacts.Interviews(List.copyOf(files), a, a.codebook().grid().code(), c.quotes(),
                masked == null ? "" : masked));
    }
}
