package fr.enquete.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.enquete.testing.Fixtures;
import fr.enquete.text.StopWords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Lomme plan (fixtures/text/plan-solidarites-lomme.txt) names no one, yet its masking said "3 people, 1 date of
 * birth": "l'année 2024" was a date of birth (the "née" of "année"), Christmas a person ("rentrée scolaire, Noël,
 * etc."), and the food bank "Chez Serge" a person's home. The places and the feast stay; people are still masked.
 */
class OrdinaryWordsOfAPlanTest {

    private static String mask(String text) {
        return new Pseudonymiser(true, List.of(), StopWords.french().words()).mask(text);
    }

    /** Lines 140, 489, 501, 502, 515, 567 and 591 of the plan (grep -n "l'année 2024\\|Noël\\|Serge"), as written. */
    @Test
    void thePlansYearFeastAndFoodBankStay() throws IOException {
        List<String> plan = Files.readAllLines(Fixtures.home().resolve("fixtures/text/plan-solidarites-lomme.txt"), StandardCharsets.UTF_8);
        List<String> lines = plan.stream().filter(l -> l.contains("l'année 2024") || l.contains("Noël") || l.contains("Serge")).toList();
        assertEquals(7, lines.size(), lines.toString());
        List<String> changed = new ArrayList<>();
        for (String line : lines) {
            if (!mask(line).equals(line)) {
                changed.add(mask(line));
            }
        }
        assertEquals(List.of(), changed);
    }

    /**
     * fixtures/indicateurs/mel-npru.csv lists the communes of the Lille metropolis: "La Madeleine" is one, not a woman
     * named Madeleine; so is it in an answer. A woman named Madeleine is still masked.
     */
    @Test
    void aFirstNameAfterACapitalisedArticleIsAPlace() throws IOException {
        String row = Files.readAllLines(Fixtures.home().resolve("fixtures/indicateurs/mel-npru.csv"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("La Madeleine;")).findFirst().orElseThrow();
        assertEquals(row, mask(row));
        assertEquals("Les familles de La Madeleine viennent au centre social.", mask("Les familles de La Madeleine viennent au centre social."));
        assertEquals("Mme [personne 1] habite à Lomme.", mask("Mme Madeleine Durand habite à Lomme."));
        assertEquals("[personne 1] est venue avec sa fille à La Madeleine.", mask("Madeleine est venue avec sa fille à La Madeleine."));
        assertEquals("Merci à [personne 1] pour son aide.", mask("Merci à Madeleine pour son aide."));
    }

    @Test
    void peopleAndBirthDatesAreStillMasked() {
        assertEquals("Je suis allée chez [personne 1] pour le dossier.", mask("Je suis allée chez Marie pour le dossier."));
        assertEquals("Chez [personne 1], on a parlé du dossier.", mask("Chez Serge, on a parlé du dossier."));
        assertEquals("[personne 1] nous a aidés pour le repas.", mask("Noël nous a aidés pour le repas."));
        assertEquals("Contact : [personne 1], bénévole.", mask("Contact : Noël Durand, bénévole."));
        assertEquals("Sa fille, née le [date de naissance], est scolarisée.", mask("Sa fille, née le 12/03/2015, est scolarisée."));
        assertEquals("Né en [date de naissance], il vit seul.", mask("Né en 1948, il vit seul."));
        assertEquals("Le repas de Noël a réuni 80 personnes en l'année 2023.", mask("Le repas de Noël a réuni 80 personnes en l'année 2023."));
    }
}
