package fr.enquete.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.report.chart.Dendrogram;
import fr.enquete.text.reinert.ReinertClassification;
import fr.enquete.text.reinert.ReinertOptions;
import fr.enquete.text.reinert.ReinertResult;
import fr.enquete.text.reinert.SegmentMatrix;
import fr.enquete.text.reinert.TextSegment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassesWriterTest {

    /** 20 segments: ten say "logement loyer", ten "emploi travail": two classes of ten. */
    static ReinertResult twoClasses() {
        List<TextSegment> segments = new ArrayList<>();
        List<List<String>> lemmas = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            List<String> l = i < 10 ? List.of("logement", "loyer") : List.of("emploi", "travail");
            segments.add(new TextSegment("entretien", i + 1, String.join(" ", l) + " " + i));
            lemmas.add(l);
        }
        return ReinertClassification.classify(SegmentMatrix.of(segments, lemmas, 3), ReinertOptions.defaults().withClasses(2));
    }

    private static ClassesWriter.Context context() {
        return new ClassesWriter.Context("Test", 3, 40, 10);
    }

    @Test
    void textInFrenchAndEnglish() {
        ByteArrayOutputStream fr = new ByteArrayOutputStream();
        new ClassesWriter(Lang.FR).text(twoClasses(), context(), fr);
        String t = fr.toString(StandardCharsets.UTF_8);
        // each lemma is in 10 of 10 segments of its class, none elsewhere: chi2 = 20 (n = 20, a perfect 2 x 2 table)
        // French typography: a no-break space before ":" and inside the guillemets (a plain one broke lines before ":")
        assertTrue(t.contains("Classe 1\u00a0: 10 segments (50,00\u00a0% des segments classés)"), t);
        assertTrue(t.matches("(?s).*\\n  emploi +10 / 10 +100,00\u00a0% +20,00 +< 0,0001\\n.*"), t);
        assertTrue(t.contains("entretien, ligne 11\u00a0: «\u00a0emploi travail 10\u00a0»"), t);
        assertTrue(t.contains("partition 1\u00a0: 20 segments, chi² 40,00"), t);
        assertTrue(t.contains("Dendrogramme (chaque partition\u00a0: chi² entre ses deux parties)"), t);
        assertTrue(t.contains("classés (100,00\u00a0%) en 2 classes\u00a0; "), t);
        assertFalse(t.matches("(?s).* [:;].*"), t);
        ByteArrayOutputStream en = new ByteArrayOutputStream();
        new ClassesWriter(Lang.EN).text(twoClasses(), context(), en);
        String e = en.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("Class 1: 10 segments (50.00% of the classified segments)"), e);
        assertTrue(e.contains("split 1: 20 segments, chi-square 40.00"), e);
        // English quotes, without French spacing: it printed "entretien, line 11 : « emploi travail 10 »"
        assertTrue(e.contains("entretien, line 11: \u201Cemploi travail 10\u201D"), e);
    }

    @Test
    void jsonAndSegments() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ClassesWriter(Lang.FR).json(twoClasses(), context(), out);
        JsonNode root = new ObjectMapper().readTree(out.toByteArray());
        assertEquals(20, root.get("classified").asInt());
        assertEquals(2, root.get("tree").get("parts").size());
        assertEquals(20.0, root.get("classes").get(0).get("lemmas").get(0).get("chi2").asDouble(), 1e-12);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        new ClassesWriter(Lang.FR).segments(twoClasses(), csv);
        List<String> lines = csv.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(21, lines.size());
        assertEquals("11,entretien,11,1,emploi travail 10", lines.get(11));
    }

    @Test
    void oneClassIsWrittenAndDrawn() {
        List<TextSegment> segments = new ArrayList<>();
        List<List<String>> lemmas = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            segments.add(new TextSegment("s", i + 1, "logement cher"));
            lemmas.add(List.of("logement", "cher"));
        }
        ReinertResult r = ReinertClassification.classify(SegmentMatrix.of(segments, lemmas, 3), ReinertOptions.defaults());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ClassesWriter(Lang.FR).text(r, context(), out);
        String t = out.toString(StandardCharsets.UTF_8);
        assertTrue(t.contains("classe 1\u00a0: 12 segments (100,00\u00a0%)") && t.contains("aucun lemme caractéristique"), t);
        // each count in its noun's number: it said "en 1 classes"
        assertTrue(t.contains("12 classés (100,00\u00a0%) en 1 classe\u00a0; 2 formes actives"), t);
        ByteArrayOutputStream en = new ByteArrayOutputStream();
        new ClassesWriter(Lang.EN).text(r, context(), en);
        assertTrue(en.toString(StandardCharsets.UTF_8).contains("into 1 class; 2 active forms"), en.toString(StandardCharsets.UTF_8));
        Dendrogram d = new Dendrogram(Lang.FR, 12);
        Dendrogram.Layout layout = d.layout(r);
        byte[] png = fr.enquete.report.chart.ChartFiles.png(layout.width(), layout.height(), 1, g -> d.draw(r, layout, "x", g));
        assertTrue(png.length > 100);
    }

    @Test
    void theDendrogramWrapsLemmasWithinTheWidth() {
        ReinertResult r = twoClasses();
        Dendrogram.Layout layout = new Dendrogram(Lang.FR, 12).layout(r);
        assertEquals(2, layout.rows().size());
        assertTrue(layout.height() > 150 && layout.width() == 960, layout.toString());
    }

    /**
     * The fixture's loganalyse wording as the dendrogram's title, on its 912 pixels (960 less two margins of 24): it
     * was cut inside a word at 15 points ("… relogement des personn…"). It is now whole in smaller type, or cut after
     * a whole word.
     */
    @Test
    void theDendrogramsTitleIsWholeOrCutAfterAWord() {
        String label = "Vos analyses, observations, questionnements concernant l'accompagnement au relogement des personnes les plus fragiles";
        Dendrogram.Title whole = Dendrogram.title(label, 912);
        assertEquals(label, whole.text());
        assertTrue(whole.size() >= 11f && whole.size() < 15f, String.valueOf(whole.size()));
        Dendrogram.Title cut = Dendrogram.title(label + " " + label, 912);
        assertEquals(11f, cut.size());
        assertTrue(cut.text().endsWith("…"), cut.text());
        String kept = cut.text().substring(0, cut.text().length() - 1);
        assertTrue((label + " " + label).startsWith(kept) && !Character.isLetter((label + " " + label).charAt(kept.length())), cut.text());
    }
}
