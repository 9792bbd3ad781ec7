package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code enquete study} on the bundled study (fixtures/study/study.yaml): the Word document's structure (chapters in
 * order, captions numbered without gaps and listed, cross-references resolved), the methodology annex against counts
 * made here from the fixture files, identical bytes on a rebuild, the --changes note, located errors, and --init.
 */
class StudyCliTest {

    @TempDir
    static Path dir;

    private static Path study;
    private static Path built;

    @BeforeAll
    static void build() {
        study = Fixtures.home().resolve("fixtures/study/study.yaml");
        built = dir.resolve("first");
        CliRun r = CliRun.run("study", study.toString(), "--out", built.toString(), "--format", "all");
        assertEquals(0, r.code(), r.err());
    }

    private static List<XWPFParagraph> paragraphs(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return new ArrayList<>(doc.getParagraphs());
        }
    }

    private static List<String> styled(List<XWPFParagraph> ps, String style) {
        return ps.stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    @Test
    void chaptersAreNumberedInTheStudyFileOrderWithTheAnnexAndListsLast() throws IOException {
        List<String> chapters = styled(paragraphs(built.resolve("study.docx")), "Heading1");
        assertEquals(List.of("1. Introduction", "2. Données statistiques de cadrage", "3. Enquête auprès des centres sociaux",
                "4. Paroles d'acteurs et d'habitants", "5. Fiches action", "6. Conclusion", "Annexe – Méthodologie",
                "Liste des tableaux et figures"), chapters);
    }

    @Test
    void everyTableAndFigureHasANumberedCaptionListedAtTheEnd() throws IOException {
        List<XWPFParagraph> ps = paragraphs(built.resolve("study.docx"));
        List<String> captions = styled(ps, "Caption");
        int tables = 0;
        int figures = 0;
        for (String c : captions) {
            Matcher m = Pattern.compile("(Tableau|Figure) (\\d+) – .+").matcher(c);
            assertTrue(m.matches(), c);
            int n = Integer.parseInt(m.group(2));
            // Numbered in order, from 1, without gaps.
            assertEquals(m.group(1).equals("Tableau") ? ++tables : ++figures, n, c);
        }
        try (InputStream in = Files.newInputStream(built.resolve("study.docx")); XWPFDocument doc = new XWPFDocument(in)) {
            // One caption per table of the body (the SWOT grids are tables too), and one per picture.
            assertEquals(doc.getTables().size(), tables);
            assertEquals(doc.getAllPictures().size(), figures);
        }
        // The list section repeats every caption, in order.
        int list = ps.stream().map(XWPFParagraph::getText).toList().indexOf("Liste des tableaux et figures");
        List<String> after = ps.subList(list, ps.size()).stream().map(XWPFParagraph::getText)
                .filter(t -> t.startsWith("Tableau ") || t.startsWith("Figure ")).toList();
        assertEquals(captions.stream().filter(c -> c.startsWith("Tableau")).toList(),
                after.stream().filter(c -> c.startsWith("Tableau")).toList());
        assertEquals(captions.stream().filter(c -> c.startsWith("Figure")).toList(),
                after.stream().filter(c -> c.startsWith("Figure")).toList());
        // In Word each list is a table-of-figures field on its captions' SEQ name (page numbers once Word updates it).
        String xml = documentXml(built.resolve("study.docx"));
        assertTrue(xml.contains("TOC \\h \\z \\c \"Tableau\"") && xml.contains("TOC \\h \\z \\c \"Figure\""), "no table of figures field");
        // In HTML each line links to its caption, and every caption is linked once.
        String html = Files.readString(built.resolve("study.html"));
        Matcher link = Pattern.compile("<li><a href=\"#((?:tableau|figure)\\d+)\">").matcher(html);
        int links = 0;
        while (link.find()) {
            assertTrue(html.contains("<p class=\"caption\" id=\"" + link.group(1) + "\">"), link.group(1));
            links++;
        }
        assertEquals(captions.size(), links);
    }

    /**
     * Captions tell tables apart and read as titles: the rendered study had "Fiche action 2 : Petite enfance" on both
     * of a fiche's tables (their figures keyed alike), "Thèmes × quadrants : Thèmes × rôles..." for the roles matrix,
     * the same SWOT grid twice ("Tous les thèmes", then "Thème : Jeunesse", the study's single theme), and in English
     * a French colon ("Themes × quadrants : Themes...").
     */
    @Test
    void captionsAreDistinctTitles() throws IOException {
        // A question's table and its chart share its title; tables must differ from each other.
        List<String> captions = styled(paragraphs(built.resolve("study.docx")), "Caption").stream().filter(c -> c.startsWith("Tableau "))
                .map(c -> c.replaceFirst("^Tableau \\d+ – ", "").replace('\u00A0', ' ')).toList();
        assertEquals(captions.size(), new java.util.HashSet<>(captions).size(), captions.toString());
        assertTrue(captions.contains("Fiche action 2 : Petite enfance") && captions.contains("Fiche action 2 : Petite enfance : Indicateur"),
                captions.toString());
        assertTrue(captions.contains("Thèmes × rôles des personnes interrogées (sources distinctes)"), captions.toString());
        assertTrue(captions.contains("Thème : Jeunesse") && !captions.contains("Tous les thèmes"), captions.toString());
        Path en = dir.resolve("en");
        CliRun r = CliRun.run("study", study.toString(), "--out", en.toString(), "--format", "md", "--lang", "en");
        assertEquals(0, r.code(), r.err());
        String md = Files.readString(en.resolve("study.md"));
        assertTrue(md.contains("Table 8 – Cross-tabulation: Êtes-vous en QPV (quartier prioritaire de la ville) ? × "), md);
        assertTrue(md.contains("relatives aux services publics dématérialisés ?: Counts**"), md);
        assertTrue(!md.contains("Themes × quadrants : ") && !md.contains("axis/axes"), md);
    }

    private static String documentXml(Path docx) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(docx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void crossReferencesNameTheNumbersTheCaptionsGot() throws IOException {
        List<XWPFParagraph> ps = paragraphs(built.resolve("study.docx"));
        String all = String.join("\n", ps.stream().map(XWPFParagraph::getText).toList()).replaceAll("[\u00a0\u202f]", " ");
        assertFalse(all.contains("{ref:"), "an unresolved reference is left");
        // The indicator chapter's first table is Tableau 1; its charts are Figures 1 to 3 (two of bars, a radar); the
        // adherents' first chart is the survey's second figure (the qpv bar chart is Figure 4).
        // French typography puts a no-break space before ':'; compared here with plain spaces.
        List<String> captions = styled(ps, "Caption").stream().map(c -> c.replaceAll("[\\u00a0\\u202f]", " ")).toList();
        // The portrait opens with its key figures (inhabitants, recipients, coverage rate), as enquete indicators does.
        assertEquals("Tableau 1 – Chiffres clés", captions.get(0));
        assertEquals("Tableau 2 – Comparaison des territoires (référence : Pas-de-Calais)", captions.get(1));
        assertTrue(captions.contains("Figure 5 – Nombre d'adhérents / usagers (histogramme)"), captions.toString());
        assertTrue(all.contains("la Figure 5 montre la distribution du nombre d'adhérents"), all);
        assertTrue(all.contains("Les chiffres clés (Tableau 1) ouvrent le portrait"), all);
        assertTrue(all.contains("la Figure 1 montre les parts comparées"), all);
        assertTrue(all.contains("données de cadrage (chapitre 2), une enquête auprès des centres sociaux (chapitre 3)"), all);
    }

    /**
     * The plan's fiches sit under their axis: numbered 5.2.1 in Word and HTML, and kept in their chapter's list of the
     * HTML contents, indented (they were numbered 5.3, 5.5, 5.7 and broke the contents' list, shown as chapters).
     */
    @Test
    void theFichesAreNumberedAndListedUnderTheirAxis() throws IOException {
        List<XWPFParagraph> ps = paragraphs(built.resolve("study.docx"));
        assertEquals(List.of("5.1 Vue d'ensemble des fiches action", "5.2 Axe : Petite enfance", "5.3 Axe : Jeunesse",
                        "5.4 Axe : Accompagnement à la parentalité"),
                styled(ps, "Heading2").stream().map(t -> t.replaceAll("[\u00a0\u202f]", " ")).filter(t -> t.startsWith("5.")).toList());
        assertEquals(List.of("5.2.1 Fiche action 2 : Petite enfance", "5.3.1 Fiche action 3 : Jeunesse",
                        "5.4.1 Fiche action 4 : Accompagnement à la parentalité"),
                styled(ps, "Heading3").stream().map(t -> t.replaceAll("[\u00a0\u202f]", " ")).filter(t -> t.startsWith("5.")).toList());
        String html = Files.readString(built.resolve("study.html"));
        String nav = html.substring(html.indexOf("<nav"), html.indexOf("</nav>"));
        String chapter5 = nav.substring(nav.indexOf("<a href=\"#c5\">"), nav.indexOf("<a href=\"#c6\">"));
        // One list for the chapter: opened once, closed once, each fiche an indented item of it.
        assertEquals(1, chapter5.split("<ol>", -1).length - 1, chapter5);
        assertEquals(1, chapter5.split("</ol>", -1).length - 1, chapter5);
        assertEquals(3, chapter5.split("<li class=\"sub\"><a href=\"#c5-fiche", -1).length - 1, chapter5);
        // Every chapter is set as one, the conclusion and the annex too (they were set as sections).
        for (String a : List.of("c1", "c5", "c6", "annex-methodologie", "lists")) {
            assertTrue(nav.contains("<li class=\"part\"><a href=\"#" + a + "\">"), a + " in " + nav);
        }
    }

    /**
     * The introduction's Markdown has bold, italics and a link: each format styles them (they were printed as plain
     * words before), and the link keeps its address.
     */
    @Test
    void theAuthorsBoldItalicsAndLinksAreStyledInEveryFormat() throws IOException {
        String html = Files.readString(built.resolve("study.html"));
        assertTrue(html.contains("ceux de la <strong>Caf</strong> et de l&#39;<em>Insee</em>, publiés sur "
                + "<a href=\"https://data.caf.fr\">data.caf.fr</a>."), html);
        String md = Files.readString(built.resolve("study.md"));
        assertTrue(md.contains("ceux de la **Caf** et de l'*Insee*, publiés sur [data.caf.fr](<https://data.caf.fr>)."), md);
        try (InputStream in = Files.newInputStream(built.resolve("study.docx")); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFParagraph p = doc.getParagraphs().stream().filter(x -> x.getText().contains("publiés sur")).findFirst().orElseThrow();
            assertEquals(List.of("Caf"), p.getRuns().stream().filter(r -> r.isBold()).map(r -> r.text()).toList());
            assertEquals(List.of("Insee"), p.getRuns().stream().filter(r -> r.isItalic()).map(r -> r.text()).toList());
            org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun link = p.getRuns().stream()
                    .filter(r -> r instanceof org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun)
                    .map(r -> (org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun) r).findFirst().orElseThrow();
            assertEquals("data.caf.fr", link.text());
            assertEquals("https://data.caf.fr", link.getHyperlink(doc).getURL());
        }
    }

    @Test
    void theAnnexStatesTheFactsOfTheSources() throws IOException {
        String md = Files.readString(built.resolve("study.md"));
        String annex = md.substring(md.indexOf("## Annexe – Méthodologie"), md.indexOf("## Liste des tableaux et figures"));
        // The export's completed responses (a submitdate), counted here with Commons CSV.
        int respondents = 0;
        org.apache.commons.csv.CSVFormat csv = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setDelimiter(';').build();
        try (var parser = csv.parse(Files.newBufferedReader(Fixtures.export(), StandardCharsets.UTF_8))) {
            boolean header = true;
            for (var record : parser) {
                if (!header && !record.get(1).isBlank()) {
                    respondents++;
                }
                header = false;
            }
        }
        assertEquals(91, respondents);
        assertTrue(annex.contains("| 3. Enquête auprès des centres sociaux | Questionnaire | export.csv, spec.yaml | " + respondents
                + " répondants"), annex);
        long transcripts;
        try (var s = Files.list(Fixtures.home().resolve("fixtures/ctg-jeunesse/entretiens"))) {
            transcripts = s.count();
        }
        assertTrue(annex.contains(transcripts + " sources"), annex);
        // The SWOT chapter counts "expressions codées": the annex names them alike (it said "segments codés").
        assertTrue(annex.contains(" expressions codées |") && !annex.contains("segments codés"), annex);
        // The transcripts are counted, not named: "02-directrice-centre-socioculturel.txt" says where its one director
        // works, and the quotes are credited by role and number ("directrice, entretien 2"), as the annex promises.
        assertTrue(annex.contains("| Entretiens et expressions | entretiens/ (" + transcripts + " transcriptions), codebook.yaml |"), annex);
        assertTrue(md.contains("— directrice, entretien 2"), md);
        try (var s = Files.list(Fixtures.home().resolve("fixtures/ctg-jeunesse/entretiens"))) {
            for (Path t : s.toList()) {
                String slug = t.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
                assertTrue(!md.contains(slug), slug + " printed in the study");
            }
        }
        // plan-lens.yaml names its indicators only (as the Lens CTG's fiches do): no empty baseline, target and date columns.
        assertTrue(md.contains("| Indicateur |\n| --- |\n| Mesure de l'évolution de chacune des modalités fixées") && !md.contains("Valeur de référence"),
                md.substring(md.indexOf("Fiches action")));
        // plan-lens.yaml: three axes of one fiche each, counted by hand.
        assertTrue(annex.contains("| 5. Fiches action | Plan d'action | plan-lens.yaml | 3 axes, 3 actions |"), annex);
        // lens-cadrage.tsv compares Lens with the Pas-de-Calais; its values are of 2018 to 2020, its published changes
        // from 2013 (the 2018 population's "Variation sur 5 ans") to 2021 (the places' "Evolution annuelle" of 2020-2021).
        assertTrue(annex.contains("lens-cadrage.tsv | 42 indicateurs, 2 territoires, années 2018–2020, évolutions publiées 2013–2021 |"), annex);
        // Under the portrait chapter's text the file is named as its source, not left as a bare file name.
        assertTrue(md.contains("\n*Source\u00A0: lens-cadrage.tsv*\n"), "the portrait's source line");
        assertFalse(md.contains("\n*lens-cadrage.tsv*\n"), "a bare file name under the portrait's text");
        // No-break spaces inside the guillemets, as French typography has them.
        assertTrue(annex.contains("Quartiles et médianes calculés selon la méthode «\u00A0type 7\u00A0»."), annex);
        assertTrue(annex.contains("Résultats non pondérés"), annex);
        assertTrue(annex.contains("Aucun seuil de secret statistique"), annex);
        // The fixture's verbatim with a name, a phone and an e-mail is masked, and the annex says so.
        assertTrue(annex.contains("Données personnelles masquées dans les verbatims\u00A0: 1 personne, 1 téléphone, 1 adresse e-mail"), annex);
        assertTrue(md.contains("Mme \\[personne 1\\], \\[téléphone\\], \\[e-mail\\]"), "the verbatim is not masked");
        assertTrue(annex.contains("Logiciel\u00A0: " + AppVersion.line() + "."), annex);
        assertFalse(md.contains(Fixtures.home().toString()), "a path of this disk is printed");
    }

    /** Every sheet of the study's workbook is named by its numbered title, never by an export code ("qpv"). */
    @Test
    void theWorkbooksSheetsAreNamedByTheirNumberedTitles() throws IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(built.resolve("study.xlsx")))) {
            List<String> names = new java.util.ArrayList<>();
            wb.forEach(sheet -> names.add(sheet.getSheetName()));
            List<String> unnumbered = names.stream().filter(n -> !n.matches("\\d+\\..*")).toList();
            assertEquals(List.of("Sommaire", "Annexe – Méthodologie", "Liste des tableaux et figures"), unnumbered);
            assertTrue(names.stream().anyMatch(n -> n.startsWith("3.1 ")), names.toString());
        }
    }

    @Test
    void aRebuildGivesTheSameBytesAndZipEntriesAreDated2000() throws IOException {
        Path second = dir.resolve("second");
        CliRun r = CliRun.run("study", study.toString(), "--out", second.toString(), "--format", "all");
        assertEquals(0, r.code(), r.err());
        for (String f : List.of("study.docx", "study.xlsx", "study.html", "study.md", "figures.json")) {
            assertArrayEquals(Files.readAllBytes(built.resolve(f)), Files.readAllBytes(second.resolve(f)), f);
        }
        for (String f : List.of("study.docx", "study.xlsx")) {
            try (ZipInputStream z = new ZipInputStream(Files.newInputStream(built.resolve(f)))) {
                for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                    assertEquals(2000, e.getTimeLocal().getYear(), f + " " + e.getName());
                }
            }
        }
    }

    @Test
    void changesListTheFiguresThatMovedSinceThePreviousFiguresFile() throws IOException {
        // A previous version in which the centres in QPV were 40: the figures file as it would have been.
        String figures = Files.readString(built.resolve("figures.json"));
        Pattern oui = Pattern.compile("(\"table\" : \"Êtes-vous en QPV \\(quartier prioritaire de la ville\\)\u00A0\\?\",\\s*\"row\" : \"Oui\","
                + "\\s*\"column\" : \"([^\"]+)\",\\s*\"label\" : \"Tableau 3\",\\s*\"text\" : \")([^\"]+)\"");
        Matcher m = oui.matcher(figures);
        assertTrue(m.find(), figures.substring(0, 2000));
        String column = m.group(2);
        String now = m.group(3);
        Path previous = dir.resolve("previous.json");
        Files.writeString(previous, m.replaceFirst(Matcher.quoteReplacement(m.group(1)) + "40\""));
        Path out = dir.resolve("changes");
        CliRun r = CliRun.run("study", study.toString(), "--out", out.toString(), "--format", "md", "--changes", previous.toString());
        assertEquals(0, r.code(), r.err());
        String md = Files.readString(out.resolve("study.md"));
        assertTrue(md.contains("1 chiffre a changé depuis la version précédente (previous.json)"), md.substring(0, 3000));
        // The heading keeps its question mark with its words (a no-break space before it, as French typography has it).
        assertTrue(md.contains("| Tableau 3 – Êtes-vous en QPV (quartier prioritaire de la ville)\u00A0?\u00A0; Oui\u00A0; " + column + " | 40 | " + now + " |"),
                md.substring(0, 3000));
        // The same figures file as previous: nothing moved.
        CliRun same = CliRun.run("study", study.toString(), "--out", dir.resolve("same").toString(), "--format", "md", "--changes",
                built.resolve("figures.json").toString());
        assertEquals(0, same.code(), same.err());
        assertTrue(Files.readString(dir.resolve("same/study.md")).contains("Aucun chiffre n'a changé depuis la version précédente (figures.json)"));
    }

    @Test
    void theCadrageChapterDrawsTheBarsAndTheRadarItsStudyFileAsksFor() throws IOException {
        List<XWPFParagraph> ps = paragraphs(built.resolve("study.docx"));
        List<String> captions = styled(ps, "Caption").stream().map(c -> c.replaceAll("[\\u00a0\\u202f]", " ")).toList();
        // lens-cadrage.tsv has 20 rows in % of which 3 are published evolutions ("Evolution des familles Caf"): 17
        // shares, ten a chart, so two bar charts told apart, then the radar of the shares against the department.
        assertEquals(List.of("Figure 1 – Parts comparées par territoire (1/2)", "Figure 2 – Parts comparées par territoire (2/2)",
                "Figure 3 – Parts en indice (Pas-de-Calais = 100)"), captions.stream().filter(c -> c.startsWith("Figure")).limit(3).toList());
        // All three in chapter 2, before chapter 3 begins.
        List<String> texts = ps.stream().map(XWPFParagraph::getText).toList();
        int chapter3 = -1;
        int radar = -1;
        for (int i = 0; i < ps.size(); i++) {
            if ("Heading1".equals(ps.get(i).getStyle()) && texts.get(i).equals("3. Enquête auprès des centres sociaux")) {
                chapter3 = i;
            } else if ("Caption".equals(ps.get(i).getStyle()) && texts.get(i).startsWith("Figure 3") && radar < 0) {
                radar = i;
            }
        }
        assertTrue(radar > 0 && radar < chapter3, radar + " " + chapter3);
        // The numbered caption is not repeated under the radar.
        assertFalse(texts.contains("Parts en indice (Pas-de-Calais = 100)"), texts.toString());
    }

    @Test
    void theMelStudyFollowsItsTargetAndMapsTheNpruSitesOnTheBundledContours() throws IOException {
        Path out = dir.resolve("mel");
        CliRun r = CliRun.run("study", Fixtures.home().resolve("fixtures/study/mel-contrat-de-ville.yaml").toString(), "--out", out.toString(),
                "--format", "docx");
        assertEquals(0, r.code(), r.err());
        List<XWPFParagraph> ps = paragraphs(out.resolve("study.docx"));
        List<String> captions = styled(ps, "Caption").stream().map(c -> c.replaceAll("[\\u00a0\\u202f]", " ")).toList();
        // mel-contrat-de-ville.csv: five shares (one bar chart), the radar of the five named, the target's chart; the NPRU
        // sites mapped.
        assertEquals(List.of("Figure 1 – Parts comparées par territoire", "Figure 2 – Parts en indice (Métropole Européenne de Lille = 100)",
                "Figure 3 – Taux d'emploi : l'écart entre les QPV et la Métropole Européenne de Lille, et l'objectif de 2020",
                "Figure 4 – Carte : Sites du NPRU (2016)"),
                captions.stream().filter(c -> c.startsWith("Figure")).toList());
        assertTrue(captions.contains("Tableau 3 – Objectifs"), captions.toString());
        try (InputStream in = Files.newInputStream(out.resolve("study.docx")); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals(4, doc.getAllPictures().size());
        }
        String all = String.join("\n", ps.stream().map(XWPFParagraph::getText).toList()).replaceAll("[\u00a0\u202f]", " ");
        // Employment rate 2013: QPV 44 %, Métropole 59 %: a gap of -15 points, halved: -7,5, 7,5 points to go.
        // In Word prose, a negative figure's sign does not break from it (U+2011).
        assertTrue(all.contains("de \u201115 pts en 2013 à \u20117,5 pts. En 2013, l'écart est de \u201115 pts : il reste 7,5 points à parcourir."), all);
        // The table names "La Madeleine" the commune the contours call "Madeleine": matched, so no note under the map.
        assertTrue(!all.contains("Sans contour pour") && !all.contains("Sans valeur pour"), all);
        assertTrue(all.contains("la Figure 1 compare les deux territoires"), all);
        // The nineteen communes of the NPRU sites are peers: no reference, a commune a row (Lille 2 sites).
        assertTrue(all.contains("Aucun de ces territoires n'englobe les autres"), all);
        try (InputStream in = Files.newInputStream(out.resolve("study.docx")); XWPFDocument doc = new XWPFDocument(in)) {
            String npru = doc.getTables().stream().map(t -> t.getText()).filter(t -> t.contains("Sites du NPRU")).findFirst().orElseThrow();
            assertTrue(npru.contains("Lille\t2") || npru.contains("Lille 2") || npru.matches("(?s).*Lille\\s+2.*"), npru);
            assertTrue(npru.contains("La Madeleine") && !npru.contains("Écart"), npru);
        }
        // The one-row table of targets took a landscape page of its own, its figures "-15 pts (2013)" held on one line:
        // they may break before the bracket, and every table of this study fits a portrait page.
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(out.resolve("study.docx").toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertFalse(xml.contains("w:orient=\"landscape\""), "a landscape section in the MEL study");
        }
    }

    @Test
    void aTargetOnAnIndicatorTheTableLacksIsAnErrorAtItsChapter() throws IOException {
        Path bad = dir.resolve("target.yaml");
        Path table = Fixtures.home().resolve("fixtures/indicateurs/mel-contrat-de-ville.csv").toAbsolutePath();
        Files.writeString(bad, "title: Essai\nchapters:\n  - kind: indicators\n    title: Portrait\n    file: " + table + "\n"
                + "    territories: [QPV, Métropole Européenne de Lille]\n    targets: [\"Taux de pauvreté=gap/2@2020\"]\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.run("study", bad.toString(), "--out", dir.resolve("target").toString());
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains(bad + ", line 3, column 5: no indicator \"Taux de pauvreté\" for the target"), r.err());
    }

    /**
     * A study of a school-year table, end to end: its chapter names the school year it compares (year: 2019-2020 was
     * refused, "must be a whole number"), the comparison and the gaps print school years as the table does, and the annex
     * gave the table's years as 2016–2020 (the years 2015-2016 … 2019-2020 end); they cover 2015–2020.
     */
    @Test
    void aStudyNamesTheSchoolYearItComparesAndItsAnnexTheYearsCovered() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("ecoles"));
        StringBuilder csv = new StringBuilder("territoire;indicateur;année;valeur;unité\n");
        String[][] values = {{"16,9", "13,0"}, {"16,1", "12,6"}, {"15,4", "12,2"}, {"15,0", "11,9"}, {"14,2", "11,5"}};
        for (int k = 0; k < values.length; k++) {
            String year = (2015 + k) + "-" + (2016 + k);
            csv.append("Lens;Part des élèves entrant en 6e avec au moins un an de retard;").append(year).append(';').append(values[k][0]).append(";%\n");
            csv.append("Pas-de-Calais;Part des élèves entrant en 6e avec au moins un an de retard;").append(year).append(';').append(values[k][1])
                    .append(";%\n");
        }
        Files.writeString(folder.resolve("retard-6e.csv"), csv.toString(), StandardCharsets.UTF_8);
        Path file = folder.resolve("ecoles.yaml");
        Files.writeString(file, "title: Essai\nchapters:\n  - kind: indicators\n    title: Retard scolaire\n    file: retard-6e.csv\n"
                + "    year: 2018-2019\n  - kind: methodology\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.run("study", file.toString(), "--out", dir.resolve("ecoles-out").toString(), "--format", "md");
        assertEquals(0, r.code(), r.err());
        String md = Files.readString(dir.resolve("ecoles-out/study.md")).replace('\u00A0', ' ');
        // 2018-2019 by hand: 15,0 - 11,9 = +3,1 pts.
        assertTrue(md.contains("| Part des élèves entrant en 6e avec au moins un an de retard | 2018-2019 | 15,0 % | 11,9 % | +3,1 pts |"), md);
        assertTrue(md.contains("| retard-6e.csv | 1 indicateur, 2 territoires, années 2015–2020 |"), md);
    }

    /**
     * A fiche that claims to answer a finding the study's diagnostic does not show is an error in the plan's file, as
     * {@code plan --swot} makes it (the rendered study read "Répond aux constats du diagnostic : Offre d'accueil
     * petite enfance" under a grid of youth items only); an item of the interviews' grid is accepted.
     */
    @Test
    void aFicheAnsweringAFindingTheStudyLacksIsAnError() throws IOException {
        Path interviews = Fixtures.home().resolve("fixtures/ctg-jeunesse").toAbsolutePath();
        Path plan = dir.resolve("plan.yaml");
        String study = "title: Essai\nchapters:\n  - kind: interviews\n    title: Entretiens\n    sources: [" + interviews.resolve("entretiens")
                + "]\n    codebook: " + interviews.resolve("codebook.yaml") + "\n  - kind: plan\n    title: Plan\n    file: " + plan + "\n";
        Path file = dir.resolve("plan-study.yaml");
        Files.writeString(file, study, StandardCharsets.UTF_8);
        Files.writeString(plan, "axes:\n  - axis: Petite enfance\n    actions:\n      - action: Fiche 2\n"
                + "        answers: [\"Offre d'accueil petite enfance\"]\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.run("study", file.toString(), "--out", dir.resolve("bad").toString(), "--lang", "en");
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains(plan.toString()) && r.err().contains("\"Offre d'accueil petite enfance\", which is no SWOT item"), r.err());
        assertFalse(Files.exists(dir.resolve("bad/study.docx")));
        Files.writeString(plan, "axes:\n  - axis: Jeunesse\n    actions:\n      - action: Fiche 3\n"
                + "        answers: [\"Passerelles entre accueils des enfants et des adolescents\"]\n", StandardCharsets.UTF_8);
        CliRun ok = CliRun.run("study", file.toString(), "--out", dir.resolve("ok").toString(), "--format", "md");
        assertEquals(0, ok.code(), ok.err());
    }

    /**
     * A study is handed to funders: the expressions nobody coded ("à coder à la main ou à ajouter au codebook") and the
     * rubrics the fiches lack are the team's to-do list, which `swot` and `plan` print and a study leaves out (a review
     * found two pages of « Non. » and « C'est très visible. » in the hand-over document).
     */
    @Test
    void aStudyLeavesTheTeamsToDoListOut() throws IOException {
        Path a = Fixtures.absAgents().toAbsolutePath();
        Path plan = dir.resolve("plan.yaml");
        Files.writeString(plan, "axes:\n  - axis: Logement\n    actions:\n      - action: Commission logement\n        pilot: CCAS\n"
                + "        answers: [\"Impayés de loyer et expulsions\"]\n      - action: Permanence\n"
                + "        answers: [\"Permanence logement de proximité\"]\n", StandardCharsets.UTF_8);
        Path file = dir.resolve("abs.yaml");
        Files.writeString(file, "title: ABS\nchapters:\n  - kind: interviews\n    title: Paroles\n    sources: [" + a.resolve("questionnaire.csv")
                + ", " + a.resolve("entretiens") + "]\n    spec: " + a.resolve("spec.yaml") + "\n    role: fonction\n    codebook: "
                + a.resolve("codebook.yaml") + "\n  - kind: plan\n    title: Plan\n    file: " + plan + "\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.run("study", file.toString(), "--out", dir.resolve("abs").toString(), "--format", "md");
        assertEquals(0, r.code(), r.err());
        String md = Files.readString(dir.resolve("abs/study.md"));
        assertTrue(md.contains("Impayés de loyer et expulsions") && md.contains("Commission logement"), "the grid and the plan are there");
        assertFalse(md.contains("Expressions non codées") || md.contains("à coder à la main"), "the uncoded expressions are published");
        assertFalse(md.contains("Rubriques attendues absentes"), "the rubrics the fiches lack are published");
        CliRun swot = CliRun.run("swot", a.resolve("questionnaire.csv").toString(), a.resolve("entretiens").toString(), "--spec",
                a.resolve("spec.yaml").toString(), "--codebook", a.resolve("codebook.yaml").toString(), "--role", "fonction", "--format", "md",
                "--out", dir.resolve("swot.md").toString());
        assertEquals(0, swot.code(), swot.err());
        assertTrue(Files.readString(dir.resolve("swot.md")).contains("Expressions non codées"), "swot keeps them for the analyst");
    }

    @Test
    void anUnknownCrossReferenceIsAnErrorAtItsChapter() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "title: Essai\nchapters:\n  - kind: text\n    title: Intro\n    text: voir {ref:fig:nulle}\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.run("study", bad.toString(), "--out", dir.resolve("bad").toString(), "--lang", "en");
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains(bad + ", line 3, column 5: unknown cross-reference {ref:fig:nulle}"), r.err());
        assertFalse(Files.exists(dir.resolve("bad/study.docx")));
    }

    /**
     * A survey chapter with {@code repeated-segments: {min: 4}} gets, in the question's section, the table
     * {@code report --repeated-segments --repeated-min 4} gives: of the hand counts of {@link TermsRepeatedSegmentsCliTest},
     * "Conférence des financeurs" (21 times in 21 of the 40 answers) and "Fondation de France" (4 in 4).
     */
    @Test
    void aSurveyChapterListsTheRepeatedSegmentsItAsksFor() throws IOException {
        Path file = dir.resolve("segments/study.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "title: Essai\nchapters:\n  - kind: survey\n    title: Enquête\n    export: " + Fixtures.export()
                + "\n    spec: " + Fixtures.spec() + "\n    questions: [vieiprecis]\n    verbatims: false\n    repeated-segments: {min: 4}\n",
                StandardCharsets.UTF_8);
        CliRun r = CliRun.run("study", file.toString(), "--out", dir.resolve("segments/out").toString(), "--format", "md");
        assertEquals(0, r.code(), r.err());
        String md = Files.readString(dir.resolve("segments/out/study.md"), StandardCharsets.UTF_8);
        int at = md.indexOf("Segments répétés (suites de mots)");
        assertTrue(at > 0, md);
        String table = md.substring(at, md.indexOf("segments distincts", at));
        assertTrue(table.contains("| 1 | Conférence des financeurs | 21 | 21 | 52,50\u00a0% |"), table);
        assertTrue(table.contains("| 2 | Fondation de France | 4 | 4 | 10,00\u00a0% |"), table);
        assertFalse(table.contains("Uni Cités"), "seen 3 times only: " + table);
        assertTrue(table.contains("présentes au moins 4 fois"), table);
        assertFalse(Files.readString(built.resolve("study.md"), StandardCharsets.UTF_8).contains("Segments répétés"),
                "the bundled study asks for none");
    }

    /**
     * A study is read by its funders, not against the export: the survey chapter's headings say the base only, not
     * the export's column code and the question type ("qpv · choix unique · Base : ...") that the survey report shows
     * its analysts. The four questions are those fixtures/study/study.yaml names; 91 respondents counted in
     * {@link #theAnnexStatesTheFactsOfTheSources}.
     */
    @Test
    void theSurveyChapterShowsTheBaseWithoutTheExportsCodes() throws IOException {
        String md = Files.readString(built.resolve("study.md"), StandardCharsets.UTF_8);
        for (String code : List.of("qpv", "adherents", "numdem", "illectcom")) {
            assertFalse(md.contains("*" + code + " · "), code + " printed under its heading");
        }
        String chapter = md.substring(md.indexOf("## 3. Enquête"), md.indexOf("## 4. "));
        assertEquals(4, chapter.split("\n\\*Base\u00a0: l'ensemble des 91 répondants\\*\n", -1).length - 1, chapter);
        String docx = String.join("\n", paragraphs(built.resolve("study.docx")).stream().map(XWPFParagraph::getText).toList());
        assertFalse(docx.contains("qpv · choix unique"), "the Word study prints the codes");
        // qpv x numdem: rows 35 and 33, column "Non" 5 of 68, so expected counts 35 x 5 / 68 = 2,57 and 33 x 5 / 68 = 2,43.
        assertTrue(chapter.contains("2 cases ont un effectif attendu inférieur à 5 (minimum 2,43)"), chapter);
    }

    @Test
    void aMissingFileIsAnErrorAtItsLine() throws IOException {
        Path bad = dir.resolve("missing.yaml");
        Files.writeString(bad, "title: Essai\nchapters:\n  - kind: plan\n    title: Plan\n    file: absent.yaml\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.run("study", bad.toString(), "--out", dir.resolve("missing").toString(), "--lang", "en");
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains(bad + ", line 5, column 11: no such file: absent.yaml"), r.err());
    }

    @Test
    void initWritesAStudyFileThatBuilds() throws IOException {
        Path target = dir.resolve("init/study.yaml");
        Files.createDirectories(target.getParent());
        CliRun r = CliRun.run("study", target.toString(), "--init", Fixtures.absAgents().toString());
        assertEquals(0, r.code(), r.err());
        String yaml = Files.readString(target);
        assertTrue(yaml.contains("kind: survey"), yaml);
        // Paths relative to the study file's folder, wherever the checkout and the temporary folder are.
        java.util.regex.Matcher export = java.util.regex.Pattern.compile("export: \"([^\"]+)\"").matcher(yaml);
        assertTrue(export.find(), yaml);
        assertTrue(!Path.of(export.group(1)).isAbsolute(), export.group(1));
        assertEquals(Fixtures.absAgents().resolve("questionnaire.csv").toRealPath(),
                target.getParent().resolve(export.group(1)).toRealPath());
        assertTrue(yaml.contains("kind: interviews"), yaml);
        assertTrue(yaml.contains("codebook: "), yaml);
        assertTrue(yaml.contains("kind: plan"), yaml);
        assertTrue(yaml.contains("kind: methodology"), yaml);
        CliRun b = CliRun.run("study", target.toString(), "--out", dir.resolve("init-out").toString(), "--format", "md");
        assertEquals(0, b.code(), b.err());
        assertTrue(Files.readString(dir.resolve("init-out/study.md")).contains("## Annexe – Méthodologie"));
        // Never over an existing file.
        assertEquals(2, CliRun.run("study", target.toString(), "--init", Fixtures.absAgents().toString()).code());
    }

    /** The seed 001 study (fixtures/study/ctg-lens.yaml) as Markdown. */
    private String ctgLensMarkdown() throws IOException {
        Path out = dir.resolve("ctg");
        CliRun r = CliRun.run("study", Fixtures.home().resolve("fixtures/study/ctg-lens.yaml").toString(), "--out", out.toString(), "--format", "md");
        assertEquals(0, r.code(), r.err());
        return Files.readString(out.resolve("study.md"));
    }

    @Test
    void theSeed001StudyFollowsTheSeedsPlan() throws IOException {
        String md = ctgLensMarkdown();
        List<String> chapters = md.lines().filter(l -> l.startsWith("## ") && !l.equals("## Sommaire")).toList();
        // Seed 001: method, cadrage, the diagnostic per theme, the fiches action; then the annex.
        assertEquals(List.of("## 1. Présentation de la méthodologie employée", "## 2. Le territoire de Lens : données statistiques de cadrage",
                "## 3. La jeunesse", "## 4. L'accompagnement à la parentalité", "## 5. Fiches action", "## Annexe – Méthodologie",
                "## Liste des tableaux et figures"), chapters.stream().map(l -> l.replaceAll("[\\u00a0\\u202f]", " ")).toList());
        // Chapters 2 and 4 each compare Lens with the Pas-de-Calais: their tables had the same caption, which the list
        // of tables could not tell apart. The second names its chapter.
        List<String> tables = md.lines().filter(l -> l.startsWith("**Tableau ")).map(l -> l.replaceFirst("^\\*\\*Tableau \\d+ – ", "")).toList();
        assertEquals(tables.size(), new java.util.HashSet<>(tables).size(), tables.toString());
        assertTrue(tables.contains("Comparaison des territoires (référence\u00A0: Pas-de-Calais) – L'accompagnement à la parentalité**"), tables.toString());
        String youth = md.substring(md.indexOf("## 3. La jeunesse"), md.indexOf("## 4. L"));
        for (String quadrant : List.of("#### Atouts", "#### Faiblesses", "#### Problématique", "#### Axes de travail")) {
            assertTrue(youth.contains(quadrant), quadrant + " in " + youth);
        }
        assertTrue(youth.contains("(grille du Tableau 3)"), youth);
        // The three fiches action of plan-lens.yaml, in the seed's numbering.
        for (String fiche : List.of("Fiche action 2 : Petite enfance", "Fiche action 3 : Jeunesse", "Fiche action 4 : Accompagnement à la parentalité")) {
            assertTrue(md.contains("| " + fiche.replace(" :", "\u00A0:") + " |"), fiche);
        }
    }

    @Test
    void aPreviousFiguresFileThatIsNotOneIsALocatedError() throws IOException {
        Path bad = dir.resolve("not-figures.json");
        Files.writeString(bad, "{\"figures\": [ {\"chapter\": \"x\"} ]}\n");
        CliRun r = CliRun.run("study", study.toString(), "--out", dir.resolve("bad-changes").toString(), "--changes", bad.toString());
        assertEquals(3, r.code(), r.err());
        // Told in French, as the run is (RarerErrorLanguageTest has both languages).
        assertTrue(r.err().contains(bad + ", ligne 1, colonne "), r.err());
        assertTrue(r.err().contains("attendu\u00A0: pour chaque chiffre, chapter, table, row, column et text"), r.err());
    }

    @Test
    void aWordDocumentGivenAsTemplateLendsItsStylesButNotItsBody() throws IOException {
        // The first build's own study.docx as the house template: its chapters must not come twice.
        Path copy = dir.resolve("tpl/house.docx");
        Files.createDirectories(copy.getParent());
        Files.copy(built.resolve("study.docx"), copy);
        Path yaml = dir.resolve("tpl/study.yaml");
        Files.writeString(yaml, Files.readString(study).replace("date: \"décembre 2026\"", "date: \"décembre 2026\"\ntemplate: house.docx")
                .replace("../", study.getParent().getParent().toString() + "/").replace("plan-lens.yaml", study.getParent().resolve("plan-lens.yaml").toString())
                .replace("file: conclusion.md", "file: " + study.getParent().resolve("conclusion.md")));
        CliRun r = CliRun.run("study", yaml.toString(), "--out", dir.resolve("tpl-out").toString(), "--format", "docx");
        assertEquals(0, r.code(), r.err());
        assertEquals(styled(paragraphs(built.resolve("study.docx")), "Heading1"), styled(paragraphs(dir.resolve("tpl-out/study.docx")), "Heading1"));
    }

    /**
     * The study handed to funders printed the analyst's reading notes under "Lignes ignorées ou complétées" (file
     * names, line numbers, "une ventilation partielle ?"); the portrait `enquete indicators` writes keeps them.
     */
    @Test
    void aStudyLeavesTheReadingNotesOfItsIndicatorTablesOut() throws IOException {
        String study = ctgLensMarkdown();
        assertFalse(study.contains("Lignes ignorées ou complétées"), "reading notes in the study");
        assertTrue(study.contains("### 2.3 Contrôles de cohérence"), "the checks stay");
        CliRun portrait = CliRun.run("indicators", Fixtures.home().resolve("fixtures/indicateurs/lens-cadrage.tsv").toString());
        assertTrue(portrait.out().contains("Lignes ignorées ou complétées"), portrait.out());
    }
}
