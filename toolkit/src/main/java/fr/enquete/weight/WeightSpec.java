package fr.enquete.weight;

import fr.enquete.model.SourceLocation;
import java.util.List;
import java.util.Map;

/** How respondents are weighted: by a column of the export, raked to population margins, or calibrated (GREG). */
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
     * GREG calibration ({@link Calibration}) to the margins of single-choice questions and the population totals of
     * numeric ones, from the starting weight N / n (N the population, the first margins' total).
     *
     * @param distance linear (no bounds), truncated or logit (bounds on the ratio of the final to the starting weight)
     * @param lower    L (−∞ for linear)
     * @param upper    U (+∞ for linear)
     */
    record Calibrate(List<Margin> margins, List<Total> totals, Calibration.Distance distance, double lower, double upper)
            implements WeightSpec {
        public Calibrate {
            margins = List.copyOf(margins);
            totals = List.copyOf(totals);
        }
    }

    /** The population total of a numeric question (e.g. the salaried staff of all centres). */
    record Total(String question, double value, SourceLocation source) {
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
