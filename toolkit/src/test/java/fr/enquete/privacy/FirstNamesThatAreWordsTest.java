package fr.enquete.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.enquete.text.StopWords;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * First names that are also French words (Rose, Pierre, Olive, Prudence, Constance, Claire, Blanche, Pascal), in
 * sentences written like the verbatims of social-sector surveys: the word stays, the person is masked.
 */
class FirstNamesThatAreWordsTest {

    /** Sentences whose capitalised first word (or unit) is the common word, each exactly as it must come out. */
    private static final List<String> WORDS = List.of(
            "Rose est la couleur choisie pour l'affiche.",
            "Rose était la couleur du logo, on a changé pour le vert.",
            "Rose ou bleu, les enfants ont choisi les couleurs des affiches.",
            "Pierre par pierre, le projet s'est construit.",
            "Olive et tomate : la recette de l'atelier cuisine a plu.",
            "Prudence est de mise avec les nouveaux financements.",
            "Prudence est la règle quand on parle d'argent avec les familles.",
            "Constance est la qualité qu'on attend d'un bénévole.",
            "Constance et régularité sont les clés de l'accompagnement.",
            "Claire est la consigne, simple le formulaire.",
            "Blanche ou grise, la façade doit être repeinte.",
            "Blanche est la couleur des murs de la salle d'activité.",
            "Les affiches sont de couleur Rose cette année.",
            "La VMC du local affiche une pression de 120 Pascal.");

    /**
     * Proper names of places, events and schemes ending with such a word, from the seeds: the Lomme plan's job fair, the
     * Béthune-Bruay Artois-Lys Romane agglomeration (with and without hyphens), the renewal programme of a city contract;
     * and dates whose month is a first name.
     */
    private static final List<String> PROPER_NAMES = List.of(
            "- Poursuivre les actions en faveur de l'emploi du service Lomme entreprendre (Lomme Job, évènements à destination des chômeurs de longue durée, etc.).",
            "La Communauté d'agglomération de Béthune-Bruay Artois-Lys Romane compte 277 730 habitants.",
            "• Au 31.12.2016, la Communauté d'Agglomération de Béthune-Bruay, Artois-Lys Romane compte 4 621 bénéficiaires de l'AAH.",
            "D'autre part, la Communauté d'Agglomération Béthune Bruay Artois Lys Romane (CABBALR), représentée par son Président",
            "Sur le territoire de Artois-Lys Romane, les familles monoparentales sont nombreuses.",
            "rénovation urbaine (dossier Nouveau Programmes de Renouvellement Urbain métropolitain), développement économique",
            // Months that are first names, in dates (seed 002, lines 822 and 3671; the others written like them).
            "• Mai 2019",
            "Cf. Ordonnance du 19 Mai 2021 liée au rôle des RPE et élargissement de leurs missions.",
            "Depuis Mai 2023, nous accueillons les familles le mercredi.",
            "La réunion du 1er Avril a été reportée.");

    /** Sentences naming a person, each with what must come out. */
    private static final List<List<String>> PEOPLE = List.of(
            List.of("Rose m'a appelée hier pour le dossier.", "[personne 1] m'a appelée hier pour le dossier."),
            List.of("Mme Rose Martin a rappelé la semaine dernière.", "Mme [personne 1] a rappelé la semaine dernière."),
            List.of("Pierre Durand au 06 12 34 56 78", "[personne 1] au [téléphone]"),
            List.of("Rose est la directrice du centre social.", "[personne 1] est la directrice du centre social."),
            List.of("Claire est une bénévole très présente.", "[personne 1] est une bénévole très présente."),
            List.of("Pierre est le référent famille depuis 2019.", "[personne 1] est le référent famille depuis 2019."),
            List.of("Rose est venue à l'atelier couture.", "[personne 1] est venue à l'atelier couture."),
            List.of("Blanche nous a aidés pour le déménagement.", "[personne 1] nous a aidés pour le déménagement."),
            List.of("Pascal est le président de l'amicale.", "[personne 1] est le président de l'amicale."),
            List.of("Pierre est le responsable qualité de l'association.", "[personne 1] est le responsable qualité de l'association."),
            List.of("Claire est une valeur sûre de l'équipe.", "[personne 1] est une valeur sûre de l'équipe."),
            List.of("Constance est de retour après son congé.", "[personne 1] est de retour après son congé."),
            List.of("On a préparé le repas avec Olive et sa fille.", "On a préparé le repas avec [personne 1] et sa fille."),
            List.of("Prudence est la maman de Léo.", "[personne 1] est la maman de [personne 2]."),
            List.of("J'ai vu Pascal au centre, il a 120 dossiers.", "J'ai vu [personne 1] au centre, il a 120 dossiers."),
            // The same words as people: with a first name or a civility, alone, after a word the sentence capitalises.
            List.of("Jean-Luc Romane anime le forum Lomme Job cette année.", "[personne 1] anime le forum Lomme Job cette année."),
            List.of("Mme Job a appelé pour le forum emploi.", "Mme [personne 1] a appelé pour le forum emploi."),
            List.of("On a vu Romane au forum, elle cherche un stage.", "On a vu [personne 1] au forum, elle cherche un stage."),
            List.of("Merci Romane pour le covoiturage.", "Merci [personne 1] pour le covoiturage."),
            List.of("Avec Job, on a préparé le forum Lomme Job.", "Avec [personne 1], on a préparé le forum Lomme Job."),
            List.of("Avril nous a aidés pour le dossier en mai.", "[personne 1] nous a aidés pour le dossier en mai."),
            List.of("On a vu Mai au centre avec ses 2 enfants.", "On a vu [personne 1] au centre avec ses 2 enfants."));

    private static String mask(String text) {
        return new Pseudonymiser(true, List.of(), StopWords.french().words()).mask(text);
    }

    @Test
    void theCommonWordStays() {
        List<String> wrong = new ArrayList<>();
        for (String s : WORDS) {
            if (!mask(s).equals(s)) {
                wrong.add(s + " -> " + mask(s));
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aProperNameEndingWithSuchAWordStays() {
        List<String> wrong = new ArrayList<>();
        for (String s : PROPER_NAMES) {
            if (!mask(s).equals(s)) {
                wrong.add(s + " -> " + mask(s));
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void thePersonIsMasked() {
        List<String> wrong = new ArrayList<>();
        for (List<String> s : PEOPLE) {
            if (!mask(s.get(0)).equals(s.get(1))) {
                wrong.add(s.get(0) + " -> " + mask(s.get(0)));
            }
        }
        assertEquals(List.of(), wrong);
    }
}
