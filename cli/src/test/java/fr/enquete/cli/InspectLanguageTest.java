package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inspect} and {@code init} speak the run's language, as every other command does: French by default, English
 * with {@code --lang en}; the type codes (single, multiple, text, id, numeric) are the spec's words in both. The figures
 * are pandas' counts on the repository's exports.
 */
class InspectLanguageTest {

    private static final String EXPORT = Fixtures.home().resolve("fixtures/centres-sociaux/export.csv").toString();

    @TempDir
    Path dir;

    @Test
    void inspectIsFrenchByDefaultAndEnglishOnRequest() {
        List<String> fr = lines(CliRun.run("inspect", EXPORT));
        List<String> en = lines(CliRun.run("inspect", EXPORT, "--lang", "en"));
        // d = pd.read_csv(EXPORT, sep=';', encoding='utf-8-sig', dtype=str, keep_default_na=False): 91 rows, 70 columns.
        assertEquals(List.of("fichier :    " + EXPORT, "format :     texte délimité, UTF-8 avec BOM, séparateur ';'",
                "plateforme : LimeSurvey (colonnes submitdate, lastpage, startlanguage)",
                "répondants : 91 (lignes de données non vides)", "colonnes :   70"), fr.subList(0, 5));
        assertEquals(List.of("file:        " + EXPORT, "format:      delimited text, UTF-8 with BOM, ';' separated",
                "platform:    LimeSurvey (columns submitdate, lastpage, startlanguage)",
                "respondents: 91 (non-blank data rows)", "columns:     70"), en.subList(0, 5));
        // qpv: s = d.qpv[d.qpv != '']; s.nunique(), len(s) -> 2, 80 (Non, Oui).
        assertLine(fr, row("qpv", "single", "single : 2 réponses distinctes sur 80 cellules remplies"));
        assertLine(en, row("qpv", "single", "single: 2 distinct answers over 80 filled cells"));
        assertTrue(fr.contains("    choix : Oui | Non") && en.contains("    choices: Oui | Non"), String.join("\n", fr));
        // [c for c in d.columns if c.startswith('numdom[')]: SQ001 to SQ009 and other, 10 columns.
        assertLine(fr, row("numdom", "multiple", "multiple : 10 colonnes d’options numdom[...] cochées ou vides"));
        assertLine(en, row("numdom", "multiple", "multiple: 10 option columns numdom[...] holding ticks or empty"));
        assertLine(fr, row("numdom[other]", "text", "text : les réponses « autre » de numdom"));
        assertLine(en, row("numdom[other]", "text", "text: the 'other' answers of numdom"));
        // illectcom: 20 filled cells, all different.
        assertLine(fr, row("illectcom", "text", "text : 20 réponses distinctes sur 20 cellules remplies"));
        assertLine(en, row("illectcom", "text", "text: 20 distinct answers over 20 filled cells"));
        assertLine(fr, row("seed", "id", "id : une colonne technique ou d’identification, d’après son nom"));
        assertLine(en, row("seed", "id", "id: a technical or identifying column by its name"));
        // pd.to_numeric(d.adherents[d.adherents != '']): 84 numbers, 73 distinct.
        assertLine(fr, row("adherents", "numeric", "numeric : 84 nombres, 73 distincts"));
        assertLine(en, row("adherents", "numeric", "numeric: 84 numbers, 73 distinct"));
        assertEquals("Pour l’écrire en spec à modifier : enquete init " + EXPORT, fr.get(fr.size() - 1));
        assertEquals("Write this as a spec to edit: enquete init " + EXPORT, en.get(en.size() - 1));
    }

    @Test
    void oneAnswerAndThousandsAreWrittenAsEachLanguageWritesThem() {
        // t = pd.read_csv('limesurvey-timings.csv', sep=';', dtype=str, keep_default_na=False); s = t['suivi[SQ001]'];
        // s[s != ''].unique(), len(s[s != '']) -> ['Y'], 16.
        String timings = Fixtures.home().resolve("fixtures/durations/limesurvey-timings.csv").toString();
        assertLine(lines(CliRun.run("inspect", timings)), row("suivi[SQ001]", "single", "single : 1 réponse distincte sur 16 cellules remplies"));
        assertLine(lines(CliRun.run("inspect", timings, "--lang", "en")), row("suivi[SQ001]", "single",
                "single: 1 distinct answer over 16 filled cells"));
        // pd.read_excel(total, dtype=str): 4 177 rows, the last the Total row (spreadsheet row 4178): 4 176 respondents.
        String total = Fixtures.home().resolve("fixtures/real/resaved/uva-cleaned-hotdog-total-row.xlsx").toString();
        CliRun inFrench = CliRun.run("inspect", total);
        assertTrue(inFrench.out().contains("\nrépondants\u00A0: 4\u00A0176 ("), "a no-break space between thousands: " + inFrench.out());
        List<String> fr = lines(inFrench);
        assertLine(fr, "répondants : 4 176 (lignes de données non vides)");
        assertLine(fr, "écartée :    ligne 4178 : ligne de total ajoutée dans un tableur (« Total » puis des nombres seulement) : pas"
                + " un répondant, écartée");
        assertLine(lines(CliRun.run("inspect", total, "--lang", "en")), "respondents: 4,176 (non-blank data rows)");
    }

