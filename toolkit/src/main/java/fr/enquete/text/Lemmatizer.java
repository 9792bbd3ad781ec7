package fr.enquete.text;

import fr.enquete.model.Folding;
import java.util.List;
import java.util.Locale;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Lemmas from LanguageTool's French lexicon (read with morfologik), disambiguated by the universal POS
 * tag: {@code financeurs} is "financeur" whether noun or adjective, {@code été} is "été" as a noun and
 * "être" as a verb. A word the lexicon does not know keeps its form (lower case, except acronyms).
 * Not thread-safe.
 */
public final class Lemmatizer {

    private final DictionaryLookup lookup = new DictionaryLookup(Models.dictionary());
    private final UsageLemmas usage = UsageLemmas.shared();

    /** A POS tag and lemma. */
    public record Reading(String pos, String lemma) {
    }

    /** The lemma of {@code form} read as {@code upos} (a universal POS tag such as NOUN, ADJ, VERB). */
    public String lemma(String form, String upos) {
        return read(form, upos).lemma();
    }

    /**
     * The lemma, and the POS tag corrected by the lexicon: when the tagger's tag fits none of the word's
     * entries ("financement" tagged ADV in a verbless list), the lexicon's first entry wins; an unknown
     * capitalised word tagged as a function word is a proper noun.
     */
    public Reading read(String form, String upos) {
        return read(form, upos, false);
    }

    /** Whether LanguageTool's lexicon knows the word as written (in lower case, for a word of a stretch in capitals). */
    boolean knows(String word) {
        return !lookup.lookup(word).isEmpty();
    }

    /** Accented letters an unaccented capital often stands for ("Eviter", "Etat", "Ecole"); a lone "A" is left to the tagger. */
    private static final java.util.Map<Character, String> ACCENTED_INITIALS = java.util.Map.of('E', "éèê", 'A', "âà", 'I', "îï", 'O', "ô",
            'U', "û", 'C', "ç");

    /**
     * The word with the accent of its initial capital restored ("Eviter": "Éviter", "Etat": "État"), when the lexicon
     * knows it so and not as written; otherwise null. French writers often leave capitals unaccented.
     */
    String accentedInitial(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        String accents = ACCENTED_INITIALS.get(word.charAt(0));
        String lower = word.toLowerCase(Locale.ROOT);
        if (accents == null || knows(lower)) {
            return null;
        }
        for (char a : accents.toCharArray()) {
            if (knows(a + lower.substring(1))) {
                return Character.toUpperCase(a) + word.substring(1);
            }
        }
        return null;
    }

    /** Whether the lexicon knows the word (lower case) as a common noun ("ligue", besides the verb "liguer"). */
    boolean knowsAsNoun(String word) {
        return lookup.lookup(word).stream().anyMatch(wd -> tag(wd).startsWith("N"));
    }

    /**
     * As {@link #read(String, String)}; at the start of a sentence a capitalised word the tagger took for a
     * proper noun but the lexicon knows as a common noun ("Logements sociaux", "Seniors connectés") is read as
     * that noun. Elsewhere a capital is the writer's choice ("Valenciennes", "Uni Cités") and is respected.
     */
    public Reading read(String form, String upos, boolean sentenceStart) {
        String lower = form.toLowerCase(Locale.ROOT);
        String title = TITLES.get(form);
        if (title != null) {
            return new Reading("NOUN", title);
        }
        if (isAcronym(form)) {
            String tag = shoutedWordTag(lower, upos);
            if (tag != null) {
                return read(lower, tag, false);
            }
            return new Reading(CONTENT_TAGS.contains(upos) ? upos : "PROPN", form);
        }
        if (!"PROPN".equals(upos)) {
            String used = usage.lemma(lower, upos);
            if (used != null && !restoredAccents(used, lower, upos)) {
                return new Reading(upos, used);
            }
        }
        List<WordData> candidates = lookup.lookup(lower);
        if (candidates.isEmpty()) {
            boolean capital = !form.isEmpty() && Character.isUpperCase(form.charAt(0));
            if (GUESSED_TAGS.contains(upos)) {
                // a word the lexicon does not know: a compound by its last part, else guessed from its ending
                String compound = compound(lower, upos);
                return new Reading(upos, compound != null ? compound : usage.guess(lower, upos));
            }
            return new Reading(capital && !CONTENT_TAGS.contains(upos) ? "PROPN" : upos, lower);
        }
        if ("PROPN".equals(upos)) {
            for (WordData wd : candidates) {
                if (sentenceStart && tag(wd).startsWith("N")) {
                    return new Reading("NOUN", wd.getStem().toString());
                }
            }
            return new Reading(upos, lower);
        }
        if (form.length() <= 3 && candidates.stream().allMatch(wd -> isStrictSuffix(wd.getStem().toString(), lower))) {
            // a unit symbol the lexicon reads as its base unit (mg -> g, ml -> l, km -> m): the symbol is its own lemma
            return new Reading(upos, lower);
        }
        String prefix = prefix(upos);
        String fallback = null;
        String chosen = null;
        int chosenCount = -1;
        for (WordData wd : candidates) {
            String tag = tag(wd);
            String lemma = wd.getStem().toString();
            if (prefix != null && tag.startsWith(prefix)) {
                // among the readings with the tag, the lemma most used with it in the treebanks; the lexicon's order on a tie
                int count = usage.count(lemma, upos);
                if (count > chosenCount) {
                    chosen = lemma;
                    chosenCount = count;
                }
                String feminine = "NOUN".equals(upos) && tag.startsWith("N f") ? singular(lower, tag) : null;
                if (feminine != null && !feminine.equals(lemma)) {
                    // a feminine noun the lexicon files under a masculine ("directives": directif, "présidente":
                    // président): itself, in the singular, as GSD lemmatises all such nouns and Sequoia most; it wins
                    // over every other reading
                    chosen = feminine;
                    chosenCount = Integer.MAX_VALUE;
                }
            }
            if (fallback == null && (tag.startsWith("N") || tag.startsWith("J"))) {
                fallback = lemma;
            }
        }
        if (chosen != null) {
            return new Reading(upos, traditional("ADJ".equals(upos) ? adjectivalParticiple(lower, chosen) : chosen, upos));
        }
        WordData first = candidates.get(0);
        String corrected = upos(tag(first));
        if (corrected != null && !"PUNCT".equals(upos) && !"SYM".equals(upos)) {
            // read again with the lexicon's tag, so that usage chooses among its readings ("faut": falloir)
            return read(form, corrected, sentenceStart);
        }
        return new Reading(upos, fallback != null ? fallback : first.getStem().toString());
    }

