package fr.enquete.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The terms of a set of documents: every document analysed by the {@link FrenchPipeline} (on several
 * cores), multi-word terms found with POS patterns and kept by their C-value (Frantzi, Ananiadou and Mima,
 * 2000), then each document read as a sequence of term occurrences in which the words of a kept
 * multi-word term are not counted again on their own. Term tables, concordances, co-occurrences,
 * specificities and codebooks all read this index.
 */
public final class TermIndex {

    /** Nouns, proper nouns, adjectives and verbs carry the meaning of an answer. */
    private static final Set<String> CONTENT = Set.of("NOUN", "PROPN", "ADJ", "VERB");
    private static final Set<String> ARTICLES = Set.of("le", "la", "l'", "les");
    /**
     * Multi-word term patterns over one letter per token: H noun, N proper noun or acronym, A adjective,
     * P preposition, X preposition+article contraction (des, du, au, aux), D article. Covers "mission
     * locale" (HA), "politique de la ville" (HPDH), "conférence des financeurs" (HXH), "fondation de
     * france" (HPN), "Uni Cités" (NN).
     */
    private static final Pattern SHAPE = Pattern.compile("[HN](?:A+|A*(?:PD?|X)[HN]A?)|N{2,4}");
    private static final int MAX_LENGTH = 6;

    private final List<TextDocument> documents;
    private final List<List<AnalysedToken>> tokens;
    private final List<List<TermOccurrence>> occurrences;
    private final List<List<TermOccurrence>> words;
    private final List<List<TermOccurrence>> multiwords;

    private TermIndex(List<TextDocument> documents, List<List<AnalysedToken>> tokens, List<List<TermOccurrence>> occurrences,
                      List<List<TermOccurrence>> words, List<List<TermOccurrence>> multiwords) {
        this.documents = List.copyOf(documents);
        this.tokens = List.copyOf(tokens);
        this.occurrences = List.copyOf(occurrences);
        this.words = List.copyOf(words);
        this.multiwords = List.copyOf(multiwords);
    }

    public static TermIndex build(List<TextDocument> documents, TermOptions options) {
        return build(documents, options, TextAnalyses.of(documents.stream().map(TextDocument::text).toList()));
    }

    /**
     * As {@link #build(List, TermOptions)}, the documents' tokens taken from {@code analyses}, which must hold every
     * document's text: several indexes of the same texts (a survey's free-text questions) then analyse each text once.
     */
    public static TermIndex build(List<TextDocument> documents, TermOptions options, TextAnalyses analyses) {
        List<List<AnalysedToken>> analysed = documents.stream().map(d -> analyses.tokens(d.text())).toList();
        // The lemmas written in lower case, the same before and after the capitalised words are read: made once.
        Set<String> lowerCase = CapitalisedCommonWords.writtenInLowerCase(analysed);
        // "Seniors connectés" heading an answer is the "seniors" of the others, not a name of its own.
        List<List<AnalysedToken>> tokens = CapitalisedCommonWords.read(analysed, lowerCase);
        // Documents that repeat a text share its tokens, and so its spans and readings, each made once (what follows
        // is a function of the tokens, the kept terms and the stop words); every document still counts.
        Map<List<AnalysedToken>, List<TermOccurrence>> wordsOf = new IdentityHashMap<>();
        List<List<TermOccurrence>> words = new ArrayList<>(tokens.size());
        for (List<AnalysedToken> doc : tokens) {
            words.add(wordsOf.computeIfAbsent(doc, t -> List.copyOf(words(t, options.stopWords()))));
        }
        // Names written in the singular and the plural, grouped in the multi-word terms too ("Franca du Nord",
        // "Francas du Nord"), before their frequencies are counted.
        Map<String, String> plurals = namePlurals(words);
        Map<List<AnalysedToken>, List<Span>> spansOf = new IdentityHashMap<>();
        Map<String, Candidate> candidates = new HashMap<>();
        List<List<Span>> spans = new ArrayList<>();
        for (List<AnalysedToken> doc : tokens) {
            List<Span> docSpans = spansOf.computeIfAbsent(doc,
                    t -> options.multiwords() ? multiwordSpans(t, options.stopWords(), plurals) : List.of());
            spans.add(docSpans);
            for (Span s : docSpans) {
                candidates.computeIfAbsent(s.key, k -> new Candidate(k, s.length())).frequency++;
            }
        }
        Map<String, Double> kept = cValues(candidates, options.minMultiwordFrequency());
        Map<List<AnalysedToken>, Reading> readings = new IdentityHashMap<>();
        List<List<TermOccurrence>> occurrences = new ArrayList<>(tokens.size());
        List<List<TermOccurrence>> multiwords = new ArrayList<>(tokens.size());
        for (int d = 0; d < tokens.size(); d++) {
            List<Span> docSpans = spans.get(d);
            Reading r = readings.computeIfAbsent(tokens.get(d), doc -> {
                List<TermOccurrence> all = List.copyOf(occurrences(doc, docSpans, kept, options.stopWords()));
                return new Reading(all, all.stream().filter(TermOccurrence::multiword).toList());
            });
            occurrences.add(r.occurrences());
            multiwords.add(r.multiwords());
        }
        if (!plurals.isEmpty()) {
            occurrences = rekeyed(occurrences, plurals);
            words = rekeyed(words, plurals);
        }
        // After the grouping, which reads the capitals of the names: "Maisons des Solidarités" still groups "Solidarités".
        occurrences = commonNouns(occurrences, tokens, lowerCase);
        words = commonNouns(words, tokens, lowerCase);
        return new TermIndex(documents, tokens, occurrences, words, multiwords);
    }