    @Test
    void initWritesItsCommentsInTheRunsLanguageAndTheSameSpec() throws IOException {
        Path french = dir.resolve("fr.yaml");
        Path english = dir.resolve("en.yaml");
        CliRun fr = CliRun.run("init", EXPORT, "--out", french.toString());
        CliRun en = CliRun.run("init", EXPORT, "--out", english.toString(), "--lang", "en");
        assertEquals(0, fr.code(), fr.err());
        assertEquals(0, en.code(), en.err());
        assertEquals("enquete: titre du rapport « Export » (fait du nom du fichier) ; modifiez « survey: » dans fr.yaml pour le"
                + " changer", fr.err().strip().replace('\u00A0', ' '));
        assertEquals("enquete: report title \"Export\" (made from the file's name); set 'survey:' in en.yaml to change it",
                en.err().strip());
        List<String> frYaml = Files.readAllLines(french);
        List<String> enYaml = Files.readAllLines(english);
        assertLine(frYaml, "# spec enquete déduit de export.csv (91 répondants).");
        assertLine(enYaml, "# enquete spec inferred from export.csv (91 respondents).");
        assertLine(frYaml, "  # single : 2 réponses distinctes sur 80 cellules remplies");
        assertLine(enYaml, "  # single: 2 distinct answers over 80 filled cells");
        assertLine(frYaml, "  # numeric : 84 nombres, 73 distincts");
        assertLine(enYaml, "  # numeric: 84 numbers, 73 distinct");
        // Only the comments differ: the questions, types and choices are the same spec.
        assertEquals(withoutComments(enYaml), withoutComments(frYaml));
        CliRun stats = CliRun.run("stats", EXPORT, "--spec", french.toString(), "--format", "json");
        assertEquals(0, stats.code(), stats.err());
    }

    /** A question's line as inspect aligns it: the id over 24 characters (the longest here is shorter), the type over 9. */
    /**
     * A team's follow-up sheet: the staff member who follows each household, by name. init leaves such answers out of
     * the choices it writes; inspect printed them ("choix : Nadia Haddad | Luc Petit | ...") for anyone reading over
     * the team's shoulder or a ticket it is pasted into.
     */
    @Test
    void inspectQuotesNoAnswerHoldingPersonalDataAmongTheChoices() throws IOException {
        // With their roles: a column of names alone is an identifier (SchemaInferenceTest), this one stays a choice.
        String[] staff = {"Référente Nadia Haddad", "Référent Luc Petit", "Référente Sophie Bernard", "Référent Jean Martin"};
        String[] suivi = {"Accompagnement budget", "Aide aux démarches", "Accès aux droits"};
        StringBuilder csv = new StringBuilder("Dossier;Suivi par;Type de suivi\n");
        for (int i = 0; i < 24; i++) {
            csv.append("D-").append(100 + i).append(';').append(staff[i % 4]).append(';').append(suivi[i % 3]).append('\n');
        }
        Path export = dir.resolve("suivis.csv");
        Files.writeString(export, csv);
        List<String> fr = lines(CliRun.run("inspect", export.toString()));
        List<String> en = lines(CliRun.run("inspect", export.toString(), "--lang", "en"));
        for (List<String> out : List.of(fr, en)) {
            for (String name : staff) {
                String person = name.substring(name.indexOf(' ') + 1);
                assertTrue(out.stream().noneMatch(l -> l.contains(person)), person + " in:\n" + String.join("\n", out));
            }
        }
        assertLine(fr, row("Suivi par", "single", "single : 4 réponses distinctes sur 24 cellules remplies ; 4 réponses contenant des"
                + " données personnelles non citées parmi les choix : masquées dans les sorties (--keep-personal-data pour les publier)"));
        assertLine(en, row("Suivi par", "single", "single: 4 distinct answers over 24 filled cells; 4 answers holding personal data"
                + " not quoted among the choices: masked in the outputs (--keep-personal-data to publish them)"));
        // The other choices are still quoted.
        assertTrue(fr.contains("    choix : Accompagnement budget | Aide aux démarches | Accès aux droits"), String.join("\n", fr));
    }

    private static String row(String id, String type, String reason) {
        return String.format("%-24s  %-9s %s", id, type, reason);
    }

    private static List<String> lines(CliRun r) {
        assertEquals(0, r.code(), r.err());
        return r.out().replace('\u00A0', ' ').lines().toList();
    }

    private static void assertLine(List<String> lines, String expected) {
        assertTrue(lines.stream().anyMatch(l -> l.replace('\u00A0', ' ').equals(expected)), expected + " in:\n" + String.join("\n", lines));
    }

    private static List<String> withoutComments(List<String> yaml) {
        return yaml.stream().filter(l -> !l.strip().startsWith("#")).toList();
    }
}
