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
 * @param grid      the grid's vocabulary: AFOM (SWOT) or the CTG's; items' quadrants are among its four
 */
public record SwotCodebook(Map<String, String> questions, List<Theme> themes, Grid grid) {

    /** A codebook for the SWOT (AFOM) grid. */
    public SwotCodebook(Map<String, String> questions, List<Theme> themes) {
        this(questions, themes, Grid.AFOM);
    }

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

    /**
     * The same codebook for another grid ({@code swot --grid}): a force becomes an atout and the other way
     * round; an item in a quadrant the grid lacks is an error naming the item.
     */
    public SwotCodebook withGrid(Grid other) {
        List<Theme> moved = new java.util.ArrayList<>();
        for (Theme t : themes) {
            List<Item> items = new java.util.ArrayList<>();
            for (Item i : t.items()) {
                Quadrant q = other.fit(i.quadrant()).orElseThrow(() -> new IllegalArgumentException("item \"" + i.name()
                        + "\" of theme \"" + t.name() + "\" is in quadrant " + i.quadrant().code() + ", which the "
                        + other.code() + " grid does not have (" + other.codes() + ")"));
                items.add(new Item(i.name(), q, i.terms(), i.patterns()));
            }
            moved.add(new Theme(t.name(), items));
        }
        return new SwotCodebook(questions, moved, other);
    }

    /**
     * The same codebook followed by the themes of {@code more} it lacks (names compared as {@link CodeNames} does),
     * without items: a QDA project's code tree, whose order the grids then keep.
     */
    public SwotCodebook withThemes(List<String> more) {
        List<Theme> all = new java.util.ArrayList<>(themes);
        java.util.Set<String> known = new java.util.HashSet<>();
        themes.forEach(t -> known.add(CodeNames.key(t.name())));
        more.stream().filter(t -> known.add(CodeNames.key(t))).forEach(t -> all.add(new Theme(t, List.of())));
        return new SwotCodebook(questions, all, grid);
    }

    public Optional<Theme> theme(String name) {
        return themes.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** Every item name, for links from an action plan. */
    public List<String> itemNames() {
        return themes.stream().flatMap(t -> t.items().stream()).map(Item::name).toList();
    }
}
