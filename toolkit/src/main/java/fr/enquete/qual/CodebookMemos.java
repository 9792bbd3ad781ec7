package fr.enquete.qual;

import fr.enquete.io.YamlFile;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The memos a codebook attaches to its themes and items ({@code memo:}, a definition, examples, what was
 * decided between coders), kept apart from the coding rules: they travel to QDA tools and into the annex.
 *
 * @param themes theme name to memo
 * @param items  item name to memo
 */
public record CodebookMemos(Map<String, String> themes, Map<String, String> items) {

    public CodebookMemos {
        themes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(themes));
        items = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(items));
    }

    public static CodebookMemos none() {
        return new CodebookMemos(Map.of(), Map.of());
    }

    /** Reads the memos of a codebook {@link SwotCodebookReader} has accepted. */
    public static CodebookMemos read(Path path) {
        YamlFile y = YamlFile.read(path, "codebook");
        Map<String, String> themes = new LinkedHashMap<>();
        Map<String, String> items = new LinkedHashMap<>();
        Map<String, Node> top = y.mapping(y.root(), "the codebook", null);
        if (top.containsKey("themes")) {
            for (Node t : y.list(top.get("themes"), "'themes'")) {
                Map<String, Node> tm = y.mapping(t, "a theme", null);
                String theme = y.scalar(tm.get("theme"), "theme").strip();
                if (tm.containsKey("memo")) {
                    themes.put(theme, y.scalar(tm.get("memo"), "memo").strip());
                }
                if (tm.containsKey("items")) {
                    for (Node i : y.list(tm.get("items"), "'items'")) {
                        Map<String, Node> im = y.mapping(i, "an item", null);
                        if (im.containsKey("memo")) {
                            items.put(y.scalar(im.get("item"), "item").strip(), y.scalar(im.get("memo"), "memo").strip());
                        }
                    }
                }
            }
        }
        return new CodebookMemos(themes, items);
    }
}
