package fr.enquete.report.study;

import fr.enquete.model.InputException;
import fr.enquete.report.Lang;
import fr.enquete.report.ResultTable;
import fr.enquete.report.ResultTable.Cell;
import fr.enquete.report.ResultTable.Kind;
import fr.enquete.report.doc.Report;
import fr.enquete.study.Chapter;
import fr.enquete.study.Study;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assembles a study into one {@link Report} every writer lays out: chapters numbered in order, the authors' text
 * before what each chapter's builder generated (its sections one level down), every table and figure given a
 * numbered caption, the cross-references of the authors' text resolved ({@code {ref:fig:q12}} to "Figure 4"), the
 * methodology annex written from the facts, and the list of tables and figures. It also collects every number
 * printed in a table ({@link StudyFigures}) for the next version's {@code --changes} note.
 */
public final class StudyDocument {

    /**
     * A chapter and what was made of it: the report its command builds (null for text and methodology chapters) and
     * the facts the annex reports (null when none).
     */
    public record Part(Chapter chapter, Report generated, SourceFacts facts) {
    }

    /** A numbered table or figure: its label ("Tableau 3"), caption text and the chapter it is in. */
    public record Numbered(String label, String text, String chapter) {
    }

    /** The document, its numbered tables and figures in order, and the figures of its tables. */
    public record Built(Report report, List<Numbered> tables, List<Numbered> figures, StudyFigures numbers) {
    }

    private static final Pattern REF = Pattern.compile("\\{ref:(chap|tab|fig):([^}\\s]+)}");

    private final Lang lang;
    private final StudyLabels labels;
    private final String software;

    /** @param software the software and its version, as the annex prints it ("enquete 0.1.0") */
    public StudyDocument(Lang lang, String software) {
        this.lang = lang;
        this.labels = new StudyLabels(lang);
        this.software = software;
    }

    /**
     * @param previous the figures of the previous version, or null: with them, a first section lists the figures
     *                 that moved (old → new)
     * @param previousName how that note names the previous version (its file name)
     */
    public Built build(Study study, List<Part> parts, StudyFigures previous, String previousName) {
        State st = new State();
        List<Report.Section> body = new ArrayList<>();
        int chapterNumber = 0;
        List<MethodologyAnnex.Numbered> facts = new ArrayList<>();
        // Numbers first, in document order, so that the authors' text may refer forward.
        for (Part p : parts) {
            Chapter c = p.chapter();
            if (c instanceof Chapter.Methodology) {
                continue;
            }
            String number = String.valueOf(++chapterNumber);
            st.refs.put("chap:" + c.id(), labels.get("chapter") + " " + number);
            if (p.facts() != null) {
                facts.add(new MethodologyAnnex.Numbered(number, c.title(), p.facts()));
            }
        }
        chapterNumber = 0;
        List<Report.Section> annex = new ArrayList<>();
        for (Part p : parts) {
            Chapter c = p.chapter();
            if (c instanceof Chapter.Methodology m) {
                annex.add(methodology(m, facts, study, st));
                continue;
            }
            String number = String.valueOf(++chapterNumber);
            String anchor = "c" + number;
            List<Report.Block> intro = st.author(AuthorText.blocks(c.text()));
            if (p.generated() != null && !p.generated().subtitle().isBlank()) {
                intro.add(new Report.Paragraph(p.generated().subtitle(), true));
            }
            body.add(new Report.Section(1, anchor, "", labels.format("chapter.numbered", number, c.title()), "", intro));
            if (p.generated() == null) {
                continue;
            }
            int sub = 0;
            int subsub = 0;
            for (Report.Section s : p.generated().sections()) {
                int level = Math.min(3, s.level() + 1);
                // A third level (a plan's fiche under its axis) is numbered under its section, 5.2.1, as its place in
                // the contents says; one with no section above it is numbered and placed as a section.
                String title;
                if (level == 3 && sub > 0) {
                    title = number + "." + sub + "." + ++subsub + " " + s.title();
                } else {
                    level = 2;
                    subsub = 0;
                    title = number + "." + ++sub + " " + s.title();
                }
                body.add(new Report.Section(level, anchor + "-" + s.anchor(), s.key(), title, s.meta(), st.numbered(c, s, anchor + "-")));
            }
        }
        List<Report.Section> sections = new ArrayList<>();
        StudyFigures numbers = new StudyFigures(st.figures);
        if (previous != null) {
            sections.add(changes(numbers.since(previous), previousName));
        }
        sections.addAll(body);
        sections.addAll(annex);
        sections.add(lists(st));
        List<Report.Section> resolved = new ArrayList<>();
        for (Report.Section s : sections) {
            resolved.add(st.resolve(s, parts, study));
        }
        Report report = new Report(study.title(), String.join(", ", study.authors()), cover(study), lang, resolved);
        return new Built(report, List.copyOf(st.tables), List.copyOf(st.figureList), numbers);
    }

