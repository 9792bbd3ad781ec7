package fr.enquete.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.model.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The UD scorer on two sentences where the system cut a token wrongly ("projet.") and split an indefinite "Des" as
 * a contraction. Expected figures counted by hand and given by the CoNLL 2018 scorer (UniversalDependencies/tools
 * eval.py, commit 446bd96) on the same two files: Tokens F1 80.00, UPOS F1 66.67, Lemmas F1 44.44.
 */
class UdScoreTest {

    private static final String GOLD = """
            # sent_id = 1
            # text = Il parle du projet.
            1	Il	il	PRON	_	_	2	nsubj	_	_
            2	parle	parler	VERB	_	_	0	root	_	_
            3-4	du	_	_	_	_	_	_	_	_
            3	de	de	ADP	_	_	5	case	_	_
            4	le	le	DET	_	_	5	det	_	_
            5	projet	projet	NOUN	_	_	2	obl	_	SpaceAfter=No
            6	.	.	PUNCT	_	_	2	punct	_	_

            # text = Des amis.
            1	Des	un	DET	_	_	2	det	_	_
            2	amis	ami	NOUN	_	_	0	root	_	SpaceAfter=No
            3	.	.	PUNCT	_	_	2	punct	_	_
            """;

    private static Annotator.Word w(int id, String form, String lemma, String upos) {
        return new Annotator.Word(id, form, lemma, upos);
    }

    @Test
    void scoresAsTheConll2018ScorerAndCountsContentLemmasIgnoringCase() {
        List<UdTreebank.Sentence> gold = UdTreebank.read(GOLD, "gold.conllu");
        assertEquals(2, gold.size());
        assertEquals("Il parle du projet.", gold.get(0).text());
        assertEquals(5, gold.get(0).tokens().size());
        assertEquals(List.of("de", "le"), gold.get(0).tokens().get(2).words().stream().map(UdTreebank.Word::form).toList());
        List<Annotator.Sentence> system = List.of(
                new Annotator.Sentence("Il parle du projet.", List.of(w(1, "Il", "lui", "PRON"), w(2, "parle", "parler", "VERB"),
                        w(3, "de", "de", "ADP"), w(4, "le", "le", "DET"), w(5, "projet.", "projet.", "NOUN")),
                        List.of(new Annotator.MultiwordToken(3, 4, "du"))),
                new Annotator.Sentence("Des amis.", List.of(w(1, "de", "de", "ADP"), w(2, "les", "le", "DET"),
                        w(3, "amis", "Ami", "NOUN"), w(4, ".", ".", "PUNCT")),
                        List.of(new Annotator.MultiwordToken(1, 2, "Des"))));
        UdScore.Result r = UdScore.score(gold, system);
        // tokens: gold 5 + 3, system 4 + 3, matched Il parle du / Des amis . = 6
        assertEquals(8, r.goldTokens());
        assertEquals(7, r.systemTokens());
        assertEquals(6, r.matchedTokens());
        assertEquals(0.8, r.tokenF1(), 1e-12);
        // words 9 and 9; aligned Il parle de le amis . (projet. is not a token of the reference; Des has no de nor les)
        assertEquals(6, r.alignedWords());
        assertEquals(12.0 / 18, r.uposF1(), 1e-12);
        // exact lemmas right: parler de le . (il is not lui, Ami is not ami)
        assertEquals(8.0 / 18, r.lemmaF1(), 1e-12);
        // content words parle projet amis: parler right, projet not aligned, Ami right ignoring case
        assertEquals(3, r.contentWords());
        assertEquals(2.0 / 3, r.contentLemmaAccuracy(), 1e-12);
        assertTrue(r.mismatches().contains(new UdScore.Mismatch("projet", "NOUN", "projet", null, null)), r.mismatches().toString());
    }

    @Test
    void wordByWordScoringAlignsTheReferenceWords() {
        List<UdTreebank.Sentence> gold = UdTreebank.read(GOLD, "gold.conllu");
        List<Annotator.Sentence> tagged = new Annotator().annotate(
                gold.stream().map(s -> s.words().stream().map(UdTreebank.Word::form).toList()).toList());
        UdScore.Result r = UdScore.scoreWords(gold, tagged);
        assertEquals(9, r.goldWords());
        assertEquals(9, r.alignedWords());
    }

    @Test
    void aContractionMissingItsWordsIsALocatedError() {
        InputException e = assertThrows(InputException.class,
                () -> UdTreebank.read("# text = du\n1-2\tdu\t_\t_\t_\t_\t_\t_\t_\t_\n1\tde\tde\tADP\t_\t_\t_\t_\t_\t_\n\n", "g.conllu"));
        assertTrue(e.getMessage().contains("g.conllu") && e.getMessage().contains("du"), e.getMessage());
    }
}
