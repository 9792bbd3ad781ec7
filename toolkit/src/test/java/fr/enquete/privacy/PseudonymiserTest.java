package fr.enquete.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Masking personal data in French free text. */
class PseudonymiserTest {

    private static Pseudonymiser french() {
        return new Pseudonymiser(true, List.of(), Set.of("de", "la", "le", "du", "des"));
    }

    @Test
    void seed003ContactBlockKeepsEverythingButThePersonalData() throws IOException {
        // fixtures/text/seed003-contact.txt: lines 31-39 of seed 003, the consultant's signature.
        String text = Files.readString(Fixtures.home().resolve("fixtures/text/seed003-contact.txt"), StandardCharsets.UTF_8);
        String expected = text
                .replace("03.61.50.71.34", "[téléphone]")
                .replace("aubry.prieur@copas.coop", "[e-mail]")
                .replace("contact@copas.coop", "[e-mail]")
                .replace("Monsieur Aubry PRIEUR", "Monsieur [personne 1]")
                .replace("104 rue nationale, 59800 Lille", "[adresse]");
        assertTrue(!expected.equals(text));
        Pseudonymiser p = french();
        assertEquals(expected, p.mask(text));
        List<Pseudonymiser.Masked> masked = p.masked();
        assertEquals(List.of(Pseudonymiser.Kind.EMAIL, Pseudonymiser.Kind.EMAIL, Pseudonymiser.Kind.PHONE, Pseudonymiser.Kind.ADDRESS,
                Pseudonymiser.Kind.PERSON), masked.stream().map(Pseudonymiser.Masked::kind).toList());
        // RCS and NAF numbers are not phone numbers.
        assertTrue(p.mask("RCS Lille 8 329 070 809 – NAF 7022Z").equals("RCS Lille 8 329 070 809 – NAF 7022Z"));
    }

    /**
     * fixtures/abs-agents/questionnaire.csv, row 14: a cell of one item a line, whose second line starts with "Bon",
     * a first name that is also a word (prenoms.txt). After a line break, as after a full stop, it begins a sentence;
     * the report read "[personne 1] maintien à domicile" and counted a person masked.
     */
    @Test
    void aFirstNameMetAloneKeepsNoSurnameWhenItComesWithOne() {
        Pseudonymiser p = french();
        assertEquals("Merci à [personne 1] pour les colis.", p.mask("Merci à Karim pour les colis."));
        // Masked alone as a name already met, "Karim" left "[personne 1] Benali".
        String masked = p.mask("Pour le dispositif, appelez Karim Benali le lundi.");
        assertFalse(masked.contains("Benali") || masked.contains("Karim"), masked);
        assertFalse(p.mask("Benali a rappelé.").contains("Benali"));
    }

    @Test
    void aFirstNameThatIsAWordAtTheStartOfALineIsTheWord() {
        Pseudonymiser p = french();
        String cell = "Isolement des personnes âgées\nBon maintien à domicile";
        assertEquals(cell, p.mask(cell));
        assertEquals("Isolement des personnes âgées\r\n  Bon maintien à domicile", p.mask("Isolement des personnes âgées\r\n  Bon maintien à domicile"));
        assertEquals("Isolement. Bon maintien à domicile", p.mask("Isolement. Bon maintien à domicile"));
        assertTrue(p.masked().isEmpty(), p.masked().toString());
        // A name at the start of a line is still one when the person does something: "Pierre est venu".
        assertEquals("Réunion du lundi\n[personne 1] est venu avec sa fille", p.mask("Réunion du lundi\nPierre est venu avec sa fille"));
    }

    /**
     * "Claire, de l'association, m'a rappelée" was published: a first name that is also a word, opening a sentence, is
     * a person only when a verb or pronoun follows it, and the apposition between commas hid the verb; "Marie n'est pas
     * venue" and "Pierre s'est occupé de tout" were missed too, an elided pronoun never matching. Words that open
     * sentences as interjections or pronouns ("Bon, du coup, nous...", "Lui est venu") are no person there.
     */
    @Test
    void aFirstNameThatIsAWordThenAnAppositionThenAVerbIsAPerson() {
        Pseudonymiser p = french();
        assertEquals("[personne 1], de l'association, m'a rappelée pour le dossier de la CAF.",
                p.mask("Claire, de l'association, m'a rappelée pour le dossier de la CAF."));
        assertEquals("Le mardi. [personne 2], la voisine du dessous, nous a prévenus.", p.mask("Le mardi. Rose, la voisine du dessous, nous a prévenus."));
        assertEquals("[personne 3] n'est pas venue. [personne 4] s'est occupé de tout.", p.mask("Marine n'est pas venue. Pierre s'est occupé de tout."));
        for (String kept : List.of("Claire, nette et précise, la consigne est passée auprès des familles.",
                "Claire, simple, les consignes passent bien.",
                "Bon, du coup, nous avons arrêté l'atelier cuisine.",
                "Lui, de son côté, nous a dit que la salle était trop petite. Lui est venu une fois.",
                "Juste, en passant, nous manquons de bénévoles le samedi.")) {
            assertEquals(kept, p.mask(kept));
        }
    }

