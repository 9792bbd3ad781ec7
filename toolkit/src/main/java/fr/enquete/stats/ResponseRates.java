package fr.enquete.stats;

import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.SourceLocation;
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

    /**
     * One stratum: its label, population, respondents and rate in percent. {@code masked}: its row of the strata's
     * table is masked by statistical secrecy, so neither its respondents nor its rate (which gives them back with the
     * population) may be published; every writer prints the population alone.
     */
    public record Rate(String stratum, long population, long respondents, double rate, boolean masked) {

        /** A stratum published in full. */
        public Rate(String stratum, long population, long respondents, double rate) {
            this(stratum, population, respondents, rate, false);
        }
    }

    private ResponseRates() {
    }

    /**
     * @param populations a CSV/XLSX file with two columns: the stratum (the question's answers) and its population
     * @param by          the question's result (single choice), giving the respondents per stratum; a stratum whose row
     *                    it masks (statistical secrecy) gets a masked rate
     * @throws InputException when a stratum of the file is no answer of the question (its rate would read 0 %)
     */
    public static List<Rate> of(Path populations, QuestionResult.Choices by) {
        Map<String, Long> population = read(populations);
        List<String> answers = by.rows().stream().filter(r -> !r.missing()).map(ChoiceRow::label).toList();
        List<String> unknown = population.keySet().stream().filter(k -> !answers.contains(k)).toList();
        if (!unknown.isEmpty()) {
            throw new InputException(SourceLocation.file(populations.toString()), Message.of("stats.strata.unknown",
                    (long) unknown.size(), quoted(unknown), by.question().id(), quoted(answers)));
        }
        List<Rate> out = new ArrayList<>();
        for (Map.Entry<String, Long> e : population.entrySet()) {
            List<ChoiceRow> rows = by.rows().stream().filter(r -> !r.missing() && r.label().equals(e.getKey())).toList();
            long respondents = rows.stream().mapToLong(ChoiceRow::count).sum();
            // More respondents than people surveyed: the population is wrong, the rate undefined (a warning names the stratum).
            double rate = e.getValue() <= 0 || respondents > e.getValue() ? Double.NaN : 100.0 * respondents / e.getValue();
            out.add(new Rate(e.getKey(), e.getValue(), respondents, rate, rows.stream().anyMatch(ChoiceRow::masked)));
        }
        return out;
    }

    private static Message quoted(List<String> values) {
        return values.isEmpty() ? Message.of("stats.none")
                : Message.of("plain", new Message.Listed(values.stream().map(v -> Message.of("quoted", v)).toList(), false));
    }

    private static Map<String, Long> read(Path file) {
        Map<String, Long> out = new LinkedHashMap<>();
        fr.enquete.weight.PopulationFile.read(file, true).forEach((k, v) -> out.put(k, (long) v.value()));
        return out;
    }
}
