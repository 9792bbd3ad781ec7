package fr.enquete.text;

import java.util.ArrayList;
import java.util.List;

/** Keyword in context: every occurrence of a term with the words around it. */
public final class Concordance {

    /**
     * One line of a concordance.
     *
     * @param row   the export row of the answer
     * @param left  the text before the occurrence (at most {@code width} characters, cut at a word)
     * @param match the occurrence as written
     * @param right the text after it
     */
    public record Line(long row, String left, String match, String right) {
    }

    private Concordance() {
    }

    /**
     * The occurrences of {@code query} (a lemma, a form, or a multi-word term as in the term table;
     * case and accents ignored) in the indexed answers, in answer order.
     */
    public static List<Line> of(TermIndex index, String query, int width) {
        String q = Fold.fold(query.strip());
        List<Line> out = new ArrayList<>();
        for (int d = 0; d < index.size(); d++) {
            String text = index.documents().get(d).text();
            List<AnalysedToken> tokens = index.tokens(d);
            boolean[] done = new boolean[tokens.size()];
            for (TermOccurrence o : index.occurrences(d)) {
                if (o.multiword() && (o.key().equals(q) || Fold.fold(o.label()).equals(q))) {
                    out.add(line(index, d, text, tokens.get(o.firstToken()).start(), tokens.get(o.lastToken()).end(), width));
                    for (int k = o.firstToken(); k <= o.lastToken(); k++) {
                        done[k] = true;
                    }
                }
            }
            for (int k = 0; k < tokens.size(); k++) {
                AnalysedToken t = tokens.get(k);
                if (!done[k] && (Fold.fold(t.lemma()).equals(q) || Fold.fold(t.form()).equals(q))) {
                    out.add(line(index, d, text, t.start(), t.end(), width));
                }
            }
        }
        out.sort((a, b) -> Long.compare(a.row(), b.row())); // stable: keeps the order within an answer
        return out;
    }

    private static Line line(TermIndex index, int d, String text, int start, int end, int width) {
        return new Line(index.documents().get(d).row(), clip(text.substring(0, start), true, width),
                text.substring(start, end), clip(text.substring(end), false, width));
    }

    private static String clip(String s, boolean left, int width) {
        String flat = s.replaceAll("\\s+", " ");
        if (flat.length() <= width) {
            return flat.strip();
        }
        if (left) {
            String cut = flat.substring(flat.length() - width);
            int space = cut.indexOf(' ');
            return ("…" + (space >= 0 ? cut.substring(space) : cut)).strip();
        }
        String cut = flat.substring(0, width);
        int space = cut.lastIndexOf(' ');
        return (space > 0 ? cut.substring(0, space) : cut).strip() + "…";
    }
}
