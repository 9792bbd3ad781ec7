package fr.enquete.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.model.InputException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AnnotatorTest {

    private final Annotator annotator = new Annotator();

    private static List<String> column(Annotator.Sentence s, java.util.function.Function<Annotator.Word, String> f) {
        return s.words().stream().map(f).map(x -> x.toLowerCase(Locale.ROOT)).toList();
    }

    /** Tokens, lemmas and the contraction split checked by hand against the UD French GSD conventions. */
    @Test
    void rawTextGivesSentencesWordsAndLemmas() {
        List<Annotator.Sentence> s = annotator.annotate(
                "M. Dupont habite au 12 rue des Lilas depuis 2006.\nPouvez-vous venir à 20h45 ? Les enfants jouent dans le jardin.");
        assertEquals(3, s.size());
        assertEquals("M. Dupont habite au 12 rue des Lilas depuis 2006.", s.get(0).text());
        assertEquals(List.of("m.", "dupont", "habite", "à", "le", "12", "rue", "de", "les", "lilas", "depuis", "2006", "."),
                column(s.get(0), Annotator.Word::form));
        assertEquals(List.of("monsieur", "dupont", "habiter", "à", "le", "12", "rue", "de", "le", "lilas", "depuis", "2006", "."),
                column(s.get(0), Annotator.Word::lemma));
        assertEquals(List.of(new Annotator.MultiwordToken(4, 5, "au"), new Annotator.MultiwordToken(8, 9, "des")),
                s.get(0).multiwordTokens());
        // a time is cut as UD French cuts it: 20 h 45
        assertEquals(List.of("pouvez", "-vous", "venir", "à", "20", "h", "45", "?"), column(s.get(1), Annotator.Word::form));
        assertEquals(List.of("pouvoir", "vous", "venir", "à", "20", "h", "45", "?"), column(s.get(1), Annotator.Word::lemma));
        assertEquals(List.of("le", "enfant", "jouer", "dans", "le", "jardin", "."), column(s.get(2), Annotator.Word::lemma));
        assertEquals(List.of("det", "noun", "verb", "adp", "det", "noun", "punct"), column(s.get(2), Annotator.Word::upos));
        for (Annotator.Sentence x : s) {
            for (int i = 0; i < x.words().size(); i++) {
                assertEquals(i + 1, x.words().get(i).id());
            }
        }
    }

    /**
     * A heading or an answer typed in capitals is tagged and lemmatised as the same words in lower case (the second
     * method: the same sentence written in lower case), not as a row of acronyms and names; an acronym the lexicon does
     * not know keeps its capitals, and an acronym alone in a sentence is left as it was.
     */
    @Test
    void objectPronounsBeforeAVerbAreNotDeterminers() {
        // le/la/les/l' before a verb form the lexicon knows only as a verb (here a present participle after "en"),
        // or before the clitic "en", is a pronoun, as in GSD and Sequoia (123 of 124 before a VERB or AUX there)
        Annotator.Sentence gerund = annotator.annotate("Il dénonce ses dirigeants en les obligeant à partir.").get(0);
        assertEquals(List.of("adp", "pron", "verb"), column(gerund, Annotator.Word::upos).subList(4, 7));
        assertEquals("obliger", gerund.words().get(6).lemma());
        Annotator.Sentence clitic = annotator.annotate("L'empereur voulut l'en charger.").get(0);
        assertEquals(List.of("pron", "pron", "verb"), column(clitic, Annotator.Word::upos).subList(3, 6));
        // after a subject clitic or "ne", before a finite verb form ("aide" is also a noun)
        Annotator.Sentence ne = annotator.annotate("Ils sont seuls et personne ne les aide.").get(0);
        assertEquals(List.of("pron", "verb"), column(ne, Annotator.Word::upos).subList(6, 8));
        // a capitalised word after the article is a name, not a verb ("china" is a form of chiner)
        Annotator.Sentence name = annotator.annotate("Il a rapporté lundi le China Daily.").get(0);
        assertEquals("det", column(name, Annotator.Word::upos).get(4));
        // "un de" before a plural determiner: un pronoun
        Annotator.Sentence one = annotator.annotate("Il est considéré comme un de ses meilleurs élèves.").get(0);
        assertEquals("pron", column(one, Annotator.Word::upos).get(4));
    }

    @Test
    void wordsOfAStretchInCapitalsAreReadInLowerCase() {
        Annotator.Sentence shouted = annotator.annotate("LES AIDES PROPOSÉES AUX FAMILLES PAR LE CCAS").get(0);
        Annotator.Sentence lower = annotator.annotate("les aides proposées aux familles par le ccas").get(0);
        assertEquals(column(lower, Annotator.Word::upos), column(shouted, Annotator.Word::upos));
        assertEquals(List.of("det", "noun", "verb", "adp", "det", "noun", "adp", "det"),
                column(shouted, Annotator.Word::upos).subList(0, 8));
        assertEquals(List.of("le", "aide", "proposer", "à", "le", "famille", "par", "le", "CCAS"),
                shouted.words().stream().map(Annotator.Word::lemma).toList());
        // "SI" and "EN" were proper nouns (acronyms) before
        Annotator.Sentence heading = annotator.annotate("AUTRE(S) MISE(S) EN GARDE SPECIALE(S), SI NECESSAIRE").get(0);
        assertEquals(column(annotator.annotate("autre mise en garde speciale, si necessaire").get(0), Annotator.Word::upos),
                column(heading, Annotator.Word::upos));
        assertEquals(List.of("adp", "noun", "adj", "punct", "sconj", "adj"), column(heading, Annotator.Word::upos).subList(2, 8));
        assertEquals(List.of("AUTRE(S)", "MISE(S)"), heading.words().subList(0, 2).stream().map(Annotator.Word::form).toList());
        // lemmatised without the mark, in lower case (as its tag wants: "mise" tagged VERB is "mettre")
        assertEquals(List.of("autre", "en", "garde"), Stream.of(0, 2, 3).map(i -> heading.words().get(i).lemma()).toList());
        assertEquals("CAF", annotator.annotate("La CAF finance le projet.").get(0).words().get(1).lemma());
        assertEquals(List.of(true, true, true, false, false, false, false, true, true, true),
                toList(FrenchTagger.inCapitals(new String[] {"LES", "AIDES", "DE", "la", "CAF", "et", "de", "L'", "ARS", "ICI"})));
        assertEquals(List.of(false, false, false, false),
                toList(FrenchTagger.inCapitals(new String[] {"La", "CAF", "ET", "l'"})));
    }

    private static List<Boolean> toList(boolean[] b) {
        List<Boolean> out = new java.util.ArrayList<>();
        for (boolean x : b) {
            out.add(x);
        }
        return out;
    }

    @Test
    void formsAreWrittenAsInTheText() {
        Annotator.Sentence s = annotator.annotate("Qu’il vienne aujourd’hui.").get(0);
        assertEquals(List.of("Qu’", "il", "vienne", "aujourd’hui", "."), s.words().stream().map(Annotator.Word::form).toList());
        assertEquals("venir", s.words().get(2).lemma());
    }

    @Test
    void tokenisedInputKeepsItsWords() {
        List<List<String>> in = List.of(List.of("Qu'", "est", "-ce", "que", "la", "CAF", "?"),
                List.of("Il", "parle", "de", "le", "projet", "aujourd'hui", "."));
        List<Annotator.Sentence> s = annotator.annotate(in);
        assertEquals(in.get(0), s.get(0).words().stream().map(Annotator.Word::form).toList());
        assertEquals(in.get(1), s.get(1).words().stream().map(Annotator.Word::form).toList());
        assertEquals("Il parle de le projet aujourd'hui .", s.get(1).text());
        // UD French lemmatises a personal pronoun as its strong form: "il" is "lui" (GSD and Sequoia, 548 times in their train/dev)
        assertEquals(List.of("lui", "parler", "de", "le", "projet", "aujourd'hui", "."), column(s.get(1), Annotator.Word::lemma));
        assertThrows(IllegalArgumentException.class, () -> annotator.annotate(List.of(List.of())));
    }

    @Test
    void conlluRoundTripKeepsTokensRangesAndIds() {
        String in = """
                # sent_id = fr-test-1
                # text = Il parle du projet.
                1	Il	il	PRON	_	_	2	nsubj	_	_
                2	parle	parler	VERB	_	_	0	root	_	_
                3-4	du	_	_	_	_	_	_	_	_
                3	de	de	ADP	_	_	5	case	_	_
                4	le	le	DET	_	_	5	det	_	_
                5	projet	projet	NOUN	_	_	2	obl	_	_
                6	.	.	PUNCT	_	_	2	punct	_	_

                """;
        List<Conllu.Input> read = Conllu.read(in, "in.conllu");
        assertEquals(List.of("Il", "parle", "de", "le", "projet", "."), read.get(0).words());
        List<Annotator.Sentence> tagged = annotator.annotate(read.stream().map(Conllu.Input::words).toList());
        Annotator.Sentence s = new Annotator.Sentence(read.get(0).text(), tagged.get(0).words(), read.get(0).multiwordTokens());
        String out = Conllu.write(List.of(s), List.of(read.get(0).id()));
        assertTrue(out.startsWith("# sent_id = fr-test-1\n# text = Il parle du projet.\n1\tIl\tlui\tPRON\t"), out);
        assertTrue(out.contains("\n3-4\tdu\t_\t_\t_\t_\t_\t_\t_\t_\n3\tde\tde\tADP\t"), out);
        List<Conllu.Input> again = Conllu.read(out, "out.conllu");
        assertEquals(read, again);
        assertValid(out);
    }

    @Test
    void malformedConlluIsRefusedWithItsLine() {
        InputException e = assertThrows(InputException.class,
                () -> Conllu.read("# text = a b\n1\ta\t_\t_\t_\t_\t_\t_\t_\t_\n3\tb\t_\t_\t_\t_\t_\t_\t_\t_\n", "x.conllu"));
        assertTrue(e.getMessage().contains("x.conllu") && e.getMessage().contains("3") && e.getMessage().contains("expected word id 2"),
                e.getMessage());
        e = assertThrows(InputException.class, () -> Conllu.read("1\ta\t_\t_\n", "y.conllu"));
        assertTrue(e.getMessage().contains("10 tab-separated columns"), e.getMessage());
    }

    @Test
    void rawOutputIsValidConllu() {
        String out = Conllu.write(annotator.annotate("Aux Restos du cœur, on sert des repas.\nC'est-à-dire 300 repas, etc."), null);
        assertValid(out);
        assertTrue(out.contains("# sent_id = 2\n# text = C'est-à-dire 300 repas, etc.\n1\tC'est-à-dire\t"), out);
    }

    /** Checks the CoNLL-U rules: comments, 10 columns, word ids 1..n, ranges before their words, a blank line after each sentence. */
    static void assertValid(String conllu) {
        assertTrue(conllu.endsWith("\n\n"), "a blank line ends the last sentence");
        for (String block : conllu.substring(0, conllu.length() - 2).split("\n\n", -1)) {
            int next = 1;
            boolean text = false;
            for (String line : block.split("\n")) {
                if (line.startsWith("# text = ")) {
                    text = true;
                }
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                assertEquals(10, f.length, line);
                for (String field : f) {
                    assertTrue(!field.isEmpty() && field.equals(field.strip()), "field empty or padded: " + line);
                }
                if (f[0].contains("-")) {
                    assertEquals(String.valueOf(next), f[0].substring(0, f[0].indexOf('-')), line);
                } else {
                    assertEquals(String.valueOf(next++), f[0], line);
                    assertTrue(f[3].matches("ADJ|ADP|ADV|AUX|CCONJ|DET|INTJ|NOUN|NUM|PART|PRON|PROPN|PUNCT|SCONJ|SYM|VERB|X"), line);
                }
            }
            assertTrue(text && next > 1, block);
        }
    }
}
