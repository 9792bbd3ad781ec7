package fr.enquete.stats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Response rates by stratum (seed 003: "Nord : 38 %, Pas de Calais : 40 %, Picardie : 29 %"): a population
 * file gives how many were surveyed per value of a single-choice question, and each stratum's rate is its
 * respondents over its population.
 */
public final class ResponseRates {

    /** One stratum: its label, population, respondents and rate in percent. */
    public record Rate(String stratum, long population, long respondents, double rate) {
    }

    private ResponseRates() {
    }

    /**
     * @param populations a CSV/XLSX file with two columns: the stratum (the question's answers) and its population
     * @param by          the question's result (single choice), giving the respondents per stratum
     */
    public static List<Rate> of(Path populations, QuestionResult.Choices by) {
        Map<String, Long> population = read(populations);
        List<Rate> out = new ArrayList<>();
        for (Map.Entry<String, Long> e : population.entrySet()) {
            long respondents = by.rows().stream().filter(r -> !r.missing() && r.label().equals(e.getKey()))
                    .mapToLong(ChoiceRow::count).sum();
            // More respondents than people surveyed: the population is wrong, the rate undefined (a warning names the stratum).
            double rate = e.getValue() <= 0 || respondents > e.getValue() ? Double.NaN : 100.0 * respondents / e.getValue();
            out.add(new Rate(e.getKey(), e.getValue(), respondents, rate));
        }
        return out;
    }

    private static Map<String, Long> read(Path file) {
        Map<String, Long> out = new LinkedHashMap<>();
        fr.enquete.weight.PopulationFile.read(file, true).forEach((k, v) -> out.put(k, (long) v.value()));
        return out;
    }
}
