package fr.enquete.privacy;

import fr.enquete.model.Folding;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
/**
 * The shapes of personal data in French free text, shared by the tokenizer (which keeps them whole and
 * out of term tables) and the pseudonymiser (which masks them).
 */
public final class PersonalData {

    private static final Pattern SPACES = Pattern.compile("[\\s_]+");
    private static final Pattern END_MARK = Pattern.compile("[:?]$");

    /**
     * An e-mail address. It starts where a run of its local part's characters starts: the matches are the same, and a
     * search does not rescan a long run of letters and digits from each of its characters (a 36 000-character cell
     * took 14 s).
     */
    public static final String EMAIL = "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}";

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

    /** Headings of a column holding a part of people's names: a row's parts are joined into one name. */
    private static final java.util.Set<String> NAME_PART_COLUMNS = java.util.Set.of("nom", "prenom", "prenoms", "first name",
            "last name", "surname", "given name", "family name", "nom de famille", "nom d'usage", "nom de naissance");
    private static final java.util.Set<String> NAME_COLUMNS = java.util.Set.of("name", "full name", "nom complet", "nom et prenom",
            "nom et prenoms", "noms et prenoms", "prenom et nom", "nom prenom", "prenom nom", "nom du repondant", "nom de la personne",
            "your name", "personne a contacter", "personne de contact", "personne a joindre", "contact name");
    private static final java.util.Set<String> CONTACT_COLUMNS = java.util.Set.of("email", "e-mail", "mail", "courriel",
            "adresse de messagerie", "adresse e-mail", "adresse email", "adresse mail", "adresse electronique", "email address",
            "e-mail address", "telephone", "tel", "phone", "numero de telephone", "portable", "mobile", "ip", "adresse ip", "ip address",
            "ipaddr", "adresse", "adresse postale", "address", "phone number", "telephone number", "mobile number",
            "numero de portable", "numero de mobile",
            // ODK/KoboToolbox metadata, exported as columns when read without the form: the enumerator's phone, SIM,
            // device and account.
            "phonenumber", "imei", "simserial", "subscriberid", "username");
    /**
     * A phone or e-mail heading in its French spellings once folded: "Tél. portable", "N° de téléphone fixe", "GSM",
     * "Mél", "Adresse courriel" (postal addresses: {@link #ADDRESS_HEADING}).
     */
    private static final Pattern CONTACT_HEADING = Pattern.compile("(?:(?:n|no|num|numero)\\s+(?:de\\s+)?)?(?:tel|telephone|phone|gsm"
            + "|portable|mobile|cellulaire)(?:\\s+(?:portable|mobile|fixe|perso|personnel|pro|professionnel|domicile|bureau))*"
            + "|(?:adresse\\s+)?(?:e\\s?-?\\s?mail|mail|mel|courriel|de\\s+messagerie)|adresse\\s+electronique");
    /** A possessive before the heading: "Votre téléphone", "Vos nom et prénom", "Your e-mail". */
    private static final Pattern POSSESSIVE = Pattern.compile("^(?:votre|vos|ton|ta|tes|mon|ma|mes|your|my)\\s+");
    /** Whose data it is, after the heading: "Nom du contact", "Téléphone de la personne à contacter". */
    private static final Pattern PERSON_QUALIFIER = Pattern.compile("\\s+(?:du|de la|de l'|d'|de|des)\\s*(?:contact|referente?|responsable"
            + "|repondante?|personne a contacter|personne a joindre|personne|correspondante?|interlocut(?:eur|rice)|parents?|tuteur|tutrice"
            + "|participante?|beneficiaire|enquetee?|enfants?|usager|usagere|eleve|jeune|benevole|patiente?|agent|salariee?"
            + "|adherente?|stagiaire|locataire|habitante?|conjointe?|famille)$");
    /**
     * Words inside brackets that only say whether the field is required ("(facultatif)", "(optionnel)"), and marks
     * around the heading. Other brackets are part of the question: "Téléphone portable (en possédez-vous un ?)" and
     * "Nom (structure)" are no phone or name column.
     */
    private static final Pattern ASIDES = Pattern.compile("\\(\\s*(?:facultati(?:f|ve)|optionnel(?:le)?|obligatoire|non obligatoire"
            + "|pas obligatoire|si vous le souhaitez|optional|required)\\s*\\)|\\[[^]]*\\]|[*°:?!.]");

    private PersonalData() {
    }

    /**
     * Whether a column holds people's names, by its heading ("Nom", "Prénom", "Name", "Vos nom et prénom", "Nom de la
     * personne à contacter"...).
     */
    public static boolean isNameColumn(String heading) {
        String f = fold(heading);
        if (NAME_COLUMNS.contains(f) || NAME_PART_COLUMNS.contains(f)) {
            return true;
        }
        String c = core(heading);
        return NAME_COLUMNS.contains(c) || NAME_PART_COLUMNS.contains(c);
    }

    /**
     * Whether a name column holds a part of a name ("Nom", "Prénom", "Last name", "Prénom du contact"), which the
     * other parts of its row complete, rather than a whole one ("Nom et prénom", "Name", "Personne à contacter").
     */
    public static boolean isNamePartColumn(String heading) {
        return NAME_PART_COLUMNS.contains(core(heading));
    }

