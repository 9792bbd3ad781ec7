package fr.enquete.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Capitalised common words read as names, given back their common reading: "Seniors connectés" or "Personnes Âgées"
 * (a heading-like answer, a programme's title) were tagged proper nouns, kept as written ("seniors", "personnes")
 * and counted apart from the "seniors" and "personnes" of the other answers. A word tagged a proper noun, written
 * with an initial capital (not an acronym), that the lexicon knows as a common word whose lemma the same corpus also
 * writes in lower case is that common word. A name the corpus never writes in lower case ("Halles", "France") stays
 * a name, and so do the words next to it ("France Travail"), and nouns juxtaposed as names are ("Pôle Emploi").
 */
public final class CapitalisedCommonWords {

    /** The common readings tried, in this order. */
    private static final List<String> COMMON = List.of("NOUN", "ADJ", "VERB");

    private CapitalisedCommonWords() {
    }

    /**
     * The documents with such words read as common words; a document without any is returned as it is (the same list,
     * so that documents sharing their tokens still share them).
     */
    public static List<List<AnalysedToken>> read(List<List<AnalysedToken>> documents) {
        if (documents.stream().flatMap(List::stream).noneMatch(CapitalisedCommonWords::candidate)) {
            return documents;
        }
        return readAll(documents, writtenInLowerCase(documents));
    }

    /**
     * As {@link #read(List)}, given {@link #writtenInLowerCase} of the documents, which the reading does not change (it
     * gives new readings to capitalised words only): a caller that needs that set too makes it once.
     */
    static List<List<AnalysedToken>> read(List<List<AnalysedToken>> documents, Set<String> lowerCase) {
        if (documents.stream().flatMap(List::stream).noneMatch(CapitalisedCommonWords::candidate)) {
            return documents;
        }
        return readAll(documents, lowerCase);
    }

    private static List<List<AnalysedToken>> readAll(List<List<AnalysedToken>> documents, Set<String> lowerCase) {
        Lemmatizer lemmatizer = new Lemmatizer();
        Map<List<AnalysedToken>, List<AnalysedToken>> done = new IdentityHashMap<>();
        List<List<AnalysedToken>> out = new ArrayList<>(documents.size());
        for (List<AnalysedToken> doc : documents) {
            out.add(done.computeIfAbsent(doc, d -> read(d, lowerCase, lemmatizer)));
        }
        return out;
    }

    /** The folded lemmas of the common words (nouns, adjectives, verbs) the documents write in lower case. */
    static Set<String> writtenInLowerCase(List<List<AnalysedToken>> documents) {
        // Each lemma folded once, each shared document (a repeated answer) read once: folding every occurrence was
        // most of the time spent here.
        Set<String> lemmas = new HashSet<>();
        Set<List<AnalysedToken>> read = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<AnalysedToken> doc : documents) {
            if (!read.add(doc)) {
                continue;
            }
            for (AnalysedToken t : doc) {
                if (t.kind() == TokenKind.WORD && !t.form().isEmpty() && Character.isLowerCase(t.form().codePointAt(0))
                        && COMMON.contains(t.pos())) {
                    lemmas.add(t.lemma());
                }
            }
        }
        Set<String> lowerCase = new HashSet<>();
        for (String lemma : lemmas) {
            lowerCase.add(Fold.fold(lemma));
        }
        return lowerCase;
    }

    private static List<AnalysedToken> read(List<AnalysedToken> doc, Set<String> lowerCase, Lemmatizer lemmatizer) {
        List<AnalysedToken> out = null;
        for (int i = 0; i < doc.size(); ) {
            int end = i + 1;
            while (end < doc.size() && capitalised(doc.get(end - 1)) && capitalised(doc.get(end)) && doc.get(end).sentence() == doc.get(i).sentence()) {
                end++;
            }
            List<AnalysedToken> run = commonRun(doc.subList(i, end), lowerCase, lemmatizer);
            if (run != null) {
                out = out == null ? new ArrayList<>(doc) : out;
                for (int k = i; k < end; k++) {
                    out.set(k, run.get(k - i));
                }
            }
            i = end;
        }
        return out == null ? doc : List.copyOf(out);
    }

    /**
     * A run of adjacent capitalised words read as common words, or null when it is a name: when one of its words is a
     * name the corpus never writes in lower case or an acronym ("France Travail", "Lomme Entreprendre"), or when two
     * of its nouns follow each other, as names juxtapose them ("Pôle Emploi", "Point Conseil Budget"), where a title
     * in capitals reads as a phrase ("Personnes Âgées", "Aide Sociale Facultative").
     */
    private static List<AnalysedToken> commonRun(List<AnalysedToken> run, Set<String> lowerCase, Lemmatizer lemmatizer) {
        List<AnalysedToken> out = new ArrayList<>(run.size());
        boolean changed = false;
        for (AnalysedToken t : run) {
            AnalysedToken read = t;
            if (candidate(t)) {
                read = common(t, lowerCase, lemmatizer);
                if (read == null) {
                    return null;
                }
                changed = true;
            } else if (run.size() > 1 && Lemmatizer.isAcronym(t.form())) {
                return null;
            }
            if (!out.isEmpty() && "NOUN".equals(read.pos()) && "NOUN".equals(out.get(out.size() - 1).pos())) {
                return null;
            }
            out.add(read);
        }
        return changed ? out : null;
    }

    private static boolean capitalised(AnalysedToken t) {
        return t.kind() == TokenKind.WORD && !t.form().isEmpty() && Character.isUpperCase(t.form().codePointAt(0));
    }

    /** A word tagged a proper noun, written with an initial capital and lower-case letters after it. */
    private static boolean candidate(AnalysedToken t) {
        String f = t.form();
        return t.kind() == TokenKind.WORD && "PROPN".equals(t.pos()) && f.length() > 1 && Character.isUpperCase(f.codePointAt(0))
                && !Lemmatizer.isAcronym(f) && f.chars().anyMatch(Character::isLowerCase);
    }

    /** The token read as the common word whose lemma the corpus writes in lower case, or null. */
    private static AnalysedToken common(AnalysedToken t, Set<String> lowerCase, Lemmatizer lemmatizer) {
        String lower = FrenchTokenizer.withoutMark(t.form()).toLowerCase(Locale.ROOT);
        if (!lemmatizer.knows(lower)) {
            return null;
        }
        for (String tag : COMMON) {
            Lemmatizer.Reading r = lemmatizer.read(lower, tag);
            if (COMMON.contains(r.pos()) && lowerCase.contains(Fold.fold(r.lemma()))) {
                return new AnalysedToken(t.form(), t.kind(), r.pos(), r.lemma(), t.sentence(), t.start(), t.end());
            }
        }
        return null;
    }
}
