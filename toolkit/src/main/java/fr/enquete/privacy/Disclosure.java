package fr.enquete.privacy;

import fr.enquete.qual.Material;
import fr.enquete.stats.CrossTab;
import fr.enquete.stats.SurveyResult;
import fr.enquete.text.Corpus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one door the respondents' and interviewees' words go through before any writer: every result, group,
 * cross-tabulation, corpus and qualitative material a command writes is passed here first, and comes out with
 * the personal data masked, unless the user chose to keep it ({@code --keep-personal-data}). What was masked is
 * counted by kind (never kept for printing).
 */
public final class Disclosure {

    private final Pseudonymiser masker;

    private Disclosure(Pseudonymiser masker) {
        this.masker = masker;
    }

    /** Texts published as they are: the user kept personal data. */
    public static Disclosure keeping() {
        return new Disclosure(null);
    }

    /** Texts masked by {@code masker}. */
    public static Disclosure masking(Pseudonymiser masker) {
        return new Disclosure(java.util.Objects.requireNonNull(masker));
    }

    /** Whether personal data is masked. */
    public boolean masks() {
        return masker != null;
    }

    public String text(String s) {
        return masker == null ? s : masker.mask(s);
    }

    /**
     * A name that identifies a source (a transcript's file name, "entretien-claire-vasseur"): its first names and the
     * names met in the texts masked; read it after the texts, so that the names they reveal are known.
     */
    public String identifier(String s) {
        return masker == null ? s : masker.maskIdentifier(s);
    }

    public SurveyResult result(SurveyResult r) {
        if (masker == null) {
            return r;
        }
        // Every text read for the people it names (not copied) before any is masked: a name learnt from a later
        // answer masks an earlier one.
        r.forEachText(masker::learn);
        return r.mapTexts(masker::mask);
    }

    /** Each group's result, and the group's name too when it is an answer written by a respondent. */
    public Map<String, SurveyResult> groups(Map<String, SurveyResult> groups) {
        if (masker == null) {
            return groups;
        }
        groups.forEach((g, r) -> {
            masker.learn(g);
            r.forEachText(masker::learn);
        });
        Map<String, SurveyResult> out = new LinkedHashMap<>();
        // Every group read first (above): each one's result is then masked without being read again.
        groups.forEach((g, r) -> out.merge(masker.mask(g), r.mapTexts(masker::mask), (a, b) -> a));
        return out;
    }

    public CrossTab crossTab(CrossTab t) {
        if (masker == null || t == null) {
            return t;
        }
        t.forEachText(masker::learn);
        return t.mapTexts(masker::mask);
    }

    /** The answers, and the answers of other questions that go with them (the groups of {@code --by}, IRaMuTeQ's variables). */
    public Corpus corpus(Corpus c) {
        if (masker == null) {
            return c;
        }
        c.forEachText(masker::learn);
        return c.mapTexts(masker::mask);
    }

    /** Texts, speakers, interview metadata and the sources' names (file names that hold a name). */
    public Material material(Material m) {
        if (masker == null) {
            return m;
        }
        m.forEachText(masker::learn);
        learnFrom(m.turns());
        return m.mapTexts(masker::mask, masker::maskIdentifier);
    }

    /**
     * Reads the turns of transcripts, their lines joined, for the people they name before any line is masked: a name
     * a line break splits ("appelez Karim⏎Benali au…") is learnt whole, so that its surname is masked on its own line.
     */
    public void learnFrom(List<String> turns) {
        if (masker != null) {
            turns.forEach(masker::learn);
        }
    }

    /** How many distinct pieces of each kind were masked (empty when nothing was, or nothing is masked). */
    public Map<Pseudonymiser.Kind, Integer> counts() {
        return masker == null ? Map.of() : masker.counts();
    }

    /** The counts in words: "2 personnes, 1 téléphone" (French) or "2 people, 1 phone number"; "aucune" / "none" for none. */
    public String summary(boolean french) {
        Map<Pseudonymiser.Kind, Integer> counts = counts();
        if (counts.isEmpty()) {
            return french ? "aucune trouvée" : "none found";
        }
        StringBuilder b = new StringBuilder();
        counts.forEach((k, n) -> b.append(b.isEmpty() ? "" : ", ").append(n).append(' ').append(noun(k, n > 1, french)));
        return b.toString();
    }

    private static String noun(Pseudonymiser.Kind k, boolean plural, boolean french) {
        List<String> fr = switch (k) {
            case PERSON -> List.of("personne", "personnes");
            case PHONE -> List.of("téléphone", "téléphones");
            case EMAIL -> List.of("adresse e-mail", "adresses e-mail");
            case ADDRESS -> List.of("adresse postale", "adresses postales");
            case NIR -> List.of("numéro de sécurité sociale", "numéros de sécurité sociale");
            case CAF -> List.of("numéro d'allocataire", "numéros d'allocataire");
            case BIRTH_DATE -> List.of("date de naissance", "dates de naissance");
            case IBAN -> List.of("IBAN", "IBAN");
        };
        List<String> en = switch (k) {
            case PERSON -> List.of("person", "people");
            case PHONE -> List.of("phone number", "phone numbers");
            case EMAIL -> List.of("e-mail address", "e-mail addresses");
            case ADDRESS -> List.of("postal address", "postal addresses");
            case NIR -> List.of("social security number", "social security numbers");
            case CAF -> List.of("CAF number", "CAF numbers");
            case BIRTH_DATE -> List.of("date of birth", "dates of birth");
            case IBAN -> List.of("IBAN", "IBANs");
        };
        return (french ? fr : en).get(plural ? 1 : 0);
    }
}