    private String cover(Study study) {
        List<String> lines = new ArrayList<>();
        if (!study.territory().isBlank()) {
            lines.add(labels.format("cover.territory", study.territory()));
        }
        if (!study.references().isEmpty()) {
            lines.add(labels.format("cover.references", String.join(", ", study.references())));
        }
        if (!study.date().isBlank()) {
            lines.add(study.date());
        }
        return String.join(" · ", lines);
    }

    private Report.Section methodology(Chapter.Methodology m, List<MethodologyAnnex.Numbered> facts, Study study, State st) {
        MethodologyAnnex annex = new MethodologyAnnex(lang);
        List<Report.Block> blocks = st.author(AuthorText.blocks(m.text()));
        blocks.add(new Report.Paragraph(labels.get("m.intro"), false));
        if (!facts.isEmpty()) {
            blocks.add(st.caption(m.id(), true, labels.get("m.sources"), "tab:" + m.id()));
            blocks.add(new Report.Table(annex.sources(facts), false));
        }
        annex.paragraphs(facts, study.date(), software).forEach(t -> blocks.add(new Report.Paragraph(t, false)));
        String title = m.title().isBlank() ? labels.get("methodology.title") : labels.get("annex") + " – " + m.title();
        return new Report.Section(1, "annex-" + m.id(), "", title, "", blocks);
    }

    private Report.Section lists(State st) {
        List<Report.Block> blocks = new ArrayList<>();
        blocks.add(new Report.Subheading(labels.get("lists.tables")));
        if (st.tables.isEmpty()) {
            blocks.add(new Report.Paragraph(labels.get("lists.none"), false));
        }
        if (!st.tables.isEmpty()) {
            blocks.add(captionList(labels.get("table"), st.tables));
        }
        blocks.add(new Report.Subheading(labels.get("lists.figures")));
        if (st.figureList.isEmpty()) {
            blocks.add(new Report.Paragraph(labels.get("lists.none"), false));
        } else {
            blocks.add(captionList(labels.get("figure"), st.figureList));
        }
        return new Report.Section(1, "lists", "", labels.get("lists"), "", blocks);
    }

    /** Captions are numbered 1, 2, 3… in document order, so the i-th listed is number i + 1. */
    private static Report.CaptionList captionList(String kind, List<Numbered> numbered) {
        List<Report.Caption> cs = new ArrayList<>();
        for (int i = 0; i < numbered.size(); i++) {
            cs.add(new Report.Caption(kind, i + 1, numbered.get(i).text()));
        }
        return new Report.CaptionList(kind, cs);
    }

    private Report.Section changes(StudyFigures.Changes changes, String previousName) {
        List<Report.Block> blocks = new ArrayList<>();
        if (changes.moved().isEmpty()) {
            blocks.add(new Report.Paragraph(labels.format("changes.none", previousName), false));
        } else {
            blocks.add(new Report.Paragraph(labels.format("changes.intro", String.valueOf(changes.moved().size()), previousName, changes.moved().size()), false));
            ResultTable.Builder t = new ResultTable.Builder(List.of(labels.get("changes.where"), labels.get("changes.before"),
                    labels.get("changes.after")), List.of(Kind.TEXT, Kind.TEXT, Kind.TEXT));
            for (StudyFigures.Moved m : changes.moved()) {
                StudyFigures.Figure a = m.after();
                t.row(List.of(Cell.text(a.label() + " – " + a.table() + " ; " + a.row() + " ; " + a.column()), Cell.text(m.before().text()),
                        Cell.text(a.text())), Double.NaN, false);
            }
            blocks.add(new Report.Table(t.build(), false));
        }
        if (changes.added() > 0 || changes.removed() > 0) {
            blocks.add(new Report.Paragraph(labels.format("changes.added", changes.added(), changes.removed()), true));
        }
        return new Report.Section(1, "changes", "", labels.get("changes.title"), "", blocks);
    }