    @Test
    void phoneNumbersInTheirCommonSpellings() {
        Pseudonymiser p = french();
        for (String phone : List.of("03.61.50.71.34", "03 61 50 71 34", "0361507134", "03-61-50-71-34", "+33 3 61 50 71 34",
                "+33 (0)3 61 50 71 34", "0033 3 61 50 71 34", "+33361507134", "06 12 34 56 78")) {
            assertEquals("Appelez le [téléphone].", p.mask("Appelez le " + phone + "."), phone);
        }
        assertEquals("En 2019, 1 200 personnes, code 59800.", p.mask("En 2019, 1 200 personnes, code 59800."));
    }

    @Test
    void peopleGetStablePlaceholdersAndNamePartsFollowThem() {
        Pseudonymiser p = french();
        assertEquals("Pour en parler : Mme [personne 1], [téléphone], [e-mail]",
                p.mask("Pour en parler : Mme Claire Vasseur, 03 21 45 67 89, c.vasseur@cs-exemple.fr"));
        assertEquals("Voir M. [personne 2] puis [personne 1] et encore Mme [personne 1].",
                p.mask("Voir M. Dupont puis Vasseur et encore Mme Claire Vasseur."));
        // Articles after a civility are not names.
        assertEquals("Madame la Maire et Mme La Directrice", p.mask("Madame la Maire et Mme La Directrice"));
    }

    @Test
    void listedNamesAreMaskedWhereverTheyAppearAccentsAndCaseAside() {
        Pseudonymiser p = new Pseudonymiser(true, List.of("Hélène Martin-Dubois", "Karim Benali"), Set.of("de"));
        // Parts of three letters or more count too: "benali", "HELENE".
        assertEquals("[personne 1] et [personne 2] ont vu [personne 2] ; [personne 1] aussi : [personne 1].",
                p.mask("Hélène Martin-Dubois et Karim Benali ont vu benali ; HELENE aussi : Helene Martin-Dubois."));
        assertEquals("La martingale", p.mask("La martingale"), "a name part inside a word is left alone");
    }

    @Test
    void addressesWithOrWithoutTown() {
        Pseudonymiser p = french();
        assertEquals("Rendez-vous au [adresse] à 14 h.", p.mask("Rendez-vous au 12 bis rue des Lilas à 14 h."));
        assertEquals("Siège : [adresse].", p.mask("Siège : 3, avenue Jean Jaurès 59000 Lille."));
        assertEquals("Les 3 rues du quartier", p.mask("Les 3 rues du quartier"));
    }

    @Test
    void englishPlaceholders() {
        Pseudonymiser p = new Pseudonymiser(false, List.of(), Set.of());
        assertEquals("Call Mr [person 1] on [phone] or [e-mail].", p.mask("Call Mr Smith on 03 20 11 22 33 or j.smith@example.org."));
    }

    @Test
    void compoundFirstNamesAreMaskedWholeAndVenuesNamedAfterPeopleStay() {
        Pseudonymiser p = new Pseudonymiser(true, List.of(), Set.of("de", "la", "le", "du", "des", "est"));
        assertEquals("[personne 1] est le bénévole le plus ancien.", p.mask("Jean-Pierre est le bénévole le plus ancien."));
        assertEquals("Réunion salle Jean Jaurès, école Jules Ferry, à Saint-Quentin.",
                p.mask("Réunion salle Jean Jaurès, école Jules Ferry, à Saint-Quentin."));
    }

    /**
     * "L'accueil de loisirs Jean Macé" was masked as "L'accueil de loisirs [personne 1]": the venues of childhood and
     * youth work ("accueil de loisirs", "halte-garderie", "multi-accueil", "espace de vie sociale", "lycée
     * professionnel") were not read as venues, so the reader lost which centre was meant and no one was protected.
     * "accueil" names a venue only with its qualifier: "merci pour l'accueil Sophie" thanks a person.
     */
    @Test
    void venuesOfChildhoodAndYouthWorkNamedAfterPeopleStay() {
        Pseudonymiser p = french();
        for (String kept : List.of("Les enfants de l'accueil de loisirs Jean Macé vont à la piscine le mercredi.",
                "L'ALSH Jean Macé et l'accueil jeunes Nelson Mandela ferment en août.",
                "La halte-garderie Françoise Dolto et le multi-accueil Pauline Kergomard sont complets.",
                "L'espace de vie sociale Simone Veil a ouvert en 2021, près du lycée professionnel Jean Rostand.",
                "Les parents de l'école Jules Ferry, du collège Jean Moulin et de la rue Victor Hugo viennent au centre social Nelson Mandela"
                        + " ou à la MJC Léo Lagrange.")) {
            assertEquals(kept, p.mask(kept));
        }
        assertTrue(p.masked().isEmpty(), p.masked().toString());
        assertEquals("J'ai vu [personne 1] hier à la sortie.", p.mask("J'ai vu Jean Macé hier à la sortie."));
        assertEquals("Merci pour l'accueil [personne 2], et à l'accueil de [personne 3] aussi.",
                p.mask("Merci pour l'accueil Sophie, et à l'accueil de Nadia aussi."));
    }

