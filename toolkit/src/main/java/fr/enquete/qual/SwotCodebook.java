package fr.enquete.qual;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SWOT codebook: which theme each questionnaire question is about, and per theme its items, each in a
 * quadrant and marked by terms (lemmas, multi-word terms) or patterns.
 *
 * @param questions questionnaire question id to theme
 */
public record SwotCodebook(Map<String, String> questions, List<Theme> themes) {

    public SwotCodebook {
        // In the codebook's order: Map.copyOf iterates in an order that changes from one JVM run to the next,
        // and so did the order of coded segments in the code and swot outputs.
        questions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(questions));
        themes = List.copyOf(themes);
    }

    public record Theme(String name, List<Item> items) {
        public Theme {
            items = List.copyOf(items);
        }
    }

    public record Item(String name, Quadrant quadrant, List<String> terms, List<Pattern> patterns) {
        public Item {
            terms = List.copyOf(terms);
            patterns = List.copyOf(patterns);
        }
    }

    public Optional<Theme> theme(String name) {
        return themes.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** Every item name, for links from an action plan. */
    public List<String> itemNames() {
        return themes.stream().flatMap(t -> t.items().stream()).map(Item::name).toList();
    }
}