    /**
     * Whether the treebanks' lemma is the word with accents a text in capitals had lost ("MARCHE" in Sequoia, lemmatised
     * "marché") while the word as written is a lemma of its own with the tag ("marche", the noun): the lexicon's reading
     * is then the word's. "etat" (no such noun) stays "état".
     */
    private boolean restoredAccents(String used, String lower, String upos) {
        if (used.equals(lower) || !Folding.unaccentedLowerCase(used).equals(Folding.unaccentedLowerCase(lower))) {
            return false;
        }
        String prefix = prefix(upos);
        for (WordData wd : lookup.lookup(lower)) {
            if (prefix != null && tag(wd).startsWith(prefix) && lower.contentEquals(wd.getStem())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lemma of a hyphenated compound the lexicon does not know whose last part it knows ("semi-commerciale":
     * "semi-commercial", "micro-pays": "micro-pays"): the part read with the compound's tag, after the rest unchanged.
     * Null when there is no such part.
     */
    private String compound(String lower, String upos) {
        int hyphen = lower.lastIndexOf('-');
        if (hyphen < 1 || hyphen > lower.length() - 3) {
            return null;
        }
        String part = lower.substring(hyphen + 1);
        if (usage.lemma(part, upos) == null && lookup.lookup(part).isEmpty()) {
            return null;
        }
        return lower.substring(0, hyphen + 1) + read(part, upos, false).lemma();
    }

    /**
     * A lemma as the treebanks and most writers spell it, where the lexicon gives the 1990 reformed spelling without
     * the circumflex on i or u ("connait": connaitre, "entraineur", "boites": boite). A verb in -aître or -oître gets
     * it whenever the lexicon knows that spelling; another word when the lexicon knows it as a lemma and the
     * treebanks use it more with the tag ("entraîneur", "boîte"), so that "jeune" never becomes "jeûne".
     */
    private String traditional(String lemma, String upos) {
        if (lemma.endsWith("aitre") || lemma.endsWith("oitre")) {
            String circumflex = circumflex(lemma, lemma.length() - 4);
            return isLemma(circumflex) ? circumflex : lemma;
        }
        String circumflex = usage.circumflexed(lemma, upos);
        return circumflex != null && isLemma(circumflex) ? circumflex : lemma;
    }

    private static String circumflex(String word, int i) {
        return word.substring(0, i) + (word.charAt(i) == 'i' ? 'î' : 'û') + word.substring(i + 1);
    }

    /** Whether the lexicon has {@code word} as a lemma. */
    private boolean isLemma(String word) {
        for (WordData wd : lookup.lookup(word)) {
            if (word.contentEquals(wd.getStem())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tag to read a word written in capitals with ("MEDICAMENTS", "NECESSAIRE" in a leaflet's headings), when it
     * is a word of the lexicon rather than an acronym: five letters or more and known in lower case. The tagger's
     * tag when the lexicon has it, else a noun, an adjective, or the lexicon's first reading. Null for an acronym.
     */
    private String shoutedWordTag(String lower, String upos) {
        if (lower.length() < 5 || !lower.chars().allMatch(Character::isLetter)) {
            return null;
        }
        List<WordData> readings = lookup.lookup(lower);
        if (readings.isEmpty()) {
            return null;
        }
        String prefix = prefix(upos);
        String noun = null;
        String adjective = null;
        for (WordData wd : readings) {
            String tag = tag(wd);
            if (prefix != null && tag.startsWith(prefix)) {
                return upos;
            }
            noun = noun == null && tag.startsWith("N") ? "NOUN" : noun;
            adjective = adjective == null && tag.startsWith("J") ? "ADJ" : adjective;
        }
        String first = upos(tag(readings.get(0)));
        return noun != null ? noun : adjective != null ? adjective : first;
    }

    /**
     * The lemma of a participle used as an adjective, which the lexicon gives as its verb ("ouvertes" J: ouvrir): the
     * masculine singular participle, as UD lemmatises adjectives ("ouvert"), found by removing the feminine and plural
     * endings until the lexicon knows the form as that verb's masculine singular participle. Any other lemma is kept.
     */
    private String adjectivalParticiple(String lower, String lemma) {
        for (String ending : PARTICIPLE_ENDINGS) {
            if (!lower.endsWith(ending) || lower.length() - ending.length() < 2) {
                continue;
            }
            String masculine = lower.substring(0, lower.length() - ending.length());
            for (WordData wd : lookup.lookup(masculine)) {
                if (tag(wd).startsWith("V ppa m s") && lemma.contentEquals(wd.getStem())) {
                    return masculine;
                }
            }
        }
        return lemma;
    }

    /** The singular of a noun form with the lexicon tag {@code tag} ("N f p...": "plaines" gives "plaine"). */
    private static String singular(String lower, String tag) {
        boolean plural = tag.length() > 4 && tag.charAt(4) == 'p' && !tag.startsWith("N f sp");
        return plural && lower.length() > 2 && (lower.endsWith("s") || lower.endsWith("x"))
                ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static final String[] PARTICIPLE_ENDINGS = {"", "es", "s", "e"};

    /** Abbreviated titles, read as the nouns they stand for (the lexicon knows "M." as nothing). */
    private static final java.util.Map<String, String> TITLES = java.util.Map.of(
            "M.", "monsieur", "MM.", "monsieur", "Mme", "madame", "Mme.", "madame", "Mmes", "madame",
            "Mlle", "mademoiselle", "Mlles", "mademoiselle", "Dr", "docteur", "Dr.", "docteur");

    /** The tags whose lemma is guessed from the ending of a word the lexicon does not know. */
    private static final java.util.Set<String> GUESSED_TAGS = java.util.Set.of("NOUN", "ADJ", "VERB");

    private static final java.util.Set<String> CONTENT_TAGS = java.util.Set.of("NOUN", "PROPN", "ADJ", "VERB");

    private static boolean isStrictSuffix(String lemma, String form) {
        return lemma.length() < form.length() && form.endsWith(lemma);
    }

    private static String tag(WordData wd) {
        return wd.getTag() == null ? "" : wd.getTag().toString();
    }

    /** The universal tag of a lexicon tag (its first letters). */
    private static String upos(String tag) {
        if (tag.startsWith("P+D")) {
            return "ADP+DET";
        }
        if (tag.isEmpty()) {
            return null;
        }
        return switch (tag.charAt(0)) {
            case 'N' -> "NOUN";
            case 'J' -> "ADJ";
            case 'V' -> "VERB";
            case 'A' -> "ADV";
            case 'D' -> "DET";
            case 'P' -> "ADP";
            case 'R' -> "PRON";
            case 'K' -> "NUM";
            case 'I' -> "INTJ";
            case 'C' -> tag.startsWith("C sub") ? "SCONJ" : "CCONJ";
            default -> null;
        };
    }

    private static String unknown(String form, String lower) {
        return isAcronym(form) ? form : lower;
    }

    /** Two or more letters, all capitals: ARS, CARSAT, PDI, CCAS. */
    static boolean isAcronym(String form) {
        int letters = 0;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** The lexicon's tag prefix for a universal POS tag. */
    private static String prefix(String upos) {
        if (upos == null) {
            return null;
        }
        return switch (upos) {
            case "NOUN" -> "N";
            case "ADJ" -> "J";
            case "VERB", "AUX" -> "V";
            case "ADV" -> "A";
            case "DET" -> "D";
            case "ADP" -> "P";
            case "ADP+DET" -> "P+D";
            case "PRON" -> "R";
            case "CCONJ", "SCONJ" -> "C";
            case "NUM" -> "K";
            case "INTJ" -> "I";
            default -> null;
        };
    }
}
