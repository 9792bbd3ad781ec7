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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --pseudonymise (the default, said explicitly) on the fixtures, whose comments hold a name, a phone number and an e-mail address. */
class PrivacyCliTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void statsAndReportMaskTheContactInTheIllectronismeComments() throws IOException {
        String export = Fixtures.export().toString();
        String spec = Fixtures.spec().toString();
        CliRun plain = run("stats", export, "--spec", spec, "--format", "json", "--verbatims", "--keep-personal-data");
        assertTrue(plain.out().contains("Mme Claire Vasseur, 03 21 45 67 89, c.vasseur@cs-exemple.fr"), "the fixture holds the contact");
        CliRun masked = run("stats", export, "--spec", spec, "--format", "json", "--verbatims", "--pseudonymise");
        assertEquals(0, masked.code(), masked.err());
        assertTrue(masked.out().contains("Pour en parler : Mme [personne 1], [téléphone], [e-mail]"));
        for (String secret : new String[] {"Vasseur", "vasseur", "03 21 45 67 89", "cs-exemple"}) {
            assertFalse(masked.out().contains(secret), secret + " left in the JSON (verbatims or term tables)");
        }
        // Nothing else changed: the same JSON once the three pieces are put back.
        String restored = masked.out().replace("[personne 1]", "Claire Vasseur").replace("[téléphone]", "03 21 45 67 89")
                .replace("[e-mail]", "c.vasseur@cs-exemple.fr");
        JsonNode before = new ObjectMapper().readTree(plain.out());
        JsonNode after = new ObjectMapper().readTree(restored);
        assertEquals(before.get("respondents"), after.get("respondents"));
        assertEquals(verbatims(before), verbatims(after));
        assertTrue(masked.err().startsWith("enquete: données personnelles masquées dans les textes libres\u00A0: 1 personne, 1 téléphone, 1 adresse e-mail"),
                masked.err());
        // Categories and counts only: never the values.
        assertFalse(masked.err().contains("03 21 45 67 89") || masked.err().contains("Vasseur"), masked.err());

        Path out = dir.resolve("rapport");
        CliRun report = run("report", export, "--spec", spec, "--out", out.toString(), "--format", "html,md", "--pseudonymise", "--lang", "en");
        assertEquals(0, report.code(), report.err());
        for (String file : new String[] {"report.html", "report.md"}) {
            String text = Files.readString(out.resolve(file), StandardCharsets.UTF_8);
            assertFalse(text.contains("Vasseur") || text.contains("03 21 45 67 89") || text.contains("cs-exemple"), file);
            // Markdown escapes the brackets.
            String unescaped = text.replace("\\[", "[").replace("\\]", "]");
            assertTrue(unescaped.contains("[person 1]") && unescaped.contains("[phone]"), "English placeholders with --lang en: " + file);
        }
    }

    private static String verbatims(JsonNode root) {
        StringBuilder b = new StringBuilder();
        root.get("questions").forEach(q -> {
            if (q.has("verbatims")) {
                q.get("verbatims").forEach(v -> b.append(v.get("text").asText()).append('\n'));
            }
        });
        return b.toString();
    }

    @Test
    void theSpecCanAskAndNameColumnsFeedTheNames() throws IOException {
        Path export = dir.resolve("retours.csv");
        Files.writeString(export, """
                Nom;Prénom;Adresse de messagerie;Commentaire
                Durand;Sophie;s.durand@example.fr;Merci à Sophie Durand pour l'accueil
                Benali;Karim;k.benali@example.fr;Appeler Karim au 06 12 34 56 78
                """, StandardCharsets.UTF_8);
        Path spec = dir.resolve("retours.yaml");
        Files.writeString(spec, """
                pseudonymise: true
                questions:
                  - {id: Nom, type: id}
                  - {id: Prénom, type: id}
                  - {id: Adresse de messagerie, type: id}
                  - {id: Commentaire, type: text}
                """, StandardCharsets.UTF_8);
        CliRun r = run("stats", export.toString(), "--spec", spec.toString(), "--format", "json", "--verbatims");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Merci à [personne 1] pour l'accueil"), r.out());
        assertTrue(r.out().contains("Appeler [personne 2] au [téléphone]"), r.out());
        // Without a spec the name and e-mail columns are inferred as identifiers: never tabulated nor quoted.
        CliRun inferred = run("stats", export.toString(), "--format", "json", "--verbatims");
        assertFalse(inferred.out().contains("s.durand@example.fr"));
        assertFalse(inferred.out().contains("\"Durand\""));
        assertEquals(Main.USAGE, run("stats", export.toString(), "--names", spec.toString(), "--keep-personal-data").code(),
                "--names with --keep-personal-data");
    }

    @Test
    void swotQuotesAndSpeakersArePseudonymised() {
        Path a = Fixtures.absAgents();
        CliRun r = run("code", a.resolve("entretiens").toString(), "--codebook", a.resolve("codebook.yaml").toString(), "--format", "csv",
                "--pseudonymise");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("Lefebvre") || r.out().contains("03 20 11 22 33"), r.out());
        assertTrue(r.out().contains("04-partenaire-epicerie,Mme [personne 1],"));
    }

    @Test
    void aFirstNameLeaksNeitherIntoTheSourceNorIntoTheSpeaker() throws IOException {
        Path t = Files.createDirectories(dir.resolve("entretiens")).resolve("entretien-claire-vasseur.txt");
        Files.writeString(t, "Rôle : Agent\n\nR: Voyez avec Mme Vasseur.\nClaire Vasseur : Oui, bonjour.\n");
        CliRun r = run("code", t.getParent().toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        // Mme Vasseur is person 1 (met first); Claire Vasseur, the speaker and the file's name, person 2.
        assertEquals("source,speaker,line,theme,quadrant,item,origin,text\n"
                + "entretien-[personne 2],R,3,,,,,Voyez avec Mme [personne 1].\n"
                + "entretien-[personne 2],[personne 2],4,,,,,\"Oui, bonjour.\"\n", r.out().replace("\r\n", "\n"));
        assertFalse(r.out().contains("laire"), r.out());
    }
}
