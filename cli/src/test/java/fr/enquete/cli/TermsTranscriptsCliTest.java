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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code enquete terms} on interview transcripts (fixtures/abs-agents/entretiens: four .txt, one .md with front matter,
 * one .docx), the minimum frequency of specificities, and the word cloud refused when no term is in two answers.
 *
 * <p>Independent counts (python3: header lines up to the first blank line or the front matter dropped, "# " titles
 * dropped, lines of Q / Enquêteur / Enquêtrice turns dropped, the speaker label and {code|...}{/} marks cut, the
 * .docx read from word/document.xml): 32 interviewee paragraphs (01: 7, 02 to 06: 5 each), "logements?" 12 times,
 * "jeunes?" 6, "personnes? âgées" 4, "logement social" 3.
 */
class TermsTranscriptsCliTest {

    @TempDir
    Path dir;

    private static final Path INTERVIEWS = Fixtures.home().resolve("fixtures/abs-agents/entretiens");

    private static Map<String, Integer> counts(JsonNode terms) {
        Map<String, Integer> m = new HashMap<>();
        terms.forEach(t -> m.put(t.get("term").asText(), t.get("count").asInt()));
        return m;
    }

    @Test
    void termsOfAFolderOfTranscriptsLeaveHeadersSpeakersAndInterviewersOut() throws IOException {
        CliRun r = CliRun.run("terms", INTERVIEWS.toString(), "--top", "500", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(32, root.get("answers").asInt());
        Map<String, Integer> lemmas = counts(root.get("terms"));
        assertEquals(12, lemmas.get("logement"));
        assertEquals(6, lemmas.get("jeune"));
        Map<String, Integer> phrases = counts(root.get("multiwordTerms"));
        assertEquals(4, phrases.get("personnes âgées"));
        assertEquals(3, phrases.get("logement social"));
        // Speaker labels (Agent :, Mme Lefebvre :, R:), header keys and values (Rôle : Agent, Enquêteur : Camille) and the
        // interviewers' questions ("Pouvez-vous présenter votre poste ?") are no terms.
        for (String never : List.of("Agent", "agent", "Lefebvre", "Mme", "Enquêteur", "Enquêtrice", "rôle", "Camille", "poste", "r", "q")) {
            assertFalse(lemmas.containsKey(never), never + " in " + lemmas.keySet());
        }
    }

    /** Transcripts' documents are interventions (interviewees' paragraphs), not answers: the tables say so, in both languages. */
    @Test
    void tablesOfTranscriptsCountInterventionsNotAnswers() throws IOException {
        CliRun fr = CliRun.run("terms", INTERVIEWS.toString(), "--top", "3", "--cooccurrences", "--naive");
        assertEquals(0, fr.code(), fr.err());
        assertTrue(fr.out().startsWith("entretiens (6 transcriptions)\n[transcripts] 32 interventions (paragraphes des personnes interrogées)\n"),
                fr.out());
        assertTrue(fr.out().contains("  Rang  Terme     Occurrences  Interventions  % des interventions  Formes\n"), fr.out());
        assertTrue(fr.out().contains("     1  logement           12              8              25,00"), "8 of the 32 interventions: " + fr.out());
        assertTrue(java.util.regex.Pattern.compile("; 32 interventions analysées, \\d+ lemmes distincts\\.").matcher(fr.out()).find(), fr.out());
        assertTrue(fr.out().contains("Cooccurrences (interventions contenant les deux termes)"), fr.out());
        assertFalse(fr.out().toLowerCase(java.util.Locale.ROOT).contains("réponse"), fr.out());
        CliRun en = CliRun.run("terms", INTERVIEWS.toString(), "--top", "3", "--lang", "en", "--cooccurrences", "--naive");
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().contains("[transcripts] 32 interventions (the interviewees' paragraphs)"), en.out());
        assertTrue(en.out().contains("Interventions  % of interventions"), en.out());
        assertTrue(en.out().contains("32 interventions analysed"), en.out());
        assertFalse(en.out().toLowerCase(java.util.Locale.ROOT).contains("answer"), en.out());
        JsonNode json = new ObjectMapper().readTree(CliRun.run("terms", INTERVIEWS.toString(), "--format", "json").out());
        assertEquals("interventions", json.get("unit").asText());
        assertEquals(32, json.get("answers").asInt(), "the key stays; its unit is said by \"unit\"");
        // An export's answers keep their wording.
        CliRun answers = CliRun.run("terms", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--question", "vieiprecis",
                "--top", "3", "--format", "json");
        assertEquals("answers", new ObjectMapper().readTree(answers.out()).get("unit").asText());
        // No cloud: the reason names interventions too.
        Path once = dir.resolve("une-fois.txt");
        Files.writeString(once, "R : Le quartier change vite.\nR : Nous attendons une piscine municipale.\n", java.nio.charset.StandardCharsets.UTF_8);
        CliRun cloud = CliRun.run("terms", once.toString(), "--cloud", dir.resolve("n.svg").toString());
        assertTrue(cloud.err().contains("aucun terme n'est présent dans plus d'une intervention"), cloud.err());
    }

