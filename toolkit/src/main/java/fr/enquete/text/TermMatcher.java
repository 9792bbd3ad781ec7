package fr.enquete.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a document of a {@link TermIndex} contains given terms or patterns, the way codebooks are
 * matched: a term matches a lemma, a written form or a multi-word term of the document, case and accents
 * ignored ("séniors" finds "senior", "conférence des financeurs" the term); a pattern is searched in the
 * document's text.
 */
public final class TermMatcher {

    private final TermIndex index;
    private final Set<String>[] keys;
    private final String[] folded;

    @SuppressWarnings("unchecked")
    private TermMatcher(TermIndex index) {
        this.index = index;
        this.keys = new Set[index.size()];
        this.folded = new String[index.size()];
    }

    public static TermMatcher of(TermIndex index) {
        return new TermMatcher(index);
    }

    public boolean matches(int document, List<String> terms, List<Pattern> patterns) {
        if (!terms.isEmpty()) {
            Set<String> k = keys(document);
            for (String term : terms) {
                String f = Fold.fold(term.strip());
                if (k.contains(f) || (f.contains(" ") && folded(document).contains(" " + f + " "))) {
                    return true;
                }
            }
        }
        String text = index.documents().get(document).text();
        for (Pattern p : patterns) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** Term keys, multi-word labels, and every token's folded lemma and form. */
    private Set<String> keys(int d) {
        if (keys[d] == null) {
            Set<String> k = new HashSet<>();
            for (TermOccurrence o : index.occurrences(d)) {
                k.add(o.key());
                k.add(Fold.fold(o.label()));
            }
            for (AnalysedToken t : index.tokens(d)) {
                k.add(Fold.fold(t.lemma()));
                k.add(Fold.fold(t.form()));
            }
            keys[d] = k;
        }
        return keys[d];
    }

    private String folded(int d) {
        if (folded[d] == null) {
            folded[d] = " " + String.join(" ", index.tokens(d).stream().map(t -> Fold.fold(t.form())).toList()) + " ";
        }
        return folded[d];
    }
}
