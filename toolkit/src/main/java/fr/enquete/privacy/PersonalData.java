package fr.enquete.privacy;

import fr.enquete.model.Folding;
import java.util.regex.Pattern;
/**
 * The shapes of personal data in French free text, shared by the tokenizer (which keeps them whole and
 * out of term tables) and the pseudonymiser (which masks them).
 */
public final class PersonalData {

    private static final Pattern SPACES = Pattern.compile("[\\s_]+");
    private static final Pattern END_MARK = Pattern.compile("[:?]$");

    /** An e-mail address. */
    public static final String EMAIL = "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}";

    /**
     * A phone number of another country, written with its country code: {@code +32 470 12 34 56} (Belgium),
     * {@code +961 3 121 000}, {@code 0032 4 223 45 67}: 6 to 12 digits after the code, not followed by a unit
     * ({@code +1 350 000 €} is an amount). France's own code is read by the French patterns.
     */
    public static final String INTERNATIONAL_PHONE = "(?<![\\d+])(?:\\+\\s?|00)(?!33)[1-9]\\d{0,2}(?:\\s?\\(0\\))?(?:[\\s./-]?\\d){6,12}"
            + "(?![\\d,]|\\s?[%€‰$£])";

    /**
     * A French phone number in its common spellings: {@code 03.61.50.71.34}, {@code 03 21 45 67 89},
     * {@code 0321456789}, {@code +33 3 61 50 71 34}, {@code +33 (0)3 61 50 71 34}, {@code 0033 3 61 50 71 34}; or of another
     * country ({@link #INTERNATIONAL_PHONE}).
     */
    public static final String PHONE = "(?<![\\d+])(?:(?:\\+33|0033)[\\s.-]?(?:\\(0\\)[\\s.-]?)?|0)[1-9](?:[\\s.-]?\\d{2}){4}(?!\\d)"
            + "|" + INTERNATIONAL_PHONE;

    /** What the pseudonymiser leaves in place of what it masked: {@code [personne 3]}, {@code [téléphone]}... */
    public static final String PLACEHOLDER = "\\[(?:personne|person) \\d+\\]"
            + "|\\[(?:téléphone|phone|e-mail|adresse|address|NIR|social security number|n° allocataire|CAF number|date de naissance"
            + "|date of birth|IBAN)\\]";

    private static final java.util.Set<String> NAME_COLUMNS = java.util.Set.of("nom", "prenom", "name", "first name", "last name",
            "full name", "nom complet", "nom et prenom", "prenom et nom", "nom prenom", "prenom nom", "surname", "given name",
            "nom du repondant", "nom de la personne", "your name", "votre nom");
    private static final java.util.Set<String> CONTACT_COLUMNS = java.util.Set.of("email", "e-mail", "mail", "courriel",
            "adresse de messagerie", "adresse e-mail", "adresse email", "adresse mail", "adresse electronique", "email address",
            "e-mail address", "telephone", "tel", "phone", "numero de telephone", "portable", "mobile", "ip", "adresse ip", "ip address",
            "ipaddr", "adresse", "adresse postale", "address", "phone number", "telephone number", "mobile number",
            "numero de portable", "numero de mobile",
            // ODK/KoboToolbox metadata, exported as columns when read without the form: the enumerator's phone, SIM,
            // device and account.
            "phonenumber", "imei", "simserial", "subscriberid", "username");

    private PersonalData() {
    }

    /** Whether a column holds people's names, by its heading ("Nom", "Prénom", "Name"...). */
    public static boolean isNameColumn(String heading) {
        return NAME_COLUMNS.contains(fold(heading));
    }

    /**
     * A person's name, date of birth or case number by a column's own name, as forms name them in one word:
     * "EnumeratorName", "InterviewerName", "HeadName", "nom_enqueteur", "DobInterviewee", "date_naissance",
     * "UNHCRCaseNo", "matricule" (the UNHCR Kobo form's columns were quoted name by name, and its birth dates' first
     * and last printed).
     */
    private static final Pattern PERSON_FIELD = Pattern.compile("^(?:(?:enumerator|interviewer|respondent|interviewee|head|hoh|child"
            + "|father|mother|spouse|contact|person|participant|patient|beneficiary|member|caller|agent|user|owner)s?name"
            + "|(?:nom|prenom)(?:enqueteur|repondant|referent|agent|beneficiaire|parent|enfant|contact)"
            + "|dob.*|.*dateofbirth.*|.*birthdate.*|datenaissance.*|datedenaissance.*"
            + "|.*caseno|.*casenumber|numerodossier|numerodedossier|matricule|numeroallocataire|nir|numerosecu.*)$");

    /** Whether a column identifies people (names, e-mail, phone, IP, address, date of birth): never tabulated nor quoted. */
    public static boolean isIdentifyingColumn(String heading) {
        String f = fold(heading);
        if (NAME_COLUMNS.contains(f) || CONTACT_COLUMNS.contains(f)) {
            return true;
        }
        // A question inside a group, as KoboToolbox names its columns ("contact/telephone", "Profile.phonenumber"):
        // its own name decides.
        String h = heading.strip();
        int cut = Math.max(h.lastIndexOf('/'), h.lastIndexOf('.'));
        if (PERSON_FIELD.matcher(Folding.unaccentedLowerCase(h.substring(cut + 1)).replaceAll("[^a-z]", "")).matches()) {
            return true;
        }
        if (cut <= 0 || cut == h.length() - 1 || h.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        String last = fold(h.substring(cut + 1));
        return NAME_COLUMNS.contains(last) || CONTACT_COLUMNS.contains(last);
    }

    private static String fold(String s) {
        return END_MARK.matcher(SPACES.matcher(Folding.unaccentedLowerCase(s.strip())).replaceAll(" ")).replaceAll("").strip();
    }
}
