package fr.enquete.qual.qda;

import fr.enquete.qual.CodeNames;
import fr.enquete.qual.CodedSegmentImport;
import fr.enquete.qual.Quadrant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The themes of a project's code tree in the tree's order, as the grids list them. A SWOT tree holds its themes
 * under each quadrant (Forces > Logement, Faiblesses > Logement), each quadrant with only some of them: the order
 * kept is one every quadrant agrees with, themes in the order first met where the quadrants leave it open. So a
 * tree written from a codebook ({@code code --format qdpx}) gives the codebook's order back.
 */
final class CodeTreeThemes {

    private CodeTreeThemes() {
    }

    static List<String> of(QdaProject p) {
        return ofPaths(p.codes().stream().map(c -> String.join(" > ", p.path(c.guid()))).toList());
    }

    /** The same from the codes' paths in the tree's order ("Forces > Logement > Permanence"), as codebook.csv lists them. */
    static List<String> ofPaths(List<String> paths) {
        Map<String, String> spelling = new LinkedHashMap<>();
        Map<Quadrant, List<String>> byQuadrant = new LinkedHashMap<>();
        for (String path : paths) {
            // A quadrant's own code ("Forces") names no theme.
            CodedSegmentImport.parse(path, "").filter(code -> !code.theme().isBlank()).ifPresent(code -> {
                String key = CodeNames.key(code.theme());
                spelling.putIfAbsent(key, code.theme());
                List<String> themes = byQuadrant.computeIfAbsent(code.quadrant(), q -> new ArrayList<>());
                if (!themes.contains(key)) {
                    themes.add(key);
                }
            });
        }
        Map<String, Set<String>> after = new HashMap<>();
        byQuadrant.values().forEach(themes -> {
            for (int i = 1; i < themes.size(); i++) {
                after.computeIfAbsent(themes.get(i), k -> new HashSet<>()).add(themes.get(i - 1));
            }
        });
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < spelling.size()) {
            List<String> left = spelling.keySet().stream().filter(k -> !placed.contains(k)).toList();
            // Quadrants that disagree (Logement before Jeunes under Forces, after it under Menaces): first met first.
            placed.add(left.stream().filter(k -> placed.containsAll(after.getOrDefault(k, Set.of()))).findFirst().orElse(left.get(0)));
        }
        return placed.stream().map(spelling::get).toList();
    }
}
