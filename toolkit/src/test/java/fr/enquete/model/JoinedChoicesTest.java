package fr.enquete.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting cells where a platform joined the ticked choices. */
class JoinedChoicesTest {

    private static final List<String> CHOICES = List.of("Logement", "Emploi, insertion", "Santé", "Numérique");

    @Test
    void googleFormsCommaSeparatorKeepsALabelHoldingAComma() {
        JoinedChoices.Split s = JoinedChoices.split("Logement, Emploi, insertion, Numérique", ", ", CHOICES);
        assertEquals(List.of("Logement", "Emploi, insertion", "Numérique"), s.known());
        assertEquals(List.of(), s.others());
    }

    @Test
    void microsoftFormsTrailingSemicolonAndAnInlineOther() {
        JoinedChoices.Split s = JoinedChoices.split("Santé;Aide aux devoirs;Logement;", ";", CHOICES);
        assertEquals(List.of("Logement", "Santé"), s.known(), "in the order of the choices");
        assertEquals(List.of("Aide aux devoirs"), s.others());
    }

    @Test
    void spaceSeparatorAndCaseDifferences() {
        assertEquals(List.of("Logement", "Emploi, insertion"), JoinedChoices.split("logement Emploi, insertion", " ", CHOICES).known());
        // "Santé publique" is not "Santé" followed by a separator: it is another answer.
        JoinedChoices.Split s = JoinedChoices.split("Santé publique, Logement", ", ", CHOICES);
        assertEquals(List.of("Logement"), s.known());
        assertEquals(List.of("Santé publique"), s.others());
    }

    @Test
    void anInlineOtherTextHoldingTheSeparatorStaysOneText() {
        // Google Forms writes the "Autre" text as typed after the ticked choices: one text, though it holds ", ".
        JoinedChoices.Split s = JoinedChoices.split("Logement, Numérique, Accès aux droits, médiation", ", ", CHOICES);
        assertEquals(List.of("Logement", "Numérique"), s.known());
        assertEquals(List.of("Accès aux droits, médiation"), s.others());
        // A listed choice between two unknown parts still separates them.
        assertEquals(List.of("Culture", "Sport, loisirs"), JoinedChoices.split("Culture, Santé, Sport, loisirs", ", ", CHOICES).others());
    }
}
