package fr.enquete.report;

import fr.enquete.text.TermTable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A term table worded and formatted as a {@link ResultTable}: Rang | Terme | Occurrences | Réponses | % | Formes. */
public final class TermTableView {

    private final Labels labels;
    private final NumberFormats numbers;

    public TermTableView(Lang lang) {
        this.labels = new Labels(lang);
        this.numbers = new NumberFormats(lang);
    }

    public ResultTable table(TermTable t) {
        List<List<String>> rows = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        List<Boolean> missing = new ArrayList<>();
        boolean naive = "naive".equals(t.method());
        for (TermTable.TermRow r : t.rows()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(r.rank()), r.term(), numbers.integer(r.occurrences()),
                    numbers.integer(r.answers()), numbers.percent(r.percent())));
            if (!naive) {
                row.add(r.forms().stream().map(f -> f.text() + " (" + f.count() + ")").collect(Collectors.joining(", ")));
            }
            rows.add(row);
            shares.add(Double.NaN);
            missing.add(false);
        }
        List<String> header = new ArrayList<>(List.of(labels.get("terms.rank"), labels.get("terms.term"),
                labels.get("terms.occurrences"), labels.get("terms.answers"), labels.get("terms.percent")));
        if (!naive) {
            header.add(labels.get("terms.forms"));
        }
        List<Boolean> numeric = new ArrayList<>(List.of(true, false, true, true, true));
        if (!naive) {
            numeric.add(false);
        }
        return new ResultTable(header, rows, shares, missing, numeric);
    }

    public String title(TermTable t) {
        return labels.get("naive".equals(t.method()) ? "terms.naive.title" : "terms.title");
    }

    /** "+3 ex aequo" when the top was extended to tied rows, else empty. */
    public String exAequo(TermTable t) {
        return t.exAequo() > 0 ? MessageFormat.format(labels.get("terms.exaequo"), t.exAequo()) : "";
    }

    public String note(TermTable t) {
        return MessageFormat.format(labels.get("naive".equals(t.method()) ? "terms.naive.note" : "terms.note"), numbers.integer(t.documents()), numbers.integer(t.distinct()));
    }
}
