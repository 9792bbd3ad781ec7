package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

/** {@code enquete classes}: the Reinert classification from the command line. */
class ClassesCliTest {

    @TempDir
    Path dir;

    static final Path INTERVIEWS = Fixtures.home().resolve("fixtures/abs-agents/entretiens");
    static final Path PLAN = Fixtures.home().resolve("fixtures/text/plan-solidarites-lomme.txt");

    private static String[] interviews(String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("classes"));
        try (var s = Files.list(INTERVIEWS)) {
            s.sorted().forEach(p -> args.add(p.toString()));
        }
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void answersOfAnExportAreSegmentsAndEachOneGetsItsClass() throws IOException {
        Path csv = dir.resolve("segments.csv");
        CliRun r = CliRun.run("classes", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--question", "vieiprecis",
                "--classes", "4", "--format", "json", "--segments", csv.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        // the 40 answers of vieiprecis, each shorter than 60 words: 40 segments
        assertEquals(40, root.get("segments").asInt());
        assertEquals(4, root.get("classes").size());
        int classified = root.get("classified").asInt();
        int sum = 0;
        Map<Integer, Integer> sizes = new HashMap<>();
        for (JsonNode c : root.get("classes")) {
            sum += c.get("segments").asInt();
            sizes.put(c.get("class").asInt(), c.get("segments").asInt());
        }
        assertEquals(classified, sum);
        assertEquals(classified, root.get("tree").get("segments").asInt());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("segment,source,line,class,text", lines.get(0));
        assertEquals(41, lines.size());
        Map<Integer, Integer> counted = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int c = Integer.parseInt(line.split(",")[3]);
            if (c > 0) {
                counted.merge(c, 1, Integer::sum);
            }
        }
        assertEquals(sizes, counted);
        // "Conférence des financeurs" is in 21 of the 40 answers: its lemmas head a class
        boolean conference = false;
        for (JsonNode c : root.get("classes")) {
            conference |= c.get("lemmas").size() > 0 && c.get("lemmas").get(0).get("lemma").asText().matches("conférence|financeur");
        }
        assertTrue(conference, r.out());
    }

    @Test
    void transcriptsAreClassifiedWithPersonalDataMasked() throws IOException {
        Path csv = dir.resolve("segments.csv");
        CliRun r = CliRun.run(interviews("--classes", "3", "--typical", "10", "--segments", csv.toString()));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Classe 1\u00A0: "), r.out());
        assertTrue(r.err().contains("données personnelles masquées"), r.err());
        String all = r.out() + Files.readString(csv, StandardCharsets.UTF_8);
        // the grocery's phone number (04-partenaire-epicerie.docx) is masked in the segments shown and exported
        assertFalse(all.contains("03 20 11 22 33"), all);
        assertTrue(Files.readString(csv, StandardCharsets.UTF_8).contains("[téléphone]"));
        // the interviewer's questions are not segments
        assertFalse(Files.readString(csv, StandardCharsets.UTF_8).contains("Pouvez-vous"), "interviewer's turns left out");
    }

    @Test
    void theDendrogramIsDrawnAndTheOutputIsTheSameEveryRun() throws IOException {
        Path png = dir.resolve("d.png");
        Path svg = dir.resolve("d.svg");
        CliRun a = CliRun.run("classes", PLAN.toString(), "--dendrogram", png.toString(), "--lang", "en");
        CliRun b = CliRun.run("classes", PLAN.toString(), "--dendrogram", svg.toString(), "--lang", "en");
        assertEquals(0, a.code(), a.err());
        assertEquals(a.out(), b.out());
        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(bytes, 4));
        String drawn = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(drawn.contains("Class 10"), "ten classes drawn");
        assertTrue(drawn.contains("159 segments classified") || drawn.contains("159 of 159 segments classified"), drawn.substring(0, 2000));
        assertTrue(a.out().contains("Class 1: "), a.out());
        assertTrue(a.out().contains("159 text segments"), a.out());
    }

    @Test
    void mistakesAreSaid() throws IOException {
        CliRun two = CliRun.run("classes", Fixtures.export().toString(), PLAN.toString(), "--question", "vieiprecis", "--lang", "en");
        assertEquals(Main.USAGE, two.code());
        assertTrue(two.err().contains("--question reads one export"), two.err());
        CliRun csv = CliRun.run("classes", Fixtures.export().toString());
        assertEquals(Main.USAGE, csv.code());
        assertTrue(csv.err().contains("--question"), csv.err());
        CliRun missing = CliRun.run("classes", dir.resolve("nowhere.txt").toString(), "--lang", "en");
        assertEquals(Main.INPUT, missing.code());
        assertTrue(missing.err().contains("nowhere.txt") && missing.err().contains("no such file"), missing.err());
        CliRun chart = CliRun.run("classes", PLAN.toString(), "--dendrogram", dir.resolve("d.jpg").toString(), "--lang", "en");
        assertEquals(Main.USAGE, chart.code());
        assertTrue(chart.err().contains(".svg or .png"), chart.err());
        Path tiny = dir.resolve("court.txt");
        Files.writeString(tiny, "Le logement est cher. Le logement manque. Les jeunes cherchent un logement.\n", StandardCharsets.UTF_8);
        CliRun few = CliRun.run("classes", tiny.toString());
        assertEquals(Main.INPUT, few.code());
        assertTrue(few.err().contains("court.txt") && few.err().contains("trop peu de segments"), few.err());
        assertFalse(Files.exists(dir.resolve("d.jpg")));
        // Nothing at all to classify: "essayez --min-segments 2" could not help.
        Path blank = Files.writeString(dir.resolve("vide.csv"), "id;Commentaire\n1;\n2; \n3;\n", StandardCharsets.UTF_8);
        Path spec = Files.writeString(dir.resolve("vide.yaml"), """
                survey: "Vide"
                questions:
                  - id: "Commentaire"
                    type: text
                """, StandardCharsets.UTF_8);
        CliRun none = CliRun.run("classes", blank.toString(), "--spec", spec.toString(), "--question", "Commentaire");
        assertEquals(Main.INPUT, none.code());
        assertTrue(none.err().contains("vide.csv") && none.err().contains("aucun texte à classer"), none.err());
        assertFalse(none.err().contains("--min-segments"), none.err());
    }
}
