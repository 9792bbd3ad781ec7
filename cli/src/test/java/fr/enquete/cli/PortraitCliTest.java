package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code enquete indicators} as a territorial portrait: key figures, gaps over time, targets and complement territories,
 * on the seeds' tables. Figures by hand (Python): 1296 - 1863 = -567, 1405 - 1996 = -591 (seed 000);
 * 44 - 59 = -15, half of it -7,5 (seed 004); (793263 - 151539) / (1468018 - 276895) = 53,876 % (seed 002).
 */
class PortraitCliTest {

    @TempDir
    Path dir;

    private static String fixture(String name) {
        return Fixtures.home().resolve("fixtures/indicateurs").resolve(name).toString();
    }

    private static String spaces(String s) {
        return s.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    @Test
    void keyFiguresOpenThePortrait() throws IOException {
        CliRun run = CliRun.run("indicators", fixture("lens-cadrage.tsv"));
        String out = spaces(run.out());
        assertTrue(out.startsWith("Chiffres clés\n"), out);
        String panel = out.substring(0, out.indexOf("Comparaison"));
        assertTrue(panel.contains("Nombre d'habitants (INSEE)") && panel.contains("31 606") && panel.contains("1 466 743"), panel);
        assertTrue(panel.contains("Taux de couverture Caf") && panel.contains("67,7 %"), panel);
        assertTrue(!panel.contains("MSA"), panel);
        JsonNode json = new ObjectMapper().readTree(CliRun.run("indicators", fixture("lens-cadrage.tsv"), "--format", "json",
                "--key", "Nombre d'allocataires Caf").out());
        assertEquals(1, json.get("key_figures").size());
        assertEquals(10026, json.get("key_figures").get(0).get("values").get("Lens").get("value").asDouble());
        Path md = dir.resolve("lens.md");
        assertEquals(0, CliRun.run("indicators", fixture("lens-cadrage.tsv"), "--format", "md", "--out", md.toString()).code());
        String markdown = spaces(Files.readString(md));
        assertTrue(markdown.indexOf("Chiffres clés") < markdown.indexOf("Comparaison"), markdown);
        assertTrue(markdown.contains("| Nombre d'allocataires Caf | 2020 | 10 026 | 318 388 |"), markdown);
        CliRun typo = CliRun.run("indicators", fixture("lens-cadrage.tsv"), "--key", "Nombre d'allocataire Caf");
        assertEquals(Main.USAGE, typo.code());
        assertTrue(typo.err().contains("Nombre d'allocataires Caf"), typo.err());
    }

    @Test
    void theGapIsPrintedAtEachDateWithItsReading() throws IOException {
        String[] args = {"indicators", fixture("lomme-revenus.csv"), "--territories", "Sud Marais 3", "--reference", "Bourg Délivrance 3",
                "--from", "2015", "--to", "2020"};
        String out = spaces(CliRun.run(args).out());
        assertTrue(out.contains("Revenu médian des ménages par UC : l'écart entre Sud Marais 3 et Bourg Délivrance 3 se creuse de 24 €"
                + " entre 2015 et 2020 (-567 € en 2015, -591 € en 2020)."), out);
        // The absolute change per year beside the percentage: Sud Marais 3, 1296 -> 1405 is +109 €, +21,8 € a year, +8,41 %
        // (the evolutions are the territories compared: Bourg Délivrance 2 is not among them).
        String line = out.lines().filter(l -> l.contains("Sud Marais 3") && l.contains("1 296 €  1 405 €")).findFirst().orElseThrow();
        assertTrue(line.contains("+109 €  +21,8 €") && line.contains("+8,41 %"), line);
        assertFalse(out.substring(out.indexOf("Évolutions 2015"), out.indexOf("Contrôles de cohérence")).contains("Bourg Délivrance 2"), out);
        String[] json = java.util.Arrays.copyOf(args, args.length + 2);
        json[args.length] = "--format";
        json[args.length + 1] = "json";
        JsonNode g = new ObjectMapper().readTree(CliRun.run(json).out()).get("gap_trends").get(0);
        assertEquals("widens", g.get("trend").asText());
        assertEquals(24, g.get("change").asDouble(), 1e-9);
        assertEquals(-567, g.get("points").get(0).get("gap").asDouble(), 1e-9);
        String en = spaces(CliRun.run("indicators", fixture("lomme-revenus.csv"), "--territories", "Sud Marais 3", "--reference",
                "Bourg Délivrance 3", "--lang", "en").out());
        assertTrue(en.contains("the gap between Sud Marais 3 and Bourg Délivrance 3 widens by 24 € between 2015 and 2020"), en);
    }

    /** A target reached: "l''objectif est atteint" was printed with its doubled apostrophe (a probe). */
    @Test
    void aReachedTargetReadsWithOneApostrophe() throws IOException {
        Path t = Files.writeString(dir.resolve("taux.csv"), "territoire;indicateur;année;valeur\nQPV;Taux B;2013;31%\nMEL;Taux B;2013;16%\n"
                + "QPV;Taux B;2016;10%\nMEL;Taux B;2016;15%\n");
        // By hand: the gap goes from +15 pts (2013) to -5 pts (2016), past the target of +7,5 pts.
        CliRun run = CliRun.run("indicators", t.toString(), "--target", "Taux B=gap/2@2020");
        assertEquals(0, run.code(), run.err());
        assertTrue(spaces(run.out()).contains("l'objectif est atteint") && !run.out().contains("''"), run.out());
    }

    @Test
    void halvingTheEmploymentGapIsFollowed() throws IOException {
        CliRun run = CliRun.run("indicators", fixture("mel-contrat-de-ville.csv"), "--target", "Taux d'emploi=gap/2@2020");
        assertEquals(0, run.code(), run.err());
        String out = spaces(run.out());
        assertTrue(out.contains("Objectif : réduire de moitié l'écart de « Taux d'emploi » entre les QPV et la Métropole Européenne de Lille d'ici 2020,"
                + " de -15 pts en 2013 à -7,5 pts. En 2013, l'écart est de -15 pts : il reste 7,5 points à parcourir."), out);
        JsonNode t = new ObjectMapper().readTree(CliRun.run("indicators", fixture("mel-contrat-de-ville.csv"), "--target",
                "Taux d'emploi=gap/2@2020", "--format", "json").out()).get("targets").get(0);
        assertEquals(-7.5, t.get("goal").asDouble(), 1e-9);
        assertEquals(7.5, t.get("distance").asDouble(), 1e-9);
        String csv = CliRun.run("indicators", fixture("mel-contrat-de-ville.csv"), "--target", "Taux d'emploi=gap/2@2020", "--format", "csv").out();
        assertTrue(csv.contains("target,Taux d'emploi,QPV,2013-2020,goal gap to Métropole Européenne de Lille,-7.5\n")
                && csv.contains("target,Taux d'emploi,QPV,2013-2020,distance,7.5\n"), csv);
        CliRun bad = CliRun.run("indicators", fixture("mel-contrat-de-ville.csv"), "--target", "Taux d'emploi=moitié");
        assertEquals(Main.USAGE, bad.code());
        assertTrue(bad.err().contains("INDICATOR=gap/2@YEAR"), bad.err());
    }

    @Test
    void theRestIsComputedFromCountsAndRefusedFromRates() throws IOException {
        CliRun run = CliRun.run("indicators", fixture("bethune-reperes.csv"), "--complement",
                "Reste du Pas-de-Calais=Pas-de-Calais - CA Béthune-Bruay", "--territories", "CA Béthune-Bruay,Reste du Pas-de-Calais,Pas-de-Calais");
        assertEquals(0, run.code(), run.err());
        String out = spaces(run.out());
        // (793 263 - 151 539) / (1 468 018 - 276 895) = 53,8755 %, printed with the decimal of the shares beside it (54,7 %,
        // 54,0 %), as is its gap: 53,8755 - 54,0 = -0,12 prints -0,1 (python3).
        assertTrue(out.contains("Taux de couverture Caf (2019) : 53,9 % pour le Reste du Pas-de-Calais, en dessous du Pas-de-Calais (54,0 %),"
                + " soit -0,1 point."), out);
        assertTrue(out.matches("(?s).*Taux de couverture Caf +2019 +54,7 % +53,9 % +54,0 % +\\+0,7 pt +-0,1 pt\n.*"), out);
        CliRun mel = CliRun.run("indicators", fixture("mel-contrat-de-ville.csv"), "--complement",
                "Reste de la Métropole=Métropole Européenne de Lille - QPV", "--format", "json");
        JsonNode k = new ObjectMapper().readTree(mel.out()).get("complements").get(0);
        assertEquals(0, k.get("computed").asInt());
        assertEquals(5, k.get("refused").size());
        // In the report's language, French by default (it was English).
        assertTrue(k.get("refused").get(0).asText().contains("le reste ne peut pas se calculer à partir de taux seuls"), k.toString());
        CliRun bad = CliRun.run("indicators", fixture("mel-contrat-de-ville.csv"), "--complement", "Reste=MEL - QPV");
        assertEquals(Main.USAGE, bad.code());
        assertTrue(bad.err().contains("no territory \"MEL\""), bad.err());
    }

    @Test
    void chartsAndMapsInTheDocuments() throws IOException {
        Path html = dir.resolve("lomme.html");
        CliRun run = CliRun.run("indicators", fixture("lomme-revenus.csv"), "--territories", "Sud Marais 3", "--reference", "Bourg Délivrance 3",
                "--chart", "--format", "html", "--out", html.toString());
        assertEquals(0, run.code(), run.err());
        String page = Files.readString(html);
        assertTrue(page.contains("<title>Revenu médian des ménages par UC\u00A0: Sud Marais 3 et Bourg Délivrance 3 dans le temps, l’écart en couleur</title>")
                || page.contains("dans le temps, l'écart en couleur</title>"), page);
        Path lens = dir.resolve("lens.html");
        assertEquals(0, CliRun.run("indicators", fixture("lens-cadrage.tsv"), "--chart", "--format", "html", "--out", lens.toString()).code());
        String lensPage = Files.readString(lens);
        // 17 shares in the Lens table (10 a chart): two bar charts, told apart by their titles.
        assertTrue(lensPage.contains("<title>Parts comparées par territoire (1/2)</title>"), "bars");
        assertTrue(lensPage.contains("<title>Parts comparées par territoire (2/2)</title>"), "bars");
        assertTrue(lensPage.contains("<title>Parts en indice (Pas-de-Calais = 100)</title>"), "radar");
        Path docx = dir.resolve("npru.docx");
        String contours = Fixtures.home().resolve("fixtures/contours/mel-communes-politique-de-la-ville.geojson").toString();
        CliRun d = CliRun.run("indicators", fixture("mel-npru.csv"), "--map", contours, "--map-key", "nom", "--format", "docx", "--out", docx.toString());
        assertEquals(0, d.code(), d.err());
        try (var zip = new java.util.zip.ZipFile(docx.toFile())) {
            assertTrue(zip.stream().anyMatch(e -> e.getName().startsWith("word/media/") && e.getName().endsWith(".png")), "a map image in the docx");
            String xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            // "La Madeleine" of the table is the contours' "Madeleine": no area is left without a value.
            assertTrue(xml.contains("La Madeleine") && !xml.contains("Sans contour pour") && !xml.contains("Sans valeur pour"), "the map's notes");
        }
        // A comparison of 19 communes has 39 columns: the workbook once stopped at 16 (ArrayIndexOutOfBoundsException).
        Path xlsx = dir.resolve("npru.xlsx");
        CliRun x = CliRun.run("indicators", fixture("mel-npru.csv"), "--map", contours, "--map-key", "nom", "--format", "xlsx", "--out", xlsx.toString());
        assertEquals(0, x.code(), x.err());
        try (var zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            assertTrue(zip.stream().anyMatch(e -> e.getName().startsWith("xl/media/") && e.getName().endsWith(".png")), "the map in the workbook");
        }
        Path md = dir.resolve("npru.md");
        assertEquals(0, CliRun.run("indicators", fixture("mel-npru.csv"), "--map", contours, "--map-key", "nom", "--breaks", "equal", "--format", "md",
                "--out", md.toString()).code());
        assertTrue(Files.readString(md).contains("](charts/indicators-map.png)"));
        assertTrue(Files.size(dir.resolve("charts/indicators-map.png")) > 20_000);
        // Misuse: a chart in text, a map without its key, an unknown break method, a contour file that is not JSON.
        assertEquals(Main.USAGE, CliRun.run("indicators", fixture("lens-cadrage.tsv"), "--chart").code());
        CliRun noKey = CliRun.run("indicators", fixture("mel-npru.csv"), "--map", contours, "--format", "html");
        assertEquals(Main.USAGE, noKey.code());
        assertTrue(noKey.err().contains("--map-key"), noKey.err());
        assertEquals(Main.USAGE, CliRun.run("indicators", fixture("mel-npru.csv"), "--map", contours, "--map-key", "nom", "--breaks", "jenks",
                "--format", "html").code());
        Path bad = dir.resolve("bad.geojson");
        Files.writeString(bad, "{\"type\": \"FeatureCollection\",\n  \"features\": [ oops ]}");
        CliRun broken = CliRun.run("indicators", fixture("mel-npru.csv"), "--map", bad.toString(), "--map-key", "nom", "--format", "html");
        assertEquals(Main.INPUT, broken.code(), broken.err());
        assertTrue(broken.err().contains("bad.geojson") && broken.err().contains("ce n’est pas un fichier GeoJSON"), broken.err());
    }

    /** The same table and contours give the same bytes: charts and maps carry no clock and no hash order. */
    @Test
    void chartsAndMapsAreDeterministic() throws IOException {
        String contours = Fixtures.home().resolve("fixtures/contours/mel-communes-politique-de-la-ville.geojson").toString();
        byte[][] runs = new byte[2][];
        for (int i = 0; i < 2; i++) {
            Path html = dir.resolve("run" + i + ".html");
            CliRun run = CliRun.run("indicators", fixture("mel-npru.csv"), "--map", contours, "--map-key", "nom", "--format", "html",
                    "--out", html.toString());
            assertEquals(0, run.code(), run.err());
            runs[i] = Files.readAllBytes(html);
        }
        assertTrue(java.util.Arrays.equals(runs[0], runs[1]), "two runs differ");
        Path lens = dir.resolve("lens.html");
        CliRun radar = CliRun.run("indicators", fixture("lens-cadrage.tsv"), "--chart", "--radar", "Part de familles nombreuses", "--radar",
                "Taux de couverture Caf", "--radar", "Part des allocataires sans enfants", "--format", "html", "--out", lens.toString());
        assertEquals(0, radar.code(), radar.err());
        CliRun typo = CliRun.run("indicators", fixture("lens-cadrage.tsv"), "--chart", "--radar", "Taux de couverture", "--radar", "a", "--radar", "b",
                "--format", "html", "--out", lens.toString());
        assertEquals(Main.USAGE, typo.code());
        assertTrue(typo.err().contains("Taux de couverture Caf"), typo.err());
        assertEquals(Main.USAGE, CliRun.run("indicators", fixture("lens-cadrage.tsv"), "--radar", "Taux de couverture Caf").code());
    }
}
