package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotateCliTest {

    @TempDir
    Path dir;

    private static List<String> formsOf(String conllu) {
        List<String> out = new ArrayList<>();
        for (String line : conllu.split("\n")) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                String[] f = line.split("\t", -1);
                out.add(f[0] + " " + f[1]);
            }
        }
        return out;
    }

    @Test
    void rawTextToConlluAndTsv() throws Exception {
        Path in = dir.resolve("t.txt");
        Files.writeString(in, "Pouvez-vous venir à 20h45 ?\nLes enfants jouent au jardin.\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.run("annotate", in.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                # sent_id = 1
                # text = Pouvez-vous venir à 20h45 ?
                1	Pouvez	pouvoir	VERB	_	_	_	_	_	_
                2	-vous	vous	PRON	_	_	_	_	_	_
                3	venir	venir	VERB	_	_	_	_	_	_
                4	à	à	ADP	_	_	_	_	_	_
                5	20	20	NUM	_	_	_	_	_	_
                6	h	h	NOUN	_	_	_	_	_	_
                7	45	45	NUM	_	_	_	_	_	_
                8	?	?	PUNCT	_	_	_	_	_	_

                # sent_id = 2
                # text = Les enfants jouent au jardin.
                1	Les	le	DET	_	_	_	_	_	_
                2	enfants	enfant	NOUN	_	_	_	_	_	_
                3	jouent	jouer	VERB	_	_	_	_	_	_
                4-5	au	_	_	_	_	_	_	_	_
                4	à	à	ADP	_	_	_	_	_	_
                5	le	le	DET	_	_	_	_	_	_
                6	jardin	jardin	NOUN	_	_	_	_	_	_
                7	.	.	PUNCT	_	_	_	_	_	_

                """, r.out());
        Path tsv = dir.resolve("t.tsv");
        CliRun t = CliRun.run("annotate", in.toString(), "--format", "tsv", "--out", tsv.toString());
        assertEquals(0, t.code(), t.err());
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        assertEquals("sentence\tid\tform\tlemma\tupos", lines.get(0));
        assertEquals("1\t2\t-vous\tvous\tPRON", lines.get(2));
        assertEquals(1 + 8 + 7, lines.size());
    }

    @Test
    void tokenisedConlluRoundTripKeepsEveryToken() throws Exception {
        String conllu = """
                # sent_id = s1
                # text = Qu'est-ce qu'il fait du vélo ?
                1	Qu'	que	PRON	_	_	3	obj	_	_
                2	est	être	AUX	_	_	3	cop	_	_
                3	-ce	ce	PRON	_	_	0	root	_	_
                4	qu'	que	SCONJ	_	_	6	mark	_	_
                5	il	il	PRON	_	_	6	nsubj	_	_
                6	fait	faire	VERB	_	_	3	csubj	_	_
                7-8	du	_	_	_	_	_	_	_	_
                7	de	de	ADP	_	_	9	case	_	_
                8	le	le	DET	_	_	9	det	_	_
                9	vélo	vélo	NOUN	_	_	6	obl	_	_
                10	?	?	PUNCT	_	_	3	punct	_	_

                """;
        Path in = dir.resolve("in.conllu");
        Files.writeString(in, conllu, StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(in);
        Path out = dir.resolve("out.conllu");
        CliRun r = CliRun.run("annotate", in.toString(), "--tokenised", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(formsOf(conllu), formsOf(written));
        assertTrue(written.startsWith("# sent_id = s1\n# text = Qu'est-ce qu'il fait du vélo ?\n"), written);
        assertTrue(written.contains("\n6\tfait\tfaire\tVERB\t"), written);
        assertTrue(written.contains("\n9\tvélo\tvélo\tNOUN\t"), written);
        assertArrayEquals(before, Files.readAllBytes(in));

        CliRun flat = CliRun.run("annotate", in.toString(), "--tokenised", "--flat-tree");
        assertEquals(0, flat.code(), flat.err());
        // the reference's PRON: the usage tables know "qu'" as a pronoun (the lexicon alone made it SCONJ)
        assertTrue(flat.out().contains("\n1\tQu'\tque\tPRON\t_\t_\t0\troot\t_\t_\n"), flat.out());
        assertTrue(flat.out().contains("\n6\tfait\tfaire\tVERB\t_\t_\t1\tdep\t_\t_\n"), flat.out());
        assertTrue(flat.out().contains("\n7-8\tdu\t_\t_\t_\t_\t_\t_\t_\t_\n"), flat.out());
        assertTrue(flat.out().contains("\n10\t?\t?\tPUNCT\t_\t_\t1\tdep\t_\t_\n"), flat.out());
    }

    @Test
    void malformedInputIsALocatedErrorAndNothingIsWritten() throws Exception {
        Path in = dir.resolve("bad.conllu");
        Files.writeString(in, "1\tIl\t_\t_\t_\t_\t_\t_\t_\t_\n2\tparle\t_\t_\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.conllu");
        CliRun r = CliRun.run("annotate", in.toString(), "--tokenised", "--out", out.toString());
        assertEquals(Main.INPUT, r.code());
        assertTrue(r.err().contains("bad.conllu, ligne 2") && r.err().contains("10 colonnes séparées par des tabulations"), r.err());
        assertFalse(Files.exists(out));
        Path latin = dir.resolve("latin1.txt");
        Files.write(latin, "Les élèves".getBytes(StandardCharsets.ISO_8859_1));
        CliRun l = CliRun.run("annotate", latin.toString());
        assertEquals(Main.INPUT, l.code());
        // Its errors are French by default, as a French team reads them, and English with --lang en for a pipeline.
        assertTrue(l.err().contains("latin1.txt") && l.err().contains("ce n’est pas du texte UTF-8"), l.err());
        CliRun en = CliRun.run("annotate", latin.toString(), "--lang", "en");
        assertEquals(Main.INPUT, en.code(), en.err());
        assertTrue(en.err().startsWith("enquete: error: ") && en.err().contains("latin1.txt") && en.err().contains("UTF-8")
                && !en.err().contains("ce n’est pas"), en.err());
        assertEquals(Main.USAGE, CliRun.run("annotate", latin.toString(), "--lang", "de").code());
    }
}