    /** The numbering under way: counters, labels of references, the author blocks whose references are resolved. */
    private final class State {
        private final Map<String, String> refs = new LinkedHashMap<>();
        private final List<Numbered> tables = new ArrayList<>();
        private final List<Numbered> figureList = new ArrayList<>();
        private final List<StudyFigures.Figure> figures = new ArrayList<>();
        private final Set<Report.Block> authored = Collections.newSetFromMap(new IdentityHashMap<>());

        List<Report.Block> author(List<Report.Block> blocks) {
            authored.addAll(blocks);
            return new ArrayList<>(blocks);
        }

        /** A caption, numbered next; {@code refs} names it for cross-references (the first name given wins). */
        Report.Caption caption(String chapter, boolean table, String text, String... names) {
            List<Numbered> list = table ? tables : figureList;
            String kind = labels.get(table ? "table" : "figure");
            Report.Caption c = new Report.Caption(kind, list.size() + 1, text);
            list.add(new Numbered(c.label(), text, chapter));
            for (String n : names) {
                refs.putIfAbsent(n, c.label());
            }
            return c;
        }

        /**
         * A generated section with a caption before each table, grid and figure. A subheading right before a table
         * goes into its caption. The first table and figure of a question are {@code tab:ID} and {@code fig:ID}, those
         * of the chapter {@code tab:CHAPTER} and {@code fig:CHAPTER}.
         */
        List<Report.Block> numbered(Chapter c, Report.Section s, String prefix) {
            List<Report.Block> out = new ArrayList<>();
            List<Report.Block> blocks = s.blocks();
            String key = s.key().isEmpty() ? s.anchor() : s.key();
            // A section named after its first table ("Thèmes × quadrants"): another table's subheading is a title of
            // its own, not a part of the section's ("Thèmes × quadrants : Thèmes × rôles..." before).
            boolean namedAfterATable = false;
            for (int i = 0; i + 1 < blocks.size(); i++) {
                namedAfterATable |= blocks.get(i) instanceof Report.Subheading h && h.text().startsWith(s.title())
                        && (blocks.get(i + 1) instanceof Report.Table || blocks.get(i + 1) instanceof Report.Swot);
            }
            Set<String> captioned = new java.util.HashSet<>();
            for (int i = 0; i < blocks.size(); i++) {
                Report.Block b = blocks.get(i);
                Report.Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
                if (b instanceof Report.Subheading h && (next instanceof Report.Table || next instanceof Report.Swot)) {
                    continue;
                }
                String heading = i > 0 && blocks.get(i - 1) instanceof Report.Subheading h ? h.text() : "";
                String text = heading.isEmpty() || s.title().startsWith(heading) ? s.title()
                        : heading.startsWith(s.title()) || namedAfterATable ? heading : s.title() + labels.get("colon") + heading;
                if (b instanceof Report.Table t && !captioned.add(text) && !t.table().header().isEmpty()) {
                    // A second table of the section with no subheading of its own (an action's indicators after its
                    // rubrics) is told apart by its first column's title: two captions read "Fiche action 2 : Petite
                    // enfance", and their figures had the same keys.
                    text += labels.get("colon") + t.table().header().get(0);
                    captioned.add(text);
                }
                String met = text;
                if ((b instanceof Report.Table || b instanceof Report.Swot) && tables.stream().anyMatch(n -> n.text().equals(met))) {
                    // Two chapters' portraits both had "Comparaison des territoires (référence : Pas-de-Calais)": the
                    // list of tables could not tell them apart. A caption met in an earlier chapter names its own.
                    text += " – " + c.title();
                }
                if (b instanceof Report.Table t) {
                    out.add(caption(c.id(), true, text, "tab:" + key, "tab:" + c.id()));
                    collect(c, text, out.get(out.size() - 1), t.table());
                } else if (b instanceof Report.Swot) {
                    out.add(caption(c.id(), true, text, "tab:" + key, "tab:" + c.id()));
                } else if (b instanceof Report.Figure f) {
                    Report.Chart chart = f.chart();
                    String what = chart.title().isBlank() ? s.title() : chart.title();
                    // A question's histogram and box plot share its title: the caption says which is which.
                    for (String kind : List.of("histogram", "box")) {
                        if (chart.name().endsWith("-" + kind)) {
                            what += " (" + labels.get("fig." + kind) + ")";
                        }
                    }
                    out.add(caption(c.id(), false, what, "fig:" + key, "fig:" + c.id()));
                    // Chart files are named by chapter: two surveys both have a q8. A caption that repeats the chart's
                    // title goes: the numbered caption above says it.
                    b = new Report.Figure(chart.named(prefix + chart.name()), f.caption().equals(chart.title()) ? "" : f.caption());
                }
                out.add(b);
            }
            return out;
        }

