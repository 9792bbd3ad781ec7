package fr.enquete.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Ordered answer lists that French (and English) questionnaires use for scale questions, so that an
 * export without a spec still gets its scales in order, with the unused steps shown at zero.
 */
public final class ScaleVocabulary {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static final List<List<String>> SCALES = List.of(
            List.of("Oui, tout à fait", "Oui, plutôt", "Non, plutôt pas", "Non, pas du tout"),
            List.of("Tout à fait d'accord", "Plutôt d'accord", "Plutôt pas d'accord", "Pas du tout d'accord"),
            List.of("Tout à fait", "Plutôt", "Plutôt pas", "Pas du tout"),
            List.of("Très satisfait", "Plutôt satisfait", "Plutôt insatisfait", "Très insatisfait"),
            List.of("Très satisfait", "Satisfait", "Peu satisfait", "Pas du tout satisfait"),
            List.of("Pas du tout", "Faiblement", "Fortement", "Très fortement"),
            List.of("Jamais", "Rarement", "Parfois", "Souvent", "Toujours"),
            List.of("Très important", "Important", "Peu important", "Pas important"),
            List.of("Jamais", "Rarement", "Parfois", "Souvent", "Très souvent"),
            List.of("Tout à fait satisfait", "Plutôt satisfait", "Plutôt pas satisfait", "Pas du tout satisfait"),
            List.of("Très satisfaisant", "Satisfaisant", "Peu satisfaisant", "Pas du tout satisfaisant"),
            List.of("Tout à fait d'accord", "D'accord", "Pas d'accord", "Pas du tout d'accord"),
            List.of("Très facile", "Plutôt facile", "Plutôt difficile", "Très difficile"),
            List.of("Très utile", "Plutôt utile", "Peu utile", "Pas du tout utile"),
            List.of("Strongly agree", "Agree", "Neither agree nor disagree", "Disagree", "Strongly disagree"),
            List.of("Very satisfied", "Satisfied", "Neutral", "Dissatisfied", "Very dissatisfied"),
            // SurveyMonkey's frequency scales, with and without "Always" (a step never offered is shown at zero).
            List.of("Never", "Rarely", "Sometimes", "Often", "Always"),
            List.of("Never", "Rarely", "Sometimes", "Frequently"),
            // How often something is done, from the most often (SurveyMonkey's release frequency question).
            List.of("Hourly", "Daily", "Weekly", "Monthly", "Quarterly", "Annually"),
            List.of("Very important", "Important", "Moderately important", "Slightly important", "Not important"));

    /** Answers outside the scale that commonly follow it ("don't know"). */
    private static final Set<String> ASIDES = Set.of("ne sais pas", "ne sait pas", "je ne sais pas", "nsp", "ne se prononce pas",
            "je ne peux pas me prononcer", "je ne peux me prononcer", "sans opinion", "non concerné", "don't know",
            "not applicable", "n/a",
            // Refusals, as platforms code them (KoboToolbox's "noanswer", the UNHCR form's "NoAnswer").
            "pas de réponse", "ne souhaite pas répondre", "je ne souhaite pas répondre", "préfère ne pas répondre",
            "je préfère ne pas répondre", "refus", "refuse de répondre", "no answer", "noanswer", "prefer not to say",
            "prefer not to answer");

    private ScaleVocabulary() {
    }

    /**
     * The ordered choices when every observed value belongs to one scale (asides allowed, put last), using
     * the observed spelling where seen; empty otherwise.
     */
    public static Optional<List<String>> match(Collection<String> observed) {
        for (List<String> scale : SCALES) {
            List<String> keys = scale.stream().map(ScaleVocabulary::key).toList();
            String[] spelled = new String[scale.size()];
            List<String> asides = new ArrayList<>();
            int hits = 0;
            boolean fits = true;
            for (String v : observed) {
                String k = key(v);
                int i = keys.indexOf(k);
                if (i >= 0) {
                    if (spelled[i] == null) {
                        hits++;
                        spelled[i] = v;
                    }
                } else if (ASIDES.contains(k)) {
                    asides.add(v);
                } else {
                    fits = false;
                    break;
                }
            }
            if (fits && hits >= 2) {
                List<String> out = new ArrayList<>();
                for (int i = 0; i < scale.size(); i++) {
                    out.add(spelled[i] != null ? spelled[i] : scale.get(i));
                }
                out.addAll(asides);
                return Optional.of(out);
            }
        }
        return Optional.empty();
    }

    /** Whether an answer is a "don't know" kind of answer, outside the scale's order. */
    public static boolean isAside(String choice) {
        return ASIDES.contains(key(choice));
    }

    /** Openings of the negative end of a scale: "Non, pas du tout", "Pas du tout", "Jamais", "Très insatisfait"... */
    private static final List<String> NEGATIVE = List.of("non", "pas ", "pas du tout", "jamais", "rarement", "très insatisf",
            "insatisf", "peu ", "aucun", "strongly disagree", "disagree", "very dissatisfied", "dissatisfied", "not ", "never");

    /**
     * Whether the scale's choices (asides left out) run from the negative end to the positive one, as "Pas du
     * tout, Faiblement, Fortement, Très fortement" does, rather than from the positive end ("Oui, tout à fait"
     * first). Read from the wording of the first choice; when every choice starts with a number ("1" to "5",
     * "1 - Pas du tout"), from the numbers: the higher is the more positive, so "1" first is the negative end.
     */
    public static boolean negativeFirst(List<String> choices) {
        List<String> scale = choices.stream().filter(c -> !isAside(c)).toList();
        List<Double> numbers = scale.stream().map(ScaleVocabulary::leadingNumber).toList();
        if (scale.size() >= 2 && numbers.stream().allMatch(java.util.Objects::nonNull)) {
            return numbers.get(0) < numbers.get(numbers.size() - 1);
        }
        return scale.stream().findFirst()
                .map(c -> key(c) + " ")
                .map(k -> NEGATIVE.stream().anyMatch(k::startsWith))
                .orElse(false);
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("^\\s*([+-]?\\d+(?:[.,]\\d+)?)(?:\\s|$|[-–:.)/])");

    /** The number a scale label starts with ("4", "4 - Plutôt d'accord", "-2"), or null. */
    public static Double leadingNumber(String label) {
        java.util.regex.Matcher m = NUMBER.matcher(label);
        return m.find() ? Double.valueOf(m.group(1).replace(',', '.')) : null;
    }

    private static String key(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('’', '\'');
        t = SPACES.matcher(t).replaceAll(" ").strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1).strip() : t;
    }
}
