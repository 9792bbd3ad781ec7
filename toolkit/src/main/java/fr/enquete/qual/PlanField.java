package fr.enquete.qual;

import fr.enquete.model.Folding;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of a fiche action, in the order of the CAF's fiches (seeds 001 and 002: Diagnostic initial, Public
 * cible, Objectifs opérationnels, Modalités de mise en œuvre, Échéances, Services mobilisés et responsables,
 * Résultats attendus, Partenaires sollicités, Indicateurs d'évaluation), with those teams add (territory, budget,
 * funders) and the diagnostic links. Each has its YAML key and the headings it is known by in files (folded:
 * lower case, no accents, punctuation as spaces).
 */
public enum PlanField {
    ISSUES("issues", "Enjeux", "Issues", "enjeux", "les enjeux"),
    DIAGNOSTIC("diagnostic", "Diagnostic initial", "Initial diagnosis", "diagnostic initial"),
    PUBLIC("public", "Public cible", "Target public", "public cible", "publics", "public vise"),
    TERRITORY("territory", "Territoire", "Territory", "territoire", "territoires", "perimetre"),
    OBJECTIVES("objectives", "Objectifs opérationnels", "Operational objectives", "objectifs", "objectifs operationnels", "objectif operationnel"),
    MODALITIES("modalities", "Modalités de mise en œuvre", "Implementation", "modalites", "modalites de mise en oeuvre",
            "modalite de mise en oeuvre", "mise en oeuvre"),
    CALENDAR("calendar", "Échéances de réalisation", "Calendar", "calendrier", "echeances", "echeances de realisation", "echeance"),
    PILOT("pilot", "Pilote et services mobilisés", "Pilot and services", "pilote", "porteur", "responsable",
            "services mobilises et responsables de l action", "services mobilises et responsable de l action"),
    PARTNERS("partners", "Partenaires sollicités", "Partners", "partenaires", "partenaires sollicites", "partenaires associes"),
    BUDGET("budget", "Budget", "Budget", "cout", "cout previsionnel"),
    FUNDERS("funders", "Financeurs", "Funders", "financeurs", "financements", "cofinanceurs"),
    RESULTS("results", "Résultats attendus", "Expected results", "resultats attendus", "resultats"),
    INDICATORS("indicators", "Indicateurs d'évaluation", "Evaluation indicators", "indicateurs", "indicateurs d evaluation"),
    ANSWERS("answers", "Répond aux constats du diagnostic", "Answers (diagnosis items)", "repond a", "constats", "items afom", "afom", "swot"),
    DIAGNOSTIC_INDICATORS("answers_indicators", "Indicateurs du diagnostic", "Diagnostic indicators", "indicateurs du diagnostic",
            "indicateurs diagnostic");

    private final String key;
    private final String french;
    private final String english;
    private final Set<String> headings;

    PlanField(String key, String french, String english, String... headings) {
        this.key = key;
        this.french = french;
        this.english = english;
        java.util.Set<String> all = new java.util.LinkedHashSet<>(Arrays.asList(headings));
        all.add(fold(key.replace('_', ' ')));
        all.add(fold(french));
        all.add(fold(english));
        this.headings = Set.copyOf(all);
    }

    /** The YAML key ({@code pilot}, {@code public}...). */
    public String key() {
        return key;
    }

    public String label(boolean french) {
        return french ? this.french : english;
    }

    /** The CAF's fiche, as seeds 001 and 002 lay it out: what {@code template: caf} expects of each action. */
    public static final List<PlanField> CAF = List.of(DIAGNOSTIC, PUBLIC, OBJECTIVES, MODALITIES, CALENDAR, PILOT, PARTNERS, RESULTS, INDICATORS);

    /** The field known by this YAML key or heading (any case or accents), if any. */
    public static Optional<PlanField> of(String name) {
        String f = fold(name);
        return Arrays.stream(values()).filter(p -> p.headings.contains(f)).findFirst();
    }

    /** Lower case, no accents, œ as oe, every run of punctuation or spaces as one space. */
    public static String fold(String s) {
        String n = Folding.unaccentedLowerCase(s.strip().replace("œ", "oe").replace("Œ", "OE"));
        return n.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