    /**
     * Whose names a name column holds, to join the parts of one person only: "" for the respondent's own ("Nom",
     * "Votre prénom"), "contact" for "Nom du contact" and "Prénom du contact".
     */
    public static String nameOwner(String heading) {
        Matcher m = PERSON_QUALIFIER.matcher(bare(heading));
        return m.find() ? m.group().replaceFirst("^\\s+(?:du|de la|de l'|d'|de|des)\\s*", "") : "";
    }

    /**
     * Whether a heading, read as French forms write it, names phone numbers or e-mail addresses: "Votre téléphone",
     * "Tél.", "Téléphone (facultatif)", "Adresse e-mail (facultatif)", "Mél", "Téléphone de la personne à contacter".
     * Such a tolerant reading also fits questions ("Mél" answered Oui or Non): {@link #isIdentifyingColumn} asks
     * the cells too.
     */
    private static boolean isPhoneOrEmailHeading(String heading) {
        String c = core(heading);
        return CONTACT_COLUMNS.contains(c) || CONTACT_HEADING.matcher(c).matches();
    }

    /** A postal address heading ("Adresse", "Votre adresse postale", "Address"): its cells may hold no digit at all. */
    private static final Pattern ADDRESS_HEADING = Pattern.compile("^(?:adresse|address)(?:\\s+(?:postale|complete|personnelle|du\\s+domicile"
            + "|de\\s+domicile|d'habitation|de\\s+residence))*$");

    private static boolean isAddressColumn(String heading) {
        return ADDRESS_HEADING.matcher(fold(heading)).matches() || ADDRESS_HEADING.matcher(core(heading)).matches();
    }

    /** The heading folded, its asides ("(facultatif)", "*", "Tél." 's dot) and its possessive left out. */
    private static String bare(String heading) {
        String f = SPACES.matcher(ASIDES.matcher(Folding.unaccentedLowerCase(heading.strip()).replace('’', '\'')).replaceAll(" "))
                .replaceAll(" ").strip();
        f = f.replaceAll("\\s*[,/+&]\\s*", " et ").replaceAll("\\s*-\\s+|\\s+-\\s*", " ");
        return POSSESSIVE.matcher(f).replaceFirst("");
    }

    /** {@link #bare} without whose it is: "Votre téléphone (facultatif)" and "Tél. du contact" give "telephone", "tel". */
    private static String core(String heading) {
        return PERSON_QUALIFIER.matcher(bare(heading)).replaceFirst("").strip();
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

    /** Phone numbers (slashes too: "06/12/34/56/78") and e-mail addresses, for {@link #isContactValue}. */
    private static final Pattern CONTACT_VALUE = Pattern.compile(EMAIL + "|" + PHONE + "|(?<![\\d+])0[1-9](?:/\\d{2}){4}(?!\\d)");
    /** What may be left around them in a contact cell: separators, and a word such as "ou", "tel", "portable". */
    private static final Pattern CONTACT_REST = Pattern.compile("(?:[\\s,;/|:()+.-]|(?i:ou|et|or|and|tel|tél|fixe|portable|mobile|mail"
            + "|e-mail|email|courriel|pro|perso|domicile))*");

    /**
     * Whether a cell is nothing but phone numbers or e-mail addresses ("06 12 34 56 78", "a@b.fr / 0612345678"): a
     * column whose filled cells are mostly such is a contact column, whatever its heading.
     */
    public static boolean isContactValue(String cell) {
        // Most cells hold neither an @ nor eight digits: no pattern is run on them.
        int digits = 0;
        boolean at = false;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '@') {
                at = true;
            } else if (c >= '0' && c <= '9') {
                digits++;
            }
        }
        if (!at && digits < 8) {
            return false;
        }
        Matcher m = CONTACT_VALUE.matcher(cell);
        StringBuilder rest = new StringBuilder();
        int pos = 0;
        boolean found = false;
        while (m.find()) {
            rest.append(cell, pos, m.start()).append(' ');
            pos = m.end();
            found = true;
        }
        return found && CONTACT_REST.matcher(rest.append(cell.substring(pos))).matches();
    }

    /** Whether a column identifies people (names, e-mail, phone, IP, address, date of birth): never tabulated nor quoted. */
    public static boolean isIdentifyingColumn(String heading) {
        return isIdentifyingColumn(heading, true);
    }

    /**
     * As {@link #isIdentifyingColumn(String)}, knowing whether any of the column's cells holds a digit or an "@"
     * ({@code contactLike}): a phone, e-mail or postal address column always does, so a heading of that kind over
     * answers without them ("Téléphone portable" answered Oui or Non, "Mél ?" over Oui/Non) is a question.
     */
    public static boolean isIdentifyingColumn(String heading, boolean contactLike) {
        // The plain headings ("Email", "Téléphone") always: Microsoft Forms writes "anonymous" in its Email column.
        if (isNameColumn(heading) || isAddressColumn(heading) || CONTACT_COLUMNS.contains(fold(heading))
                || contactLike && isPhoneOrEmailHeading(heading)) {
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
        return NAME_COLUMNS.contains(last) || NAME_PART_COLUMNS.contains(last) || contactLike && CONTACT_COLUMNS.contains(last);
    }

    private static String fold(String s) {
        return END_MARK.matcher(SPACES.matcher(Folding.unaccentedLowerCase(s.strip())).replaceAll(" ")).replaceAll("").strip();
    }
}
