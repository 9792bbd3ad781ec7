package fr.enquete.indicator;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.importer.TableHandler;
import fr.enquete.model.CellValues;
import fr.enquete.model.Folding;
import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Row;
import fr.enquete.model.Message;
import fr.enquete.model.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an indicator table (CSV, TSV, XLSX, ODS, or a Markdown file's pipe tables) in one of three shapes:
 *
 * <ul>
 *   <li><b>long</b>, one figure a row: {@code territoire;indicateur;année;valeur} and optionally {@code unité},
 *       {@code numérateur}, {@code dénominateur}, {@code niveau}, {@code parent} (English names too). A span as the year
 *       ({@code 2015-2020}) makes the row a published evolution between its two years;</li>
 *   <li><b>wide</b>, as CAF's "données de cadrage" print them: the indicator in the first column, {@code Année Réf},
 *       then one column per territory, each optionally followed by a {@code Variation sur 5 ans} column (its published
 *       evolution over that many years). Header lines repeated between blocks, blank lines, {@code <b>} marks and
 *       headings without figures are skipped;</li>
 *   <li><b>years as columns</b>, as CAF and INSEE tables are most often copied: a territory a row, a column per year or
 *       school year, and the published changes ({@code Territoire;2015;2020;Évolution 2015-2020}).</li>
 * </ul>
 * In the first two, a row whose indicator starts with "dont" is a part of the last indicator above that does not, and an
 * "Evolution annuelle" row is the published change of the indicator above it since the year before.
 */
public final class IndicatorReader {

    private static final Set<String> TERRITORY = Set.of("territoire", "territory", "zone", "territoires");
    private static final Set<String> INDICATOR = Set.of("indicateur", "indicator", "libelle", "indicateurs");
    private static final Set<String> YEAR = Set.of("annee", "year", "annee ref", "annee de reference", "periode", "period", "millesime");
    private static final Set<String> VALUE = Set.of("valeur", "value");
    private static final Set<String> UNIT = Set.of("unite", "unit");
    private static final Set<String> NUMERATOR = Set.of("numerateur", "numerator");
    private static final Set<String> DENOMINATOR = Set.of("denominateur", "denominator");
    private static final Set<String> LEVEL = Set.of("niveau", "level", "echelle");
    private static final Set<String> PARENT = Set.of("parent");
    private static final Pattern VARIATION = Pattern.compile("^(variation|evolution)\\b.*");
    private static final Pattern YEARS = Pattern.compile("(\\d+)\\s*ans?\\b");
    /** A call to a footnote ending an indicator's label: "(1)", "(12)", "(*)", "(**)", "*". */
    /** Bullets a document sets before a "dont" line: "- dont", "– dont", "• dont", "▪ dont", "- o dont". */
    private static final Pattern BULLETED_PART = Pattern.compile("^(?:[-\u2013\u2014\u2022\u00B7\u25AA\u25E6\u2023*>]|o(?=\\s))"
            + "(?:\\s*(?:[-\u2013\u2014\u2022\u00B7\u25AA\u25E6\u2023*>]|o(?=\\s)))*\\s*(?=(?i:dont)\\s)");
    /**
     * A section's heading as a CAF document numbers or marks it: "1.2.2 Jeunesse", "1. Données statistiques", "4- Amélioration
     * du cadre de vie", "#### Animation de la vie sociale"; the numbering and marks are not part of its name.
     */
    private static final Pattern SECTION = Pattern.compile("^(?:(#+)\\s*)?((?:\\d{1,2}(?:\\.\\d{1,2})+\\.?|\\d{1,2}[.-])\\s+)?(\\S.*?)[\\s:]*$");
    /** A line under or above a table that is no title: its source, its field, a note or a reading aid. */
    private static final Pattern SOURCE_LINE = Pattern.compile("^(source|sources|champ|note|notes|lecture|\\*)\\b");
    /**
     * A reference value printed above or under a table, as seed 000 does (line 996, "Moyenne France: 1 600 € (2019)"):
     * "Moyenne nationale : 14,5 %", "France métropolitaine : 14,4 % (2019)". Its territory, its value, and its year in
     * brackets (or after "en"), folded.
     */
    private static final Pattern REFERENCE_LINE = Pattern.compile("^(?:moyenne\\s+)?(france(?:\\s+(?:metropolitaine|entiere|hexagonale))?|nationale)"
            + "\\s*:\\s*(.*?\\d.*?)(?:\\s*(?:\\(|\\ben\\s+)(\\d{4})\\)?)?\\s*\\.?$");
    /** A footnote's line, starting with the mark it explains: "* Données provisoires", "(*) chiffres provisoires". */
    private static final Pattern FOOTNOTE_LINE = Pattern.compile("^\\(?\\*{1,3}\\)?");
    private static final Pattern FOOTNOTE = Pattern.compile("\\s*(\\((\\d{1,2}|\\*{1,3})\\)|\\*{1,3})$");

    private IndicatorReader() {
    }

    public static IndicatorTable read(Path file) {
        return read(file, ImportOptions.DEFAULTS);
    }

    public static IndicatorTable read(Path file, ImportOptions options) {
        String name = file.toString();
        List<Indicator> figures = new ArrayList<>();
        List<Message> notes = new ArrayList<>();
        boolean[] found = {false};
        List<Shape> shapes = new ArrayList<>();
        // Lines above the tables: where a footnote a year heading calls may be (the lines below are the shapes').
        List<String> aside = new ArrayList<>();
        // The reference values met above a header ("Moyenne France : 14,4 % (2019)"), for the table below.
        List<Reference> references = new ArrayList<>();
        Importers.table(file, options).read(new TableHandler() {
            private Shape shape;
            /** The section heading met above the header, which the table's first block is under. */
            private String section;
            /** The last line above the header that is not a source or a note: what names a table with years as columns. */
            private Title title;

            /** The table a Markdown file ended last, while no line but a reference value has come since. */
            private Shape ended;

            @Override
            public boolean findsItsHeader() {
                return true;
            }

            /**
             * A Markdown file's next pipe table is a table of its own, named by its own heading. A CAF table's blocks go
             * on as one table (its header lines start blocks, whose sections name its repeated totals).
             */
            @Override
            public void tableEnds() {
                if (shape != null && !(shape instanceof WideShape)) {
                    ended = shape;
                    shape = null;
                    title = null;
                }
            }

            @Override
            public void header(Header h) {
                shape = Shape.of(h, name, 1, null, notes);
                found[0] = shape != null;
                if (shape != null) {
                    shapes.add(shape);
                }
                if (shape == null) {
                    above(h.names(), 1);
                }
            }

            /** A line above the table (a title, a section's heading): noted, and the section the table below is under. */
            private void above(List<String> cells, long row) {
                String line = String.join(" ", cells.stream().filter(n -> !Header.unnamed(n)).toList());
                Optional<Reference> reference = Reference.of(line, SourceLocation.cell(name, row, null));
                if (reference.isPresent()) {
                    // "Moyenne France: 1 600 € (2019)" between the title and the header names nothing: a figure of France,
                    // of the table above it when it comes right under one.
                    (ended != null ? ended.references : references).add(reference.get());
                    return;
                }
                ended = null;
                if (!SOURCE_LINE.matcher(fold(line)).lookingAt()) {
                    // A reference value under another title than the table's (seed 000's "Moyenne France: 14,4% (2019)"
                    // under the title of a map) is not the table's.
                    references.forEach(r -> notes.add(Message.of("ind.note.reference.unused", r.where(), r.line())));
                    references.clear();
                }
                notes.add(Message.of("ind.note.above", SourceLocation.cell(name, row, null), line));
                aside.add(line);
                section = section(line).orElse(section);
                if (!SOURCE_LINE.matcher(fold(line)).lookingAt()) {
                    // "## Revenus" names its table as "Revenus" would: the Markdown heading's marks are no part of it.
                    title = new Title(line.strip().replaceFirst("^#+\\s*", "").replaceFirst("\\s*:$", ""), row, notes.size() - 1);
                }
            }

            @Override
            public void row(Row row) {
                if (shape == null) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.size(); c++) {
                        cells.add(row.get(c).isBlank() ? "#" + (c + 1) : row.get(c).strip());
                    }
                    shape = Shape.of(new Header(name, cells), name, row.number(), title, notes);
                    found[0] |= shape != null;
                    if (shape != null) {
                        shapes.add(shape);
                        shape.section = section;
                        shape.references.addAll(references);
                        references.clear();
                        ended = null;
                    }
                    if (shape == null) {
                        above(cells, row.number());
                    }
                    return;
                }
                shape.read(row, figures, notes);
            }
        });
        // A reference value no table follows (under a map's title at the end of the file) is listed, as the others left out.
        references.forEach(r -> notes.add(Message.of("ind.note.reference.unused", r.where(), r.line())));
        shapes.forEach(s -> s.finish(figures, notes));
        if (figures.isEmpty() && !found[0]) {
            throw new InputException(SourceLocation.file(name), Message.of("ind.error.shape"));
        }
        if (figures.isEmpty()) {
            throw new InputException(SourceLocation.file(name), Message.of("ind.error.nofigure"));
        }
        shapes.forEach(s -> aside.addAll(s.aside));
        for (Shape s : shapes) {
            s.called.forEach((call, headings) -> provisionalByFootnote(call, headings, s.calledCells, aside, figures, notes));
        }
        List<String> territories = shapes.stream().flatMap(s -> s.met.stream()).map(t -> InseeNames.spelling(t).orElse(t)).distinct().toList();
        Separators separators = new Separators();
        shapes.forEach(s -> separators.merge(s.separators));
        List<Indicator> read = separators.thousands(figures, notes);
        Map<String, String> spelling = oneSpelling(territories);
        Map<SourceLocation, Block> blocks = new java.util.HashMap<>();
        shapes.forEach(s -> blocks.putAll(s.blocks));
        List<Indicator> sections = sectionTotals(read, blocks, notes);
        List<Indicator> named = sameTerritories(name, inseeSpelling(name, sections, notes), spelling, notes);
        Map<SourceLocation, SourceLocation> spanCells = new java.util.HashMap<>();
        shapes.forEach(s -> spanCells.putAll(s.spanCells));
        Set<SourceLocation> trailing = new java.util.HashSet<>();
        shapes.forEach(s -> trailing.addAll(s.trailing));
        return IndicatorTable.of(name, schoolYears(named, spanCells, trailing), notes).inOrder(territories.stream().map(spelling::get).distinct().toList());
    }

    /** A footnote saying what "*" or "(*)" marks: "* provisoire", "(*) Données provisoires", "* p : provisoire". */
    private static final Pattern PROVISIONAL_FOOTNOTE = Pattern.compile("^\\(?\\*{1,3}\\)?\\s*(?:[:=]\\s*)?.*\\b(provisoire|provisoires|provisional)\\b.*");

    /**
     * The figures under a year heading with a call to a footnote ("2020*") are provisional when a line of the file, the
     * footnote, says the call means so; without such a line the call is left out, and the notes say so.
     */
    private static void provisionalByFootnote(String call, Map<SourceLocation, String> headings, Set<SourceLocation> cells,
                                              List<String> aside, List<Indicator> figures, List<Message> notes) {
        String bare = call.replace("(", "").replace(")", "");
        boolean provisional = aside.stream().map(l -> Folding.unaccentedLowerCase(l.strip()))
                .anyMatch(l -> l.replace("(", "").replace(")", "").startsWith(bare) && PROVISIONAL_FOOTNOTE.matcher(l).matches());
        headings.forEach((heading, text) -> {
            if (!provisional) {
                notes.add(Message.of("ind.note.footnote", heading, text, call));
            }
        });
        if (provisional) {
            figures.replaceAll(i -> cells.contains(i.where()) ? provisional(i) : i);
        }
    }

    private static Indicator provisional(Indicator i) {
        Measure m = i.measure();
        return new Indicator(i.territory(), i.name(), i.period(), m.asProvisional(), i.numerator(),
                i.denominator(), i.level(), i.parent(), i.where());
    }

    /**
     * A span as a row's period ("2015-2020") makes its figure a published evolution, printed beside the value of its
     * last year and checked against the values at both ends. Without either value in the table, a span of two
     * consecutive years is a school (or season) year, as CAF and the Éducation nationale write them ("2019-2020",
     * "2019/2020"): one period, after 2018-2019. A longer span beside school years is their published evolution, as CAF
     * tables print "Évolution 2015-2020" beside 2015-2016 … 2019-2020: from the school year it starts in to the one it
     * ends with. A longer span with neither value would be in no table and no check: a located error. So is an
     * indicator given in school years and in single years (2018 and 2019-2020): which comes first, and how far apart
     * they are, the table does not say.
     */
    private static List<Indicator> schoolYears(List<Indicator> figures, Map<SourceLocation, SourceLocation> spanCells,
                                               Set<SourceLocation> trailing) {
        Set<String> years = new java.util.HashSet<>();
        figures.stream().filter(i -> !i.period().span()).forEach(i -> years.add(end(i, i.period().from())));
        // The school years, by the year each ends: what a longer span is the evolution between.
        Set<String> schoolYears = new java.util.HashSet<>();
        figures.stream().filter(i -> spanCells.containsKey(i.where()) && isSchoolYear(i, years))
                .forEach(i -> schoolYears.add(end(i, i.period().to())));
        List<Indicator> out = new ArrayList<>();
        for (Indicator i : figures) {
            SourceLocation cell = spanCells.get(i.where());
            Period p = i.period();
            if (trailing.contains(i.where())) {
                // "Variation sur 5 ans" beside the school year 2019-2020: from 2014-2015, five school years before.
                out.add(schoolYears.contains(end(i, p.to())) ? i.at(Period.betweenSchoolYears(p.from(), p.to())) : i);
            } else if (cell == null || years.contains(end(i, p.from())) || years.contains(end(i, p.to()))) {
                out.add(i);
            } else if (p.years() == 1) {
                out.add(i.at(Period.schoolYear(p.to())));
            } else if (schoolYears.contains(end(i, p.from() + 1)) || schoolYears.contains(end(i, p.to()))) {
                out.add(i.at(Period.betweenSchoolYears(p.from() + 1, p.to())));
            } else {
                // Years as text: a year is no quantity to group (2 020).
                throw new InputException(cell, Message.of("ind.error.span", p.toString(), i.name(), i.territory(), String.valueOf(p.from()),
                        String.valueOf(p.to()), String.valueOf(p.from() + 1), String.valueOf(p.to() - 1)));
            }
        }
        // An indicator in school years and in single years: refused, at its first school year.
        Map<String, Indicator> single = new java.util.HashMap<>();
        out.stream().filter(i -> !i.period().span() && !i.period().schoolYear()).forEach(i -> single.putIfAbsent(entry(i), i));
        for (Indicator i : out) {
            Indicator year = i.period().schoolYear() ? single.get(entry(i)) : null;
            if (year != null) {
                throw new InputException(spanCells.get(i.where()), Message.of("ind.error.mixed", i.period().toString(), i.name(), i.territory(),
                        String.valueOf(i.period().to() - 1), String.valueOf(i.period().to()), year.where().file(),
                        String.valueOf(year.where().row()), year.period().toString()));
            }
        }
        return out;
    }

    /** Whether a span's figure is a school year: two consecutive years, neither with a single-year value of its own. */
    private static boolean isSchoolYear(Indicator i, Set<String> years) {
        Period p = i.period();
        return p.years() == 1 && !years.contains(end(i, p.from())) && !years.contains(end(i, p.to()));
    }

    private static String entry(Indicator i) {
        return i.name() + "\u0000" + i.parent();
    }

    private static String end(Indicator i, int year) {
        return i.territory() + "\u0000" + entry(i) + "\u0000" + year;
    }

    /**
     * A year's mark, in a heading or a year cell: "2020 (provisoire)", "2020 (p)", "2020 p" and "2020p" say its figures
     * are provisional, as INSEE marks them; "2020*" and "2020 (*)" call a footnote, which may say so.
     */
    private static final Pattern MARKED_YEAR = Pattern.compile("(\\d{4}(?:\\s*[-\u2013/]\\s*\\d{4})?)\\s*(?:(\\((?:provisoire|provisional|p)\\)|p)"
            + "|(\\*{1,3}|\\(\\*{1,3}\\)))", Pattern.CASE_INSENSITIVE);

    /** A year or school year, whether its mark says provisional, and the footnote it calls (or null). */
    private record MarkedYear(Period period, boolean provisional, String call) {
        static Optional<MarkedYear> of(String text) {
            Matcher m = MARKED_YEAR.matcher(text.strip());
            if (m.matches()) {
                return Period.parse(m.group(1)).map(p -> new MarkedYear(p, m.group(2) != null, m.group(3)));
            }
            return Period.parse(text).map(p -> new MarkedYear(p, false, null));
        }
    }

    /**
     * A reference value a line gives ("Moyenne France: 1 600 € (2019)"): not the table's title, but a figure for a
     * territory of its own, France, beside those of the table.
     *
     * @param year the year it gives, or null
     * @param where the line
     */
    record Reference(String line, String territory, Measure value, Integer year, SourceLocation where) {
        static Optional<Reference> of(String line, SourceLocation where) {
            String text = line.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
            String folded = Folding.unaccentedLowerCase(text);
            Matcher m = REFERENCE_LINE.matcher(folded);
            if (!m.matches()) {
                return Optional.empty();
            }
            Optional<Measure> value;
            try {
                value = Measure.parse(m.group(2));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            // "Moyenne nationale" is France's; "France métropolitaine" keeps its name as the line writes it (the folded
            // line has the same places when its accents were composed, as typed).
            String territory = !m.group(1).startsWith("france ") ? "France" : folded.length() == text.length()
                    ? text.substring(m.start(1), m.end(1)) : "France " + m.group(1).substring("france ".length());
            return value.map(v -> new Reference(text, territory, v, m.group(3) == null ? null : Integer.valueOf(m.group(3)), where));
        }
    }

    /** A line above the header that may name the indicator of a table with years as columns, and its note's place. */
    private record Title(String text, long row, int note) {
    }

    /** The block of a wide table a figure was read in: its number, and the heading of the section it is under (or null). */
    private record Block(int number, String section) {
    }

    /** The heading a line is, without its numbering and marks: "1.2.2 Jeunesse" is "Jeunesse"; empty when it is none. */
    static Optional<String> section(String line) {
        String t = line.replaceAll("<[^>]*>", "").replace("**", "").strip();
        Matcher m = SECTION.matcher(t);
        if (!m.matches() || (m.group(1) == null && m.group(2) == null) || m.group(3).endsWith(".")) {
            return Optional.empty();
        }
        return Optional.of(m.group(3));
    }

    /**
     * A CAF document repeats a total in each section (seed 002: "Montants des financements d'Action Sociale Caf" under
     * the petite enfance, the jeunesse, the parentalité... blocks, each with its "dont prestations de service"). Read as
     * one indicator, the later totals were duplicates of the first and their parts hung off it. A whole given for the same
     * territory and year in two blocks is therefore one indicator per block, named after its section ("Montants ...
     * (Jeunesse)"), or after its row when the blocks have no distinct heading ("(l. 596)"); its parts and changes follow
     * it, and the notes list each renaming.
     */
    private static List<Indicator> sectionTotals(List<Indicator> figures, Map<SourceLocation, Block> blocks, List<Message> notes) {
        // In file order, so that the notes are too.
        Map<String, Map<String, Set<Integer>>> blocksOfFigure = new java.util.LinkedHashMap<>();
        for (Indicator i : figures) {
            Block b = blocks.get(i.where());
            if (b != null && i.parent() == null && !i.period().span()) {
                blocksOfFigure.computeIfAbsent(i.name(), k -> new java.util.HashMap<>())
                        .computeIfAbsent(i.territory() + "\u0000" + i.period().from(), k -> new java.util.TreeSet<>()).add(b.number());
            }
        }
        Set<String> repeated = new java.util.LinkedHashSet<>();
        blocksOfFigure.forEach((n, byFigure) -> {
            if (byFigure.values().stream().anyMatch(set -> set.size() > 1)) {
                repeated.add(n);
            }
        });
        if (repeated.isEmpty()) {
            return figures;
        }
        // Per repeated total and block, its qualified name: the section's heading when each block has its own.
        Map<String, Map<Integer, String>> qualified = new java.util.HashMap<>();
        for (String n : repeated) {
            Map<Integer, Indicator> firstOfBlock = new java.util.TreeMap<>();
            figures.stream().filter(i -> blocks.get(i.where()) != null && n.equals(i.name()) && i.parent() == null && !i.period().span())
                    .forEach(i -> firstOfBlock.putIfAbsent(blocks.get(i.where()).number(), i));
            List<String> headings = firstOfBlock.values().stream().map(i -> blocks.get(i.where()).section()).toList();
            boolean byHeading = headings.stream().allMatch(java.util.Objects::nonNull) && headings.stream().distinct().count() == headings.size();
            Map<Integer, String> names = new java.util.LinkedHashMap<>();
            firstOfBlock.forEach((number, i) -> {
                String q = n + " (" + (byHeading ? blocks.get(i.where()).section() : "l. " + i.where().row()) + ")";
                names.put(number, q);
                notes.add(Message.of("ind.note.section", SourceLocation.cell(i.where().file(), i.where().row(), null), n, q));
            });
            qualified.put(n, names);
        }
        List<Indicator> out = new ArrayList<>();
        for (Indicator i : figures) {
            Block b = blocks.get(i.where());
            String whole = i.parent() == null ? i.name() : i.parent();
            Map<Integer, String> names = qualified.get(whole);
            String q = b == null || names == null ? null : names.get(b.number());
            if (q == null) {
                out.add(i);
            } else if (i.parent() == null) {
                out.add(new Indicator(i.territory(), q, i.period(), i.measure(), i.numerator(), i.denominator(), i.level(), null, i.where()));
            } else {
                out.add(new Indicator(i.territory(), i.name(), i.period(), i.measure(), i.numerator(), i.denominator(), i.level(), q, i.where()));
            }
        }
        return out;
    }

    /** Each territory's spelling: the first met of those that differ only as {@link TerritoryNames#key} allows. */
    private static Map<String, String> oneSpelling(List<String> territories) {
        Map<String, String> first = new java.util.HashMap<>();
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String t : territories) {
            out.put(t, first.computeIfAbsent(TerritoryNames.key(t), k -> t));
        }
        return out;
    }

    /**
     * One territory spelled two ways ("Lomme" and "LOMME", "Métropole européenne de Lille" and "Metropole Europeenne de
     * Lille") made two columns, each with half the figures and no gap between them: read as one, in its first spelling,
     * each other spelling listed in the notes at its first row. Figures the two spellings both give for one year are
     * then duplicates, which the checks report when they differ.
     */
    private static List<Indicator> sameTerritories(String file, List<Indicator> figures, Map<String, String> spelling, List<Message> notes) {
        Map<String, SourceLocation> renamed = new java.util.LinkedHashMap<>();
        List<Indicator> out = new ArrayList<>();
        for (Indicator i : figures) {
            String one = spelling.getOrDefault(i.territory(), i.territory());
            if (!one.equals(i.territory())) {
                renamed.putIfAbsent(i.territory(), SourceLocation.cell(file, i.where().row(), null));
                i = new Indicator(one, i.name(), i.period(), i.measure(), i.numerator(), i.denominator(), i.level(), i.parent(), i.where());
            }
            out.add(i);
        }
        renamed.forEach((from, where) -> notes.add(Message.of("ind.note.spelling", where, from, spelling.get(from))));
        return out;
    }

    /**
     * Départements and régions spelled as INSEE spells them when a table differs in case only: CAF tables print
     * "Pas-de-calais", which a study's cover, written by hand, spells "Pas-de-Calais" (both were printed in one
     * document). Each renaming is listed in the notes.
     */
    private static List<Indicator> inseeSpelling(String file, List<Indicator> figures, List<Message> notes) {
        Map<String, String> renamed = new java.util.LinkedHashMap<>();
        List<Indicator> out = new ArrayList<>();
        for (Indicator i : figures) {
            java.util.Optional<String> insee = InseeNames.spelling(i.territory());
            if (insee.isPresent()) {
                renamed.put(i.territory(), insee.get());
                i = new Indicator(insee.get(), i.name(), i.period(), i.measure(), i.numerator(), i.denominator(), i.level(), i.parent(), i.where());
            }
            out.add(i);
        }
        renamed.forEach((from, to) -> notes.add(Message.of("ind.note.insee", SourceLocation.file(file), from, to)));
        return out;
    }

    /** A name folded for matching: no accents, tags or punctuation, lower case. */
    public static String fold(String s) {
        String t = Folding.unaccentedLowerCase(s.replaceAll("<[^>]*>", ""));
        return t.replaceAll("[()*:]", " ").replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
    }

    private static int find(Header h, Set<String> names) {
        for (int i = 0; i < h.size(); i++) {
            if (names.contains(fold(h.names().get(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** How the rows of the file are read. */
    private abstract static class Shape {
        final String file;
        final Header header;
        /** The last indicator that is not a "dont" part, per territory ("" for all in a wide table). */
        final java.util.Map<String, String> lastWhole = new java.util.HashMap<>();
        final java.util.Map<String, String> lastName = new java.util.HashMap<>();
        /** The whole of the last indicator named, when it is a "dont" part. */
        final java.util.Map<String, String> lastParent = new java.util.HashMap<>();
        /** The last "dont" part named under the current whole, what an "avec ..." line below it qualifies. */
        final java.util.Map<String, String> lastPart = new java.util.HashMap<>();
        /** Every territory met, in file order, those whose cells are "n.d." or secret too. */
        final java.util.Set<String> met = new java.util.LinkedHashSet<>();
        /** How the file writes its decimals and thousands, to read "31.606" as the rest of it does. */
        final Separators separators = new Separators();
        /** The block and section of each figure of a wide table, by the figure's own cell. */
        final Map<SourceLocation, Block> blocks = new java.util.HashMap<>();
        /** The heading of the section the rows being read are under, or null. */
        String section;
        /** The number of header lines met: the block the rows being read are in. */
        int block;
        /** The year cell of each figure whose row gives a span as its period, by the figure's own cell. */
        final Map<SourceLocation, SourceLocation> spanCells = new java.util.HashMap<>();
        /**
         * The cells of changes over the years up to their row's or column's period ("Variation sur 5 ans"): over school
         * years when that period is one.
         */
        final Set<SourceLocation> trailing = new java.util.HashSet<>();
        /** The lines under the header without figures (a footnote, a source), as printed. */
        final List<String> aside = new ArrayList<>();
        /** The year headings with a call to a footnote ("2020*"), by call, each heading's cell and text ("2020"). */
        final Map<String, Map<SourceLocation, String>> called = new java.util.TreeMap<>();
        /** The figures under those headings: provisional when the footnote says so. */
        final Set<SourceLocation> calledCells = new java.util.HashSet<>();
        /** The reference values printed above or under the table ("Moyenne France : 14,4 % (2019)"). */
        final List<Reference> references = new ArrayList<>();

        /**
         * After the last row: the reference values become figures where the table says of what (the indicator a table
         * with years as columns is named by); elsewhere they are listed in the notes, neither title nor figure.
         */
        void finish(List<Indicator> out, List<Message> notes) {
            references.forEach(r -> notes.add(Message.of("ind.note.reference.unused", r.where(), r.line())));
        }

        Shape(String file, Header header) {
            this.file = file;
            this.header = header;
        }

        /**
         * The shape the header names, or null when the row is not a header (a heading line above the table).
         *
         * @param row   the header's row in the file
         * @param title the last title line above it, or null: the indicator of a table with years as columns
         */
        static Shape of(Header h, String file, long row, Title title, List<Message> notes) {
            int territory = find(h, TERRITORY);
            int year = find(h, YEAR);
            if (year < 0 && YearColumnsShape.isHeader(h, territory)) {
                return new YearColumnsShape(file, h, row, territory, title, notes);
            }
            if (territory >= 0) {
                return new LongShape(file, h);
            }
            if (year >= 0) {
                return new WideShape(file, h, year);
            }
            // Not the header: a title or a sentence above it (the caller looks further down).
            return null;
        }

        abstract void read(Row row, List<Indicator> out, List<Message> notes);

        SourceLocation at(Row row, int column) {
            return SourceLocation.cell(file, row.number(), column >= 0 && column < header.size() ? header.names().get(column) : null);
        }

        Optional<Measure> measure(Row row, int column) {
            separators.see(row.get(column), at(row, column));
            try {
                return Measure.parse(row.get(column));
            } catch (IllegalArgumentException e) {
                // Measure's only refusal: a cell that is no value, told here in the run's language.
                throw new InputException(at(row, column), Message.of("ind.error.value", row.get(column).strip()), e);
            }
        }

        /** A value in the unit of its row's unit column, which wins over the value's own sign (noted when they differ). */
        Measure inUnit(Row row, int unit, int cell, Measure measure, List<Message> notes) {
            if (unit < 0 || row.get(unit).isBlank()) {
                return measure;
            }
            Unit u = Unit.parse(row.get(unit)).orElseThrow(() -> new InputException(at(row, unit),
                    Message.of("ind.error.unit", row.get(unit))));
            if (measure.unit() != Unit.NUMBER && measure.unit() != u) {
                // "12,5 %" on a row whose unit says "nombre" lost its "%" without a word: read as the column says, and said.
                notes.add(Message.of("ind.note.unit", at(row, cell), row.get(cell), measure.unit().symbol(), row.get(unit)));
            }
            return measure.in(u);
        }

        /**
         * The year of a row's year cell, with its mark: "2021 p", "2021 (p)" or "2021 (provisoire)" say the row's figures
         * are provisional, as a year heading does; "2021*" calls a footnote, which may say so.
         */
        MarkedYear period(Row row, int column) {
            return MarkedYear.of(row.get(column)).orElseThrow(() -> new InputException(at(row, column),
                    Message.of("ind.error.period", row.get(column))));
        }

        /** A figure read under a marked year: provisional when the mark says so, and listed for its footnote when it calls one. */
        Measure marked(MarkedYear year, Measure m, SourceLocation yearCell, SourceLocation cell) {
            if (year.call() != null) {
                calledCells.add(cell);
                called.computeIfAbsent(year.call(), k -> new java.util.LinkedHashMap<>()).put(yearCell, year.period().toString());
            }
            return year.provisional() ? m.asProvisional() : m;
        }

        /**
         * The indicator's name and parent from the cell: "dont ..." is a part of the last whole indicator, "Evolution
         * annuelle" names the change of the indicator above it. Returns {name, parent, "evolution"?}.
         */
        String[] name(String cell, String scope) {
            String label = cell.replaceAll("<[^>]*>", "").strip();
            Matcher bullet = BULLETED_PART.matcher(label);
            if (bullet.lookingAt()) {
                // "- dont centres sociaux" (seeds 001 and 002): a part whatever bullet the document set before it.
                label = label.substring(bullet.end());
            }
            String f = fold(label);
            if (f.startsWith("evolution annuelle")) {
                String above = lastName.getOrDefault(scope, label);
                // The change of a "dont" part is that part's, under its whole.
                return new String[] {above, lastName.containsKey(scope) ? lastParent.get(scope) : null, "annual"};
            }
            if (f.startsWith("dont ")) {
                lastName.put(scope, label);
                lastParent.put(scope, lastWhole.get(scope));
                lastPart.put(scope, label);
                return new String[] {label, lastWhole.get(scope), null};
            }
            if (f.startsWith("avec ") && Character.isLowerCase(label.charAt(0)) && lastParent.get(scope) != null) {
                // "avec un projet famille" under "- dont centres sociaux": some of that part, not a new whole (the next
                // "- dont espaces de vie sociale" hung off it, 20 against 40).
                String part = lastPart.get(scope);
                lastName.put(scope, label);
                lastParent.put(scope, part);
                return new String[] {label, part, null};
            }
            lastWhole.put(scope, label);
            lastName.put(scope, label);
            lastParent.remove(scope);
            lastPart.remove(scope);
            return new String[] {label, null, null};
        }
    }

    /** One figure a row. */
    private static final class LongShape extends Shape {
        private final int territory;
        private final int indicator;
        private final int year;
        private final int value;
        private final int unit;
        private final int numerator;
        private final int denominator;
        private final int level;
        private final int parent;

        LongShape(String file, Header h) {
            super(file, h);
            territory = find(h, TERRITORY);
            indicator = find(h, INDICATOR);
            year = find(h, YEAR);
            value = find(h, VALUE);
            unit = find(h, UNIT);
            numerator = find(h, NUMERATOR);
            denominator = find(h, DENOMINATOR);
            level = find(h, LEVEL);
            parent = find(h, PARENT);
            if (indicator < 0 || year < 0 || (value < 0 && (numerator < 0 || denominator < 0))) {
                throw new InputException(SourceLocation.file(file), Message.of("ind.error.long.columns",
                        new Message.Listed(h.names(), false)));
            }
        }

        @Override
        void read(Row row, List<Indicator> out, List<Message> notes) {
            if (row.isBlank()) {
                return;
            }
            String first = row.get(0).strip();
            if (FOOTNOTE_LINE.matcher(first).lookingAt() && java.util.stream.IntStream.range(1, Math.max(row.size(), 1))
                    .allMatch(c -> row.get(c).isBlank())) {
                // "* Données provisoires" under the table: what a year's "*" means, not a figure.
                notes.add(Message.of("ind.note.heading", at(row, 0), first));
                aside.add(first);
                return;
            }
            String t = row.get(territory);
            String[] n = name(row.get(indicator), t);
            if (t.isEmpty() || n[0].isEmpty()) {
                throw new InputException(at(row, t.isEmpty() ? territory : indicator), Message.of("ind.error.long.names"));
            }
            met.add(t);
            MarkedYear y = period(row, year);
            Period p = y.period();
            Double num = number(row, numerator);
            Double den = number(row, denominator);
            Optional<Measure> m = value >= 0 ? measure(row, value) : Optional.empty();
            Unit given = unit >= 0 ? Unit.parse(row.get(unit)).orElse(Unit.PERCENT) : Unit.PERCENT;
            if (m.isEmpty() && num != null && den != null && den != 0) {
                // Computed as the unit column says: per 1 000 when it says ‰, else a percentage.
                Unit u = given == Unit.PER_MILLE ? Unit.PER_MILLE : Unit.PERCENT;
                m = Optional.of(new Measure(u.scale() * num / den, u, 15, false));
            }
            if (m.isEmpty()) {
                return;
            }
            Measure measure = marked(y, inUnit(row, unit, value >= 0 ? value : unit, m.get(), notes), at(row, year),
                    at(row, value >= 0 ? value : numerator));
            String par = parent >= 0 && !row.get(parent).isBlank() ? row.get(parent) : n[1];
            out.add(new Indicator(t, n[0], p, measure, num, den, level >= 0 ? row.get(level) : "", par, at(row, value >= 0 ? value : numerator)));
            if (p.span()) {
                spanCells.put(at(row, value >= 0 ? value : numerator), at(row, year));
            }
        }

        private Double number(Row row, int column) {
            if (column < 0 || row.get(column).isBlank()) {
                return null;
            }
            double d = CellValues.parseNumber(row.get(column));
            if (Double.isNaN(d)) {
                throw new InputException(at(row, column), Message.of("ind.error.number", row.get(column)));
            }
            return d;
        }
    }

    /**
     * Years as columns, as CAF and INSEE tables are most often copied: a territory a row (commune, EPCI, département,
     * France), one column per year or school year ({@code 2015}, {@code 2015-2016}), and the published changes
     * ({@code Évolution 2015-2020 (€)}, {@code Variation sur 5 ans}). Its figures are those of the long shape, so that
     * school years and the checks of the published changes are the same. The indicator is named by an "indicateur"
     * column, else by the heading of the territories' column when it is not "Territoire", else by the title line above
     * the header.
     */
    private static final class YearColumnsShape extends Shape {
        /** A published change's heading: "Évolution 2015-2020 (€)", "Variation sur 5 ans", "Taux d'évolution". */
        private static final Pattern CHANGE = Pattern.compile("^(evolution|variation|taux d'evolution|taux de variation)\\b(.*)");
        private static final Pattern OVER_YEARS = Pattern.compile("\\bsur (\\d+) ans?\\b");
        private static final Pattern UNIT_MARK = Pattern.compile("\\((?:en )?([^()]+)\\)\\s*$");
        /** The columns whose heading says their figures are provisional. */
        private final Set<Integer> provisional = new java.util.HashSet<>();
        /** The columns whose heading calls a footnote. */
        private final Set<Integer> calling = new java.util.HashSet<>();

        /** A published change's column: its period, whether it ends at the last period's end, and its unit (or null). */
        private record ChangeColumn(Period period, boolean trailing, Unit unit) {
        }

        private final int territory;
        private final int indicator;
        private final int unit;
        private final int level;
        private final String title;
        private final Map<Integer, Period> periods = new java.util.LinkedHashMap<>();
        private final Map<Integer, ChangeColumn> changes = new java.util.LinkedHashMap<>();
        private final List<Integer> unnamed = new ArrayList<>();
        /**
         * The unit of the values printed without one, as their change's heading implies it: a change in euros
         * ("Évolution 2015-2020 (€)") is of amounts, one in points of shares; null when none says.
         */
        private final Unit implied;

        /** Whether a header line is one of this shape: a territory column, then years or school years as headings. */
        static boolean isHeader(Header h, int territory) {
            int first = territory >= 0 ? territory : 0;
            if (h.size() < 2 || Period.parse(h.names().get(first)).isPresent()) {
                return false;
            }
            int years = 0;
            int others = 0;
            for (int c = 0; c < h.size(); c++) {
                String name = h.names().get(c);
                if (c != first && MarkedYear.of(name).isPresent()) {
                    years++;
                } else if (c != first && CHANGE.matcher(fold(name)).matches()) {
                    others++;
                }
            }
            // A line above a table may hold a year; a header holds one with its territories' column named, or two.
            return years >= 1 && (territory >= 0 || years + others >= 2);
        }

        YearColumnsShape(String file, Header h, long row, int territoryColumn, Title above, List<Message> notes) {
            super(file, h);
            territory = territoryColumn >= 0 ? territoryColumn : 0;
            indicator = find(h, INDICATOR);
            unit = find(h, UNIT);
            level = find(h, LEVEL);
            Period last = null;
            for (int c = 0; c < h.size(); c++) {
                String name = h.names().get(c);
                Optional<MarkedYear> y = MarkedYear.of(name);
                if (c == territory || c == indicator || c == unit || c == level) {
                    continue;
                }
                if (Header.unnamed(name)) {
                    unnamed.add(c);
                } else if (y.isPresent()) {
                    periods.put(c, y.get().period());
                    last = y.get().period();
                    if (y.get().provisional()) {
                        provisional.add(c);
                    }
                    if (y.get().call() != null) {
                        calling.add(c);
                        called.computeIfAbsent(y.get().call(), k -> new java.util.LinkedHashMap<>())
                                .put(SourceLocation.cell(file, row, name), y.get().period().toString());
                    }
                } else if (!CHANGE.matcher(fold(name)).matches()) {
                    throw new InputException(SourceLocation.cell(file, row, name), Message.of("ind.error.wide.column", name));
                }
            }
            Period firstPeriod = periods.values().iterator().next();
            for (int c = 0; c < h.size(); c++) {
                String name = h.names().get(c);
                if (!periods.containsKey(c) && CHANGE.matcher(fold(name)).matches() && c != territory && c != indicator) {
                    changes.put(c, change(name, firstPeriod, last, SourceLocation.cell(file, row, name)));
                }
            }
            implied = changes.values().stream().map(ChangeColumn::unit)
                    .map(u -> u == Unit.EURO ? Unit.EURO : u == Unit.POINTS ? Unit.PERCENT : null)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            String heading = h.names().get(territory);
            if (indicator >= 0) {
                title = null;
            } else if (!TERRITORY.contains(fold(heading)) && !Header.unnamed(heading) && !heading.isBlank()) {
                // "Revenu médian des ménages par UC;2015;2020": the table's corner names what its figures are.
                title = heading.strip();
            } else if (above != null) {
                title = above.text();
                notes.set(above.note(), Message.of("ind.note.title", SourceLocation.cell(file, above.row(), null), title));
            } else {
                throw new InputException(SourceLocation.cell(file, row, Header.unnamed(heading) ? null : heading), Message.of("ind.error.wide.title"));
            }
        }

        /**
         * Each reference value is its territory's figure of the table's indicator, in its own year, else in the table's
         * only one; with several years and none on its line, which one it is for is not said: listed, not compared.
         */
        @Override
        void finish(List<Indicator> out, List<Message> notes) {
            List<Period> years = periods.values().stream().filter(p -> !p.span() || p.schoolYear()).distinct().toList();
            for (Reference r : references) {
                // A year beside school years is the school year it ends ("(2020)" beside 2019-2020).
                Optional<Period> year = r.year() != null ? Optional.of(years.stream().filter(p -> p.to() == r.year()).findFirst()
                        .orElse(new Period(r.year(), r.year()))) : years.size() == 1 ? Optional.of(years.get(0)) : Optional.empty();
                if (year.isEmpty() || title == null) {
                    notes.add(Message.of("ind.note.reference.unused", r.where(), r.line()));
                    continue;
                }
                met.add(r.territory());
                if (r.value().unit() == Unit.EURO) {
                    // "1 600 €" says what the table's bare 1 405 are, as a change headed "(€)" does: printed alike.
                    out.replaceAll(i -> i.name().equals(title) && !i.period().span() && i.measure().unit() == Unit.NUMBER
                            && i.where().file().equals(file) ? new Indicator(i.territory(), i.name(), i.period(), i.measure().in(Unit.EURO),
                            i.numerator(), i.denominator(), i.level(), i.parent(), i.where()) : i);
                }
                out.add(new Indicator(r.territory(), title, year.get(), r.value(), null, null, "", null, r.where()));
                notes.add(Message.of("ind.note.reference", r.where(), r.line(), r.territory(), title, year.get().toString()));
            }
        }

        /** A published change's period and unit, from its heading. */
        private static ChangeColumn change(String heading, Period first, Period last, SourceLocation where) {
            Matcher u = UNIT_MARK.matcher(heading.strip());
            // "(%)", "(en €)", "(pts)"; a blank or a "(nombre)" says nothing of what the change is.
            Unit unit = u.find() ? Unit.parse(u.group(1)).filter(x -> x != Unit.NUMBER).orElse(null) : null;
            String rest = CHANGE.matcher(fold(heading)).replaceFirst("$2");
            Optional<Period> span = java.util.Arrays.stream(rest.split("[^0-9\\-–/ ]+")).map(String::strip)
                    .map(Period::parse).flatMap(Optional::stream).filter(Period::span).findFirst();
            if (span.isPresent()) {
                return new ChangeColumn(span.get(), false, unit);
            }
            Matcher over = OVER_YEARS.matcher(rest);
            if (over.find()) {
                int n = Integer.parseInt(over.group(1));
                return new ChangeColumn(new Period(last.to() - n, last.to()), true, unit);
            }
            if (first.from() == last.to()) {
                throw new InputException(where, Message.of("ind.error.change.years", heading));
            }
            // "Évolution" alone: from the first column to the last, as a table of two years prints it.
            return new ChangeColumn(new Period(first.from(), last.to()), false, unit);
        }

        @Override
        void read(Row row, List<Indicator> out, List<Message> notes) {
            if (row.isBlank() || repeatsHeader(row)) {
                return;
            }
            for (int c : unnamed) {
                if (!row.get(c).isBlank()) {
                    throw new InputException(at(row, c), Message.of("ind.error.unnamed", row.get(c)));
                }
            }
            String t = row.get(territory).strip();
            boolean anyCell = java.util.stream.Stream.concat(periods.keySet().stream(), changes.keySet().stream())
                    .anyMatch(c -> !row.get(c).isBlank());
            if (!anyCell) {
                Optional<Reference> reference = Reference.of(t, at(row, territory));
                if (reference.isPresent()) {
                    references.add(reference.get());
                } else if (!t.isEmpty()) {
                    // "Source : Insee, Filosofi 2020" under the table, a sub-heading between its lines.
                    notes.add(Message.of("ind.note.heading", at(row, territory), t));
                    aside.add(t);
                }
                return;
            }
            if (t.isEmpty()) {
                throw new InputException(at(row, territory), Message.of("ind.error.wide.territory"));
            }
            if (TERRITORY.contains(fold(t))) {
                throw new InputException(at(row, territory), Message.of("ind.error.wide.header", String.join(";", header.names())));
            }
            String[] n = indicator >= 0 ? name(row.get(indicator), t) : new String[] {title, null, null};
            if (n[0].isEmpty()) {
                throw new InputException(at(row, indicator), Message.of("ind.error.wide.indicator"));
            }
            met.add(t);
            String lvl = level >= 0 ? row.get(level).strip() : "";
            periods.forEach((c, p) -> measure(row, c).ifPresent(m -> {
                Measure implies = implied != null && m.unit() == Unit.NUMBER ? m.in(implied) : m;
                Measure value = provisional.contains(c) ? implies.asProvisional() : implies;
                if (calling.contains(c)) {
                    calledCells.add(at(row, c));
                }
                out.add(new Indicator(t, n[0], p, inUnit(row, unit, c, value, notes), null, null, lvl, n[1], at(row, c)));
                if (p.span()) {
                    // "2015-2016": a school year, or a change when the table has either end (the long shape's rule).
                    spanCells.put(at(row, c), at(row, c));
                }
            }));
            changes.forEach((c, change) -> measure(row, c).ifPresent(m -> {
                // The heading's unit ("(€)", "(%)") says what the change is, as the long shape's unit column does.
                Measure published = change.unit() == null ? m : m.in(change.unit());
                out.add(new Indicator(t, n[0], change.period(), published, null, null, lvl, n[1], at(row, c)));
                if (change.trailing()) {
                    trailing.add(at(row, c));
                } else {
                    spanCells.put(at(row, c), at(row, c));
                }
            }));
        }

        private boolean repeatsHeader(Row row) {
            for (int c = 0; c < header.size(); c++) {
                String name = Header.unnamed(header.names().get(c)) ? "" : header.names().get(c).replaceAll(" \\(\\d+\\)$", "");
                if (!fold(row.get(c)).equals(fold(name))) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A CAF table: indicator, Année Réf, then one column per territory (each optionally followed by its variation). A
     * header line met further down starts a block with its own columns (the CAF print blocks with and without
     * variation columns one after the other).
     */
    private static final class WideShape extends Shape {
        private List<String> names;
        private int year;
        private int indicator;
        private final List<Integer> territories = new ArrayList<>();
        /** For each territory column, its variation column (-1: none) and that variation's span in years. */
        private final List<int[]> variations = new ArrayList<>();
        /** The year of the last row that printed one in this block: what a blank "Année Réf" repeats. */
        private Period lastYear;

        WideShape(String file, Header h, int year) {
            super(file, h);
            layout(h.names(), year, SourceLocation.file(file));
        }

        private void layout(List<String> columns, int yearColumn, SourceLocation where) {
            names = columns;
            year = yearColumn;
            block++;
            territories.clear();
            variations.clear();
            lastYear = null;
            int named = -1;
            for (int c = 0; c < columns.size(); c++) {
                if (INDICATOR.contains(fold(columns.get(c)))) {
                    named = c;
                    break;
                }
            }
            indicator = named >= 0 ? named : 0;
            for (int c = 0; c < columns.size(); c++) {
                String f = fold(Header.unnamed(columns.get(c)) ? "" : columns.get(c));
                if (c == year || c == indicator || f.isEmpty() || VARIATION.matcher(f).matches()) {
                    continue;
                }
                territories.add(c);
                met.add(territory(c));
                int[] v = {-1, 0};
                if (c + 1 < columns.size() && VARIATION.matcher(fold(columns.get(c + 1))).matches()) {
                    Matcher m = YEARS.matcher(fold(columns.get(c + 1)));
                    v = new int[] {c + 1, m.find() ? Integer.parseInt(m.group(1)) : 0};
                }
                variations.add(v);
            }
            if (territories.isEmpty()) {
                throw new InputException(where, Message.of("ind.error.caf.territory", columns.get(year)));
            }
        }

        @Override
        SourceLocation at(Row row, int column) {
            // A blank heading (the indicators' column of a pasted CAF table) is named "#1" by the importer, and left blank
            // in a header line further down: no name (notes read 'colonne «  »' below such a line).
            return SourceLocation.cell(file, row.number(), column >= 0 && column < names.size() && !Header.unnamed(names.get(column))
                    && !names.get(column).isBlank() ? names.get(column) : null);
        }

        /** A territory's name as its heading prints it: "=Lens" pasted from a spreadsheet formula is "Lens". */
        private String territory(int column) {
            return names.get(column).replaceFirst("^=", "").replaceAll(" \\(\\d+\\)$", "").strip();
        }

        @Override
        void read(Row row, List<Indicator> out, List<Message> notes) {
            if (row.isBlank() || repeatsHeader(row)) {
                return;
            }
            int newYear = yearHeading(row);
            if (newYear >= 0) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.size(), 1); c++) {
                    cells.add(row.get(c).strip());
                }
                layout(cells, newYear, SourceLocation.cell(file, row.number(), null));
                return;
            }
            String label = row.get(indicator);
            boolean anyValue = territories.stream().anyMatch(c -> !row.get(c).isBlank());
            if (row.get(year).isBlank() && !anyValue) {
                notes.add(Message.of("ind.note.heading", at(row, indicator), label.replaceAll("<[^>]*>", "").strip()));
                // A footnote under the table ("* Données provisoires") says what a year's "*" means.
                aside.add(label.replaceAll("<[^>]*>", "").strip());
                section = section(label).orElse(section);
                return;
            }
            java.util.regex.Matcher mark = FOOTNOTE.matcher(label.replaceAll("<[^>]*>", "").strip());
            if (mark.find() && mark.start() > 0) {
                // A call to a note of the source document ("(1)", "(*)"), whose text a pasted table never has: the
                // reader of a portrait would look for it in vain, and the same indicator elsewhere has no mark.
                label = label.replaceAll("<[^>]*>", "").strip();
                notes.add(Message.of("ind.note.footnote", at(row, indicator), label.substring(0, mark.start()), mark.group().strip()));
                label = label.substring(0, mark.start());
            }
            String[] n = name(label, "");
            Period p;
            // The year cell's mark ("2021 p", "2021*"); a blank year repeats the year above, not its mark.
            MarkedYear marked = null;
            if (row.get(year).isBlank()) {
                if (lastYear == null) {
                    throw new InputException(at(row, year), Message.of("ind.error.caf.year"));
                }
                p = lastYear;
                notes.add(Message.of("ind.note.year", at(row, year), n[0], p.toString()));
            } else {
                marked = period(row, year);
                p = marked.period();
                if (n[2] == null) {
                    // "Evolution annuelle" rows print the year after: not the block's year.
                    lastYear = p;
                }
            }
            for (int k = 0; k < territories.size(); k++) {
                int c = territories.get(k);
                String territory = territory(c);
                Optional<Measure> m = measure(row, c);
                if (n[2] != null && fold(label).contains("provisoire")) {
                    // "Evolution annuelle (provisoire) :" marks its figures in its label, not in their cells.
                    m = m.map(Measure::asProvisional);
                }
                if (m.isPresent() && marked != null) {
                    m = Optional.of(marked(marked, m.get(), at(row, year), at(row, c)));
                }
                if (m.isPresent()) {
                    Period at = n[2] != null ? new Period(p.from() - 1, p.from()) : p;
                    out.add(new Indicator(territory, n[0], at, m.get(), null, null, "", n[1], at(row, c)));
                    blocks.put(at(row, c), new Block(block, section));
                    if (n[2] == null && p.span()) {
                        spanCells.put(at(row, c), at(row, year));
                    }
                }
                int[] v = variations.get(k);
                if (v[0] >= 0 && v[1] > 0 && n[2] == null) {
                    Optional<Measure> change = measure(row, v[0]);
                    if (change.isPresent()) {
                        // Over the years to the row's: its end for a school year ("2019-2020": 2014-2015 to 2019-2020).
                        int end = p.span() ? p.to() : p.from();
                        out.add(new Indicator(territory, n[0], new Period(end - v[1], end), change.get(), null, null, "", n[1],
                                at(row, v[0])));
                        blocks.put(at(row, v[0]), new Block(block, section));
                        if (p.span()) {
                            // Over school years when the row's is one: from 2014-2015, not the calendar year 2015.
                            trailing.add(at(row, v[0]));
                        }
                    }
                }
            }
        }

        /** The column of a row that is a header line ("Année Réf" in it), or -1. */
        private static int yearHeading(Row row) {
            for (int c = 0; c < row.size(); c++) {
                if (YEAR.contains(fold(row.get(c)))) {
                    return c;
                }
            }
            return -1;
        }

        private boolean repeatsHeader(Row row) {
            for (int c = 0; c < names.size(); c++) {
                // The importer names a blank heading "#1"; a repeated name got a suffix " (2)".
                String name = Header.unnamed(names.get(c)) ? "" : names.get(c).replaceAll(" \\(\\d+\\)$", "");
                if (!fold(row.get(c)).equals(fold(name))) {
                    return false;
                }
            }
            return true;
        }
    }
}
