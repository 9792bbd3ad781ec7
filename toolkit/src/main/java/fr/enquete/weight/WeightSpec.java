package fr.enquete.weight;

import fr.enquete.model.SourceLocation;
import java.util.List;
import java.util.Map;

/** How respondents are weighted: by a column of the export, or raked to population margins. */
public sealed interface WeightSpec {

    /** Each respondent's weight is read from a column of the export (a number, at least 0). */
    record Column(String column) implements WeightSpec {
    }

    /**
     * Raking (iterative proportional fitting) to the margins of one or more single-choice questions: the weighted
     * distribution of each question's answers matches its population's. With one question, post-stratification.
     */
    record Rake(List<Margin> margins) implements WeightSpec {
        public Rake {
            margins = List.copyOf(margins);
        }
    }

    /**
     * The population of each answer of a question.
     *
     * @param source where the margins were given (a population file, a spec line), for messages
     */
    record Margin(String question, Map<String, PopulationFile.Population> populations, SourceLocation source) {
        public Margin {
            populations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(populations));
        }
    }
}