    @Test
    void aWordTranscriptAloneAndMistakes() throws IOException {
        CliRun r = CliRun.run("terms", INTERVIEWS.resolve("04-partenaire-epicerie.docx").toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(5, new ObjectMapper().readTree(r.out()).get("answers").asInt(), "Mme Lefebvre's 5 paragraphs");
        Path empty = Files.createDirectory(dir.resolve("vide"));
        CliRun none = CliRun.run("terms", empty.toString(), "--lang", "en");
        assertEquals(Main.INPUT, none.code());
        assertTrue(none.err().contains(empty + ": no transcript (.txt, .md, .docx) in the folder"), none.err());
        CliRun unknown = CliRun.run("terms", INTERVIEWS.toString(), "--by", "age", "--lang", "en");
        assertEquals(Main.USAGE, unknown.code());
        assertTrue(unknown.err().contains("known: date, interviewer, role, service, source, speaker, structure, territory"), unknown.err());
        CliRun noQuestion = CliRun.run("terms", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--lang", "en");
        assertEquals(Main.USAGE, noQuestion.code());
        assertTrue(noQuestion.err().contains("--question ID is required"), noQuestion.err());
    }

    @Test
    void groupsByHeaderAttributeForSpecificitiesAndIramuteq() throws IOException {
        Path corpus = dir.resolve("corpus.txt");
        CliRun r = CliRun.run("terms", INTERVIEWS.toString(), "--by", "role", "--var", "source", "--iramuteq", corpus.toString(),
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(Set.of("Agent", "Partenaire"), iterable(new ObjectMapper().readTree(r.out()).get("specificities").fieldNames()));
        Map<String, Integer> heads = new TreeMap<>();
        Files.readAllLines(corpus).stream().filter(l -> l.startsWith("****")).forEach(l -> heads.merge(l.split(" ")[1], 1, Integer::sum));
        // Agent: 01, 02, 05, 06 (7 + 5 + 5 + 5); Partenaire: 03, 04 (5 + 5).
        assertEquals(Map.of("*role_agent", 22, "*role_partenaire", 10), heads);
        assertTrue(Files.readString(corpus).contains("**** *role_partenaire *source_04_partenaire_epicerie\n"));
    }

    @Test
    void specificitiesNeedAMinimumNumberOfOccurrences() throws IOException {
        JsonNode byDefault = specificities(CliRun.run("terms", INTERVIEWS.toString(), "--by", "source", "--format", "json"));
        assertTrue(byDefault.size() > 0);
        byDefault.forEach(group -> group.forEach(s -> assertTrue(s.get("inGroup").asInt() + s.get("elsewhere").asInt() >= 3, s.toString())));
        // Without the floor, terms seen twice in one interview (about a sixth of the words) pass p < 0.05.
        JsonNode all = specificities(CliRun.run("terms", INTERVIEWS.toString(), "--by", "source", "--min-occurrences", "1", "--format", "json"));
        boolean rare = false;
        for (JsonNode group : all) {
            for (JsonNode s : group) {
                rare |= s.get("inGroup").asInt() + s.get("elsewhere").asInt() < 3;
            }
        }
        assertTrue(rare, all.toString());
        assertEquals(Main.USAGE, CliRun.run("terms", INTERVIEWS.toString(), "--by", "source", "--min-occurrences", "0").code());
    }

    @Test
    void noCloudWhenNoTermIsInTwoAnswers() {
        // numdomautre's 6 answers: "Transports", "Dossier retraite", "D autres tranches d'âge sont concernées mais
        // possibilité de faire un seul choix", "Achats, abonnements", "Banque, assurance", "Santé": no term twice.
        Path svg = dir.resolve("nuage.svg");
        CliRun r = CliRun.run("terms", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--question", "numdomautre",
                "--cloud", svg.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.exists(svg));
        assertTrue(r.err().contains(svg + " not drawn: Pas de nuage de mots\u00A0: aucun terme n'est présent dans plus d'une réponse"), r.err());
    }

    private static JsonNode specificities(CliRun r) throws IOException {
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(r.out()).get("specificities");
    }

    private static Set<String> iterable(java.util.Iterator<String> it) {
        Set<String> out = new java.util.TreeSet<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
