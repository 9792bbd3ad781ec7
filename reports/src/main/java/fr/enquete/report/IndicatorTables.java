package fr.enquete.report;

import fr.enquete.indicator.Change;
import fr.enquete.indicator.Comparison;
import fr.enquete.indicator.Complement;
import fr.enquete.indicator.Gap;
import fr.enquete.indicator.GapTrend;
import fr.enquete.indicator.Target;
import fr.enquete.indicator.Indicator;
import fr.enquete.indicator.Measure;
import fr.enquete.indicator.Period;
import fr.enquete.indicator.Ranking;
import fr.enquete.indicator.Unit;
import fr.enquete.report.ResultTable.Cell;
import fr.enquete.report.ResultTable.Kind;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Words and formats indicator results, in one language: values as printed ({@code 67,7 %}, {@code 877 755 €}), gaps
 * in points for shares and as ratios otherwise, and comparison sentences made from the numbers alone.
 */
public final class IndicatorTables {

    private final Lang lang;
    private final Labels labels;
    private final NumberFormats numbers;
    private final PlaceNames places;

    public IndicatorTables(Lang lang) {
        this.lang = lang;
        this.places = new PlaceNames(lang);
        this.labels = new Labels(lang);
        this.numbers = new NumberFormats(lang);
    }

    public Labels labels() {
        return labels;
    }

    /** A value with its printed decimals and unit ("–" for none). */
    public String value(Measure m) {
        if (m == null) {
            return "–";
        }
        return withUnit(numbers.fixed(m.value(), m.decimals(), false), m.unit());
    }

    private String withUnit(String n, Unit u) {
        return switch (u) {
            case PERCENT -> n + numbers.percentSign();
            case PER_MILLE -> n + numbers.perMilleSign();
            case EURO -> n + NumberFormats.NBSP + "€";
            case POINTS -> n + NumberFormats.NBSP + labels.get(singular(printed(n)) ? "ind.pt" : "ind.pts");
            case NUMBER -> n;
        };
    }

