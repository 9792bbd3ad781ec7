package fr.enquete.indicator;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.importer.TableHandler;
import fr.enquete.model.CellValues;
import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Row;
import fr.enquete.model.SourceLocation;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an indicator table (CSV, TSV, XLSX, ODS) in one of two shapes:
 *
 * <ul>
 *   <li><b>long</b>, one figure a row: {@code territoire;indicateur;année;valeur} and optionally {@code unité},
 *       {@code numérateur}, {@code dénominateur}, {@code niveau}, {@code parent} (English names too). A span as the year
 *       ({@code 2015-2020}) makes the row a published evolution between its two years;</li>
 *   <li><b>wide</b>, as CAF's "données de cadrage" print them: the indicator in the first column, {@code Année Réf},
 *       then one column per territory, each optionally followed by a {@code Variation sur 5 ans} column (its published
 *       evolution over that many years). Header lines repeated between blocks, blank lines, {@code <b>} marks and
 *       headings without figures are skipped.</li>
 * </ul>
 * In both, a row whose indicator starts with "dont" is a part of the last indicator above that does not, and an
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

    private IndicatorReader() {
    }

    public static IndicatorTable read(Path file) {
        return read(file, ImportOptions.DEFAULTS);
    }

    public static IndicatorTable read(Path file, ImportOptions options) {
        String name = file.toString();
        List<Indicator> figures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Importers.open(file, options).read(new TableHandler() {
            private Shape shape;

            @Override
            public void header(Header h) {
                shape = Shape.of(h, name);
            }

            @Override
            public void row(Row row) {
                shape.read(row, figures, notes);
            }
        });
        if (figures.isEmpty()) {
            throw new InputException(SourceLocation.file(name), "no figure in the file: expected rows of territoire;indicateur;année;valeur,"
                    + " or a CAF table (indicator, Année Réf, one column per territory)");
        }
        return IndicatorTable.of(name, figures, notes);
    }

    static String fold(String s) {
        String t = Normalizer.normalize(s.replaceAll("<[^>]*>", ""), Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
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

        Shape(String file, Header header) {
            this.file = file;
            this.header = header;
        }

        static Shape of(Header h, String file) {
            int territory = find(h, TERRITORY);
            int year = find(h, YEAR);
            if (territory >= 0) {
                return new LongShape(file, h);
            }
            if (year >= 0) {
                return new WideShape(file, h, year);
            }
            throw new InputException(SourceLocation.file(file), "an indicator table needs either the columns territoire, indicateur,"
                    + " année and valeur, or a CAF table's indicator, Année Réf and territory columns; found " + String.join(", ", h.names()));
        }

        abstract void read(Row row, List<Indicator> out, List<String> notes);

        SourceLocation at(Row row, int column) {
            return SourceLocation.cell(file, row.number(), column >= 0 && column < header.size() ? header.names().get(column) : null);
        }

        Optional<Measure> measure(Row row, int column) {
            try {
                return Measure.parse(row.get(column));
            } catch (IllegalArgumentException e) {
                throw new InputException(at(row, column), e.getMessage());
            }
        }

        Period period(Row row, int column) {
            return Period.parse(row.get(column)).orElseThrow(() -> new InputException(at(row, column),
                    "expected a year (2020) or a span (2015-2020), found \"" + row.get(column) + "\""));
        }

        /**
         * The indicator's name and parent from the cell: "dont ..." is a part of the last whole indicator, "Evolution
         * annuelle" names the change of the indicator above it. Returns {name, parent, "evolution"?}.
         */
        String[] name(String cell, String scope) {
            String label = cell.replaceAll("<[^>]*>", "").strip();
            String f = fold(label);
            if (f.startsWith("evolution annuelle")) {
                String above = lastName.getOrDefault(scope, label);
                return new String[] {above, null, "annual"};
            }
            if (f.startsWith("dont ")) {
                lastName.put(scope, label);
                return new String[] {label, lastWhole.get(scope), null};
            }
            lastWhole.put(scope, label);
            lastName.put(scope, label);
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
                throw new InputException(SourceLocation.file(file), "a long indicator table needs the columns territoire, indicateur, année"
                        + " and valeur (or numérateur and dénominateur); found " + String.join(", ", h.names()));
            }
        }

        @Override
        void read(Row row, List<Indicator> out, List<String> notes) {
            if (row.isBlank()) {
                return;
            }
            String t = row.get(territory);
            String[] n = name(row.get(indicator), t);
            if (t.isEmpty() || n[0].isEmpty()) {
                throw new InputException(at(row, t.isEmpty() ? territory : indicator), "a figure needs its territory and indicator");
            }
            Period p = period(row, year);
            Double num = number(row, numerator);
            Double den = number(row, denominator);
            Optional<Measure> m = value >= 0 ? measure(row, value) : Optional.empty();
            if (m.isEmpty() && num != null && den != null && den != 0) {
                m = Optional.of(new Measure(100 * num / den, Unit.PERCENT, 15, false));
            }
            if (m.isEmpty()) {
                return;
            }
            Measure measure = m.get();
            if (unit >= 0 && !row.get(unit).isBlank()) {
                Unit u = Unit.parse(row.get(unit)).orElseThrow(() -> new InputException(at(row, unit),
                        "unknown unit \"" + row.get(unit) + "\"; expected %, €, pts or nombre"));
                measure = measure.in(u);
            }
            String par = parent >= 0 && !row.get(parent).isBlank() ? row.get(parent) : n[1];
            out.add(new Indicator(t, n[0], p, measure, num, den, level >= 0 ? row.get(level) : "", par, at(row, value >= 0 ? value : numerator)));
        }

        private Double number(Row row, int column) {
            if (column < 0 || row.get(column).isBlank()) {
                return null;
            }
            double d = CellValues.parseNumber(row.get(column));
            if (Double.isNaN(d)) {
                throw new InputException(at(row, column), "expected a number, found \"" + row.get(column) + "\"");
            }
            return d;
        }
    }

    /** A CAF table: indicator, Année Réf, then one column per territory (each optionally followed by its variation). */
    private static final class WideShape extends Shape {
        private final int year;
        private final int indicator;
        private final List<Integer> territories = new ArrayList<>();
        /** For each territory column, its variation column (-1: none) and that variation's span in years. */
        private final List<int[]> variations = new ArrayList<>();

        WideShape(String file, Header h, int year) {
            super(file, h);
            this.year = year;
            int named = find(h, INDICATOR);
            this.indicator = named >= 0 ? named : 0;
            for (int c = 0; c < h.size(); c++) {
                String f = fold(h.names().get(c));
                if (c == year || c == indicator || f.isEmpty() || VARIATION.matcher(f).matches()) {
                    continue;
                }
                territories.add(c);
                int[] v = {-1, 0};
                if (c + 1 < h.size() && VARIATION.matcher(fold(h.names().get(c + 1))).matches()) {
                    Matcher m = YEARS.matcher(fold(h.names().get(c + 1)));
                    v = new int[] {c + 1, m.find() ? Integer.parseInt(m.group(1)) : 0};
                }
                variations.add(v);
            }
            if (territories.isEmpty()) {
                throw new InputException(SourceLocation.file(file), "a CAF table needs at least one territory column after \""
                        + h.names().get(year) + "\"");
            }
        }

        @Override
        void read(Row row, List<Indicator> out, List<String> notes) {
            if (row.isBlank() || repeatsHeader(row)) {
                return;
            }
            String label = row.get(indicator);
            boolean anyValue = territories.stream().anyMatch(c -> !row.get(c).isBlank());
            if (row.get(year).isBlank() && !anyValue) {
                notes.add(at(row, indicator) + ": \"" + label.replaceAll("<[^>]*>", "").strip() + "\" has no figure (a heading?): skipped");
                return;
            }
            String[] n = name(label, "");
            Period p = period(row, year);
            for (int k = 0; k < territories.size(); k++) {
                int c = territories.get(k);
                String territory = header.names().get(c);
                Optional<Measure> m = measure(row, c);
                if (m.isPresent()) {
                    Period at = n[2] != null ? new Period(p.from() - 1, p.from()) : p;
                    out.add(new Indicator(territory, n[0], at, m.get(), null, null, "", n[1], at(row, c)));
                }
                int[] v = variations.get(k);
                if (v[0] >= 0 && v[1] > 0 && n[2] == null) {
                    Optional<Measure> change = measure(row, v[0]);
                    if (change.isPresent()) {
                        out.add(new Indicator(territory, n[0], new Period(p.from() - v[1], p.from()), change.get(), null, null, "", n[1],
                                at(row, v[0])));
                    }
                }
            }
        }

        private boolean repeatsHeader(Row row) {
            for (int c = 0; c < header.size(); c++) {
                // The importer names a blank heading "#1"; a repeated name got a suffix " (2)".
                String name = header.names().get(c).matches("#\\d+") ? "" : header.names().get(c).replaceAll(" \\(\\d+\\)$", "");
                if (!fold(row.get(c)).equals(fold(name))) {
                    return false;
                }
            }
            return true;
        }
    }
}
