package fr.enquete.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds term tables: enquete's (lemmas and multi-word terms) and the naive one published tables use. */
public final class TermTables {

    /** The published tables' tokens: runs of letters, digits and apostrophes. */
    private static final Pattern NAIVE_TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}'’]+");

    private TermTables() {
    }

    /**
     * The top {@code top} lemmas of the index (plus ties), every content word counted, inside a multi-word term or
     * not, with the top {@code top} multi-word terms as its {@link TermTable#multiwords() companion}, ranked apart.
     */
    public static TermTable lemmas(TermIndex index, int top) {
        return count(index, index::words, top, "lemmas").withMultiwords(multiwords(index, top));
    }

    /** The top {@code top} multi-word terms of the index (plus ties), by occurrences, then answers. */
    public static TermTable multiwords(TermIndex index, int top) {
        return count(index, index::multiwords, top, "multiwords");
    }

    private static TermTable count(TermIndex index, java.util.function.IntFunction<List<TermOccurrence>> occurrences, int top,
                                   String method) {
        TermCounter counter = new TermCounter();
        for (int d = 0; d < index.size(); d++) {
            counter.add(occurrences.apply(d), TermOccurrence::key, TermOccurrence::label, TermOccurrence::form);
        }
        return counter.table(top, method, true);
    }

    private static final java.util.regex.Pattern MASKS = java.util.regex.Pattern.compile(fr.enquete.privacy.PersonalData.PLACEHOLDER);

    /**
     * The method of seed 003's published {@code Terme | Total} tables, for comparison: tokens of letters,
     * digits and apostrophes, lower-cased with accents kept, no lemmas, elided forms kept whole
     * ({@code l'emploi}), a short stop list, occurrences counted, ties in alphabetical order.
     */
    public static TermTable naive(List<TextDocument> documents, int top) {
        StopWords stop = naiveStopWords();
        TermCounter counter = new TermCounter();
        for (TextDocument doc : documents) {
            List<String> words = new ArrayList<>();
            // Pseudonymisation placeholders are not words of the answer.
            Matcher m = NAIVE_TOKEN.matcher(MASKS.matcher(doc.text()).replaceAll(" ").toLowerCase(Locale.ROOT));
            while (m.find()) {
                String w = m.group().replace('’', '\'');
                if (!stop.contains(w)) {
                    words.add(w);
                }
            }
            counter.add(words, w -> w, w -> w, w -> w);
        }
        return counter.table(top, "naive", false);
    }

    private static StopWords naiveStopWords() {
        return NaiveStop.LIST;
    }

    private static final class NaiveStop {
        static final StopWords LIST = StopWords.empty().with(java.util.Set.of("a", "à", "au", "aux", "avec", "ce", "ces",
                "d'", "dans", "de", "des", "du", "en", "et", "il", "l'", "la", "le", "les", "leur", "leurs", "mais",
                "ne", "nous", "on", "ou", "où", "par", "pas", "pour", "qu'", "que", "qui", "se", "sa", "ses", "son",
                "sur", "un", "une", "vous", "est", "sont", "y"));
    }
}
