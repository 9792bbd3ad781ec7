package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19: "2006", "g" (from mg), "0h" and "1e" were terms; years, numbers and units after a number are not. */
class TermsNumbersCliTest {

    @TempDir
    Path dir;

    @Test
    void termsOfAnswersWithYearsDosesAndTimes() throws Exception {
        Path csv = dir.resolve("doses.csv");
        Files.writeString(csv, """
                id;commentaire
                1;Dose de 5 mg par jour depuis 2006, le traitement est bien suivi.
                2;En 2006 la dose passe à 10 mg le soir, un traitement plus lourd.
                3;Depuis 2006, une dose de 200 mg le matin et le soir pour ce traitement.
                4;Rendez-vous à 20h45 pour la 18e séance du traitement.
                """, StandardCharsets.UTF_8);
        CliRun r = CliRun.run("terms", csv.toString(), "--question", "commentaire", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        java.util.List<String> terms = r.out().lines().filter(l -> l.startsWith("lemmas,")).map(l -> l.split(",")[2]).toList();
        // hand count: traitement 4, dose 3, soir 2; then jour, lourd, matin, rendez-vous, séance, suivre once each;
        // no 2006, mg (or g), 5, 10, 200, 20h45 (or 0h), 18e (or 1e), nor -vous split off rendez-vous
        assertEquals(java.util.List.of("traitement", "dose", "soir", "jour", "lourd", "matin", "rendez-vous", "séance", "suivre"),
                terms, r.out());
    }
}
