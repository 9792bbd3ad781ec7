package fr.enquete.qual;

import fr.enquete.io.YamlFile;
import fr.enquete.model.Message;
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
            throw y.error(y.root(), Message.of("swot.codebook.themes"));
        }
        Grid grid = Grid.AFOM;
        if (top.containsKey("grid")) {
            String g = y.scalar(top.get("grid"), "grid");
            grid = Grid.parse(g).orElseThrow(() -> y.error(top.get("grid"), Message.of("swot.codebook.grid", g)));
        }
        Grid chosen = grid;
        List<SwotCodebook.Theme> themes = new ArrayList<>();
        // Names that differ only by case, accents, apostrophe, spacing or a final full stop are one (see CodeNames): defining both is an error.
        Map<String, String> themeNames = new LinkedHashMap<>();
        Map<String, String> itemNames = new HashMap<>();
        for (Node t : y.list(top.get("themes"), "'themes'")) {
            Map<String, Node> tm = y.mapping(t, "a theme", THEME);
            if (!tm.containsKey("theme")) {
                throw y.error(t, Message.of("swot.codebook.theme.name"));
            }
            String name = y.scalar(tm.get("theme"), "theme").strip();
            once(y, tm.get("theme"), themeNames, "theme", name);
            List<SwotCodebook.Item> items = new ArrayList<>();
            if (tm.containsKey("items")) {
                for (Node i : y.list(tm.get("items"), "'items'")) {
                    Map<String, Node> im = y.mapping(i, "an item", ITEM);
                    if (!im.containsKey("item") || !im.containsKey("quadrant")) {
                        throw y.error(i, Message.of("swot.codebook.item.keys"));
                    }
                    String item = y.scalar(im.get("item"), "item").strip();
                    once(y, im.get("item"), itemNames, "item", item);
                    String q = y.scalar(im.get("quadrant"), "quadrant");
                    Quadrant parsed = Quadrant.parse(q).orElseThrow(() -> y.error(im.get("quadrant"),
                            Message.of("swot.codebook.quadrant.unknown", q, chosen.codes())));
                    Quadrant quadrant = chosen.fit(parsed).orElseThrow(() -> y.error(im.get("quadrant"),
                            Message.of(chosen == Grid.AFOM ? "swot.codebook.quadrant.grid.afom" : "swot.codebook.quadrant.grid", q,
                                    chosen.code(), chosen.codes())));
                    List<String> terms = im.containsKey("terms") ? y.strings(im.get("terms"), "'terms'") : List.of();
                    List<Pattern> patterns = im.containsKey("patterns") ? y.patterns(im.get("patterns")) : List.of();
                    if (terms.isEmpty() && patterns.isEmpty()) {
                        throw y.error(i, Message.of("swot.codebook.item.empty", item));
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
                    throw y.error(e.getValue(), Message.of("swot.codebook.question.theme", e.getKey(), theme,
                            fr.enquete.model.Names.hint(theme, themeNames.values().stream().sorted().toList())));
                }
                questions.put(e.getKey(), defined);
            }
        }
        return new SwotCodebook(questions, themes, grid);
    }

    /**
     * Registers a theme's or an item's {@code name} in {@code names} (by {@link CodeNames#key}); one already there is
     * an error at {@code at}, saying which spelling came first when they differ ({@code what}: theme or item).
     */
    private static void once(YamlFile y, Node at, Map<String, String> names, String what, String name) {
        String before = names.putIfAbsent(CodeNames.key(name), name);
        if (before != null) {
            throw y.error(at, before.equals(name) ? Message.of("swot.codebook." + what + ".twice", name)
                    : Message.of("swot.codebook." + what + ".twice.as", name, before));
        }
    }
}