    /**
     * "l'Association Claire" was masked as a person, and with the president met first ("Mme Claire Vasseur, de
     * l'association Claire") given her number. Organisations named after a first name stay, as venues do; the people of
     * the same sentences are still masked: a name after punctuation ("l'association, Nadia m'a aidée") or after "de"
     * ("la maison de Marie", whose owner it names) is no organisation's.
     */
    @Test
    void organisationsNamedAfterAFirstNameStayAndThePeopleAroundThemAreMasked() {
        Pseudonymiser p = french();
        for (String kept : List.of("On travaille beaucoup avec l'Association Claire, qui fait l'aide aux devoirs.",
                "L'association Claire Fontaine organise des sorties.",
                "Le Centre social Marcel Pagnol accueille les jeunes le mercredi.",
                "La Maison Marie Curie est fermée le lundi.",
                "Les familles de la Résidence Pierre Loti attendent des travaux.",
                "Le club Léo Lagrange et le collectif Louise Michel sont partenaires ; l'amicale Jean Moulin gère la salle.",
                "L'épicerie solidaire Marie-Thérèse tient le mardi, la ludothèque Françoise Dolto le mercredi, la MJC Jacques Brel le samedi.",
                "La messe à St. Pierre, puis réunion au Bd. Victor Hugo.")) {
            assertEquals(kept, p.mask(kept));
        }
        assertTrue(p.masked().isEmpty(), p.masked().toString());
        assertEquals("Mme [personne 1], de l'association Claire, nous a orientés.", p.mask("Mme Claire Vasseur, de l'association Claire, nous a orientés."));
        assertEquals("[personne 1] préside l'association Claire depuis 2019.", p.mask("Claire Vasseur préside l'association Claire depuis 2019."));
        assertEquals("Avec l'association, [personne 2] m'a aidée pour le dossier.", p.mask("Avec l'association, Nadia m'a aidée pour le dossier."));
        assertEquals("Je suis passée au centre. [personne 3] m'a accueillie.", p.mask("Je suis passée au centre. Marie m'a accueillie."));
        assertEquals("Je suis allée à la maison de [personne 3] pour l'entretien.", p.mask("Je suis allée à la maison de Marie pour l'entretien."));
        assertEquals("On a réuni l'association de [personne 4] et le club de [personne 5].",
                p.mask("On a réuni l'association de Sophie et le club de Karim."));
    }

    @Test
    void numbersWithWrongCheckDigitsAreNotTakenForNirOrIban() {
        Pseudonymiser p = french();
        // 1 84 12 76 451 089 has key 46 (97 - 1841276451089 mod 97); FR76 3000 6000 0112 3456 7890 189 is a valid IBAN.
        assertEquals("NIR [NIR], IBAN [IBAN]", p.mask("NIR 1 84 12 76 451 089 46, IBAN FR76 3000 6000 0112 3456 7890 189"));
        assertEquals("NIR 1 84 12 76 451 089 47, IBAN FR77 3000 6000 0112 3456 7890 189",
                p.mask("NIR 1 84 12 76 451 089 47, IBAN FR77 3000 6000 0112 3456 7890 189"));
    }

    @Test
    void namesInFileNamesAreMaskedAndMatchTheSpeakerInTheText() {
        Pseudonymiser p = french();
        assertEquals("[personne 1] : oui", p.mask("Claire Vasseur : oui"));
        assertEquals("entretien-[personne 1]", p.maskIdentifier("entretien-claire-vasseur"));
        assertEquals("03-partenaire-bailleur", p.maskIdentifier("03-partenaire-bailleur"));
        assertEquals("02-[personne 2]", p.maskIdentifier("02-karim"));
    }

