package fr.enquete.report;

import fr.enquete.report.ResultTable.Cell;
import fr.enquete.report.ResultTable.Kind;
import fr.enquete.text.RepeatedSegments;
import fr.enquete.text.TermTable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A term table worded and formatted as a {@link ResultTable}: Rang | Terme | Occurrences | Réponses | % | Formes. */
public final class TermTableView {

    private final Labels labels;
    private final NumberFormats numbers;
    private final TextUnit unit;

    public TermTableView(Lang lang) {
        this(lang, TextUnit.ANSWERS);
    }

    /** Headers and notes that name the {@code unit} counted (answers, or the interventions of transcripts). */
    public TermTableView(Lang lang, TextUnit unit) {
        this.labels = new Labels(lang);
        this.numbers = new NumberFormats(lang);
        this.unit = unit;
    }

    public ResultTable table(TermTable t) {
        boolean naive = "naive".equals(t.method());
        List<String> header = new ArrayList<>(List.of(labels.get("terms.rank"), labels.get("segments".equals(t.method()) ? "terms.segments.term" : "terms.term"),
                labels.get("terms.occurrences"), labels.get(unit.key("terms.answers")), labels.get(unit.key("terms.percent"))));
        List<Kind> kinds = new ArrayList<>(List.of(Kind.INTEGER, Kind.TEXT, Kind.INTEGER, Kind.INTEGER, Kind.PERCENT));
        if (!naive) {
            header.add(labels.get("terms.forms"));
            kinds.add(Kind.TEXT);
        }
        ResultTable.Builder table = new ResultTable.Builder(header, kinds);
        for (TermTable.TermRow r : t.rows()) {
            List<Cell> row = new ArrayList<>(List.of(new Cell(String.valueOf(r.rank()), r.rank()), Cell.text(r.term()),
                    new Cell(numbers.integer(r.occurrences()), r.occurrences()), new Cell(numbers.integer(r.answers()), r.answers()),
                    new Cell(numbers.percent(r.percent()), NumberFormats.round2(r.percent()))));
            if (!naive) {
                // A no-break space ties each form to its count: "personne / (1)" was split over two lines in Word.
                row.add(Cell.text(r.forms().stream().map(f -> f.text() + NumberFormats.NBSP + "(" + f.count() + ")").collect(Collectors.joining(", "))));
            }
            table.row(row, Double.NaN, false);
        }
        return table.build();
    }

    /**
     * The table a report's reader gets, as the published tables print a top 20: a group of terms tied at the last
     * rank that would run past the top is left out whole, not added whole. Seed 003's table for the ageing question
     * ends at rank 14 with four terms at 3 occurrences, the terms at 2 left out; its 11-term table ends at 2, the terms
     * met once left out. Extending the top to the ties listed 56 to 74 terms met once. JSON, CSV and {@code terms}
     * keep the ties. A table whose first group runs past the top stays whole.
     */
    public static TermTable forReaders(TermTable t) {
        if (t.exAequo() == 0 || t.rows().isEmpty()) {
            return t;
        }
        long last = t.rows().get(t.rows().size() - 1).occurrences();
        List<TermTable.TermRow> kept = t.rows().stream().filter(r -> r.occurrences() != last).toList();
        return kept.isEmpty() ? t : new TermTable(kept, 0, t.documents(), t.distinct(), t.method(), t.multiwords());
    }

    /**
     * "Les 12 termes présents 1 fois, à égalité au dernier rang, ne sont pas listés : avec eux, le tableau compterait 16
     * lignes, au-delà des 15 retenues." under a table {@link #forReaders} cut: "(au-delà des 15 premiers rangs)" under
     * a table of 4 rows read as a contradiction.
     */
    public String cut(TermTable shown, TermTable full) {
        int left = full.rows().size() - shown.rows().size();
        return left == 0 ? "" : MessageFormat.format(labels.get("terms.cut"), numbers.integer(left),
                numbers.integer(full.rows().get(full.rows().size() - 1).occurrences()), left,
                String.valueOf(full.rows().size() - full.exAequo()), numbers.integer(full.rows().size()));
    }

    public String title(TermTable t) {
        return labels.get(key(t, "title"));
    }

    /** The tables to show, in order: the lemmas, then the multi-word terms when some were found; empty tables left out. */
    public static List<TermTable> shown(TermTable t) {
        List<TermTable> out = new ArrayList<>();
        if (!t.rows().isEmpty()) {
            out.add(t);
        }
        if (t.multiwords() != null && !t.multiwords().rows().isEmpty()) {
            out.add(t.multiwords());
        }
        return out;
    }

    private static String key(TermTable t, String what) {
        return switch (t.method()) {
            case "naive" -> "terms.naive." + what;
            case "multiwords" -> "terms.multiwords." + what;
            case "segments" -> "terms.segments." + what;
            default -> "terms." + what;
        };
    }

    /**
     * "3 termes à égalité avec le dernier rang sont ajoutés." when the top was extended to tied rows, else empty; empty
     * too when the table shows every distinct term ("+1 ex aequo" under a table of all 16 lemmas read as one missing).
     */
    public String exAequo(TermTable t) {
        return t.exAequo() > 0 && t.rows().size() < t.distinct() ? MessageFormat.format(labels.get("terms.exaequo"), t.exAequo()) : "";
    }

    /** The note under a term table: what it counts, the answers analysed and the distinct terms, each word in its number. */
    public String note(TermTable t) {
        return MessageFormat.format(labels.get(unit.key(key(t, "note"))), noteArguments(t, 0, 0));
    }

    /** The answers and distinct terms formatted at 0 and 1, the two settings at 2 and 3, the raw counts at 10 and 11. */
    private Object[] noteArguments(TermTable t, int maxWords, int min) {
        Object[] a = new Object[12];
        a[0] = numbers.integer(t.documents());
        a[1] = numbers.integer(t.distinct());
        a[2] = maxWords;
        a[3] = min;
        a[10] = t.documents();
        a[11] = t.distinct();
        return a;
    }

    /**
     * The note under a repeated segments' table, which says its longest segment and its minimum of occurrences, and
     * the ties added to its top.
     */
    public String note(RepeatedSegments.Table s) {
        TermTable t = s.table();
        String more = exAequo(t);
        return MessageFormat.format(labels.get(unit.key(key(t, "note"))), noteArguments(t, s.settings().maxWords(), s.settings().min()))
                + (more.isEmpty() ? "" : " " + more);
    }

    /** The line shown instead of a repeated segments' table that found none. */
    public String none(RepeatedSegments.Table s) {
        return MessageFormat.format(labels.get("terms.segments.none"), s.settings().maxWords(), s.settings().min());
    }
}
