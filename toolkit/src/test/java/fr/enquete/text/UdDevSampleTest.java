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
 * The text pipeline against the gold annotation of Universal Dependencies French samples (fixtures/ud), from their raw
 * text as {@code enquete bench ud} scores it. The thresholds sit just under the figures measured when they were set, so
 * that a regression fails.
 *
 * <p>Since the fourth round (docs/annotate.md, 2026-12-02) the shipped POS models and usage tables are refitted on all
 * of GSD dev and Sequoia dev, so the GSD and Sequoia dev samples (80 sentences each) are training sentences of what is
 * shipped: their rows are training-set checks (a perceptron fits what it learnt almost entirely), not measurements.
 * The FQB sample (150 questions of UD French-FQB, a treebank no shipped model or table learns from) is the check on
 * unseen text. The pipeline's measured figures are the held-out and test ones of docs/annotate.md.
 */
class UdDevSampleTest {

    @ParameterizedTest
    @CsvSource({
        // file, token F1, UPOS F1, content-word lemma accuracy.
        // Unseen: FQB's sample measured 0.9991, 0.9670, 0.9522 after the fifth round's interrogative adverbs, 0.9991,
        // 0.9568, 0.9522 before, with the refitted models and tables of the fourth round (0.9991, 0.9574, 0.9560 with the
        // held-out ones they replace; all of FQB then: UPOS 94.84 and 94.76 %, content-word lemmas 96.95 and 97.23 %,
        // docs/annotate.md).
        "fr_fqb-ud-test-sample.conllu,    0.999, 0.966, 0.952",
        // Training-set checks since the fourth round: measured 0.9990, 0.9903, 0.9989 (GSD) and 0.9963, 0.9843, 0.9884
        // (Sequoia) with the models and tables refitted on them; before, when they were held out, 0.9990, 0.9671, 0.9744
        // and 0.9963, 0.9729, 0.9779 (the history of those figures is in docs/annotate.md).
        "fr_gsd-ud-dev-sample.conllu,     0.998, 0.990, 0.998",
        "fr_sequoia-ud-dev-sample.conllu, 0.996, 0.984, 0.988"})
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
