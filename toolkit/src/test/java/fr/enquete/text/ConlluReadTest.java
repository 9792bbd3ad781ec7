package fr.enquete.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.model.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Conllu#read} (the words an annotation run tags) and {@link UdTreebank#read} (the reference a measurement
 * scores against) are one reader: the same sentences, words and multi-word tokens, the same located errors.
 */
class ConlluReadTest {

    /** UD French GSD's way of writing "du" (de + le) and "au" (à + le); hand-written, following the UD format page. */
    private static final String TWO = """
            # sent_id = a
            # text = Il parle du projet.
            1\tIl\til\tPRON\t_\t_\t2\tnsubj\t_\t_
            2\tparle\tparler\tVERB\t_\t_\t0\troot\t_\t_
            3-4\tdu\t_\t_\t_\t_\t_\t_\t_\t_
            3\tde\tde\tADP\t_\t_\t5\tcase\t_\t_
            4\tle\tle\tDET\t_\t_\t5\tdet\t_\t_
            5\tprojet\tprojet\tNOUN\t_\t_\t2\tobl\t_\tSpaceAfter=No
            6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

            # sent_id = b
            # text = Va au centre.
            1\tVa\taller\tVERB\t_\t_\t0\troot\t_\t_
            2-3\tau\t_\t_\t_\t_\t_\t_\t_\t_
            2\tà\tà\tADP\t_\t_\t4\tcase\t_\t_
            3\tle\tle\tDET\t_\t_\t4\tdet\t_\t_
            4\tcentre\tcentre\tNOUN\t_\t_\t1\tobl\t_\t_
            4.1\tvide\t_\t_\t_\t_\t_\t_\t_\t_
            5\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_

            """;

    @Test
    void wordsAndMultiwordTokensAreThoseOfTheTreebank() {
        List<Conllu.Input> in = Conllu.read(TWO, "two.conllu");
        List<UdTreebank.Sentence> ref = UdTreebank.read(TWO, "two.conllu");
        assertEquals(2, in.size());
        assertEquals(List.of("Il", "parle", "de", "le", "projet", "."), in.get(0).words());
        assertEquals(List.of(new Annotator.MultiwordToken(3, 4, "du")), in.get(0).multiwordTokens());
        // The empty node 4.1 is skipped, as UD scorers do.
        assertEquals(List.of("Va", "à", "le", "centre", "."), in.get(1).words());
        assertEquals(List.of(new Annotator.MultiwordToken(2, 3, "au")), in.get(1).multiwordTokens());
        assertEquals("b", in.get(1).id());
        assertEquals("Va au centre.", in.get(1).text());
        for (int i = 0; i < 2; i++) {
            assertEquals(ref.get(i).words().stream().map(UdTreebank.Word::form).toList(), in.get(i).words());
        }
    }

    @Test
    void malformedLinesAreLocatedErrors() {
        InputException emptyForm = assertThrows(InputException.class,
                () -> Conllu.read("# text = x\n1\t\tx\tNOUN\t_\t_\t0\troot\t_\t_\n\n", "f.conllu"));
        assertEquals(2, emptyForm.location().line());
        assertTrue(emptyForm.getMessage().contains("empty FORM column"), emptyForm.getMessage());
        InputException noWord = assertThrows(InputException.class, () -> Conllu.read("# sent_id = s9\n# text = x\n\n", "f.conllu"));
        assertEquals(3, noWord.location().line());
        assertTrue(noWord.getMessage().contains("sentence s9 has no word line"), noWord.getMessage());
        InputException order = assertThrows(InputException.class,
                () -> UdTreebank.read("1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n3\tb\tb\tX\t_\t_\t1\tdep\t_\t_\n", "f.conllu"));
        assertEquals(2, order.location().line());
        assertTrue(order.getMessage().contains("expected word id 2"), order.getMessage());
    }
}
