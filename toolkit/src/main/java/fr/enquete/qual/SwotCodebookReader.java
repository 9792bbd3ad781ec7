package fr.enquete.qual;

import fr.enquete.io.YamlFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a SWOT codebook (YAML):
 * <pre>
 * grid: ctg                # optional: afom (default: forces, faiblesses, opportunités, menaces) or ctg
 *                          #   (atouts, faiblesses, problématique, axes de travail)
 * questions:               # optional: questionnaire question id -> theme
 *   logement: Logement
 * themes:
 *   - theme: Logement
 *     items:
 *       - item: "Délais d'accès au logement social"
 *         quadrant: faiblesse
 *         terms: ["logement social"]
 *         patterns: ["liste d'attente"]
 *         memo: "Définition, exemples, cas limites"   # optional, on themes too: see {@link CodebookMemos}
 * </pre>
 * Every mistake is an error with file, line and column.
 */
public final class SwotCodebookReader {

    private static final Set<String> TOP = Set.of("grid", "questions", "themes");
    private static final Set<String> THEME = Set.of("theme", "items", "memo");
    private static final Set<String> ITEM = Set.of("item", "quadrant", "terms", "patterns", "memo");

    private SwotCodebookReader() {
    }

    public static SwotCodebook read(Path path) {
        YamlFile y = YamlFile.read(path, "codebook");
        Map<String, Node> top = y.mapping(y.root(), "the codebook", TOP);
        if (!top.containsKey("themes")) {
            throw y.error(y.root(), "a SWOT codebook needs 'themes:', the list of themes and their items");
        }
        Grid grid = Grid.AFOM;
        if (top.containsKey("grid")) {
            String g = y.scalar(top.get("grid"), "grid");
            grid = Grid.parse(g).orElseThrow(() -> y.error(top.get("grid"), "unknown grid \"" + g + "\"; expected afom"
                    + " (forces, faiblesses, opportunités, menaces) or ctg (atouts, faiblesses, problématique, axes de travail)"));
        }
        Grid chosen = grid;
        List<SwotCodebook.Theme> themes = new ArrayList<>();
        // Names that differ only by case, accents, apostrophe, spacing or a final full stop are one (see CodeNames): defining both is an error.
        Map<String, String> themeNames = new LinkedHashMap<>();
        Map<String, String> itemNames = new HashMap<>();
        for (Node t : y.list(top.get("themes"), "'themes'")) {
            Map<String, Node> tm = y.mapping(t, "a theme", THEME);
            if (!tm.containsKey("theme")) {
                throw y.error(t, "a theme needs a name ('theme: ...')");
            }
            String name = y.scalar(tm.get("theme"), "theme").strip();
            once(y, tm.get("theme"), themeNames, "theme", name, "");
            List<SwotCodebook.Item> items = new ArrayList<>();
            if (tm.containsKey("items")) {
                for (Node i : y.list(tm.get("items"), "'items'")) {
                    Map<String, Node> im = y.mapping(i, "an item", ITEM);
                    if (!im.containsKey("item") || !im.containsKey("quadrant")) {
                        throw y.error(i, "an item needs 'item' (its wording) and 'quadrant' (" + Quadrant.codes() + ")");
                    }
                    String item = y.scalar(im.get("item"), "item").strip();
                    once(y, im.get("item"), itemNames, "item", item, "; items are linked by name");
                    String q = y.scalar(im.get("quadrant"), "quadrant");
                    Quadrant parsed = Quadrant.parse(q).orElseThrow(() -> y.error(im.get("quadrant"),
                            "unknown quadrant \"" + q + "\"; expected " + chosen.codes()));
                    Quadrant quadrant = chosen.fit(parsed).orElseThrow(() -> y.error(im.get("quadrant"),
                            "quadrant \"" + q + "\" is not in the " + chosen.code() + " grid; expected " + chosen.codes()
                            + (chosen == Grid.AFOM ? " (or give 'grid: ctg')" : "")));
                    List<String> terms = im.containsKey("terms") ? y.strings(im.get("terms"), "'terms'") : List.of();
                    List<Pattern> patterns = im.containsKey("patterns") ? y.patterns(im.get("patterns")) : List.of();
                    if (terms.isEmpty() && patterns.isEmpty()) {
                        throw y.error(i, "item \"" + item + "\" has no terms and no patterns: the codebook could never find it"
                                + " (items coded only by hand need no entry here)");
                    }
                    items.add(new SwotCodebook.Item(item, quadrant, terms, patterns));
                }
            }
            themes.add(new SwotCodebook.Theme(name, items));
        }
        Map<String, String> questions = new LinkedHashMap<>();
        if (top.containsKey("questions")) {
            for (Map.Entry<String, Node> e : y.mapping(top.get("questions"), "'questions' (question id: theme)", null).entrySet()) {
                String theme = y.scalar(e.getValue(), "a theme").strip();
                String defined = themeNames.get(CodeNames.key(theme));
                if (defined == null) {
                    throw y.error(e.getValue(), "question \"" + e.getKey() + "\" is given theme \"" + theme
                            + "\", which the codebook does not define" + fr.enquete.model.Names.didYouMean(theme, themeNames.values().stream().sorted().toList()));
                }
                questions.put(e.getKey(), defined);
            }
        }
        return new SwotCodebook(questions, themes, grid);
    }

    /**
     * Registers a theme's or an item's {@code name} in {@code names} (by {@link CodeNames#key}); one already there is
     * an error at {@code at}, saying which spelling came first, or {@code why} when both are spelt alike.
     */
    private static void once(YamlFile y, Node at, Map<String, String> names, String what, String name, String why) {
        String before = names.putIfAbsent(CodeNames.key(name), name);
        if (before != null) {
            throw y.error(at, what + " \"" + name + "\" is defined twice" + (before.equals(name) ? why : " (also as \"" + before
                    + "\": names that differ only by case, accents, apostrophe, spacing or a final full stop are one " + what + ")"));
        }
    }
}
