package fr.enquete.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The text pipeline against the gold annotation of two Universal Dependencies French dev samples (fixtures/ud: 80
 * sentences each, never used to build the lemma tables), from their raw text as {@code enquete bench ud} scores it.
 * The thresholds sit just under the figures measured when they were set, so that a regression fails.
 */
class UdDevSampleTest {

    @ParameterizedTest
    @CsvSource({
        // file, token F1, UPOS F1, content-word lemma accuracy; the object-pronoun rules of the third round (docs/annotate.md)
        // leave both samples' figures as they were. Measured 0.9990, 0.9671, 0.9744 (GSD) and 0.9963, 0.9729,
        // 0.9779 (Sequoia) once the words of stretches in capitals are tagged in lower case, bracketed plural marks and
        // °C are part of their word and the two models' weights are set per sentence (docs/annotate.md, 2026-12-02):
        // Sequoia's content-word lemma threshold went from 0.978 to 0.977, one word of the sample's 860 (an unaccented
        // word in capitals, lemmatised as itself), while those of all Sequoia dev rose from 97.75 to 97.97 %; before,
        // 0.9990, 0.9658, 0.9722 (GSD) and 0.9955,
        // 0.9639, 0.9791 (Sequoia) with enquete's two POS models (fr-ud-pos-cc-by-sa.bin and fr-ud-pos-sequoia.bin,
        // combined) and the usage lemmas of all five treebanks (ud-lemmas-cc-by-sa.tsv, ud-lemmas-sequoia.tsv); with
        // the two models and the GSD and Sequoia tables alone 0.9653, 0.9710 and 0.9639, 0.9767; with one model trained on both treebanks (not shipped: docs/annotate.md) 0.9648, 0.9733 and
        // 0.9698, 0.9767; with OpenNLP's published model 0.9990, 0.9624, 0.9666 and 0.9955, 0.9492, 0.9709
        // (content-word lemmas 0.95 to 0.96 before the usage tables, token F1 0.9896 on Sequoia before UD's cuts of
        // times, ranges and ellipses)
        "fr_gsd-ud-dev-sample.conllu,     0.998, 0.967, 0.974",
        "fr_sequoia-ud-dev-sample.conllu, 0.996, 0.972, 0.977"})
    void pipelineScoresAtLeastItsMeasuredFigures(String file, double tokens, double upos, double lemmas) throws IOException {
        String content = Files.readString(Fixtures.home().resolve("fixtures/ud").resolve(file), StandardCharsets.UTF_8);
        List<UdTreebank.Sentence> gold = UdTreebank.read(content, file);
        String text = gold.stream().map(UdTreebank.Sentence::text).collect(Collectors.joining(" "));
        UdScore.Result r = UdScore.score(gold, new Annotator().annotate(text));
        String figures = String.format(Locale.ROOT, "%s: tokens F1 %.4f, UPOS %.4f, content-word lemmas %.4f (%d words); errors %s",
                file, r.tokenF1(), r.uposF1(), r.contentLemmaAccuracy(), r.goldWords(), r.mismatches());
        System.out.println(figures);
        assertTrue(r.goldWords() > 1500, figures);
        assertTrue(r.tokenF1() >= tokens, figures);
        assertTrue(r.uposF1() >= upos, figures);
        assertTrue(r.contentLemmaAccuracy() >= lemmas, figures);
    }
}