    /**
     * The documents' words with a capitalised noun inflected away from its lemma (a plural: "Maisons des Solidarités",
     * "Solidarités" heading a section), whose lemma the corpus ({@code lowerCase}) also writes in lower case, labelled
     * as that common noun ("solidarité"): its capital is that of the name or the heading it is part of. A noun standing
     * for an institution is written as its lemma ("le Département", "la Ville") and keeps its capital; a name never
     * written in lower case ("Maisons") too. Only labels change: keys and counts stay.
     */
    private static List<List<TermOccurrence>> commonNouns(List<List<TermOccurrence>> docs, List<List<AnalysedToken>> tokens,
                                                          Set<String> lowerCase) {
        Map<List<TermOccurrence>, List<TermOccurrence>> done = new IdentityHashMap<>();
        List<List<TermOccurrence>> out = new ArrayList<>(docs.size());
        for (int d = 0; d < docs.size(); d++) {
            List<AnalysedToken> doc = tokens.get(d);
            out.add(done.computeIfAbsent(docs.get(d), list -> list.stream().map(o -> commonNoun(o, doc, lowerCase)).toList()));
        }
        return out;
    }

    private static TermOccurrence commonNoun(TermOccurrence o, List<AnalysedToken> doc, Set<String> lowerCase) {
        if (o.multiword() || o.label().isEmpty() || !Character.isUpperCase(o.label().codePointAt(0))) {
            return o;
        }
        AnalysedToken t = doc.get(o.firstToken());
        boolean inflected = "NOUN".equals(t.pos()) && !Lemmatizer.isAcronym(t.form()) && !Fold.fold(t.form()).equals(Fold.fold(t.lemma()));
        return inflected && lowerCase.contains(Fold.fold(t.lemma())) ? new TermOccurrence(o.key(), t.lemma(), o.form(), o.firstToken(), o.lastToken()) : o;
    }

