package fr.enquete.privacy;

import fr.enquete.model.Folding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in French free text: e-mail addresses (obfuscated ones too: {@code jean [at] mail [point] fr}),
 * phone numbers, postal addresses, social security numbers (NIR, key checked), CAF allocataire numbers, dates of
 * birth, IBANs (checksum verified), and people's names: after a civility ({@code M.}, {@code M}, {@code MME},
 * {@code monsieur}, {@code Madame Le Goff}, {@code M. de la Fontaine}...), a known first name alone or with its
 * surname ({@code Jean-Pierre Martin}, {@code VASSEUR Claire}), or from a list (the export's own name columns, a
 * user's file). Each person gets a stable placeholder for the whole run ({@code [personne 1]}: the same name always
 * gives the same number, in order of first appearance); what was masked is kept, by kind, for the counts a run
 * prints (never the values).
 *
 * <p>Left alone on purpose: a first name in a venue's name ("salle Jean Jaurès", "école Jules Ferry",
 * "Saint-Quentin"), a first name that is also a word when it starts a sentence ("Claire et nette..."), and a
 * surname from the export's name columns when it reads as a place ("à Lens", "Lille, Roubaix").
 *
 * <p>One instance for one run (it numbers people); not thread-safe.
 */
public final class Pseudonymiser {

    public enum Kind { PERSON, PHONE, EMAIL, ADDRESS, NIR, CAF, BIRTH_DATE, IBAN }

    /** Something masked: what it was and what replaced it. */
    public record Masked(Kind kind, String original, String placeholder) {
    }