    @Test
    void aFirstNameBeforeASurnameMetEarlierIsMaskedWithIt() {
        // "Mme Vasseur" is met first; then the speaker "Claire Vasseur" (Claire is also a word): before, the surname
        // alone was masked, leaving "Claire [personne 1]" and the file name "entretien-claire-[personne 1]".
        Pseudonymiser p = french();
        assertEquals("Voyez avec Mme [personne 1].", p.mask("Voyez avec Mme Vasseur."));
        assertEquals("[personne 2]", p.mask("Claire Vasseur"));
        assertEquals("Je travaille avec [personne 2] et [personne 3].", p.mask("Je travaille avec Claire Vasseur et Sophie Vasseur."));
        assertEquals("entretien-[personne 2]", p.maskIdentifier("entretien-claire-vasseur"));
        assertEquals("Le quartier de [personne 1] est calme.", p.mask("Le quartier de Vasseur est calme."));
    }

    /**
     * The patterns that need a digit or an e-mail sign are skipped on text without one: e-mails spelt without an @
     * are still found (brackets, "arobase" in any case), and so are a building without a number and, after them, a
     * phone number; the keys names are looked up by are those of the general case (accents, curly apostrophe, spaces).
     */
    @Test
    void eMailsWithoutAnAtAndTextsWithoutDigitsAreMaskedAsBefore() {
        Pseudonymiser p = french();
        assertEquals("écrire à [e-mail] ou [e-mail], merci",
                p.mask("écrire à claire.vasseur arobase mairie-lens.fr ou c.vasseur [at] free [dot] fr, merci"));
        assertEquals("mon adresse : [e-mail]", p.mask("mon adresse : JEAN.DURAND AROBASE ORANGE POINT FR"));
        assertEquals("j'habite [adresse], au fond", p.mask("j'habite résidence Les Tilleuls, bâtiment B, au fond"));
        assertEquals("appeler le [téléphone] après [adresse]", p.mask("appeler le 06 12 34 56 78 après résidence Les Tilleuls, bâtiment B"));
        assertEquals("rien à signaler (sauf le bruit)", p.mask("rien à signaler (sauf le bruit)"));
        assertEquals("dupont jean", Pseudonymiser.key("  Dupont   Jean "));
        assertEquals("helene o'neil", Pseudonymiser.key("Hélène O’Neil"));
        assertEquals("marie-claire", Pseudonymiser.key("Marie-Claire"));
    }

    @Test
    void aNameOfSeveralWordsFromTheNameColumnsIsFoundWholeNotAsItsParts() {
        // "Lens" of the name columns after "à" reads as the town when alone; the whole "Lens Marc" (and "Marc Lens",
        // the order people write) is the person. A lookup that tried only single words would leave "à Lens".
        Pseudonymiser p = new Pseudonymiser(true, List.of(), List.of("Lens Marc"), Set.of("de", "la", "le", "du", "des", "a"));
        assertEquals("Rencontre à [personne 1] hier, puis à Lens avec [personne 1] et [personne 1].",
                p.mask("Rencontre à Lens Marc hier, puis à Lens avec Marc Lens et Marc."));
    }

    @Test
    void aRepeatedTextIsMaskedAsIfMaskedAnew() {
        // Answers repeat; a name is learnt between two occurrences of "Vu Durand ce matin." (by "Sophie Durand" after the
        // first), so the second is masked differently; the fixture's free-text answers, each twice, then all again.
        List<String> texts = new java.util.ArrayList<>(List.of("Vu Durand ce matin.", "Non", "RAS", "Vu Durand ce matin.",
                "Appeler Sophie Durand au 06 12 34 56 78.", "Vu Durand ce matin.", "Non", "Vu Durand ce matin.",
                "Écrire à sophie.durand@example.org", "Écrire à sophie.durand@example.org", "Mme Lefebvre est passée.",
                "Lefebvre", "Mme Lefebvre est passée.", "Lefebvre"));
        fr.enquete.stats.SurveyResult result = Fixtures.analyse();
        List<String> answers = new java.util.ArrayList<>();
        result.mapTexts(t -> {
            answers.add(t);
            return t;
        });
        for (String a : answers) {
            texts.add(a);
            texts.add(a);
        }
        texts.addAll(answers);
        Pseudonymiser remembering = new Pseudonymiser(true, List.of(), List.of("Martin Paul"), Set.of("de", "la", "le", "du", "des"));
        Pseudonymiser anew = new Pseudonymiser(true, List.of(), List.of("Martin Paul"), Set.of("de", "la", "le", "du", "des"));
        anew.remember = false;
        List<String> a = texts.stream().map(remembering::mask).toList();
        List<String> b = texts.stream().map(anew::mask).toList();
        assertEquals(b, a);
        assertEquals(anew.masked(), remembering.masked());
        assertEquals(anew.counts(), remembering.counts());
        assertEquals("Vu Durand ce matin.", a.get(0));
        assertEquals("Vu [personne 2] ce matin.", a.get(5));
        assertTrue(answers.size() > 100, "the fixture's answers: " + answers.size());
    }
}