    /**
     * A name written in the singular and in the plural in the same corpus is one term: the key of a name ending in s
     * or x whose key without that letter is also a name of the corpus is mapped to that key ("Uni Cités" and "Uni
     * Cité", "la Cité" and "les Cités" of one organisation). The term is shown as its names are most often written
     * ({@link #grouped}). Within a corpus only: a name that is a plural on its own ("Halles", "Pays-Bas", "Mureaux")
     * keeps its s unless the same text also writes it without. Names are words written with an initial capital and a
     * lower-case letter (not acronyms: "CCAS" is no plural of a "CCA") that a proper noun or a capital inside a
     * sentence made a name ({@link #display}). Multi-word terms are keyed with the grouped keys of their words, so that
     * "Francas du Nord" and "Franca du Nord" are one term too.
     */
    static Map<String, String> namePlurals(List<List<TermOccurrence>> words) {
        Set<String> names = new HashSet<>();
        for (List<TermOccurrence> doc : words) {
            for (TermOccurrence o : doc) {
                if (isNameLabel(o.label())) {
                    names.add(o.key());
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        for (String k : names) {
            char last = k.charAt(k.length() - 1);
            String singular = singularKey(k.substring(0, k.length() - 1), names);
            if ((last == 's' || last == 'x') && singular.length() >= 3 && names.contains(singular)) {
                out.put(k, singular);
            }
        }
        return out;
    }

    /**
     * The key of a name without its s or x: as it is, or with the final é that the key keeps and its plural's key does
     * not ({@link Fold}: "Cités" is keyed "cites", "Cité" "cité").
     */
    private static String singularKey(String stem, Set<String> names) {
        String acute = stem.endsWith("e") ? stem.substring(0, stem.length() - 1) + "é" : stem;
        return !names.contains(stem) && names.contains(acute) ? acute : stem;
    }

    private static boolean isNameLabel(String label) {
        return !label.isEmpty() && Character.isUpperCase(label.codePointAt(0)) && label.chars().anyMatch(Character::isLowerCase)
                && label.indexOf(' ') < 0;
    }

    /**
     * An occurrence of a name of a group of singular and plural under the group's key, labelled as written ("Cités", not
     * the lemma "Cité" of a noun read in it), so that the term shows its most frequent written form.
     */
    private static TermOccurrence grouped(TermOccurrence o, Map<String, String> keys, Set<String> groups) {
        String key = keys.getOrDefault(o.key(), o.key());
        if (o.multiword() || !groups.contains(key)) {
            return o;
        }
        String label = isNameLabel(o.label()) && isNameLabel(o.form()) ? o.form() : o.label();
        return new TermOccurrence(key, label, o.form(), o.firstToken(), o.lastToken());
    }

    private static List<List<TermOccurrence>> rekeyed(List<List<TermOccurrence>> docs, Map<String, String> keys) {
        // documents that share a reading share its list: map each list once
        Map<List<TermOccurrence>, List<TermOccurrence>> done = new IdentityHashMap<>();
        Set<String> grouped = new HashSet<>(keys.values());
        List<List<TermOccurrence>> out = new ArrayList<>(docs.size());
        for (List<TermOccurrence> doc : docs) {
            out.add(done.computeIfAbsent(doc, d -> d.stream().map(o -> grouped(o, keys, grouped)).toList()));
        }
        return out;
    }

    public List<TextDocument> documents() {
        return documents;
    }

    public List<AnalysedToken> tokens(int document) {
        return tokens.get(document);
    }

    /**
     * The document's terms as one reading: kept multi-word terms, and the content words outside them (the words of
     * "conférence des financeurs" are not counted again on their own). Concordances, codebooks and specificities
     * read it.
     */
    public List<TermOccurrence> occurrences(int document) {
        return occurrences.get(document);
    }

    /** Every content word of the document, inside a multi-word term or not: the single-lemma table counts these. */
    public List<TermOccurrence> words(int document) {
        return words.get(document);
    }

    /**
     * The kept multi-word terms of the document's reading ({@link #occurrences}): where two overlap ("cadre de la
     * conférence", "conférence des financeurs"), the one of higher C-value, so that a phrase cut across another is
     * not listed.
     */
    public List<TermOccurrence> multiwords(int document) {
        return multiwords.get(document);
    }

    public int size() {
        return documents.size();
    }

    /** All tokens analysed, for throughput figures. */
    public long tokenCount() {
        return tokens.stream().mapToLong(List::size).sum();
    }

    // --- multi-word candidates --------------------------------------------------------------------

    /** A document's terms, as {@link #occurrences} and {@link #multiwords} give them (its words are read before). */
    private record Reading(List<TermOccurrence> occurrences, List<TermOccurrence> multiwords) {
    }

    private record Span(int first, int last, String key, String label) {
        int length() {
            return last - first + 1;
        }
    }

    private static final class Candidate {
        final String key;
        final int length;
        long frequency;

        Candidate(String key, int length) {
            this.key = key;
            this.length = length;
        }
    }

    private static char shape(AnalysedToken t) {
        if (t.kind() != TokenKind.WORD && t.kind() != TokenKind.ELISION) {
            return '.';
        }
        String lower = t.form().toLowerCase(Locale.ROOT);
        if (Lemmatizer.isAcronym(t.form()) && t.form().length() > 1) {
            return 'N';
        }
        return switch (t.pos()) {
            case "NOUN" -> 'H';
            case "PROPN" -> 'N';
            case "ADJ" -> 'A';
            case "ADP" -> lower.equals("de") || lower.equals("d'") || lower.equals("à") || lower.equals("en") ? 'P' : '.';
            case "ADP+DET" -> 'X';
            case "DET" -> ARTICLES.contains(lower) ? 'D' : '.';
            default -> '.';
        };
    }

    private static List<Span> multiwordSpans(List<AnalysedToken> doc, StopWords stop, Map<String, String> plurals) {
        int n = doc.size();
        char[] shapes = new char[n];
        for (int i = 0; i < n; i++) {
            shapes[i] = shape(doc.get(i));
        }
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (shapes[i] != 'H' && shapes[i] != 'N') {
                continue;
            }
            for (int j = i + 1; j < Math.min(n, i + MAX_LENGTH); j++) {
                if (doc.get(j).sentence() != doc.get(i).sentence() || shapes[j] == '.') {
                    break;
                }
                if (SHAPE.matcher(new String(shapes, i, j - i + 1)).matches()
                        && !stop.contains(doc.get(i).lemma()) && !stop.contains(doc.get(j).lemma())) {
                    out.add(span(doc, shapes, i, j, plurals));
                }
            }
        }
        return out;
    }

    /** A candidate term: its key (each word's, a name's plural under its singular's: {@link #namePlurals}) and label. */
    private static Span span(List<AnalysedToken> doc, char[] shapes, int first, int last, Map<String, String> plurals) {
        StringBuilder key = new StringBuilder();
        StringBuilder label = new StringBuilder();
        // A name inside ("Fondation de France") keeps the capital of a first word that opens the sentence.
        boolean named = false;
        for (int k = first + 1; k <= last; k++) {
            named |= isName(doc, k);
        }
        for (int k = first; k <= last; k++) {
            AnalysedToken t = doc.get(k);
            boolean head = shapes[k] == 'H' || shapes[k] == 'N' || shapes[k] == 'A';
            String lower = t.form().toLowerCase(Locale.ROOT);
            if (k > first) {
                key.append(' ');
                if (!label.toString().endsWith("'")) {
                    label.append(' ');
                }
            }
            String word = Fold.fold(head ? t.lemma() : lower);
            key.append(head ? plurals.getOrDefault(word, word) : word);
            boolean capital = !t.form().isEmpty() && Character.isUpperCase(t.form().codePointAt(0));
            label.append(isName(doc, k) || k == first && named && capital ? t.form() : lower);
        }
        return new Span(first, last, key.toString(), label.toString());
    }

    /** C-value of every candidate seen at least {@code minFrequency} times; those above zero are kept. */
    private static Map<String, Double> cValues(Map<String, Candidate> candidates, int minFrequency) {
        Map<String, long[]> nested = new HashMap<>(); // key -> {sum of frequencies of longer terms, count}
        for (Candidate b : candidates.values()) {
            if (b.frequency < minFrequency) {
                continue;
            }
            String[] words = b.key.split(" ");
            for (int len = 2; len < words.length; len++) {
                for (int start = 0; start + len <= words.length; start++) {
                    String sub = String.join(" ", Arrays.copyOfRange(words, start, start + len));
                    if (candidates.containsKey(sub)) {
                        long[] acc = nested.computeIfAbsent(sub, k -> new long[2]);
                        acc[0] += b.frequency;
                        acc[1]++;
                    }
                }
            }
        }
        Map<String, Double> kept = new HashMap<>();
        for (Candidate a : candidates.values()) {
            if (a.frequency < minFrequency) {
                continue;
            }
            long[] acc = nested.get(a.key);
            double weight = Math.log(a.key.split(" ").length) / Math.log(2);
            double c = acc == null ? weight * a.frequency : weight * (a.frequency - (double) acc[0] / acc[1]);
            if (c > 0) {
                kept.put(a.key, c);
            }
        }
        return kept;
    }

    /** Kept multi-word terms first (best C-value, then longest, then leftmost), then single content words. */
    private static List<TermOccurrence> occurrences(List<AnalysedToken> doc, List<Span> spans, Map<String, Double> kept,
                                                    StopWords stop) {
        boolean[] taken = new boolean[doc.size()];
        List<Span> chosen = new ArrayList<>();
        spans.stream().filter(s -> kept.containsKey(s.key))
                .sorted((x, y) -> {
                    int c = Double.compare(kept.get(y.key), kept.get(x.key));
                    if (c != 0) {
                        return c;
                    }
                    c = Integer.compare(y.length(), x.length());
                    return c != 0 ? c : Integer.compare(x.first, y.first);
                })
                .forEach(s -> {
                    for (int k = s.first; k <= s.last; k++) {
                        if (taken[k]) {
                            return;
                        }
                    }
                    for (int k = s.first; k <= s.last; k++) {
                        taken[k] = true;
                    }
                    chosen.add(s);
                });
        List<TermOccurrence> out = new ArrayList<>();
        int next = 0;
        chosen.sort((x, y) -> Integer.compare(x.first, y.first));
        for (int i = 0; i < doc.size(); i++) {
            if (next < chosen.size() && chosen.get(next).first == i) {
                Span s = chosen.get(next++);
                out.add(occurrence(doc, s));
                i = s.last;
                continue;
            }
            if (isTerm(doc, i, stop)) {
                out.add(word(doc, i));
            }
        }
        return out;
    }

    private static List<TermOccurrence> words(List<AnalysedToken> doc, StopWords stop) {
        List<TermOccurrence> out = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            if (isTerm(doc, i, stop)) {
                out.add(word(doc, i));
            }
        }
        return out;
    }

    private static boolean isTerm(List<AnalysedToken> doc, int i, StopWords stop) {
        AnalysedToken t = doc.get(i);
        return isContent(t) && !isUnit(doc, i) && !stop.contains(t.lemma()) && !stop.contains(t.form());
    }

    private static TermOccurrence word(List<AnalysedToken> doc, int i) {
        AnalysedToken t = doc.get(i);
        return new TermOccurrence(Fold.fold(t.lemma()), display(doc, i), t.form(), i, i);
    }

    private static TermOccurrence occurrence(List<AnalysedToken> doc, Span s) {
        StringBuilder form = new StringBuilder();
        for (int k = s.first; k <= s.last; k++) {
            if (k > s.first && !form.toString().endsWith("'")) {
                form.append(' ');
            }
            form.append(doc.get(k).form());
        }
        return new TermOccurrence(s.key, s.label, form.toString(), s.first, s.last);
    }

    /**
     * How a word is shown: its lemma, with the capitals it was written with when it is a name ("France", not the
     * lexicon's "france"; "Chirac"), and as written when the lemma is the written word itself (accents as written).
     */
    private static String display(List<AnalysedToken> doc, int i) {
        AnalysedToken t = doc.get(i);
        String lemma = t.lemma();
        if (!isName(doc, i)) {
            return lemma;
        }
        if (Lemmatizer.isAcronym(t.form()) || Fold.fold(lemma).equals(Fold.fold(t.form()))) {
            return t.form();
        }
        return lemma.isEmpty() ? lemma : lemma.substring(0, 1).toUpperCase(Locale.FRENCH) + lemma.substring(1);
    }

    /**
     * Whether a token is written as a name: an acronym, or a capital that is not only the one starting a sentence
     * (a sentence-initial capital counts for a proper noun only: "Département" opening an answer is "département").
     * A sentence starts at its first word, after a list's dash or an opening quote ("- Augmenter la Régie"), and a
     * verb is never a name, whatever its capitals ("AUTORISER").
     */
    private static boolean isName(List<AnalysedToken> doc, int i) {
        AnalysedToken t = doc.get(i);
        String form = t.form();
        if ("VERB".equals(t.pos())) {
            return false;
        }
        if (Lemmatizer.isAcronym(form) && form.length() > 1) {
            return true;
        }
        if (form.isEmpty() || !Character.isUpperCase(form.codePointAt(0))) {
            return false;
        }
        return !firstWordOfSentence(doc, i) || "PROPN".equals(t.pos());
    }

    /** Whether no word comes before token i in its sentence (punctuation only: "- ", "« ", "• "). */
    private static boolean firstWordOfSentence(List<AnalysedToken> doc, int i) {
        for (int k = i - 1; k >= 0 && doc.get(k).sentence() == doc.get(i).sentence(); k--) {
            if (doc.get(k).kind() != TokenKind.PUNCT) {
                return false;
            }
        }
        return true;
    }

    /**
     * Symbols of units of measure: after a number, or after the slash of a compound unit ("0,75 mg/kg"), they are part
     * of a quantity, not a term.
     */
    private static final Set<String> UNITS = Set.of("mg", "kg", "µg", "ml", "cl", "dl", "km", "cm", "mm", "m2", "m²",
            "ha", "min", "mn", "kw", "kwh", "mo", "go", "ko");

    private static boolean isUnit(List<AnalysedToken> doc, int i) {
        return i > 0 && (doc.get(i - 1).kind() == TokenKind.NUMBER || doc.get(i - 1).form().equals("/"))
                && UNITS.contains(doc.get(i).form().toLowerCase(Locale.ROOT));
    }

    /** Content words; numbers, years, times and ordinals ("2006", "20h45", "18e") never are terms. */
    private static boolean isContent(AnalysedToken t) {
        if (t.kind() != TokenKind.WORD || t.form().length() < 2) {
            return false;
        }
        return CONTENT.contains(t.pos()) || Lemmatizer.isAcronym(t.form());
    }
}
