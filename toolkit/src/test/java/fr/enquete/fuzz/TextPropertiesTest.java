package fr.enquete.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.model.InputException;
import fr.enquete.privacy.PersonalData;
import fr.enquete.privacy.Pseudonymiser;
import fr.enquete.qual.TranscriptReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Property-based tests of the transcript reader and the pseudonymiser on arbitrary French-looking text. */
class TextPropertiesTest {

    private static final TranscriptReader READER = new TranscriptReader();

    @Provide
    Arbitrary<String> transcriptLike() {
        Arbitrary<String> pieces = Arbitraries.of("R: ", "Q: ", "Agent : ", "Mme Durand : ", "{force|Logement}", "{menace|Jeunes|Rupture}",
                "{/}", "{", "}", "|", "---", "Rôle : Agent", "\n", "\n\n", "le logement social ", "des délais. ", "03 20 11 22 33 ",
                "é", "’", ":", "# Titre\n", "\uFEFF", "\t");
        return pieces.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void anyTranscriptEndsInSegmentsOrALocatedError(@ForAll("transcriptLike") String text) throws IOException {
        Path p = Files.createTempFile("enquete-fuzz", ".txt");
        p.toFile().deleteOnExit();
        Files.writeString(p, text, StandardCharsets.UTF_8);
        try {
            READER.read(p);
        } catch (InputException e) {
            assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
        }
    }

    @Provide
    Arbitrary<String> personalText() {
        Arbitrary<String> pieces = Arbitraries.of("Mme Claire Vasseur", "M. Dupont", "Monsieur Aubry PRIEUR", "03.61.50.71.34",
                "+33 3 61 50 71 34", "06 12 34 56 78", "c.vasseur@cs-exemple.fr", "12 rue des Lilas, 59000 Lille", " ", ", ", ". ",
                "le centre social", "Vasseur", "en 2019", "1 200 adhérents", "[", "]", "personne 1", "\n");
        return pieces.list().ofMaxSize(30).map(l -> String.join(" ", l));
    }

    private static final Pattern EMAIL = Pattern.compile(PersonalData.EMAIL);
    private static final Pattern PHONE = Pattern.compile(PersonalData.PHONE);

    @Property(tries = 500)
    void maskedTextHoldsNoContactAndMaskingAgainChangesNothing(@ForAll("personalText") String text) {
        Pseudonymiser p = new Pseudonymiser(true, List.of(), Set.of("de", "la", "le"));
        String once = p.mask(text);
        assertFalse(EMAIL.matcher(once).find(), once);
        assertFalse(PHONE.matcher(once).find(), once);
        // A surname alone cannot be recognised; once given with a civility, it is masked everywhere.
        if (text.contains("Mme Claire Vasseur")) {
            assertFalse(once.contains("Vasseur"), once);
        }
        assertFalse(once.contains("PRIEUR") || once.contains("Lilas") || once.contains("Dupont"), once);
        assertEquals(once, p.mask(once));
    }
}
