package fr.enquete.text;

import java.util.List;

/**
 * A ranked term table.
 *
 * @param rows      the rows shown: the top N, plus the rows tied with the N-th (never cut inside a tie)
 * @param exAequo   how many rows beyond N were added because they tie with the N-th
 * @param documents the number of answers analysed (the denominator of {@link TermRow#percent()})
 * @param distinct  the number of distinct terms found in all
 * @param method    {@code lemmas} (every content word, by lemma), {@code multiwords} (multi-word terms) or
 *                  {@code naive} (the published tables' method)
 * @param multiwords the multi-word terms' own table, beside a {@code lemmas} table (null when not computed):
 *                  on a large corpus single words always outrank phrases, so each kind is ranked on its own
 */
public record TermTable(List<TermRow> rows, int exAequo, long documents, long distinct, String method, TermTable multiwords) {

    public TermTable {
        rows = List.copyOf(rows);
    }

    public TermTable(List<TermRow> rows, int exAequo, long documents, long distinct, String method) {
        this(rows, exAequo, documents, distinct, method, null);
    }

    /** This table with {@code table} as its multi-word companion. */
    public TermTable withMultiwords(TermTable table) {
        return new TermTable(rows, exAequo, documents, distinct, method, table);
    }

    /** Whether the table says nothing a word cloud could show: no term is found in two answers. */
    public boolean allSeenOnce() {
        return rows.stream().allMatch(r -> r.answers() < 2);
    }

    /**
     * @param rank        1-based; tied rows share the rank of the first of them
     * @param key         the grouping key (lemmas folded to lower case without accents, but for a final é), to link views
     * @param term        the lemma, or the multi-word term, as most often written (names keep their capitals)
     * @param occurrences how many times it occurs
     * @param answers     how many answers contain it
     * @param percent     answers over the answers analysed, in percent
     * @param forms       the forms counted under it, most frequent first
     */
    public record TermRow(int rank, String key, String term, long occurrences, long answers, double percent, List<Form> forms) {
        public TermRow {
            forms = List.copyOf(forms);
        }
    }

    /** A written form and how many times it occurs. */
    public record Form(String text, long count) {
    }
}
