package fr.enquete.qual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.model.InputException;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers of qualitative material on small realistic files, and their located errors. */
class QualReadersTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void transcriptTurnsHeaderAndContinuationLines() throws IOException {
        Path t = write("entretien-cpam.txt", """
                Rôle : Partenaire
                Structure : CPAM
                Enquêtrice : Julie

                Julie : Que pensez-vous de l'accès aux droits ?
                M. Martin : Les délais de traitement sont longs. Les assurés attendent trois mois.
                Et certains abandonnent.
                Julie : Merci.
                """);
        Material m = new TranscriptReader().read(t);
        Source s = m.sources().get(0);
        assertEquals("entretien-cpam", s.id());
        assertEquals("Partenaire", s.role());
        assertEquals("CPAM", s.meta().get("structure"));
        // The interviewer is named in the header: her turns are skipped; the continuation line is Martin's.
        assertEquals(List.of("Les délais de traitement sont longs.", "Les assurés attendent trois mois.", "Et certains abandonnent."),
                m.uncoded().stream().map(Segment::text).toList());
        assertTrue(m.uncoded().stream().allMatch(x -> x.speaker().equals("M. Martin")));
        assertEquals(7, m.uncoded().get(2).line());
    }

    @Test
    void aHeaderKeepsUnknownKeysAndItsMemo() throws IOException {
        // Before, "Contact" ended the header: "Rôle" was lost and both lines were read as the interviewee's words.
        Path t = write("entretien-epicerie.txt", """
                Structure : Épicerie solidaire
                Contact : 06 11 22 33 44
                Rôle : Partenaire
                Mémo : Entretien relu avec la responsable.

                Q: Bonjour.
                R: {faiblesse|Logement|Délais}Les délais sont longs.{/} On attend.
                """);
        Source s = new TranscriptReader().read(t).sources().get(0);
        assertEquals("Partenaire", s.role());
        assertEquals("Épicerie solidaire", s.meta().get("structure"));
        assertEquals("06 11 22 33 44", s.meta().get("contact"));
        assertEquals("Entretien relu avec la responsable.", s.meta().get("memo"));
        Material m = new TranscriptReader().read(t);
        assertEquals(List.of("On attend."), m.uncoded().stream().map(Segment::text).toList());
        assertEquals(1, m.coded().size());
        // A turn right under the header, with no blank line, is still speech: "R:" and coding marks end the header.
        Path close = write("entretien-serre.txt", "Rôle : Agent\nR: {force|Accueil}On reçoit bien.{/} Merci.\n");
        Material c = new TranscriptReader().read(close);
        assertEquals(java.util.Map.of("role", "Agent"), c.sources().get(0).meta());
        assertEquals(List.of("Merci."), c.uncoded().stream().map(Segment::text).toList());
        // Speech right under a header, or from the first line, under a label the header does not know: the first
        // version of this test's change kept every line up to the first blank one as header, and the two transcripts
        // below lost all their words (a review of the merged change found them: 0 expressions where there were 6).
        Path glued = write("entretien-colle.txt", "Rôle : Partenaire\nDate : 2024-03-14\nMme Lefebvre : Les logements anciens sont des"
                + " passoires, les factures pèsent.\nEnquêteur : Autre chose ?\nMme Lefebvre : Une réunion avec les bailleurs aiderait.\n");
        Material g = new TranscriptReader().read(glued);
        assertEquals(java.util.Map.of("role", "Partenaire", "date", "2024-03-14"), g.sources().get(0).meta());
        assertEquals(2, g.uncoded().size(), g.uncoded().toString());
        Path bare = write("entretien-sans-entete.txt", "Enquêteur : Pouvez-vous présenter votre poste ?\nAgent : Je suis à l'accueil"
                + " du CCAS depuis six ans.\nAgent : Heureusement l'équipe est polyvalente.\n");
        Material b = new TranscriptReader().read(bare);
        assertEquals(java.util.Map.of(), b.sources().get(0).meta());
        assertEquals(List.of("Je suis à l'accueil du CCAS depuis six ans.", "Heureusement l'équipe est polyvalente."),
                b.uncoded().stream().map(Segment::text).toList());
    }

    @Test
    void namesThatDifferOnlyByApostropheCaseOrSpacingAreOneItem() throws IOException {
        Path ccas = write("entretien-ccas.txt", "Rôle : Agent\n\nR: {faiblesse|Logement|Délais d’accès au logement social}"
                + "Les familles attendent deux ans.{/}\n");
        Path bailleur = write("entretien-bailleur.txt", "Rôle : Partenaire\n\nR: {faiblesse|logement|délais d'accès  au logement social}"
                + "Le délai dépasse deux ans pour un T3.{/}\nR: {force|LOGEMENT|Permanence}La permanence aide.{/}\n");
        Path book = write("codebook.yaml", """
                themes:
                  - theme: Logement
                    items:
                      - item: "Délais d'accès au logement social"
                        quadrant: faiblesse
                        patterns: ["liste d'attente"]
                """);
        TranscriptReader r = new TranscriptReader();
        SwotAnalysis a = SwotAnalysis.of(r.read(ccas).plus(r.read(bailleur)), SwotCodebookReader.read(book));
        // By hand: one theme, one weakness coded in both interviews, spelt as the codebook spells it.
        assertEquals(List.of("Logement"), a.themes());
        SwotGrid g = a.grid("Logement", 5);
        assertEquals(1, g.entries(Quadrant.FAIBLESSE).size());
        SwotGrid.Entry delays = g.entries(Quadrant.FAIBLESSE).get(0);
        assertEquals("Délais d'accès au logement social", delays.item());
        assertEquals(List.of("entretien-bailleur", "entretien-ccas"), delays.sources().stream().sorted().toList());
        assertEquals("Logement", g.entries(Quadrant.FORCE).get(0).theme());
        assertEquals(java.util.Optional.of("Logement"), a.theme("logement"));
        // Accents, a final full stop and a space after the apostrophe, as spec choices are matched (a probe found
        // "Santé" and "Sante" two themes); "Accès au droit" and "Accès aux droits" stay two.
        assertEquals(fr.enquete.qual.CodeNames.key("Santé"), fr.enquete.qual.CodeNames.key("Sante"));
        assertEquals(fr.enquete.qual.CodeNames.key("Accès aux droits"), fr.enquete.qual.CodeNames.key("Acces aux droits."));
        assertEquals(fr.enquete.qual.CodeNames.key("Délais d'accès"), fr.enquete.qual.CodeNames.key("Délais d' accès"));
        org.junit.jupiter.api.Assertions.assertNotEquals(fr.enquete.qual.CodeNames.key("Accès au droit"),
                fr.enquete.qual.CodeNames.key("Accès aux droits"));
    }

    @Test
    void aCodebookDefiningOneNameTwiceIsLocated() throws IOException {
        Path book = write("codebook.yaml", """
                themes:
                  - theme: Logement
                    items:
                      - item: "Délais d'accès"
                        quadrant: faiblesse
                        patterns: ["délai"]
                      - item: "délais d’accès"
                        quadrant: menace
                        patterns: ["attente"]
                """);
        InputException e = assertThrows(InputException.class, () -> SwotCodebookReader.read(book));
        assertTrue(e.getMessage().contains("codebook.yaml, line 7") && e.getMessage().contains("item \"délais d’accès\" is defined twice"
                + " (also as \"Délais d'accès\""), e.getMessage());
        Path themes = write("themes.yaml", "themes:\n  - theme: Logement\n    items: []\n  - theme: \" logement\"\n    items: []\n");
        InputException t = assertThrows(InputException.class, () -> SwotCodebookReader.read(themes));
        assertTrue(t.getMessage().contains("line 4") && t.getMessage().contains("theme \"logement\" is defined twice (also as \"Logement\": names"
                + " that differ only by case, accents, apostrophe, spacing or a final full stop are one theme)"), t.getMessage());
        // Spelt alike: the theme is simply defined twice; an item says why that matters.
        Path same = write("same.yaml", "themes:\n  - theme: Logement\n  - theme: Logement\n");
        assertTrue(assertThrows(InputException.class, () -> SwotCodebookReader.read(same)).getMessage()
                .endsWith("line 3, column 12: theme \"Logement\" is defined twice"));
        Path sameItem = write("same-item.yaml", "themes:\n  - theme: Logement\n    items:\n      - {item: A, quadrant: force, terms: [a]}\n"
                + "      - {item: A, quadrant: menace, terms: [b]}\n");
        assertTrue(assertThrows(InputException.class, () -> SwotCodebookReader.read(sameItem)).getMessage()
                .contains("line 5, column 16: item \"A\" is defined twice; items are linked by name"));
    }

    @Test
    void inlineCodeMistakesAreLocated() throws IOException {
        Path unclosed = write("a.txt", "R: {force|Logement}Une bonne permanence.\n");
        InputException e = assertThrows(InputException.class, () -> new TranscriptReader().read(unclosed));
        assertTrue(e.getMessage().contains("a.txt, line 1, column 4") && e.getMessage().contains("not closed"), e.getMessage());
        Path quadrant = write("b.txt", "Q: Et alors ?\nR: Oui. {forse|Logement}Une bonne permanence.{/}\n");
        InputException q = assertThrows(InputException.class, () -> new TranscriptReader().read(quadrant));
        assertTrue(q.getMessage().contains("line 2, column 10: unknown quadrant \"forse\""), q.getMessage());
        Path stray = write("c.txt", "R: Rien à dire.{/}\n");
        assertTrue(assertThrows(InputException.class, () -> new TranscriptReader().read(stray)).getMessage().contains("closes no code"));
    }

    @Test
    void quadrantsInFrenchAndEnglish() {
        assertEquals(Quadrant.OPPORTUNITE, Quadrant.parse("Opportunités").orElseThrow());
        assertEquals(Quadrant.FAIBLESSE, Quadrant.parse("weaknesses").orElseThrow());
        assertEquals(Quadrant.MENACE, Quadrant.parse(" Threat ").orElseThrow());
        assertEquals(Quadrant.FORCE, Quadrant.parse("FORCES").orElseThrow());
        assertTrue(Quadrant.parse("forse").isEmpty());
    }

    @Test
    void codedSegmentsFromATaguetteStyleExport() throws IOException {
        Path csv = write("highlights.csv", """
                id,document,tag,content
                1,entretien-bailleur,Faiblesse > Logement > Délais d'accès au logement social,"Le délai dépasse deux ans."
                2,entretien-bailleur,menace/Logement,"Les impayés augmentent."
                3,entretien-ccas,Faiblesse > Logement > Délais d'accès au logement social,"On attend trois ans."
                """);
        Material m = CodedSegmentImport.read(Importers.open(csv, ImportOptions.DEFAULTS));
        assertEquals(List.of("entretien-bailleur", "entretien-ccas"), m.sources().stream().map(Source::id).toList());
        SwotGrid g = SwotGrid.of(m.coded(), "Logement", 1);
        assertEquals("Délais d'accès au logement social", g.entries(Quadrant.FAIBLESSE).get(0).item());
        assertEquals(2, g.entries(Quadrant.FAIBLESSE).get(0).sources().size());
        // A code without item: the theme is its own item.
        assertEquals("Logement", g.entries(Quadrant.MENACE).get(0).item());
        Path bad = write("bad.csv", "document,code,text\nd1,Logement > Délais,\"x\"\n");
        InputException e = assertThrows(InputException.class, () -> CodedSegmentImport.read(Importers.open(bad, ImportOptions.DEFAULTS)));
        assertTrue(e.getMessage().contains("row 2") && e.getMessage().contains("names no quadrant"), e.getMessage());
    }

    @Test
    void emptyCodesAreLocatedErrors() throws IOException {
        // Before: "A (1 source)" quoted « » for the empty span, and "'{/}' closes no code" for the empty theme.
        Path empty = write("vide.txt", "Rôle : Agent\n\nR: Un deux. {force|Logement|A}{/} vide.\n");
        InputException e = assertThrows(InputException.class, () -> new TranscriptReader().read(empty));
        assertTrue(e.getMessage().contains("vide.txt, line 3, column 13: code force|Logement|A codes no words"), e.getMessage());
        Path noTheme = write("theme.txt", "Rôle : Agent\n\nR: {force||}un deux{/} et la suite.\n");
        e = assertThrows(InputException.class, () -> new TranscriptReader().read(noTheme));
        assertTrue(e.getMessage().contains("theme.txt, line 3, column 4: empty theme in code {force||}"), e.getMessage());
        Path noItem = write("item.txt", "R: Oui. {faiblesse|Logement| }Les délais.{/}\n");
        e = assertThrows(InputException.class, () -> new TranscriptReader().read(noItem));
        assertTrue(e.getMessage().contains("item.txt, line 1, column 9: empty item"), e.getMessage());

        Path noDocument = write("segments.csv", "document,code,text\nint1,Faiblesse > Logement > Délais,Les familles attendent.\n"
                + ",Faiblesse > Logement > Délais,Un segment orphelin.\n");
        e = assertThrows(InputException.class, () -> CodedSegmentImport.read(Importers.open(noDocument, ImportOptions.DEFAULTS)));
        assertTrue(e.getMessage().contains("segments.csv, row 3, column \"document\"") && e.getMessage().contains("has no document"),
                e.getMessage());
        // The segment named on one line, cut after whole characters: it ended in half an emoji (a lone surrogate, "?"
        // on a terminal) and kept its line break.
        String long_ = "Les familles attendent des années, on les oriente\nvers le 🏠 de la médiation, ou ailleurs";
        Path orphan = write("segments3.csv", "document,code,text\nint1,Faiblesse > Logement > Délais,Les familles attendent.\n"
                + ",Faiblesse > Logement > Délais,\"" + long_ + "\"\n");
        e = assertThrows(InputException.class, () -> CodedSegmentImport.read(Importers.open(orphan, ImportOptions.DEFAULTS)));
        // By hand: the words' first 59 characters (the 59th the emoji), the line break a space, then "…".
        assertTrue(e.getMessage().contains("the segment \"Les familles attendent des années, on les oriente vers le 🏠…\" has no"),
                e.getMessage());
        Path noText = write("segments2.csv", "document,code,text\nint3,Forces > Logement,\n");
        e = assertThrows(InputException.class, () -> CodedSegmentImport.read(Importers.open(noText, ImportOptions.DEFAULTS)));
        assertTrue(e.getMessage().contains("segments2.csv, row 2, column \"text\"") && e.getMessage().contains("has no text"), e.getMessage());
    }

    @Test
    void codebookMistakesAreLocated() throws IOException {
        Path q = write("cb.yaml", "themes:\n  - theme: Logement\n    items:\n      - item: X\n        quadrant: forse\n        patterns: [x]\n");
        InputException e = assertThrows(InputException.class, () -> SwotCodebookReader.read(q));
        assertTrue(e.getMessage().contains("line 5") && e.getMessage().contains("unknown quadrant \"forse\""), e.getMessage());
        Path theme = write("cb2.yaml", "questions:\n  logement: Logemnt\nthemes:\n  - theme: Logement\n");
        assertTrue(assertThrows(InputException.class, () -> SwotCodebookReader.read(theme)).getMessage()
                .contains("did you mean \"Logement\"?"));
        Path empty = write("cb3.yaml", "themes:\n  - theme: Logement\n    items:\n      - item: X\n        quadrant: force\n");
        assertTrue(assertThrows(InputException.class, () -> SwotCodebookReader.read(empty)).getMessage().contains("no terms and no patterns"));
    }

    @Test
    void actionPlanFromATableAndUnknownItems() throws IOException {
        List<String> items = List.of("Impayés de loyer et expulsions", "Coordination avec les bailleurs");
        Path csv = write("plan.csv", """
                Axe;Besoins habitants;Besoins partenaires;Action;Objectifs;Indicateurs;Pilote;Calendrier;Répond à
                Logement;Être aidé avant l'expulsion;Un lieu régulier;Commission logement;Traiter les impayés;Situations examinées;CCAS;2025;Impayés de loyer et expulsions; Coordination avec les bailleurs
                """.replace("bailleurs\n", "bailleurs\n"));
        // The last cell holds two items separated by ';' in a ';' file: quote it as a spreadsheet would.
        Files.writeString(csv, Files.readString(csv).replace("Impayés de loyer et expulsions; Coordination avec les bailleurs",
                "\"Impayés de loyer et expulsions; Coordination avec les bailleurs\""));
        ActionPlan plan = ActionPlanReader.read(csv, items);
        assertEquals("Logement", plan.axes().get(0).name());
        assertEquals("Être aidé avant l'expulsion", plan.axes().get(0).needs().get("habitants"));
        assertEquals(items, plan.axes().get(0).actions().get(0).answers());
        Path yaml = write("plan.yaml", "axes:\n  - axis: A\n    actions:\n      - action: B\n        answers: [Impayés de loyer]\n");
        InputException e = assertThrows(InputException.class, () -> ActionPlanReader.read(yaml, items));
        assertTrue(e.getMessage().contains("line 5") && e.getMessage().contains("did you mean \"Impayés de loyer et expulsions\"?"),
                e.getMessage());
    }

    @Test
    void twoSourcesWithOneNameAreRefused() throws IOException {
        Path a = dir.resolve("x");
        Files.createDirectories(a);
        Path one = Files.writeString(a.resolve("a01.txt"), "R: Bonjour.\n");
        SwotCodebook book = SwotCodebookReader.read(Fixtures.absAgents().resolve("codebook.yaml"));
        Material m = AnswerReader.read(Importers.open(Fixtures.absAgents().resolve("questionnaire.csv"), ImportOptions.DEFAULTS),
                fr.enquete.spec.SpecReader.read(Fixtures.absAgents().resolve("spec.yaml")).survey(), book, null)
                .plus(new TranscriptReader().read(one));
        InputException e = assertThrows(InputException.class, () -> SwotAnalysis.of(m, book));
        assertTrue(e.getMessage().contains("source \"a01\""), e.getMessage());
    }
}
