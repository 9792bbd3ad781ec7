package fr.enquete.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.model.QuestionType;
import fr.enquete.model.Survey;
import fr.enquete.spec.SchemaInference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contact and name columns by their headings as French forms write them, and by their cells. */
class ContactColumnsTest {

    @TempDir
    Path dir;

    @Test
    void headingsAreReadWithPossessivesAsidesAbbreviationsAndWhoseTheyAre() {
        for (String h : List.of("Votre téléphone", "Tél.", "Téléphone (facultatif)", "Numéro de téléphone (facultatif)", "N° de tél.",
                "Tél. portable", "Téléphone portable *", "GSM", "Adresse e-mail (facultatif)", "Votre adresse mail", "Mél", "Courriel :",
                "Votre adresse postale", "Adresse complète", "Téléphone du contact", "E-mail de la personne à contacter")) {
            assertTrue(PersonalData.isIdentifyingColumn(h), h);
        }
        for (String h : List.of("Nom de la personne à contacter", "Vos nom et prénom", "Nom, prénom", "Votre prénom", "Nom du référent",
                "Prénom du contact", "Personne à contacter")) {
            assertTrue(PersonalData.isNameColumn(h), h);
            assertTrue(PersonalData.isIdentifyingColumn(h), h);
        }
        // Questions about phones, structures and places are no personal data.
        for (String h : List.of("Nom de la structure", "Nom de l'association", "Nom du projet", "Téléphonie mobile : usage",
                "Votre téléphone vous sert-il à prendre rendez-vous ?", "Adresse de la structure", "Avez-vous un téléphone portable ?",
                "Type de structure", "Commune", "Mail reçu ?")) {
            assertFalse(PersonalData.isIdentifyingColumn(h), h);
        }
    }

    /**
     * Questions whose headings begin like a contact field, which the first tolerant rules dropped from every report
     * (a regression review and a false-positive probe found them): brackets that are part of the question, "Télé" (the
     * television), a lone "Électronique"; and phone or e-mail headings over answers holding no digit and no "@".
     */
    @Test
    void questionsThatOnlyLookLikeContactFieldsStayQuestions() throws IOException {
        for (String h : List.of("Téléphone portable (en possédez-vous un ?)", "Mobile (êtes-vous prêt à vous déplacer ?)", "Adresse (quartier)",
                "Nom (structure)", "Électronique", "Télé", "Mobile (équipement)")) {
            assertFalse(PersonalData.isIdentifyingColumn(h), h);
        }
        // Children, users, pupils: their names are personal data as the respondent's are.
        for (String h : List.of("Prénom de l'enfant", "Nom de l'usager", "Nom de l'élève", "Prénom du jeune", "Nom du bénévole")) {
            assertTrue(PersonalData.isNameColumn(h), h);
        }
        Path export = dir.resolve("equipement.csv");
        StringBuilder csv = new StringBuilder("Téléphone portable;Mél;Tél. portable;Votre téléphone;Adresse\n");
        for (int i = 0; i < 8; i++) {
            csv.append(i % 2 == 0 ? "Oui;Non;Oui;06 11 22 33 4" + i + ";Résidence Les Tilleuls\n" : "Non;Oui;Non;03 21 00 00 0" + i + ";Rue des Lilas\n");
        }
        Files.writeString(export, csv, StandardCharsets.UTF_8);
        Survey s = SchemaInference.infer(Importers.open(export, ImportOptions.DEFAULTS)).survey();
        assertEquals(QuestionType.SINGLE, s.question("Téléphone portable").orElseThrow().type());
        assertEquals(QuestionType.SINGLE, s.question("Mél").orElseThrow().type());
        assertEquals(QuestionType.SINGLE, s.question("Tél. portable").orElseThrow().type());
        assertEquals(QuestionType.ID, s.question("Votre téléphone").orElseThrow().type());
        // An address column is personal data even when no cell holds a number.
        assertEquals(QuestionType.ID, s.question("Adresse").orElseThrow().type());
    }

