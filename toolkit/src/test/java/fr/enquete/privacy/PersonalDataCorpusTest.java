package fr.enquete.privacy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import fr.enquete.text.StopWords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Recall and precision of the masking on fixtures/privacy/corpus.tsv (178 lines with personal data, 66 ordinary
 * lines, written for the purpose but for thirteen ordinary lines of the seeds). The figures printed here are those of
 * docs/personal-data.md.
 */
class PersonalDataCorpusTest {

    record Item(String kind, String value) {
    }

    record Line(String category, String text, List<Item> items) {
    }

    static List<Line> corpus() throws IOException {
        List<Line> lines = new ArrayList<>();
        for (String l : Files.readAllLines(Fixtures.home().resolve("fixtures/privacy/corpus.tsv"), StandardCharsets.UTF_8)) {
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] cols = l.split("\t", -1);
            List<Item> items = new ArrayList<>();
            if (cols.length > 2 && !cols[2].isBlank()) {
                for (String it : cols[2].split(";")) {
                    String[] kv = it.split("=", 2);
                    items.add(new Item(kv[0], kv[1]));
                }
            }
            // A "\t" in a line stands for a tab (the file's own separator) between the cells of a table's row.
            lines.add(new Line(cols[0], cols[1].replace("\\t", "\t"), items));
        }
        return lines;
    }

    private static final Map<String, String> PLACEHOLDERS = Map.of("person", "[personne ", "phone", "[téléphone]", "email", "[e-mail]",
            "address", "[adresse]", "nir", "[NIR]", "caf", "[n° allocataire]", "birth", "[date de naissance]", "iban", "[IBAN]");

    /** Masked when its placeholder is there and nothing of it is left: for a name, none of its words of 3 letters or more. */
    static boolean masked(Item item, String out) {
        if (!out.contains(PLACEHOLDERS.get(item.kind()))) {
            return false;
        }
        if (!item.kind().equals("person")) {
            return !out.contains(item.value());
        }
        for (String w : item.value().split("[\\s-]+")) {
            if (w.length() >= 3 && !w.matches("(?i)de|la|le|du|des") && Pattern.compile("(?<![\\p{L}])" + Pattern.quote(w) + "(?![\\p{L}])")
                    .matcher(out).find()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void recallIsAtLeast95PercentAndOrdinaryLinesStayAsTheyAre() throws IOException {
        List<Line> corpus = corpus();
        Map<String, int[]> byKind = new TreeMap<>();
        List<String> missed = new ArrayList<>();
        List<String> altered = new ArrayList<>();
        int ordinary = 0;
        for (Line line : corpus) {
            // One run per line: nothing learnt from another line helps.
            String out = new Pseudonymiser(true, List.of(), StopWords.french().words()).mask(line.text());
            if (line.items().isEmpty()) {
                ordinary++;
                if (!out.equals(line.text())) {
                    altered.add(line.text() + " -> " + out);
                }
            }
            for (Item item : line.items()) {
                int[] c = byKind.computeIfAbsent(item.kind(), k -> new int[2]);
                c[1]++;
                if (masked(item, out)) {
                    c[0]++;
                } else {
                    missed.add(item + " in: " + out);
                }
            }
        }
        int found = byKind.values().stream().mapToInt(c -> c[0]).sum();
        int total = byKind.values().stream().mapToInt(c -> c[1]).sum();
        StringBuilder table = new StringBuilder();
        byKind.forEach((k, c) -> table.append(k).append(' ').append(c[0]).append('/').append(c[1]).append('\n'));
        table.append("all ").append(found).append('/').append(total).append("; ordinary altered ").append(altered.size()).append('/')
                .append(ordinary);
        System.out.println(table);
        missed.forEach(m -> System.out.println("missed " + m));
        altered.forEach(a -> System.out.println("altered " + a));
        assertTrue(corpus.size() - ordinary >= 150 && ordinary >= 40, "corpus size");
        assertTrue(found >= 0.95 * total, "recall " + found + "/" + total + "\n" + String.join("\n", missed));
        assertTrue(altered.size() * 40 <= ordinary, "ordinary lines altered: " + String.join("\n", altered));
    }

    @Test
    void nameColumnsWhoseValuesArePlacesDoNotEraseThePlaces() throws IOException {
        // An export whose Nom/Prénom columns hold surnames that are also places or words.
        List<String> columns = List.of("Lille Claire", "Lens Marc", "Roubaix Sophie", "Petit Jean", "Lomme Karim", "Tourcoing Anne");
        List<String> altered = new ArrayList<>();
        int ordinary = 0;
        for (Line line : corpus()) {
            if (!line.items().isEmpty()) {
                continue;
            }
            ordinary++;
            String out = new Pseudonymiser(true, List.of(), columns, StopWords.french().words()).mask(line.text());
            if (!out.equals(line.text())) {
                altered.add(line.text() + " -> " + out);
            }
        }
        altered.forEach(a -> System.out.println("altered with name columns " + a));
        assertTrue(altered.size() * 40 <= ordinary, String.join("\n", altered));
        // The people themselves are still masked, by their full names and their first names.
        Pseudonymiser p = new Pseudonymiser(true, List.of(), columns, StopWords.french().words());
        String out = p.mask("Claire Lille et Marc nous ont aidés, merci à Lens Marc.");
        assertTrue(!out.contains("Claire") && !out.contains("Marc") && !out.contains("Lille") && !out.contains("Lens"), out);
    }
}
