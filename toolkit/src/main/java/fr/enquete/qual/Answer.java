package fr.enquete.qual;

import java.util.Optional;

/** The answers of Béthune-Bruay's evaluation grid (seed 002, "Évaluation continue des actions - Fiche type"). */
public enum Answer {
    YES("oui", "Oui", "Yes"), PARTLY("partiellement", "Partiellement", "Partly"), NO("non", "Non", "No");

    private final String code;
    private final String french;
    private final String english;

    Answer(String code, String french, String english) {
        this.code = code;
        this.french = french;
        this.english = english;
    }

    public String code() {
        return code;
    }

    public String label(boolean french) {
        return french ? this.french : english;
    }

    /** Oui / Non / Partiellement in any case or accents, their English, and the grid's "réalisé(e)" and "en partie". */
    public static Optional<Answer> parse(String s) {
        return switch (PlanField.fold(s)) {
            case "oui", "yes", "realise", "realisee", "fait", "done" -> Optional.of(YES);
            case "partiellement", "partly", "partially", "en partie", "en cours" -> Optional.of(PARTLY);
            case "non", "no", "non realise", "non realisee", "not done" -> Optional.of(NO);
            default -> Optional.empty();
        };
    }
}