    @Test
    void namePartsAreJoinedPerPersonAndWholeNamesKeptApart() {
        assertTrue(PersonalData.isNamePartColumn("Nom") && PersonalData.isNamePartColumn("Votre prénom"));
        assertFalse(PersonalData.isNamePartColumn("Nom et prénom") || PersonalData.isNamePartColumn("Vos nom et prénom"));
        assertEquals("", PersonalData.nameOwner("Votre nom"));
        assertEquals(PersonalData.nameOwner("Nom du contact"), PersonalData.nameOwner("Prénom du contact"));
    }

    @Test
    void cellsOfPhonesAndEmailsOnly() {
        for (String v : List.of("06 12 34 56 78", "0612345678", "06/12/34/56/78", "+33 6 12 34 56 78", "a.b@mairie-exemple.fr",
                "06 12 34 56 78 / a.b@x.fr", "tél : 03 21 45 67 89", "+32 470 12 34 56")) {
            assertTrue(PersonalData.isContactValue(v), v);
        }
        for (String v : List.of("Oui", "Association", "59100", "Jean Bernard, 06 11 22 33 44", "Appeler le 06 12 34 56 78 après 18h",
                "12 345 678 €", "01/03/2024 10:00:00", "2024-03-01", "123 456 789 00012", "+1 350 000 €")) {
            assertFalse(PersonalData.isContactValue(v), v);
        }
    }

    @Test
    void aColumnMostlyOfPhonesOrEmailsIsAnIdentifierWhateverItsHeading() throws IOException {
        Path export = dir.resolve("export.csv");
        StringBuilder csv = new StringBuilder("Horodateur;Pour vous joindre;Commentaire;Avis\n");
        for (int i = 0; i < 12; i++) {
            csv.append(String.format("%02d/03/2024 10:00:00;%s;%s;%s%n", i + 1, i % 3 == 0 ? "contact@asso-exemple.fr" : i % 3 == 1 ? "06 11 22 33 44" : "",
                    i % 2 == 0 ? "Rappelez-moi au 06 11 22 33 " + (10 + i) : "Très bien, atelier n°" + i, i % 2 == 0 ? "Oui" : "Non"));
        }
        Files.writeString(export, csv, StandardCharsets.UTF_8);
        Survey s = SchemaInference.infer(Importers.open(export, ImportOptions.DEFAULTS)).survey();
        assertEquals(QuestionType.ID, s.question("Pour vous joindre").orElseThrow().type());
        // Free text that quotes a phone stays free text (masked when quoted); answers stay choices.
        assertEquals(QuestionType.TEXT, s.question("Commentaire").orElseThrow().type());
        assertEquals(QuestionType.SINGLE, s.question("Avis").orElseThrow().type());
    }

    /**
     * A mutated export's cell held "orga0x7fffffff0x7fffffff..." over 36 000 characters: the e-mail pattern was tried
     * from each of them and rescanned the run to its end, 14 s of CPU for one cell (1,35 billion characters read). The
     * search now stays within the bounded regex's budget of characters read (counted, not timed), and still finds the
     * address that ends such a run.
     */
    @Test
    void aLongRunOfLettersAndDigitsIsReadOnceNotFromEachOfItsCharacters() {
        String run = "orga" + "0x7fffffff".repeat(3_000);
        java.util.regex.Pattern email = java.util.regex.Pattern.compile(PersonalData.EMAIL);
        assertTrue(fr.enquete.model.BoundedRegex.find(email, run + " contact : " + run + "@mairie-lomme.fr"));
        assertFalse(fr.enquete.model.BoundedRegex.find(email, run + " " + run));
        // The cell check goes through the same pattern, and its answers are unchanged.
        assertFalse(PersonalData.isContactValue(run));
        assertTrue(PersonalData.isContactValue("claire.vasseur@mairie-lomme.fr / 03 21 45 67 89"));
        assertTrue(PersonalData.isContactValue("x".repeat(30_000) + "@mairie-exemple.fr"));
    }
}
