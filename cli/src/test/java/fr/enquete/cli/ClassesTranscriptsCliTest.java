package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code enquete classes} reads transcripts as {@code terms} does ({@link TranscriptCorpus}): a folder, files, the
 * class profile {@code --by} source, speaker or a header key, and located errors.
 */
class ClassesTranscriptsCliTest {

    @TempDir
    Path dir;

    private static final Path INTERVIEWS = Fixtures.home().resolve("fixtures/abs-agents/entretiens");

    @Test
    void aFolderIsReadLikeItsFilesGivenOneByOne() throws IOException {
        CliRun folder = CliRun.run("classes", INTERVIEWS.toString(), "--classes", "3", "--format", "json");
        List<String> args = new ArrayList<>(List.of("classes"));
        try (var s = Files.list(INTERVIEWS)) {
            s.sorted().forEach(p -> args.add(p.toString()));
        }
        args.addAll(List.of("--classes", "3", "--format", "json"));
        CliRun files = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, folder.code(), folder.err());
        assertEquals(0, files.code(), files.err());
        JsonNode a = new ObjectMapper().readTree(folder.out());
        JsonNode b = new ObjectMapper().readTree(files.out());
        assertEquals("entretiens (6 transcriptions)", a.get("title").asText());
        assertEquals("6 fichiers", b.get("title").asText());
        assertEquals(a.get("classes"), b.get("classes"));
        assertEquals(a.get("tree"), b.get("tree"));
    }

    /**
     * A focus group where two parents alternate: A speaks of housing, B of buses. By speaker, no segment mixes them
     * (12 paragraphs, 12 segments); the two classes are the two speakers, and the profile's chi-square is that of the
     * 2 × 2 table [[6, 0], [0, 6]]: n (ad − bc)² / (r1 r2 c1 c2) = 12 × 36² / 6⁴ = 12, p = 0,000532 (R:
     * {@code chisq.test(matrix(c(6,0,0,6),2), correct=FALSE)}: X-squared = 12, p-value = 0.000532).
     */
    @Test
    void bySpeakerNoSegmentSpansTwoSpeakersAndTheProfileIsTheirs() throws IOException {
        Path group = dir.resolve("groupe-parents.txt");
        StringBuilder t = new StringBuilder("Rôle : Parent\nTerritoire : Lomme\n\n");
        String[] a = {"Le logement coûte cher et le loyer augmente chaque année dans le quartier.",
            "Trouver un logement social demande des années, le loyer privé est trop cher.",
            "Notre logement est humide, le propriétaire ne répare rien malgré le loyer.",
            "Un logement plus grand serait possible si le loyer restait raisonnable.",
            "Le bailleur promet un logement neuf mais le loyer sera plus cher encore.",
            "Beaucoup de familles quittent le quartier car le loyer du logement est trop cher."};
        String[] b = {"Le bus passe rarement le soir et la gare reste loin du centre.",
            "Sans voiture il faut prendre le bus puis attendre le train à la gare.",
            "Le bus du dimanche ne circule pas, la gare est alors inaccessible.",
            "Mon fils rate le bus du matin et manque le train de la gare.",
            "Un bus plus fréquent vers la gare changerait la vie des jeunes.",
            "Le dernier bus part trop tôt, la gare ferme et le train aussi."};
        for (int i = 0; i < 6; i++) {
            t.append("Enquêteur : Et ensuite ?\nParent A : ").append(a[i]).append('\n');
            t.append("Parent B : ").append(b[i]).append('\n');
        }
        Files.writeString(group, t.toString(), StandardCharsets.UTF_8);
        Path csv = dir.resolve("segments.csv");
        CliRun r = CliRun.run("classes", group.toString(), "--by", "speaker", "--classes", "2", "--format", "json",
                "--segments", csv.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(12, root.get("segments").asInt());
        assertEquals("speaker", root.get("by").asText());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("segment,source,line,class,speaker,text", lines.get(0));
        Map<String, String> classOfSpeaker = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", 6);
            String said = f[5];
            // the segment is one parent's paragraph: housing words for A, bus words for B, never both
            assertEquals(f[4].equals("Parent A"), said.contains("loyer"), line);
            assertEquals(f[4].equals("Parent B"), said.contains("gare"), line);
            String before = classOfSpeaker.put(f[4], f[3]);
            assertTrue(before == null || before.equals(f[3]), "one class per speaker: " + line);
        }
        for (JsonNode c : root.get("classes")) {
            JsonNode first = c.get("profile").get(0);
            assertEquals(6, first.get("inClass").asInt());
            assertEquals(6, first.get("segments").asInt());
            assertEquals(12.0, first.get("chi2").asDouble(), 1e-9);
            assertEquals(0.000532, first.get("p").asDouble(), 1e-6);
            assertEquals(c.get("class").asText(), classOfSpeaker.get(first.get("group").asText()));
            assertEquals(-12.0, c.get("profile").get(1).get("chi2").asDouble(), 1e-9);
        }
        // Without --by the two parents' paragraphs (about 160 words) are packed together into 3 segments of about 40 words.
        CliRun packed = CliRun.run("classes", group.toString(), "--classes", "2");
        assertEquals(Main.INPUT, packed.code());
        assertTrue(packed.err().contains("trop peu de segments à classer\u00A0: 3 segments de texte"), packed.err());
    }

    /**
     * By header key, the profile counts each transcript's segments: the counts come from the segments CSV, the chi-square
     * is recomputed here from the expected counts (Σ (O − E)² / E over the 2 × 2 table), signed by over/under-use.
     */
    @Test
    void byRoleTheProfileMatchesTheSegmentsAndAnIndependentChiSquare() throws IOException {
        Path csv = dir.resolve("segments.csv");
        CliRun r = CliRun.run("classes", INTERVIEWS.toString(), "--by", "role", "--classes", "3", "--format", "json",
                "--segments", csv.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        Map<String, int[]> counts = new HashMap<>();
        int n = 0;
        int[] sizes = new int[4];
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8).subList(1, root.get("segments").asInt() + 1)) {
            String[] f = line.split(",", 6);
            int k = Integer.parseInt(f[3]);
            if (k > 0) {
                counts.computeIfAbsent(f[4], g -> new int[4])[k]++;
                counts.get(f[4])[0]++;
                sizes[k]++;
                n++;
            }
        }
        assertEquals(Map.of("Agent", 12, "Partenaire", 6), Map.of("Agent", counts.get("Agent")[0], "Partenaire", counts.get("Partenaire")[0]),
                "01, 02, 05, 06 are agents' interviews, 03 and 04 partners'");
        for (JsonNode c : root.get("classes")) {
            int k = c.get("class").asInt();
            assertEquals(2, c.get("profile").size());
            for (JsonNode g : c.get("profile")) {
                int[] cnt = counts.get(g.get("group").asText());
                assertEquals(cnt[k], g.get("inClass").asInt());
                assertEquals(cnt[0], g.get("segments").asInt());
                double[][] o = {{cnt[k], sizes[k] - cnt[k]}, {cnt[0] - cnt[k], n - sizes[k] - cnt[0] + cnt[k]}};
                double x = 0;
                for (int i = 0; i < 2; i++) {
                    for (int j = 0; j < 2; j++) {
                        double e = (o[i][0] + o[i][1]) * (o[0][j] + o[1][j]) / n;
                        x += (o[i][j] - e) * (o[i][j] - e) / e;
                    }
                }
                double expected = cnt[k] < (double) cnt[0] * sizes[k] / n ? -x : x;
                assertEquals(expected, g.get("chi2").asDouble(), 0.005, g.toString()); // JSON rounds to 2 decimals
            }
        }
        CliRun text = CliRun.run("classes", INTERVIEWS.toString(), "--by", "role", "--classes", "3", "--lang", "en");
        assertTrue(text.out().contains("Profile by role (classified segments of each group)"), text.out());
        // Keys are read as the headers' labels are: "Source" is the transcript, "Rôle" the role.
        CliRun source = CliRun.run("classes", INTERVIEWS.toString(), "--by", "Source", "--classes", "3");
        assertEquals(0, source.code(), source.err());
        assertTrue(source.out().contains("  04-partenaire-epicerie "), source.out());
        CliRun role = CliRun.run("classes", INTERVIEWS.toString(), "--by", "Rôle", "--classes", "3");
        assertEquals(0, role.code(), role.err());
        assertTrue(role.out().contains("  Partenaire "), role.out());
    }

    /** An export's answers by a derived question: territoire holds 27, 6 and 6 of the 40 answers (one has no département). */
    @Test
    void anExportsAnswersByAQuestion() throws IOException {
        CliRun r = CliRun.run("classes", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--question", "vieiprecis",
                "--classes", "3", "--by", "territoire", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(40, root.get("classified").asInt());
        Map<String, Integer> sizes = new HashMap<>();
        Map<String, Integer> summed = new HashMap<>();
        for (JsonNode c : root.get("classes")) {
            for (JsonNode g : c.get("profile")) {
                sizes.put(g.get("group").asText(), g.get("segments").asInt());
                summed.merge(g.get("group").asText(), g.get("inClass").asInt(), Integer::sum);
            }
        }
        assertEquals(Map.of("Nord", 27, "Pas-de-Calais", 6, "Picardie", 6), sizes);
        assertEquals(sizes, summed);
    }

    @Test
    void speakersNamesAreMaskedInTheProfileAndInTermsVariables() throws IOException {
        Path csv = dir.resolve("segments.csv");
        CliRun r = CliRun.run("classes", INTERVIEWS.toString(), "--by", "speaker", "--classes", "3", "--segments", csv.toString());
        assertEquals(0, r.code(), r.err());
        String all = r.out() + Files.readString(csv, StandardCharsets.UTF_8);
        assertFalse(all.contains("Lefebvre"), all);
        assertTrue(all.contains("Mme [personne 1]"), all);
        Path corpus = dir.resolve("corpus.txt");
        CliRun terms = CliRun.run("terms", INTERVIEWS.toString(), "--var", "speaker", "--iramuteq", corpus.toString());
        assertEquals(0, terms.code(), terms.err());
        assertFalse(Files.readString(corpus, StandardCharsets.UTF_8).toLowerCase().contains("lefebvre"));
    }

    @Test
    void mistakesAreLocated() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("vide"));
        CliRun none = CliRun.run("classes", empty.toString(), "--lang", "en");
        assertEquals(Main.INPUT, none.code());
        assertTrue(none.err().contains(empty + ": no transcript (.txt, .md, .docx) in the folder"), none.err());
        Path broken = dir.resolve("abime.docx");
        Files.writeString(broken, "pas un document Word", StandardCharsets.UTF_8);
        CliRun unreadable = CliRun.run("classes", INTERVIEWS.toString(), broken.toString(), "--lang", "en");
        assertEquals(Main.INPUT, unreadable.code());
        assertTrue(unreadable.err().contains(broken + ": not a readable Word document"), unreadable.err());
        CliRun unknown = CliRun.run("classes", INTERVIEWS.toString(), "--by", "age", "--lang", "en");
        assertEquals(Main.USAGE, unknown.code());
        assertTrue(unknown.err().contains("transcripts have no \"age\" to group by; known: date, interviewer, role, service, source,"
                + " speaker, structure, territory"), unknown.err());
        CliRun csv = CliRun.run("classes", INTERVIEWS.toString(), Fixtures.export().toString(), "--lang", "en");
        assertEquals(Main.USAGE, csv.code());
        assertTrue(csv.err().contains("or folders of them"), csv.err());
    }
}