    /** The number a printed figure shows ("-0,2", "+1 234,5"), so that its unit agrees with what the reader sees. */
    private static double printed(String n) {
        String plain = n.replace(NumberFormats.NBSP, ' ').replace('\u202F', ' ').replace(" ", "").replace("+", "").replace(',', '.');
        try {
            return Double.parseDouble(plain.replace("−", "-"));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * A value in a table's cell: marked "p" when the source table says it is provisional ("2020 (provisoire)", "2020 p"),
     * as INSEE marks its figures, the note under the table saying what "p" means ({@link #provisionalNote}).
     */
    private String cell(String printed, Measure m) {
        return m != null && m.provisional() ? printed + NumberFormats.NBSP + labels.get("ind.provisional.mark") : printed;
    }

    /** "p : chiffre provisoire" under a table of these figures when one is marked so; empty otherwise. */
    public java.util.Optional<String> provisionalNote(java.util.stream.Stream<Indicator> shown) {
        return shown.anyMatch(i -> i != null && i.measure().provisional())
                ? java.util.Optional.of(labels.get("ind.provisional.note")) : java.util.Optional.empty();
    }

    /** The figures the comparison table shows (its values, not its changes), for {@link #provisionalNote}. */
    public static java.util.stream.Stream<Indicator> shown(Comparison c) {
        return c.lines().stream().flatMap(l -> l.values().stream());
    }

    /** The figures the evolutions table shows, for {@link #provisionalNote}. */
    public static java.util.stream.Stream<Indicator> shown(List<Change> changes) {
        return changes.stream().flatMap(c -> java.util.stream.Stream.of(c.start(), c.end()));
    }

    /** A published change with its sign as printed: "+15,7 %", "-0,2 %". */
    public String variation(Measure m) {
        return withUnit(numbers.fixed(m.value(), m.decimals(), true), m.unit());
    }

    /**
     * "+13,8 pts" for shares, "+100,1 ‰ hab." for counts per 1 000 inhabitants, "+6,81 €/hab." for euros per inhabitant,
     * "× 0,65 (−34,76 %)" otherwise; a gap that rounds to nothing has no sign ("0,0 pts").
     */
    public String gap(Gap g, Measure value, Measure reference) {
        if (g == null) {
            return "–";
        }
        if (g.inPoints()) {
            int d = Math.max(value.decimals(), reference.decimals());
            return withUnit(numbers.fixed(g.points(), d, true), Unit.POINTS);
        }
        if (g.perInhabitants()) {
            return numbers.fixed(shownGap(g, value, reference).doubleValue(), rateDecimals(g), true)
                    + NumberFormats.NBSP + labels.get(g.per() == 1 ? "ind.perinhabitant" : "ind.permille");
        }
        if (Double.isNaN(g.ratio())) {
            return "–";
        }
        return "× " + numbers.fixed(g.ratio(), 2, false) + " (" + numbers.fixed(g.relative(), 2, true) + numbers.percentSign() + ")";
    }

    /**
     * The gap as {@link #gap} words it and, for points and rates per inhabitant, the number it prints, so that a
     * spreadsheet holds a number ("+13,8 pts" was text, which no formula or sort reads); a ratio stays text.
     */
    public Cell gapCell(Gap g, Measure value, Measure reference) {
        String text = gap(g, value, reference);
        if (g == null || !g.inPoints() && !g.perInhabitants()) {
            return Cell.text(text);
        }
        return new Cell(text, shownGap(g, value, reference).doubleValue());
    }

    /**
     * A gap in points or between rates per inhabitant as it is printed. Between rates, the difference of the rates as
     * printed beside it: rates of 3,64 and 2,88 print "3,6" and "2,9", and their gap "+0,7", where the unrounded
     * difference would print "+0,8".
     */
    private static BigDecimal shownGap(Gap g, Measure value, Measure reference) {
        if (g.inPoints()) {
            return NumberFormats.rounded(g.points(), Math.max(value.decimals(), reference.decimals()));
        }
        int d = rateDecimals(g);
        return NumberFormats.rounded(g.rate(), d).subtract(NumberFormats.rounded(g.referenceRate(), d));
    }

    /**
     * "Capacité ... (2020) : 33,6 pour Lens, en dessous du Pas-de-calais (51,5), soit un rapport de 0,65 (−34,76 %)."; a
     * count compared per 1 000 inhabitants: "... : 10 026 pour Lens, soit 317,2 pour 1 000 habitants, au-dessus de
     * Pas-de-calais (217,1 pour 1 000 habitants, 318 388 au total)."; an amount per inhabitant: "... : 877 755 € pour Lens,
     * soit 27,77 € par habitant, au-dessus de Pas-de-calais (20,96 € par habitant, 30 748 043 € au total)."
     * The direction comes from the numbers, never from a text.
     */
    public String sentence(Comparison c, Comparison.Line line, int territory) {
        if (!c.hasReference()) {
            return "";
        }
        Indicator v = line.values().get(territory);
        Indicator r = line.values().get(c.referenceIndex());
        Gap g = line.gaps().get(territory);
        if (v == null || r == null || g == null) {
            return "";
        }
        String where = labels.get(g.direction() > 0 ? "ind.above" : g.direction() < 0 ? "ind.below" : "ind.level");
        if (g.perInhabitants()) {
            int d = rateDecimals(g);
            if (shownGap(g, v.measure(), r.measure()).signum() == 0) {
                // "3,6 ... au-dessus de ... (3,6 ...)" reads as a mistake: rates that print alike are level.
                where = labels.get("ind.level");
            }
            // What is compared is the rate, so the sentence puts the rates side by side ("10 026 ... above 318 388"
            // read as if a town's count exceeded its département's).
            return MessageFormat.format(labels.get(g.per() == 1 ? "ind.sentence.perinhabitant" : "ind.sentence.rate"), line.named(), line.period().toString(),
                    value(v.measure()), places.the(v.territory()), numbers.fixed(g.rate(), d, false), where, places.of(r.territory()),
                    numbers.fixed(g.referenceRate(), d, false), value(r.measure()), populations(g, line.year()));
        }
        String how = g.direction() == 0 ? "" : g.inPoints()
                ? MessageFormat.format(labels.get(singular(g.points()) ? "ind.point" : "ind.points"),
                        numbers.fixed(g.points(), Math.max(v.measure().decimals(), r.measure().decimals()), true))
                : Double.isNaN(g.ratio()) ? "" : MessageFormat.format(labels.get("ind.ratio"), numbers.fixed(g.ratio(), 2, false),
                        numbers.fixed(g.relative(), 2, true));
        return MessageFormat.format(labels.get("ind.sentence"), line.named(), line.period().toString(), value(line.indicator(), v.measure()),
                places.the(v.territory()), where, places.of(r.territory()), value(line.indicator(), r.measure()), how);
    }

    /**
     * Decimals of the rates of a gap: one per 1 000 inhabitants, two (cents) for euros per inhabitant, or as many as show
     * two significant digits of the smaller rate (at most three more), so that 1 RAM for 31 606 inhabitants against 63
     * for 1 466 743 reads "0,032 ... en dessous de ... (0,043 ...)", not "0,0 ... en dessous de ... (0,0 ...)".
     */
    static int rateDecimals(Gap g) {
        int least = g.per() == 1 ? 2 : 1;
        double smaller = Double.POSITIVE_INFINITY;
        for (double x : new double[] {Math.abs(g.rate()), Math.abs(g.referenceRate())}) {
            if (x > 0 && x < smaller) {
                smaller = x;
            }
        }
        if (smaller >= 1 || Double.isInfinite(smaller) || Double.isNaN(smaller)) {
            return least;
        }
        return (int) Math.max(least, Math.min(least + 2, 1 - Math.floor(Math.log10(smaller))));
    }

    /** French keeps "point" singular below 2 (0,5 point, 1,9 point); English only for exactly 1. */
    private boolean singular(double x) {
        return lang == Lang.FR ? Math.abs(x) < 2 : Math.abs(x) == 1;
    }

    /** "Comparaison des territoires (référence : Pas-de-calais)", or without a reference when there is none. */
    public String comparisonTitle(Comparison c) {
        return c.hasReference() ? MessageFormat.format(labels.get("ind.comparison"), c.reference()) : labels.get("ind.comparison.peers");
    }

    /**
     * Indicators in rows, territories in columns, then each territory's gap to the reference. Many territories (19
     * communes, 13 IRIS and France) read better the other way round: a territory a row, an indicator (and its year) a
     * column, then its gap to the reference.
     */
    public ResultTable comparison(Comparison c) {
        int n = c.territories().size();
        boolean[] columns = new boolean[n];
        for (int i = 0; i < n; i++) {
            int k = i;
            columns[i] = c.lines().stream().anyMatch(l -> beside(l, l.variations().get(k)));
        }
        // A CAF "Evolution annuelle" has a row of its own, which a territory a row has no room for.
        boolean annual = c.lines().stream().anyMatch(l -> l.variations().stream().anyMatch(v -> v != null && !beside(l, v)));
        if (!annual && n > PEERS_IN_COLUMNS && n > c.lines().size()) {
            return byTerritory(c);
        }
        List<String> header = new ArrayList<>(List.of(labels.get("ind.indicator"), labels.get("ind.year")));
        List<Kind> kinds = new ArrayList<>(List.of(Kind.TEXT, Kind.TEXT));
        for (int i = 0; i < n; i++) {
            header.add(c.territories().get(i));
            kinds.add(Kind.DECIMAL);
            if (columns[i]) {
                int k = i;
                List<Integer> spans = c.lines().stream().filter(l -> beside(l, l.variations().get(k)))
                        .map(l -> l.variations().get(k).period().years()).distinct().toList();
                // Between school years, "sur 4 ans" beside "(2015-2020)" reads as a miscount: the period alone says it.
                boolean schoolYears = c.lines().stream().filter(l -> beside(l, l.variations().get(k)))
                        .anyMatch(l -> l.variations().get(k).period().schoolYear());
                // "Variation sur 1 ans" is no French: a one-year change's column is "Variation", its period beside each.
                header.add(spans.size() == 1 && spans.get(0) > 1 && !schoolYears ? MessageFormat.format(labels.get("ind.variation.years"), spans.get(0), c.territories().get(i))
                        : MessageFormat.format(labels.get("ind.variation"), c.territories().get(i)));
                kinds.add(Kind.DECIMAL);
            }
        }
        for (String t : c.hasReference() ? c.territories() : List.<String>of()) {
            if (!t.equals(c.reference())) {
                header.add(MessageFormat.format(labels.get("ind.gap"), t, c.reference()));
                kinds.add(Kind.DECIMAL);
            }
        }
        ResultTable.Builder b = new ResultTable.Builder(header, kinds);
        int ref = c.referenceIndex();
        for (Comparison.Line line : c.lines()) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(line.parent() == null ? line.indicator() : ResultTable.INDENT + line.indicator()));
            row.add(year(line.period()));
            for (int i = 0; i < n; i++) {
                Indicator v = line.values().get(i);
                row.add(v == null ? Cell.text("–") : new Cell(cell(value(line.indicator(), v.measure()), v.measure()), v.measure().value()));
                if (columns[i]) {
                    Indicator d = line.variations().get(i);
                    row.add(!beside(line, d) ? Cell.text("–") : new Cell(variation(d.measure()) + " (" + d.period() + ")", d.measure().value()));
                }
            }
            for (int i = 0; i < n && ref >= 0; i++) {
                if (i == ref) {
                    continue;
                }
                Indicator v = line.values().get(i);
                Indicator r = line.values().get(ref);
                row.add(v == null || r == null ? Cell.text("–") : gapCell(line.gaps().get(i), v.measure(), r.measure()));
            }
            b.row(row, Double.NaN, false);
            annualRow(c, line, columns, ref).ifPresent(a -> b.row(a, Double.NaN, false));
        }
        return b.build();
    }

    /**
     * A published evolution printed in its own column beside the value: one over several years (a "Variation sur 5 ans"),
     * or over the year ending at the line's ("Évolution 2018-2019" beside 2019); a CAF "Evolution annuelle" from the
     * line's year to the next has a row of its own under it.
     */
    private static boolean beside(Comparison.Line line, Indicator variation) {
        return variation != null && variation.period().span() && (variation.period().years() > 1 || variation.period().to() == line.year());
    }

    /**
     * A CAF table's "Evolution annuelle (provisoire)" under the figure it follows, as the table prints it: a row of
     * its own, its changes in the territories' columns, in the figure's unit ("+16" places beside 4 224 places,
     * where the variation column beside it holds percentages).
     */
    private java.util.Optional<List<Cell>> annualRow(Comparison c, Comparison.Line line, boolean[] columns, int ref) {
        List<Indicator> annual = line.variations().stream().map(v -> v == null || beside(line, v) ? null : v).toList();
        Indicator first = annual.stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (first == null) {
            return java.util.Optional.empty();
        }
        boolean provisional = annual.stream().anyMatch(v -> v != null && v.measure().provisional());
        List<Cell> row = new ArrayList<>();
        row.add(Cell.text(ResultTable.INDENT.repeat(line.parent() == null ? 1 : 2) + labels.get(provisional ? "ind.yearly.provisional" : "ind.yearly")));
        row.add(Cell.text(first.period().toString()));
        for (int i = 0; i < c.territories().size(); i++) {
            Indicator d = annual.get(i);
            row.add(d == null ? Cell.text("–") : new Cell(variation(d.measure()), d.measure().value()));
            if (columns[i]) {
                row.add(Cell.text(""));
            }
        }
        for (int i = 0; i < c.territories().size() && ref >= 0; i++) {
            if (i != ref) {
                row.add(Cell.text(""));
            }
        }
        return java.util.Optional.of(row);
    }

    /**
     * " (population 2018)" when the rates of a 2020 figure divide by the inhabitants of another year, the latest the
     * table gives (" (populations 2018 et 2017)" when the two territories' differ); nothing for the figure's own year.
     */
    private String populations(Gap g, int year) {
        List<Integer> years = g.populationYears().stream().distinct().toList();
        if (years.isEmpty() || years.equals(List.of(year))) {
            return "";
        }
        return " " + MessageFormat.format(labels.get(years.size() == 1 ? "ind.population.year" : "ind.population.years"),
                String.valueOf(years.get(0)), String.valueOf(years.get(years.size() - 1)));
    }

    /**
     * A value as printed, with its sign when the indicator is itself an evolution ("Evolution des familles
     * monoparentales" +4,3 %, as the source prints it, beside a department at -2,6 %).
     */
    public String value(String indicator, Measure m) {
        if (m != null && m.value() > 0 && Change.isRateOfChange(indicator, m)) {
            return variation(m);
        }
        return value(m);
    }

    /** Territories compared side by side in columns when there are no more than this. */
    private static final int PEERS_IN_COLUMNS = 6;

    /**
     * A territory a row; for each indicator a column of values ("Sites du NPRU (2016)") and, when there is a
     * reference, one of gaps to it ("Écart à la France").
     */
    private ResultTable byTerritory(Comparison c) {
        List<String> header = new ArrayList<>(List.of(labels.get("ind.territory")));
        List<Kind> kinds = new ArrayList<>(List.of(Kind.TEXT));
        String gapTo = c.hasReference() ? MessageFormat.format(labels.get("ind.gapto"), places.to(c.reference())) : null;
        List<Boolean> changed = new ArrayList<>();
        for (Comparison.Line line : c.lines()) {
            header.add((line.parent() == null ? "" : ResultTable.INDENT) + line.indicator() + " (" + line.period() + ")");
            kinds.add(Kind.DECIMAL);
            // The published changes beside the values, as the territories' columns print them (Lomme's 13 IRIS' "Évolution").
            changed.add(line.variations().stream().anyMatch(v -> beside(line, v)));
            if (changed.get(changed.size() - 1)) {
                String variation = labels.get("ind.variation.plain");
                header.add(c.lines().size() == 1 ? variation : variation + " – " + line.indicator());
                kinds.add(Kind.DECIMAL);
            }
            if (gapTo != null) {
                header.add(c.lines().size() == 1 ? gapTo : gapTo + " – " + line.indicator());
                kinds.add(Kind.DECIMAL);
            }
        }
        ResultTable.Builder b = new ResultTable.Builder(header, kinds);
        int ref = c.referenceIndex();
        for (int i = 0; i < c.territories().size(); i++) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(c.territories().get(i))));
            for (int l = 0; l < c.lines().size(); l++) {
                Comparison.Line line = c.lines().get(l);
                Indicator v = line.values().get(i);
                row.add(v == null ? Cell.text("–") : new Cell(cell(value(v.measure()), v.measure()), v.measure().value()));
                if (changed.get(l)) {
                    Indicator d = line.variations().get(i);
                    row.add(!beside(line, d) ? Cell.text("–") : new Cell(variation(d.measure()) + " (" + d.period() + ")", d.measure().value()));
                }
                if (gapTo != null) {
                    Indicator r = line.values().get(ref);
                    row.add(i == ref || v == null || r == null ? Cell.text("–") : gapCell(line.gaps().get(i), v.measure(), r.measure()));
                }
            }
            b.row(row, Double.NaN, false);
        }
        return b.build();
    }

    /** Per indicator and territory: both values, the difference, the relative and the average annual change. */
    public ResultTable changes(List<Change> changes, int from, int to) {
        String start = changePeriod(changes, from, true);
        String end = changePeriod(changes, to, false);
        ResultTable.Builder b = new ResultTable.Builder(List.of(labels.get("ind.indicator"), labels.get("ind.territory"), start, end, labels.get("ind.difference"), labels.get("ind.peryear"), labels.get("ind.relative"), labels.get("ind.annual")),
                List.of(Kind.TEXT, Kind.TEXT, Kind.DECIMAL, Kind.DECIMAL, Kind.DECIMAL, Kind.DECIMAL, Kind.PERCENT, Kind.PERCENT));
        for (Change c : changes) {
            Measure a = c.start().measure();
            Measure e = c.end().measure();
            String diff = withUnit(numbers.fixed(c.difference(), Math.max(a.decimals(), e.decimals()), true), a.unit() == Unit.PERCENT ? Unit.POINTS : a.unit());
            Unit u = a.unit() == Unit.PERCENT ? Unit.POINTS : a.unit();
            // One decimal more than the values per year, so that +82 € over 5 years reads +16,4 €, not +16 €.
            String perYear = withUnit(numbers.fixed(c.perYear(), Math.max(a.decimals(), e.decimals()) + 1, true), u);
            // A school year's value under a year's column says which school year it is.
            b.row(List.of(Cell.text(c.indicator()), Cell.text(c.territory()), new Cell(dated(a, c.start(), start), a.value()),
                    new Cell(dated(e, c.end(), end), e.value()),
                    new Cell(diff, c.difference()), new Cell(perYear, c.perYear()), signedPercent(c.relative()), signedPercent(c.annual())),
                    Double.NaN, false);
        }
        return b.build();
    }

    private String dated(Measure m, Indicator v, String column) {
        return cell(v.period().schoolYear() && !column.equals(v.period().toString()) ? value(m) + " (" + v.period() + ")" : value(m), m);
    }

    private Cell signedPercent(double p) {
        return Double.isNaN(p) ? Cell.text("–") : new Cell(numbers.fixed(p, 2, true) + numbers.percentSign(), NumberFormats.round2(p));
    }

    /** Rank, territory, value, and the gap to the reference when there is one. */
    public ResultTable ranking(Ranking r) {
        List<String> header = new ArrayList<>(List.of(labels.get("ind.rank"), labels.get("ind.territory"), labels.get("ind.value")));
        List<Kind> kinds = new ArrayList<>(List.of(Kind.INTEGER, Kind.TEXT, Kind.DECIMAL));
        if (r.reference() != null) {
            header.add(MessageFormat.format(labels.get("ind.gapto"), places.to(r.reference())));
            kinds.add(Kind.DECIMAL);
        }
        ResultTable.Builder b = new ResultTable.Builder(header, kinds);
        for (Ranking.Entry e : r.entries()) {
            List<Cell> row = new ArrayList<>(List.of(new Cell(String.valueOf(e.rank()), e.rank()), Cell.text(e.value().territory()),
                    new Cell(value(e.value().measure()), e.value().measure().value())));
            if (r.reference() != null) {
                row.add(e.gap() == null ? Cell.text("–") : rankingGap(e.gap()));
            }
            b.row(row, Double.NaN, false);
        }
        return b.build();
    }

    private Cell rankingGap(Gap g) {
        if (g.inPoints()) {
            return new Cell(withUnit(numbers.fixed(g.points(), 1, true), Unit.POINTS), NumberFormats.rounded(g.points(), 1).doubleValue());
        }
        return Double.isNaN(g.relative()) ? Cell.text("–")
                : new Cell(numbers.fixed(g.relative(), 2, true) + numbers.percentSign(), NumberFormats.rounded(g.relative(), 2).doubleValue());
    }

    /** A year, which a spreadsheet holds as a number (a year stored as text is flagged there, and sorts as text). */
    private static Cell year(int year) {
        return new Cell(String.valueOf(year), year);
    }

    /** A period: a year as a number, a school year ("2019-2020") as text. */
    private static Cell year(Period p) {
        return p.schoolYear() ? Cell.text(p.toString()) : year(p.from());
    }

    /**
     * The start or end of the evolutions as their rows give it: "2019-2020" when every row's value there is a school
     * year (the evolutions were asked from its end year, 2020), else the year.
     */
    public String changesTitle(List<Change> changes, int from, int to) {
        String start = changePeriod(changes, from, true);
        String end = changePeriod(changes, to, false);
        // "Évolutions 2018-2019–2019-2020" reads as four years: school years are said from ... to.
        return MessageFormat.format(labels.get(start.contains("-") || end.contains("-") ? "ind.changes.schoolyears" : "ind.changes"), start, end);
    }

    public static String changePeriod(List<Change> changes, int year, boolean start) {
        boolean school = !changes.isEmpty() && changes.stream().allMatch(c -> (start ? c.start() : c.end()).period().schoolYear());
        return school ? Period.schoolYear(year).toString() : String.valueOf(year);
    }

    public String rankingTitle(Ranking r) {
        return MessageFormat.format(labels.get(r.ascending() ? "ind.ranking.asc" : "ind.ranking.desc"), r.indicator(),
                r.entries().isEmpty() ? String.valueOf(r.year()) : r.entries().get(0).value().period().toString(),
                r.level() == null ? "" : " (" + r.level() + ")");
    }

    /** The key figures: one row per indicator of the panel, the comparison's territories in columns. */
    public ResultTable keyFigures(Comparison c, List<String> keys) {
        List<String> header = new ArrayList<>(List.of(labels.get("ind.indicator"), labels.get("ind.year")));
        List<Kind> kinds = new ArrayList<>(List.of(Kind.TEXT, Kind.TEXT));
        for (String t : c.territories()) {
            header.add(t);
            kinds.add(Kind.DECIMAL);
        }
        ResultTable.Builder b = new ResultTable.Builder(header, kinds);
        for (String key : keys) {
            for (Comparison.Line line : c.lines()) {
                if (!line.indicator().equals(key)) {
                    continue;
                }
                List<Cell> row = new ArrayList<>(List.of(Cell.text(key), year(line.period())));
                for (Indicator v : line.values()) {
                    row.add(v == null ? Cell.text("–") : new Cell(value(v.measure()), v.measure().value()));
                }
                b.row(row, Double.NaN, false);
            }
        }
        return b.build();
    }

    /** A difference in an indicator's unit: points for shares ("+2,0 pts"), else the unit ("-24 €"). */
    public String difference(double d, int decimals, Unit unit, boolean signed) {
        return withUnit(numbers.fixed(d, decimals, signed), unit == Unit.PERCENT ? Unit.POINTS : unit);
    }

    /** The gap at each date: indicator, territory, year, both values and the gap. */
    public ResultTable gapTrends(List<GapTrend> trends) {
        String ref = trends.isEmpty() ? "" : trends.get(0).reference();
        ResultTable.Builder b = new ResultTable.Builder(List.of(labels.get("ind.indicator"), labels.get("ind.territory"), labels.get("ind.year"),
                labels.get("ind.value"), ref, labels.get("ind.gaps.gap")), List.of(Kind.TEXT, Kind.TEXT, Kind.TEXT, Kind.DECIMAL, Kind.DECIMAL, Kind.DECIMAL));
        for (GapTrend g : trends) {
            for (GapTrend.Point p : g.points()) {
                Measure v = p.value().measure();
                Measure r = p.referenceValue().measure();
                b.row(List.of(Cell.text(g.indicator()), Cell.text(g.territory()), year(p.value().period()), new Cell(value(v), v.value()),
                        new Cell(value(r), r.value()), new Cell(difference(p.gap(), Math.max(v.decimals(), r.decimals()), v.unit(), true), p.gap())),
                        Double.NaN, false);
            }
        }
        return b.build();
    }

    /** "Taux d'emploi : l'écart entre QPV et MEL se creuse de 2 points entre 2008 et 2013 (-13 pts en 2008, -15 pts en 2013)." */
    public String gapSentence(GapTrend g) {
        Measure a = g.first().value().measure();
        int d = Math.max(Math.max(a.decimals(), g.first().referenceValue().measure().decimals()),
                Math.max(g.last().value().measure().decimals(), g.last().referenceValue().measure().decimals()));
        String by = sentenceAmount(Math.abs(g.change()), d, a.unit());
        String how = switch (g.trend()) {
            case WIDENS -> MessageFormat.format(labels.get("ind.gaps.widens"), by);
            case NARROWS -> MessageFormat.format(labels.get("ind.gaps.narrows"), by);
            case STABLE -> MessageFormat.format(labels.get("ind.gaps.stable"), new Object[0]);
            case REVERSES -> MessageFormat.format(labels.get("ind.gaps.reverses"), new Object[0]);
        };
        return MessageFormat.format(labels.get("ind.gaps.sentence"), g.indicator(), places.the(g.territory()), places.the(g.reference()), how,
                g.first().value().period().toString(), g.last().value().period().toString(), difference(g.first().gap(), d, a.unit(), true),
                difference(g.last().gap(), d, a.unit(), true));
    }

    /** An amount in a sentence: "2 points", "1,5 point", "24 €". */
    private String sentenceAmount(double x, int decimals, Unit unit) {
        String n = numbers.fixed(x, decimals, false);
        if (unit == Unit.PERCENT) {
            return n + NumberFormats.NBSP + (singular(x) ? labels.get("ind.point.word") : labels.get("ind.points.word"));
        }
        return withUnit(n, unit);
    }

    /** Target, start, current value and distance, one row per target. */
    public ResultTable targets(List<Target.Status> targets) {
        ResultTable.Builder b = new ResultTable.Builder(List.of(labels.get("ind.indicator"), labels.get("ind.territory"), labels.get("ind.target"),
                labels.get("ind.target.deadline"), labels.get("ind.target.start"), labels.get("ind.target.current"), labels.get("ind.target.distance")),
                List.of(Kind.TEXT, Kind.TEXT, Kind.DECIMAL, Kind.TEXT, Kind.DECIMAL, Kind.DECIMAL, Kind.DECIMAL));
        for (Target.Status s : targets) {
            boolean gap = s.target().onGap();
            int d = gap ? s.decimals() + (s.goal() == Math.rint(s.goal()) ? 0 : 1) : s.decimals();
            String goal = gap ? difference(s.goal(), d, s.unit(), true) : withUnit(numbers.fixed(s.goal(), d, false), s.unit());
            String start = (gap ? difference(s.start(), s.decimals(), s.unit(), true) : withUnit(numbers.fixed(s.start(), s.decimals(), false), s.unit()))
                    + " (" + s.baselineLabel() + ")";
            String now = (gap ? difference(s.now(), s.decimals(), s.unit(), true) : withUnit(numbers.fixed(s.now(), s.decimals(), false), s.unit()))
                    + " (" + s.currentLabel() + ")";
            String territory = gap ? s.territory() + " / " + s.reference() : s.territory();
            b.row(List.of(Cell.text(s.target().indicator()), Cell.text(territory), new Cell(goal, s.goal()), year(s.target().schoolYear() ? Period.schoolYear(s.target().year()) : Period.year(s.target().year())),
                    new Cell(start, s.start()), new Cell(now, s.now()), new Cell(difference(s.distance(), d, s.unit(), false), s.distance())),
                    Double.NaN, false);
        }
        return b.build();
    }

    /** The target's reading: what it asks, where the territory stands, what is left to go. */
    public String targetSentence(Target.Status s) {
        boolean gap = s.target().onGap();
        int d = gap ? s.decimals() + (s.goal() == Math.rint(s.goal()) ? 0 : 1) : s.decimals();
        // A pattern without arguments still is one: its '' is an apostrophe once formatted ("l''objectif" was printed).
        String left = s.reached() ? MessageFormat.format(labels.get("ind.target.reached"), new Object[0])
                : MessageFormat.format(labels.get("ind.target.left"), sentenceAmount(s.distance(), d, s.unit()));
        if (gap) {
            double cut = 1 - s.target().factor();
            String by = Math.abs(cut - 0.5) < 1e-9 ? labels.get("ind.target.half") : numbers.fixed(100 * cut, 0, false) + numbers.percentSign();
            return MessageFormat.format(labels.get("ind.target.gap"), by, s.target().indicator(), places.the(s.territory()), places.the(s.reference()),
                    s.target().deadline(), difference(s.start(), s.decimals(), s.unit(), true), s.baselineLabel(),
                    difference(s.goal(), d, s.unit(), true), s.currentLabel(), difference(s.now(), s.decimals(), s.unit(), true), left);
        }
        return MessageFormat.format(labels.get("ind.target.value"), s.target().indicator(), withUnit(numbers.fixed(s.goal(), d, false), s.unit()),
                places.the(s.territory()), s.target().deadline(), s.currentLabel(),
                withUnit(numbers.fixed(s.now(), s.decimals(), false), s.unit()), left);
    }

    /** What a complement territory is and how many indicators could be computed for it. */
    public String complementSentence(Complement c) {
        long n = c.table().values().stream().filter(i -> i.territory().equals(c.name())).count();
        return MessageFormat.format(labels.get(n == 0 ? "ind.complement.none" : "ind.complement"), c.name(), c.whole(), c.part(), String.valueOf(n), n);
    }
}