    private static final String AT = "(?:\\s*[\\[({<]\\s*(?i:at|arobase|@)\\s*[\\])}>]\\s*|\\s+(?i:arobase)\\s+|\\s*@\\s*)";
    private static final String DOT = "(?:\\s*[\\[({<]\\s*(?i:dot|point|\\.)\\s*[\\])}>]\\s*|\\.|\\s+(?i:point|dot)\\s+)";
    private static final Pattern EMAIL = Pattern.compile("(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+" + AT + "[\\p{L}\\p{N}-]+(?:"
            + DOT + "[\\p{L}\\p{N}-]+)*" + DOT + "\\p{L}{2,}(?![\\p{L}\\p{N}])");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d+])(?:"
            + "(?:\\+|00)\\s?33\\s?(?:\\(0\\)\\s?)?[1-9](?<a>[\\s./-]?)\\d{2}(?:\\k<a>\\d{2}){3}"
            + "|\\(\\s?\\+?33\\s?\\)\\s?(?:\\(?0\\)?\\s?)?[1-9](?<b>[\\s./-]?)\\d{2}(?:\\k<b>\\d{2}){3}"
            + "|0\\s?[89]\\d{2}(?<c>[\\s.]?)\\d{3}\\k<c>\\d{3}"
            + "|0\\s?[89]\\d{2}(?<e>[\\s.]?)\\d{2}\\k<e>\\d{2}\\k<e>\\d{2}"
            + "|0[1-9](?<d>[\\s./-]?)\\d{2}(?:\\k<d>\\d{2}){3}"
            + "|33[1-9]\\d{8})(?!\\d)|" + PersonalData.INTERNATIONAL_PHONE);
    private static final Pattern NIR = Pattern.compile("(?<![\\p{L}\\d])[1-478]\\s?\\d{2}\\s?\\d{2}\\s?(?:\\d{2}|2[ABab])\\s?\\d{3}\\s?\\d{3}\\s?\\d{2}(?!\\d)");
    private static final Pattern IBAN = Pattern.compile("(?<![\\p{L}\\d])[A-Z]{2}\\d{2}(?:\\s?[A-Z0-9]{4}){2,7}(?:\\s?[A-Z0-9]{1,3})?(?![\\p{L}\\d])");
    private static final Pattern CAF = Pattern.compile("(?i:allocataire|caf|alloc\\.?)(?![\\p{L}])[^\\d\\n]{0,30}?(?<n>\\d{7}[A-Z]?|\\d{3}\\s\\d{4})(?![\\d\\p{L}])");
    private static final String MONTHS = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre";
    private static final Pattern BIRTH = Pattern.compile("(?<![\\p{L}])(?i:(?:date\\s+de\\s+naissance|ddn|n[ée]\\(?e?\\)?\\s+le|n[ée]\\(?e?\\)?\\s+en|née?|naissance)\\s*:?\\s*(?:le\\s+)?)"
            + "(?<d>\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)?\\d{2}|\\d{1,2}(?:er)?\\s+(?i:" + MONTHS + ")\\s+(?:19|20)\\d{2}|(?:19|20)\\d{2})(?![\\d/])");

    private static final String STREET = "rue|r\\.|avenue|av\\.?|boulevard|bd|bld|bvd|blvd|place|pl\\.|chemin|ch\\.|allée|all\\.|impasse|imp\\.|route|rte"
            + "|quai|cours|square|résidence|lotissement|faubourg|sentier|passage|voie|esplanade|rond-point|parvis|cité|hameau";
    private static final String PARTICLE = "(?:de|du|des|la|le|les|l'|l’|d'|d’)";
    private static final String CIVILITIES = "M\\.|M(?=\\s+\\p{Lu})|Mr\\.?|MM\\.|Mme\\.?|MME\\.?|Mmes|Mlle\\.?|MLLE\\.?|Dr\\.?|Me|Pr\\.?"
            + "|(?i:monsieur|madame|mademoiselle|docteure?|maître|professeur|famille)";
    /** A capitalised word that is not itself a civility (so "M. Dupont Mme Claire Vasseur" is two people). */
    private static final String NAME_WORD = "(?!(?:" + CIVILITIES + ")(?![\\p{L}]))\\p{Lu}[\\p{L}'’-]*";
    private static final String TOWN = "\\d{5}\\s+" + NAME_WORD + "(?:[ -]" + NAME_WORD + "){0,3}";
    /** Number, street type, the street's name (a first word, then particles and capitalised words), then "59800 Lille". */
    private static final Pattern ADDRESS = Pattern.compile("(?<![\\p{L}\\p{N}])\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+(?i:" + STREET + ")(?![\\p{L}])"
            + "(?<particles>(?:\\s+" + PARTICLE + ")*)\\s+(?<first>[\\p{L}][\\p{L}'’-]*)(?:\\s+(?:" + PARTICLE + "\\s*)*" + NAME_WORD + "){0,4}"
            + "(?:,?\\s+" + TOWN + ")?", Pattern.UNICODE_CASE);
    /** A street then its number: "rue de la Paix n°12". */
    private static final Pattern ADDRESS_NUMBER_AFTER = Pattern.compile("(?<![\\p{L}])(?i:" + STREET + ")(?:\\s+" + PARTICLE + ")*\\s+[\\p{L}][\\p{L}'’-]*"
            + "(?:\\s+(?:" + PARTICLE + "\\s*)*" + NAME_WORD + "){0,4},?\\s*(?i:n°|nº|no\\.?|numéro)\\s*\\d{1,4}(?:\\s?(?:bis|ter))?(?![\\p{N}])"
            + "(?:,?\\s+" + TOWN + ")?", Pattern.UNICODE_CASE);
    private static final String UNIT = "(?i:bâtiment|bât\\.?|bat\\.?|escalier|esc\\.|appartement|appt\\.?|app\\.|porte|étage|entrée)\\s*[A-Z0-9]{1,4}(?![\\p{L}\\d])";
    /** A housing estate and its building or flat: "résidence Les Tilleuls, bâtiment B, appt 12". */
    private static final Pattern ADDRESS_BUILDING = Pattern.compile("(?<![\\p{L}])(?:(?i:résidence|résid\\.|cité|immeuble|tour|lotissement)"
            + "(?:\\s+" + PARTICLE + ")*\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:" + PARTICLE + "\\s+)*\\p{Lu}[\\p{L}'’-]*){0,3}\\s*,?\\s*)?"
            + UNIT + "(?:\\s*,?\\s*" + UNIT + ")*");
    private static final Pattern CIVILITY = Pattern.compile("(?<![\\p{L}\\p{N}'’])(" + CIVILITIES + ")\\s+((?:(?:de|du|des|le|la|Le|La|De|Du|Des|Van|van|von|Von|Di|di|Da|da|El|Ben|d['’]\\s?|D['’]\\s?)\\s*)*"
            + NAME_WORD + "(?:\\s+(?:(?:de|du|des|le|la|Le|La|De|Du)\\s+)*" + NAME_WORD + "){0,2})");
    /**
     * An optional SURNAME in capitals, a first name (compound ones whole), an optional surname after it, in one cell:
     * a tab separates a table's cells ("Artois-Lys Romane", a tab, "Variation sur 5 ans": two headings).
     */
    private static final Pattern FIRST_NAME = Pattern.compile("(?<![\\p{L}\\p{N}\\[\\]'’-])(?:(?<caps>\\p{Lu}{3,}(?:[-'’]\\p{Lu}{2,})?)[\\s&&[^\\t]]+)?"
            + "(?<first>\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*)(?![\\p{L}\\p{N}'’])(?:[\\s&&[^\\t]]+(?<last>(?:(?:de|du|des|le|la|Le|La|De|Du|Van|van|Di|Da|El|Ben)\\s+)*"
            + "\\p{Lu}[\\p{L}’']*(?:-\\p{Lu}[\\p{L}’']*)?)(?![\\p{L}\\p{N}]))?");

    /** A capitalised first name (compound ones whole) at the end of a text, then spaces. */
    private static final Pattern FIRST_NAME_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}\\[\\]'’-])(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*)[ \\t]+$");
    /** Spaces (no tab, which ends a name) then a capitalised word: a surname may follow a first name. */
    private static final Pattern SURNAME_AFTER = Pattern.compile("[\\s&&[^\\t]]+\\p{Lu}");
    private static final Pattern REPEATED = Pattern.compile("(\\[(?:personne|person) \\d+\\])(?:\\s+\\1)+");
    /** A verb or object pronoun right after a first word: the word is a person ("Pierre est venu", "Marie nous a aidés"). */
    private static final Pattern ACTS = Pattern.compile("\\s+(?:(?:est|a|était|avait|va|vient|fait|dit|sait|peut|doit|veut|travaille"
            + "|nous|vous|me|lui|leur|les|se|ne|y)(?![\\p{L}])|[smn]['’](?=\\p{L}))");
    /**
     * Words that open a sentence as an interjection, an adverb or a pronoun ("Bon, du coup, nous avons arrêté", "Lui
     * est venu"), never as a person there, although the list of first names has them.
     */
    private static final Set<String> OPENERS = Set.of("bon", "juste", "parfait", "lui");
    /**
     * First names that are feasts, read as the feast wherever they stand ("les temps forts de l'année (rentrée scolaire,
     * Noël, etc.)", "le repas de Noël a réuni") unless a surname follows or, opening a sentence, a verb or pronoun says
     * someone acts ("Noël nous a aidés").
     */
    private static final Set<String> FEASTS = Set.of("noel", "ascension", "assomption");
    /**
     * After a sentence's first word, a copula and what it says of a thing, never of a person: "Rose est la couleur
     * choisie", "Prudence est de mise", "Constance est la qualité attendue". Only nouns of the kinds that these first
     * names are as words (colours, virtues, rules), so that "Rose est la directrice", "Pierre est le pilier de l'équipe"
     * or "Constance est de retour" stay people.
     */
    private static final Pattern THING_PREDICATE = Pattern.compile("\\s+(?:est|était|sera|serait|reste|restait|devient|demeure)\\s+"
            + "(?:de\\s+(?:mise|rigueur)|mère\\s+de\\s+sûreté"
            + "|(?:la|le|l['’]\\s?|une|un|notre|votre|leur|ma|mon|sa|son)\\s*(?:(?:seule|première|vraie|grande|bonne|principale)\\s+)?"
            + "(?:couleurs?|teintes?|nuances?|fleurs?|qualités?|vertus?|règles?|consignes?|devises?|maîtres?-mots?|mots?\\s+d['’]ordre"
            + "|matières?|matériaux?))(?![\\p{L}-])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Before a first name that is also a word, these make it the word: "de couleur Rose", "teinte Olive". */
    private static final Set<String> WORD_KINDS = Set.of("couleur", "couleurs", "teinte", "teintes", "nuance");
    /** A unit after a number, not a person: "une pression de 120 Pascal". */
    private static final Pattern UNIT_AFTER_NUMBER = Pattern.compile("\\d[\\s\u00a0\u202f]*$");
    private static final Set<String> UNITS = Set.of("pascal");
    /**
     * An article with its capital right before a first name makes a place's name ("La Madeleine", a town by Lille;
     * "Le Portel"): people's first names take no article, and a civility's "Madame Le Goff" is read before.
     */
    private static final Pattern PLACE_ARTICLE = Pattern.compile("(?<![\\p{L}])(?:La|Le|Les|L['’])\\s*$");
    /** An apposition between commas after a first word: "Claire, de l'association, m'a rappelée". */
    private static final Pattern APPOSITION = Pattern.compile("\\s*,[^,.;:!?()\\n]{1,60},");
    /**
     * What says that the first word and its apposition are someone doing something: {@link #ACTS} without "les" and
     * "leur", which after an apposition open a noun phrase as often ("Claire, simple, les consignes passent").
     */
    private static final Pattern ACTS_AFTER_APPOSITION = Pattern.compile("\\s+(?!(?:les|leur)(?![\\p{L}]))" + ACTS.pattern().substring("\\s+".length()));
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern VENUE_SPLIT = Pattern.compile("[\\s'’]+");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}'’]+|[,;/&-])\\s*$");

    /** Functions after a civility are not names: "Mme La Directrice", "M. le Maire". */
    private static final Set<String> TITLES = Set.of("maire", "directeur", "directrice", "president", "presidente", "prefet", "prefete",
            "depute", "deputee", "adjoint", "adjointe", "responsable", "cure", "juge", "ministre", "senateur", "senatrice", "conseiller",
            "conseillere", "delegue", "deleguee", "secretaire", "tresorier", "tresoriere", "coordinateur", "coordinatrice", "principal",
            "principale", "proviseur", "inspecteur", "inspectrice", "commissaire", "chef", "capitaine", "docteur", "professeur", "general");
    /**
     * A first name right after these is a place's or an organisation's name ("salle Jean Jaurès", "association Claire",
     * "club Léo Lagrange"), not a person.
     */
    private static final Set<String> VENUES = Set.of("salle", "rue", "avenue", "av", "boulevard", "bd", "bvd", "blvd", "bld", "place", "ecole", "college", "lycee",
            "centre", "maison", "espace", "gymnase", "stade", "parc", "square", "mediatheque", "bibliotheque", "allee", "impasse", "quai",
            "cours", "fondation", "institut", "hopital", "clinique", "foyer", "theatre", "cinema", "piscine", "residence", "cite", "quartier",
            "groupe", "complexe", "pont", "chemin", "route", "halle", "musee", "etablissement", "creche", "saint", "sainte", "st", "ste",
            "prix", "promenade", "esplanade", "port", "station", "metro", "arret", "gare", "faubourg", "lotissement", "ehpad", "campus",
            "association", "asso", "amicale", "club", "collectif", "comite", "federation", "compagnie", "cooperative", "ligue", "epicerie",
            "ressourcerie", "ludotheque", "relais", "mjc", "csc", "garderie", "haltegarderie", "multiaccueil", "alsh", "evs");
    /**
     * Venues only with a word that qualifies them before the name ("accueil de loisirs Jean Macé", "accueil jeunes"): alone,
     * "merci pour l'accueil Sophie" thanks a person.
     */
    private static final Set<String> QUALIFIED_VENUES = Set.of("accueil");
    /** Words between a venue and its name ("centre social Léo Lagrange", "salle des fêtes Jean Moulin"). */
    private static final Set<String> VENUE_WORDS = Set.of("social", "sociale", "socioculturel", "culturel", "culturelle", "sportif",
            "sportive", "municipal", "municipale", "communal", "communale", "polyvalent", "polyvalente", "des", "fetes", "sports", "de", "du",
            "la", "le", "scolaire", "elementaire", "maternelle", "primaire", "associatif", "intercommunal", "intercommunale", "jeunes",
            "solidaire", "loisirs", "autonomie", "familial", "familiale", "vie", "jour", "periscolaire", "extrascolaire", "professionnel",
            "professionnelle", "technique", "agricole", "enfance", "petite", "jeunesse", "hospitalier", "hospitaliere", "universitaire",
            "regional", "regionale", "departemental", "departementale");
    /** Words of a venue's name that do not qualify a venue ("l'accueil de Sophie" is hers). */
    private static final Set<String> PARTICLES = Set.of("de", "du", "des", "la", "le");
    /** Venues written with a full stop: "St. Jean", "Bd. Victor Hugo". */
    private static final Set<String> ABBREVIATED_VENUES = Set.of("st", "ste", "bd", "bvd", "blvd", "bld", "av");
    /** Right before a first name, these make it an owner, not a venue's name: "la maison de Marie", "l'association de Sophie". */
    private static final Set<String> OWNER_WORDS = Set.of("de", "du", "des");
    /** Words before a capitalised word that make it a place ("à Lens", "de Lille"). */
    private static final Set<String> PLACE_WORDS = Set.of("a", "au", "aux", "de", "d'", "d’", "du", "sur", "vers", "depuis", "en", "dans",
            "pres", "entre", "pour", "par", "et", "ou", ",", "/", "&", "-", "jusqu'a", "ville", "metropole", "commune", "agglomeration",
            "rcs", "cedex", "tribunal");
    /**
     * A capitalised word (compound ones whole), then spaces, at the end of a text; before it, on the same line, the word
     * or bracket that says whether it opens a sentence.
     */
    private static final Pattern CAPITALISED_BEFORE = Pattern.compile("(?:(?<lead>[\\p{L}'’-]+)[ \\t]+|(?<open>\\()[ \\t]*|(?<![\\p{L}\\p{N}'’-]))"
            + "(?<word>\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*)[ \\t]+$");
    /** Words before a capitalised word that make it a place's name ("au Lomme Job", "sur le territoire de Artois-Lys Romane"). */
    private static final Set<String> NAME_PLACE_WORDS = Set.of("a", "au", "aux", "sur", "vers", "depuis", "en", "dans", "de", "du", "d'",
            "d’");
    /** Events, schemes and territories named by what follows them ("le forum Lomme Job", "la communauté Artois Lys Romane"). */
    private static final Set<String> NAMED_THINGS = Set.of("forum", "salon", "festival", "fete", "semaine", "journee", "journees",
            "rencontre", "rencontres", "dispositif", "programme", "operation", "projet", "action", "service", "plan", "contrat",
            "territoire", "agglomeration", "communaute", "pays", "bassin", "secteur", "reseau", "pole");
    /**
     * A capitalised noun of an action or a quality ("Renouvellement", "Rénovation", "Cohésion", "Solidarité") before such
     * a word names a scheme wherever it stands, a line's start included (a PDF's line break before "Renouvellement
     * Urbain"): surnames do not end so.
     */
    private static final Pattern ACTION_NOUN = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ement|tion|sion|ité)");
    private static final Pattern CIVILITY_WORD = Pattern.compile("(?:" + CIVILITIES + ")");
    /**
     * After a first name, "d'" or "de" and a province of the kingdom of France (the 1789 provinces, with the Nord's
     * Flandre, Hainaut and Cambrésis): a countess or a queen ("Anne d'Artois", "Jeanne de Flandre", "Anne de
     * Bretagne"), whose name hospitals, schools and streets carry. People of today are not named so.
     */
    private static final Pattern HISTORIC_TITLE = Pattern.compile("[ \u00a0]+(?:d['’]\\s?|de[ \u00a0]+)(?:Alsace|Angoumois|Anjou|Artois"
            + "|Aunis|Auvergne|Béarn|Berry|Bourbonnais|Bourgogne|Bretagne|Cambrésis|Champagne|Dauphiné|Flandres?|Foix|Gascogne|Guyenne"
            + "|Hainaut|Languedoc|Limousin|Lorraine|Lyonnais|Navarre|Nivernais|Normandie|Orléanais|Picardie|Poitou|Provence"
            + "|Roussillon|Saintonge|Touraine)(?![\\p{L}'’-])");
    /** A capitalised word of a proper name ("Béthune", "Artois-Lys"). */
    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*");
    /** The months that are first names too. */
    private static final Set<String> MONTH_NAMES = Set.of("mai", "avril");
    private static final Pattern YEAR_AFTER = Pattern.compile("[ \u00a0]+(?:19|20)\\d{2}(?!\\d)");
    private static final Pattern DAY_BEFORE = Pattern.compile("(?<!\\d)(?:[1-9]|[12]\\d|3[01])(?:er)?[ \u00a0]+$");
    /** Before a first name that is also a word, these make it the word ("la Rose", "une Marine"). */
    private static final Set<String> DETERMINERS = Set.of("le", "la", "les", "l'", "l’", "un", "une", "des", "du", "ce", "cet", "cette", "ces",
            "sa", "son", "ses", "ma", "mon", "mes", "ta", "ton", "tes", "notre", "nos", "votre", "vos", "leur", "leurs", "quelle", "quel");
    private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l'", "l’");
    /** Capitals that are not surnames before a first name. */
    private static final Set<String> ACRONYMS = Set.of("caf", "ccas", "ehpad", "mdph", "cpam", "carsat", "urssaf", "msa", "pmi", "qpv", "anru",
            "fsl", "apl", "rsa", "adil", "udaf", "clic", "maia", "cesf", "siao", "dalo", "opac", "oph", "esat", "ime", "cmp", "cmpp", "epci",
            "chrs", "ddets", "cias", "tel", "mail", "nb", "pour", "avec", "contact");

    /**
     * Agencies whose acronym is a first name too, written in title case: "Adil" (the housing information agency),
     * "Maia". They are the agency in a list (a line or sentence of its own without a verb, "- Adil") or among other
     * acronyms ("DAL, Adil, GRAAL"); "Adil m'a appelé" or "avec Adil" are a person.
     */
    private static final Set<String> AGENCIES = Set.of("adil", "maia");
    private static final Pattern ACRONYM_BEFORE = Pattern.compile("(?<![\\p{L}])\\p{Lu}{2,}[ \\t]*[,;/][ \\t]*$");
    private static final Pattern ACRONYM_AFTER = Pattern.compile("[ \\t]*[,;/][ \\t]*\\p{Lu}{2,}(?![\\p{Ll}])");

    private final boolean french;
    private final Map<String, String> people = new LinkedHashMap<>();
    /** Name parts from the export's name columns that are no known first name: masked alone only away from place words. */
    private final Set<String> columnParts = new HashSet<>();
    /** Names and parts from the user's list: masked in any case. */
    private final Set<String> anyCase = new HashSet<>();
    private final Map<String, Masked> masked = new LinkedHashMap<>();
    private final Set<String> ignore;
    /** The most words a registered name has (a full name, or parts joined by words "Hélène" would not match). */
    private int longest = 1;
    /** How many people were numbered. */
    private int persons;
    /**
     * For the first word of each key of {@link #people}, the most words a key starting with it has: a run of words is
     * looked up only when its first word starts a known name, and no longer than that name (most words start none).
     */
    private final Map<String, Integer> firstWords = new HashMap<>();
    /** The keys of the runs of words met in the texts (a pure function of the run, so remembered). */
    private final Map<String, String> keys = new HashMap<>();

    /**
     * @param french  French placeholders ({@code [personne 1]}, {@code [téléphone]}) or English ones
     * @param names   names to mask wherever they appear, in any case (full names and their parts of three letters or more)
     * @param ignore  words never taken for a name part (the French stop words, for "Le", "De"...), lower case
     */
    public Pseudonymiser(boolean french, Collection<String> names, Set<String> ignore) {
        this(french, names, List.of(), ignore);
    }

    /**
     * @param listed  a user's list: masked wherever they appear, in any case
     * @param columns the export's name columns: full names anywhere, first names as first names, other parts alone
     *                only when capitalised and not read as a place ("Lens" in "à Lens" stays)
     */
    public Pseudonymiser(boolean french, Collection<String> listed, Collection<String> columns, Set<String> ignore) {
        this.french = french;
        this.ignore = Set.copyOf(ignore);
        for (String name : listed) {
            register(name);
            String k = key(name);
            anyCase.add(k);
            for (String part : k.split(" ")) {
                if (part.length() >= 3 && !this.ignore.contains(part)) {
                    anyCase.add(part);
                }
            }
        }
        for (String name : columns) {
            register(name);
            for (String part : key(name).split(" ")) {
                if (!FirstNames.contains(part)) {
                    columnParts.add(part);
                }
            }
        }
    }

    /**
     * How many times what the masking has learnt (people met, pieces logged) has changed: two maskings of the same
     * text at the same version give the same result, since masking is a function of the text and of that state.
     */
    private long version;

    /** A text's masking at a version of the state that the masking did not change. */
    private record Remembered(long version, String masked) {
    }

    /** Whether masked texts are remembered (always, but in the test that compares with masking each anew). */
    boolean remember = true;

    /** Texts masked at the current version without changing it (at most 50 000, cleared beyond). */
    private final Map<String, Remembered> remembered = new HashMap<>();

    /**
     * The text with every piece of personal data replaced. Surveys repeat answers ("Non", a partner's name): a text
     * masked again while nothing was learnt since its last masking, which learnt nothing itself, gets that masking's
     * result without running the patterns again; it is the result they would give, and the state stays as it was.
     */
    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Remembered r = remember ? remembered.get(text) : null;
        if (r != null && r.version() == version) {
            return r.masked();
        }
        long before = version;
        String masked = maskNow(text);
        if (version == before) {
            if (remembered.size() > 50_000) {
                remembered.clear(); // bounded, whatever the volume of text
            }
            remembered.put(text, new Remembered(version, masked));
        }
        return masked;
    }

    /**
     * Reads {@code text} for the people it names, without keeping its masking: a text masked before another names
     * its people ("Dupont nous a signalé…" before "Mme Dupont au 06…") would otherwise keep them.
     */
    public void learn(String text) {
        mask(text);
    }

    private String maskNow(String text) {
        // Most answers hold no digit and no e-mail sign: the patterns that need one are not run on them (the report of
        // a large survey spent a sixth of its time here), which changes no result.
        String t = mayHoldEmail(text) ? replace(EMAIL, text, m -> log(Kind.EMAIL, m.group(), placeholder("e-mail", "e-mail"))) : text;
        if (hasDigit(t)) {
            t = replace(IBAN, t, m -> Checksums.iban(m.group()) ? log(Kind.IBAN, m.group(), "[IBAN]") : m.group());
            t = replace(NIR, t, m -> Checksums.nir(m.group()) ? log(Kind.NIR, m.group(), placeholder("NIR", "social security number")) : m.group());
            t = replaceGroup(CAF, "n", t, s -> log(Kind.CAF, s, placeholder("n° allocataire", "CAF number")));
            t = replaceGroup(BIRTH, "d", t, s -> log(Kind.BIRTH_DATE, s, placeholder("date de naissance", "date of birth")));
            t = replace(PHONE, t, m -> log(Kind.PHONE, m.group(), placeholder("téléphone", "phone")));
        }
        t = replace(ADDRESS_BUILDING, t, m -> address(m.group()));
        if (hasDigit(t)) {
            t = replace(ADDRESS_NUMBER_AFTER, t, m -> address(m.group()));
            t = replace(ADDRESS, t, m -> streetName(m) ? address(m.group()) : m.group());
        }
        t = people(t);
        // "Sophie Durand" found as two parts gives one person, not "[personne 1] [personne 1]".
        return REPEATED.matcher(t).replaceAll("$1");
    }

    /**
     * A file or source name with the people in it masked: "entretien-claire-vasseur" gives "entretien-[personne 1]".
     * Its words are read as names when they are known first names (and the word after one, its surname) or names met
     * in the texts.
     */
    public String maskIdentifier(String id) {
        if (id == null || id.isEmpty()) {
            return id;
        }
        // Words and the separators between them, kept in place.
        Matcher w = Pattern.compile("[\\p{L}]+|[^\\p{L}]+").matcher(id);
        List<String> tokens = new ArrayList<>();
        while (w.find()) {
            tokens.add(w.group());
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            String tok = tokens.get(i);
            String k = key(tok);
            boolean first = tok.length() >= 3 && Character.isLetter(tok.charAt(0)) && !ignore.contains(k) && FirstNames.contains(k)
                    && !FirstNames.isAlsoAWord(k);
            boolean known = tok.length() >= 3 && Character.isLetter(tok.charAt(0)) && !ignore.contains(k) && people.containsKey(k);
            if (!first && !known) {
                out.append(tok);
                continue;
            }
            String name = capitalise(tok);
            // The word after a first name, across one separator, is its surname ("claire-vasseur"); so is it after a
            // first name that is also a word when the texts met them together ("Claire Vasseur").
            boolean metTogether = i + 2 < tokens.size() && people.containsKey(k + " " + key(tokens.get(i + 2)));
            if ((first || metTogether) && i + 2 < tokens.size() && tokens.get(i + 1).matches("[-_ .]") && tokens.get(i + 2).length() >= 3
                    && !ignore.contains(key(tokens.get(i + 2))) && !TITLES.contains(key(tokens.get(i + 2)))) {
                name += " " + capitalise(tokens.get(i + 2));
                i += 2;
            }
            register(name);
            out.append(person(name));
        }
        // "claire-vasseur", both parts known, is one person.
        return out.toString().replaceAll("(\\[(?:personne|person) \\d+\\])(?:[-_ .]\\1)+", "$1");
    }

    private static String capitalise(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase(Locale.ROOT);
    }

    /** What was masked so far, each original once, in order of first appearance (for tests; never printed). */
    public List<Masked> masked() {
        return List.copyOf(masked.values());
    }

    /** How many distinct pieces of each kind were masked so far (people counted once each). */
    public Map<Kind, Integer> counts() {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        Set<String> persons = new HashSet<>();
        for (Masked m : masked.values()) {
            if (m.kind() == Kind.PERSON) {
                if (persons.add(m.placeholder())) {
                    counts.merge(Kind.PERSON, 1, Integer::sum);
                }
            } else {
                counts.merge(m.kind(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private String address(String found) {
        return log(Kind.ADDRESS, found.strip(), placeholder("adresse", "address"));
    }

    /** "5 rue est fermée" is no address: the street's first word must be a name, or follow a particle. */
    private boolean streetName(Matcher m) {
        String first = m.group("first");
        if (!m.group("particles").isBlank() || Character.isUpperCase(first.charAt(0))) {
            return true;
        }
        return !ignore.contains(key(first)) && !Set.of("est", "ouest", "nord", "sud", "principale", "commerçante", "piétonne").contains(key(first));
    }

    private String people(String text) {
        Matcher c = CIVILITY.matcher(text);
        while (c.find()) {
            String name = civilityName(c.group(2));
            if (name != null) {
                register(name);
            }
        }
        String t = replace(CIVILITY, text, m -> {
            String name = civilityName(m.group(2));
            return name == null ? m.group() : m.group(1) + " " + person(name);
        });
        // Names already known first ("Lens Marc" from the name columns, whole), then first names, then what they taught.
        // The first pass leaves a known surname right after a first name to the first names ("Claire Vasseur" is one
        // person even when "Mme Vasseur" came first): masked alone, it would leave "Claire [personne 1]".
        t = listedNames(t, true);
        t = firstNames(t);
        return listedNames(t, false);
    }

    /** The name after a civility, or null when it is a function ("La Directrice") or nothing but particles. */
    private String civilityName(String found) {
        String[] words = SPACES.split(found.strip());
        for (String w : words) {
            String k = key(w).replaceAll("^d'", "");
            if (TITLES.contains(k)) {
                return null;
            }
        }
        String last = words[words.length - 1].replaceFirst("^[dD]['’]", "");
        return !last.isEmpty() && Character.isUpperCase(last.charAt(0)) ? found.strip() : null;
    }

    /** Each first name and its surname; a capitalised word that is no first name is passed over, the word after it tried next. */
    private String firstNames(String text) {
        currentText = text;
        Matcher m = FIRST_NAME.matcher(text);
        StringBuilder out = new StringBuilder();
        int pos = 0;
        while (pos < text.length() && m.find(pos)) {
            String r = firstName(m);
            if (r == null) {
                out.append(text, pos, m.end("first"));
                pos = m.end("first");
            } else {
                out.append(text, pos, m.start()).append(r);
                pos = m.end();
            }
        }
        return out.append(text.substring(pos)).toString();
    }

    /** The match with its person masked, or null when it is no person. */
    private String firstName(Matcher m) {
        String first = m.group("first");
        String firstPart = first.split("-")[0];
        if (!FirstNames.contains(firstPart) || hyphenatedPlace(first)) {
            return null;
        }
        String text = currentText;
        String before = text.substring(0, m.start());
        // Up to the first name: a venue in capitals ("la MJC Jacques Brel") is matched as the surname before it.
        String upToFirst = text.substring(0, m.start("first"));
        if (venueBefore(upToFirst) || namesAPlace(m, text)) {
            return null;
        }
        String last = m.group("last");
        if (last != null && !surname(last)) {
            last = null;
        }
        String caps = m.group("caps");
        if (caps != null && (ACRONYMS.contains(key(caps)) || ignore.contains(key(caps)))) {
            caps = null;
        }
        boolean word = FirstNames.isAlsoAWord(firstPart) && !first.contains("-");
        String after = text.substring(m.end());
        if (caps == null && placeArticleBefore(upToFirst)) {
            return null;
        }
        if (last == null && caps == null && agency(first, before, after)) {
            return null;
        }
        if (FEASTS.contains(key(first)) && last == null && caps == null && !(sentenceStart(before) && actsNext(after))) {
            return null;
        }
        if (last == null && caps == null && monthOfADate(first, before, after)) {
            return null;
        }
        // A determiner makes the word with a capitalised word after it too ("Ton Job Numérique", a scheme), but for the
        // definite article: "la Claire Durand" is how people are spoken of in the North.
        if (word && caps == null && last != null && readsAsTheWord(first, before) && !ARTICLES.contains(previousWord(before))) {
            return null;
        }
        if (word && last == null && caps == null && (readsAsTheWord(first, before) || endsProperName(before, after)
                || sentenceStart(before) && (OPENERS.contains(key(first)) || !actsNext(after) || THING_PREDICATE.matcher(after).lookingAt()))) {
            return null;
        }
        String name = (caps != null ? caps + " " : "") + first + (last != null ? " " + last : "");
        register(name);
        String masked = person(name);
        int from = caps != null ? m.start("caps") : m.start("first");
        int to = last != null ? m.end("last") : m.end("first");
        return text.substring(m.start(), from) + masked + text.substring(to, m.end());
    }

    /**
     * Whether {@code before} ends with a territory or a scheme ({@link #NAMED_THINGS}) and at least two capitalised
     * words of its name, none a first name or a person met: "la Communauté d'Agglomération Béthune Bruay Artois Lys"
     * before "Romane s'est engagée", whose verb is the body's. One word is not enough ("le projet Durand Claire nous a
     * aidés" names someone).
     */
    private boolean namedBodyBefore(String before) {
        String[] words = VENUE_SPLIT.split(before.length() <= 120 ? before.stripTrailing() : before.substring(before.length() - 120).stripTrailing());
        int names = 0;
        for (int i = words.length - 1; i >= 0; i--) {
            String word = words[i];
            String k = key(word);
            if (NAMED_THINGS.contains(k)) {
                return names >= 2;
            }
            if (!CAPITALISED_WORD.matcher(word).matches() || FirstNames.contains(k) || people.containsKey(k) || ignore.contains(k)) {
                return false;
            }
            names++;
        }
        return false;
    }

    /**
     * Whether the first name starts a place's name and no verb says someone acts: a commune or a quarter whose hyphens a
     * PDF lost ("Billy Berclau", "Alma Epeule", {@link PlaceNames}), or the historic figure of a province that a
     * hospital or a school is named after ("maternités du territoire (Divion, CHBB, Anne d'Artois)", "Jeanne de
     * Flandre"). "Anne d'Artois m'a dit" and "avec Alma ce matin" are people.
     */
    private static boolean namesAPlace(Matcher m, String text) {
        String first = m.group("first");
        if (m.group("caps") != null || first.contains("-")) {
            return false;
        }
        int end = PlaceNames.placeEnd(text, m.start("first"), first);
        if (end < 0) {
            Matcher h = HISTORIC_TITLE.matcher(text).region(m.end("first"), text.length());
            end = h.lookingAt() ? h.end() : -1;
        }
        return end >= 0 && !actsNext(head(text, end));
    }

    /** Whether a first name that is an agency's acronym ({@link #AGENCIES}) is the agency where it stands. */
    private static boolean agency(String word, String before, String after) {
        return AGENCIES.contains(key(word)) && (sentenceStart(before) && !actsNext(after)
                || ACRONYM_BEFORE.matcher(before.length() <= 40 ? before : before.substring(before.length() - 40)).find()
                || ACRONYM_AFTER.matcher(after).lookingAt());
    }

    /**
     * Whether a hyphenated word that starts with a first name is a place's name: "Billy-Berclau", a commune, whose
     * "Berclau" is no first name and whose "Billy" starts no compound first name of the list. "Jean-Pierre", "Marie-Jo"
     * (a "Marie-" compound the list lacks) and "Billy-Jean" stay first names.
     */
    private static boolean hyphenatedPlace(String word) {
        if (!word.contains("-") || FirstNames.contains(word)) {
            return false;
        }
        String[] parts = word.split("-");
        if (FirstNames.startsCompounds(parts[0])) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            if (!FirstNames.contains(parts[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words before a first name that is also a word make it the word, wherever it stands: a determiner
     * ("la Rose"), a kind it is of ("de couleur Rose"), a number before a unit ("120 Pascal").
     */
    private static boolean readsAsTheWord(String word, String before) {
        String prev = previousWord(before);
        return DETERMINERS.contains(prev) || WORD_KINDS.contains(prev)
                || UNITS.contains(key(word)) && UNIT_AFTER_NUMBER.matcher(tail(before)).find();
    }

    /**
     * Whether a first name that is also a word ("Romane", "Job", "Urbain"), with no surname, ends the proper name of a
     * place, an event or a scheme rather than naming someone: "Artois-Lys Romane" (a territory), "Lomme Job" (a job
     * fair), "Renouvellement Urbain". It does when it follows, across spaces only, a capitalised word that is none of a
     * first name, a civility, a function, a stop word or a person met, and that word reads as a name's part by what is
     * before it: a hyphen inside it ("Artois-Lys", "Béthune-Bruay": places), another capitalised word ("Artois Lys
     * Romane"), an opening bracket, a place word, an event or a venue ("(Lomme Job,", "le forum Lomme Job", "de
     * Renouvellement Urbain"). Not when a verb or pronoun says that it acts ("Durand Claire nous a aidés"), nor at a
     * sentence start where the capital is the sentence's ("Merci Claire", "Durand Claire"): a surname written before
     * its first name stays a person there.
     */
    private boolean endsProperName(String before, String after) {
        Matcher w = CAPITALISED_BEFORE.matcher(before.length() <= 80 ? before : before.substring(before.length() - 80));
        if (!w.find() || actsNext(after) && !namedBodyBefore(before)) {
            return false;
        }
        String word = w.group("word");
        String k = key(word);
        for (String part : k.split("-")) {
            if (FirstNames.contains(part)) {
                return false;
            }
        }
        if (CIVILITY_WORD.matcher(word).matches() || TITLES.contains(k) || ignore.contains(k) || people.containsKey(k)) {
            return false;
        }
        String lead = w.group("lead");
        return word.contains("-") || w.group("open") != null || ACTION_NOUN.matcher(word).matches()
                || lead != null && (Character.isUpperCase(lead.charAt(0)) || NAME_PLACE_WORDS.contains(key(lead))
                || NAMED_THINGS.contains(key(lead)) || VENUES.contains(key(lead)));
    }

    /**
     * Whether a first name that is a month ("Mai", "Avril") is the month of a date: before a year or after a day ("Mai
     * 2019", "depuis Avril 2023", "le 12 Mai"), where it was masked as a person ("[personne 1] 2019").
     */
    private static boolean monthOfADate(String word, String before, String after) {
        return MONTH_NAMES.contains(key(word)) && (YEAR_AFTER.matcher(after).lookingAt() || DAY_BEFORE.matcher(tail(before)).find());
    }

    /** Whether {@link #PLACE_ARTICLE} ends {@code before}. */
    private static boolean placeArticleBefore(String before) {
        return PLACE_ARTICLE.matcher(tail(before)).find();
    }

    /**
     * The last characters of the text before a match, enough for the short patterns that end there: searched in the
     * whole text before each name, they would make a long cell naming many people quadratic.
     */
    private static String tail(String before) {
        return before.length() <= 12 ? before : before.substring(before.length() - 12);
    }

    /**
     * The first characters of the text after a name, enough for the patterns that start there (a verb after an apposition
     * of up to 60 characters, a year): the whole rest, copied for each name of a long cell, would make it quadratic.
     */
    private static String head(String text, int from) {
        return text.substring(from, Math.min(text.length(), from + 100));
    }

    /**
     * Whether the words after a sentence's first word make it someone doing something: "Pierre est venu", "Marie m'a
     * dit", "Claire, de l'association, m'a rappelée".
     */
    private static boolean actsNext(String after) {
        if (ACTS.matcher(after).lookingAt()) {
            return true;
        }
        // The subject and its verb around an apposition: "Claire, de l'association, m'a rappelée".
        Matcher a = APPOSITION.matcher(after);
        return a.lookingAt() && ACTS_AFTER_APPOSITION.matcher(after).region(a.end(), after.length()).lookingAt();
    }

    private boolean surname(String last) {
        String[] words = SPACES.split(last);
        String main = words[words.length - 1];
        String k = key(main);
        return !ignore.contains(k) && !TITLES.contains(k) && !VENUES.contains(k) && !ACRONYMS.contains(k) && !Set.of("M", "Mme", "MME", "Mlle", "Dr", "Me").contains(main);
    }

    /**
     * Every known name or part in {@code text}: words looked up (longest run of words first) in the names met so far,
     * case and accents aside; linear in the text whatever the number of names (a pattern of thousands of
     * alternatives would try each at every position).
     */
    private String listedNames(String text, boolean afterFirstNameLater) {
        if (people.isEmpty()) {
            return text;
        }
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        StringBuilder out = new StringBuilder();
        int pos = 0;
        for (int i = 0; i < words.size(); ) {
            int taken = 0;
            // Only a key's first word can start a run that is a key (runs not separated by white space never match).
            Integer most = firstWords.get(wordsKey(text.substring(words.get(i)[0], words.get(i)[1])));
            int upTo = most == null ? 0 : Math.min(most, Math.min(longest, words.size() - i));
            for (int n = upTo; n >= 1 && taken == 0; n--) {
                int start = words.get(i)[0];
                int end = words.get(i + n - 1)[1];
                String found = text.substring(start, end);
                if (!people.containsKey(wordsKey(found)) || !spacedWords(text, words, i, n)
                        || start > 0 && text.charAt(start - 1) == '[' || end < text.length() && text.charAt(end) == ']') {
                    continue;
                }
                // A first name met alone before ("Karim") and now followed by a surname ("Karim Benali") is left to the
                // first names too, which take both: masked alone here, it would leave "[personne 1] Benali".
                String r = afterFirstNameLater && n == 1 && (afterFirstName(text.substring(0, start))
                        || FirstNames.contains(found.split("-")[0]) && SURNAME_AFTER.matcher(text).region(end, text.length()).lookingAt()) ? found
                        : listedName(found, text.substring(0, start), text, end);
                if (!r.equals(found)) {
                    out.append(text, pos, start).append(r);
                    pos = end;
                    taken = n;
                }
            }
            i += Math.max(taken, 1);
        }
        return out.append(text.substring(pos)).toString();
    }

    /** Whether {@code before} ends with a capitalised first name and spaces: "… Claire " before "Vasseur". */
    private static boolean afterFirstName(String before) {
        Matcher f = FIRST_NAME_BEFORE.matcher(before);
        return f.find() && FirstNames.contains(f.group(1).split("-")[0]);
    }

    /** Whether words i..i+n-1 are separated by spaces only (so "Durand, Sophie" is two names, not one). */
    private static boolean spacedWords(String text, List<int[]> words, int i, int n) {
        for (int j = i; j < i + n - 1; j++) {
            if (!text.substring(words.get(j)[1], words.get(j + 1)[0]).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private String listedName(String found, String before, String text, int end) {
        String k = wordsKey(found);
        if (anyCase.contains(k) || k.contains(" ")) {
            return person(found);
        }
        String prev = previousWord(before);
        if (!Character.isUpperCase(found.charAt(0)) || FirstNames.contains(k) && (venueBefore(before) || placeArticleBefore(before))
                || FirstNames.isAlsoAWord(k) && (sentenceStart(before) || readsAsTheWord(k, before) || endsProperName(before, head(text, end)))
                || monthOfADate(found, before, head(text, end))) {
            return found;
        }
        // A surname of the name columns that reads as a place stays: "à Lens", "Lille, Roubaix", "Lens-Liévin".
        if (columnParts.contains(k) && (PLACE_WORDS.contains(prev) || VENUES.contains(prev)
                || end < text.length() && text.charAt(end) == '-')) {
            return found;
        }
        return person(found);
    }

    /** The text {@link #replace} is working on, for the context around a match. */
    private String currentText = "";

    /**
     * Whether a word after {@code before} begins a sentence or a line: a line break among the spaces before it
     * counts ("Isolement des personnes âgées\nBon maintien à domicile", a cell of one item a line).
     */
    private static boolean sentenceStart(String before) {
        String b = before.stripTrailing();
        if (b.isEmpty() || before.substring(b.length()).indexOf('\n') >= 0) {
            return true;
        }
        char c = b.charAt(b.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '«' || c == '"' || c == '(' || c == '-' || c == '—' || c == '–'
                || c == ':';
    }

    private static String previousWord(String before) {
        Matcher w = WORD_BEFORE.matcher(before);
        return w.find() ? key(w.group(1)) : "";
    }

    /**
     * Whether the text before a first name ends with a venue ("salle", "centre social", "salle des fêtes"), the name
     * following it as its own: not after punctuation ("l'association, Claire m'a dit") nor as its owner ("la maison de
     * Marie").
     */
    private static boolean venueBefore(String before) {
        String[] words = VENUE_SPLIT.split(before.stripTrailing());
        if (words.length > 1 && namedChez(before.stripTrailing(), words)) {
            return true;
        }
        boolean qualified = false;
        for (int i = words.length - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
            String k = NON_LETTERS.matcher(key(words[i])).replaceAll("");
            if (!words[i].isEmpty() && !Character.isLetter(words[i].charAt(words[i].length() - 1))
                    && !(words[i].endsWith(".") && ABBREVIATED_VENUES.contains(k))) {
                return false;
            }
            if (seen == 0 && OWNER_WORDS.contains(k)) {
                return false;
            }
            if (VENUES.contains(k) || qualified && QUALIFIED_VENUES.contains(k)) {
                return true;
            }
            qualified |= VENUE_WORDS.contains(k) && !PARTICLES.contains(k);
            // Words of the venue's name before this one ("collège Victor Hugo") are passed over too.
            if (!VENUE_WORDS.contains(k) && !(seen < 2 && !words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0)) && i > 0)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether {@code before} ends with the "Chez" of a place's name: capitalised inside a sentence or in quotes
     * ("l'Épicerie Solidaire « Chez Serge »"), or after a capitalised venue ("l'Épicerie chez Serge"). Opening a
     * sentence it says at whose home ("Chez Marie, on a parlé du dossier"), and so does "je suis allée chez Marie".
     */
    private static boolean namedChez(String before, String[] words) {
        String last = words[words.length - 1];
        String previous = words[words.length - 2];
        if (last.equals("Chez")) {
            String pre = before.substring(0, before.length() - last.length());
            return pre.stripTrailing().endsWith("«") || pre.stripTrailing().endsWith("\"") || !sentenceStart(pre);
        }
        return last.equals("chez") && !previous.isEmpty() && Character.isUpperCase(previous.charAt(0))
                && VENUES.contains(NON_LETTERS.matcher(key(previous)).replaceAll(""));
    }

    /** The person's placeholder; a name not met yet is registered (its parts then follow it). */
    private String person(String name) {
        String key = key(name);
        String id = people.get(key);
        if (id == null) {
            register(name);
            id = people.get(key);
        }
        return log(Kind.PERSON, name, id);
    }

    /** Registers a full name and its parts; returns whether anything was new. */
    private boolean register(String name) {
        String key = key(name);
        if (key.isEmpty() || people.containsKey(key)) {
            return false;
        }
        version++;
        persons++;
        String id = placeholder("personne " + persons, "person " + persons);
        known(key, id);
        String[] parts = key.split(" ");
        if (parts.length == 2) {
            // Export columns give "Durand Sophie"; people write "Sophie Durand".
            known(parts[1] + " " + parts[0], id);
        }
        for (String part : parts) {
            if (part.length() >= 3 && !ignore.contains(part)) {
                known(part, id);
            }
        }
        longest = Math.max(longest, parts.length);
        return true;
    }

    /** Adds a key to {@link #people} unless there already, and to {@link #firstWords}. */
    private void known(String key, String id) {
        people.putIfAbsent(key, id);
        // A run of words separated by white space has as key its words' keys separated by white space, so only a key's
        // first segment can start it, and its number of segments is the run's number of words.
        int cut = 0;
        while (cut < key.length() && !Character.isWhitespace(key.charAt(cut))) {
            cut++;
        }
        int segments = 0;
        boolean inside = false;
        for (int i = 0; i < key.length(); i++) {
            boolean white = Character.isWhitespace(key.charAt(i));
            if (!white && !inside) {
                segments++;
            }
            inside = !white;
        }
        firstWords.merge(key.substring(0, cut), segments, Math::max);
    }

    /** Whether {@link #EMAIL} can match: its "at" is an @, a word in brackets, or "arobase" (ASCII letters, any case). */
    private static boolean mayHoldEmail(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '@' || c == '[' || c == '(' || c == '{' || c == '<') {
                return true;
            }
        }
        return text.toLowerCase(Locale.ROOT).contains("arobase");
    }

    /** Whether the text has a digit as the patterns' {@code \d} reads one (0 to 9): IBAN, NIR, CAF, birth, phone, addresses need one. */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** {@link #key} of a run of words of the texts, remembered: every run of up to {@link #longest} words is looked up. */
    private String wordsKey(String words) {
        if (keys.size() > 50_000) {
            keys.clear(); // bounded, whatever the volume of text
        }
        return keys.computeIfAbsent(words, Pseudonymiser::key);
    }

    static String key(String name) {
        String n = name.strip();
        if (printableAscii(n)) {
            // Already decomposed, no mark, no curly apostrophe, no space but ' ': the result of the general case below.
            String lower = n.toLowerCase(Locale.ROOT);
            return lower.contains("  ") ? SPACES.matcher(lower).replaceAll(" ") : lower;
        }
        return SPACES.matcher(Folding.unaccentedLowerCase(n).replace('’', '\'')).replaceAll(" ");
    }

    private static boolean printableAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    private String log(Kind kind, String original, String placeholder) {
        if (masked.putIfAbsent(kind + "\u0000" + original, new Masked(kind, original, placeholder)) == null) {
            version++;
        }
        return placeholder;
    }

    private String placeholder(String fr, String en) {
        return "[" + (french ? fr : en) + "]";
    }

    private String replace(Pattern p, String text, Function<Matcher, String> by) {
        currentText = text;
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(by.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Replaces only the named group of each match (the number after "allocataire", the date after "né le"). */
    private String replaceGroup(Pattern p, String group, String text, Function<String, String> by) {
        return replace(p, text, m -> text.substring(m.start(), m.start(group)) + by.apply(m.group(group)) + text.substring(m.end(group), m.end()));
    }
}