        /** Every numeric cell of a table, keyed by its row's first cell and its column's title. */
        private void collect(Chapter c, String table, Report.Block caption, ResultTable t) {
            String label = ((Report.Caption) caption).label();
            for (int r = 0; r < t.rows().size(); r++) {
                List<String> row = t.rows().get(r);
                for (int col = 1; col < row.size(); col++) {
                    double v = t.values().get(r).get(col);
                    // Figures only: an interval is not one (figures.json never listed them).
                    if (t.kinds().get(col).figures() && !row.get(col).isBlank()) {
                        figures.add(new StudyFigures.Figure(c.id(), table, row.get(0), t.header().get(col), label, row.get(col), v));
                    }
                }
            }
        }

        /** The section with the references of its authors' blocks replaced; an unknown one is an error at its chapter. */
        Report.Section resolve(Report.Section s, List<Part> parts, Study study) {
            List<Report.Block> out = new ArrayList<>();
            boolean changed = false;
            for (Report.Block b : s.blocks()) {
                if (!authored.contains(b)) {
                    out.add(b);
                    continue;
                }
                Report.Block r = b;
                if (b instanceof Report.Paragraph p) {
                    r = Report.Paragraph.of(p.spans().stream().map(x -> x.withText(replace(x.text(), s, parts, study))).toList(), p.note());
                } else if (b instanceof Report.Subheading h) {
                    r = new Report.Subheading(replace(h.text(), s, parts, study));
                } else if (b instanceof Report.Quotes q) {
                    r = new Report.Quotes(q.items().stream().map(t -> replace(t, s, parts, study)).toList());
                }
                changed |= r != b;
                out.add(r);
            }
            return changed ? new Report.Section(s.level(), s.anchor(), s.key(), s.title(), s.meta(), out) : s;
        }

        private String replace(String text, Report.Section s, List<Part> parts, Study study) {
            Matcher m = REF.matcher(text);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                String name = m.group(1) + ":" + m.group(2);
                String label = refs.get(name);
                if (label == null) {
                    throw new InputException(where(s, parts, study), fr.enquete.model.Message.of("study.ref.unknown", m.group(),
                            fr.enquete.model.Names.hint(name, refs.keySet()),
                            String.join(", ", refs.keySet().stream().filter(k -> k.startsWith(m.group(1) + ":")).toList())));
                }
                m.appendReplacement(b, Matcher.quoteReplacement(label));
            }
            m.appendTail(b);
            return b.toString();
        }

        /** The declaration of the chapter a section belongs to (its anchor starts with the chapter's), else the study file. */
        private fr.enquete.model.SourceLocation where(Report.Section s, List<Part> parts, Study study) {
            int n = 0;
            for (Part p : parts) {
                if (p.chapter() instanceof Chapter.Methodology m) {
                    if (s.anchor().equals("annex-" + m.id())) {
                        return m.at();
                    }
                    continue;
                }
                n++;
                if (s.anchor().equals("c" + n) || s.anchor().startsWith("c" + n + "-")) {
                    return p.chapter().at();
                }
            }
            return fr.enquete.model.SourceLocation.file(study.file().toString());
        }
    }
}
