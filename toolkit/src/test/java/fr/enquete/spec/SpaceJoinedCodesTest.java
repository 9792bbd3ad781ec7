package fr.enquete.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.analysis.Analysis;
import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.model.Question;
import fr.enquete.model.QuestionType;
import fr.enquete.model.Survey;
import fr.enquete.stats.ChoiceRow;
import fr.enquete.stats.QuestionResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A KoboToolbox select_multiple exported in one column ("Select Multiple: single column"), its codes joined by spaces:
 * departments ticked, "02 59 60 62 80" when all five, which reads as a French phone number.
 */
class SpaceJoinedCodesTest {

    @TempDir
    Path dir;

    /** 24 partners of a regional survey: the departments they work in, and a comment (three quote a phone). */
    private Path koboExport() throws IOException {
        List<String> departments = List.of(
                "02 59 60 62 80", "02 59 60 62 80", "59 62", "02 59 60 62 80", "59", "02 59 60 62 80",
                "02 60 80", "02 59 60 62 80", "02 59 60 62 80", "59 62", "02 59 60 62 80", "62",
                "02 59 60 62 80", "", "02 59 60 62 80", "60 80", "02 59 60 62 80", "59 62",
                "02 59 60 62 80", "02 60 80", "02 59 60 62 80", "59", "02 59 60 62 80", "02 59 60 62 80");
        Map<Integer, String> comments = Map.of(2, "Rappeler au 06 12 34 56 78 svp", 9, "Joignable au +33 6 98 76 54 32",
                15, "Standard : 03.21.45.67.89", 20, "RAS");
        StringBuilder csv = new StringBuilder("start;end;structure;territoire/departements;commentaire;_id;_uuid;_submission_time;_index\r\n");
        for (int i = 0; i < departments.size(); i++) {
            csv.append(String.format("2024-05-%02dT09:00:00;2024-05-%02dT09:07:00;%s;%s;%s;%d;uuid-%04d;2024-05-%02dT09:08:00;%d\r\n",
                    i + 1, i + 1, i % 3 == 0 ? "Association" : i % 3 == 1 ? "CCAS" : "Collectivité", departments.get(i),
                    comments.getOrDefault(i, ""), 9000 + i, i, i + 1, i + 1));
        }
        Path export = dir.resolve("enquete-partenaires-kobo.csv");
        Files.writeString(export, csv, StandardCharsets.UTF_8);
        return export;
    }

    @Test
    void departmentCodesJoinedBySpacesAreAMultipleChoiceNotPhones() throws IOException {
        Path export = koboExport();
        Survey s = SchemaInference.infer(Importers.open(export, ImportOptions.DEFAULTS)).survey();
        Question q = s.question("territoire/departements").orElseThrow();
        assertEquals(QuestionType.MULTIPLE, q.type(), "14 of the 23 answers read as phone numbers, yet they are ticked codes");
        assertEquals(List.of("02", "59", "60", "62", "80"), q.choices());

        QuestionResult.Choices table = (QuestionResult.Choices) Analysis.of(export).run().result().questions().stream()
                .filter(r -> r.question().id().equals("territoire/departements")).findFirst().orElseThrow();
        Map<String, Long> counts = table.rows().stream()
                .collect(Collectors.toMap(r -> r.missing() ? "" : r.label(), ChoiceRow::count, (a, b) -> a, LinkedHashMap::new));
        // By hand: 14 cells tick all five; then 59 62 (x3), 59 (x2), 02 60 80 (x2), 62, 60 80, and one empty cell.
        assertEquals(Map.of("02", 16L, "59", 19L, "60", 17L, "62", 18L, "80", 17L, "", 1L), counts);
        assertEquals(23, table.answered());
    }

    @Test
    void phonesInFreeTextAreStillMaskedAndPhoneColumnsStillIdentifiers() throws IOException {
        Path export = koboExport();
        QuestionResult.Text comments = (QuestionResult.Text) Analysis.of(export).run().result().questions().stream()
                .filter(r -> r.question().id().equals("commentaire")).findFirst().orElseThrow();
        String published = comments.answers().stream().map(QuestionResult.Verbatim::text).collect(Collectors.joining("\n"));
        assertEquals(3, published.split("\\[téléphone]", -1).length - 1, published);
        for (String phone : List.of("06 12 34 56 78", "+33 6 98 76 54 32", "03.21.45.67.89")) {
            assertFalse(published.contains(phone), phone);
        }

        // Phones joined by spaces, some given twice, under a heading that says nothing: still an identifier column.
        Path contacts = dir.resolve("contacts.csv");
        StringBuilder csv = new StringBuilder("Horodateur;Pour vous joindre\n");
        List<String> phones = List.of("06 12 34 56 78", "07 81 22 93 04", "03 21 45 67 89", "0612345678", "06 45 02 19 80",
                "03 20 59 62 02", "06 12 34 56 78", "+33 6 70 11 42 59", "09 72 10 60 80", "03 21 45 67 89", "06 33 80 02 59",
                "07 59 62 60 02");
        for (int i = 0; i < phones.size(); i++) {
            csv.append(String.format("%02d/03/2024 10:00:00;%s%n", i + 1, phones.get(i)));
        }
        Files.writeString(contacts, csv, StandardCharsets.UTF_8);
        Survey s = SchemaInference.infer(Importers.open(contacts, ImportOptions.DEFAULTS)).survey();
        assertEquals(QuestionType.ID, s.question("Pour vous joindre").orElseThrow().type());
        assertTrue(SchemaInference.infer(Importers.open(contacts, ImportOptions.DEFAULTS)).reasons().get("Pour vous joindre")
                .contains("phone numbers or e-mail"));
    }
}
