package fr.enquete.qual.qda;

import fr.enquete.qual.TranscriptReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The queries QDA tools run on coded material, as NVivo's matrix coding query gives them: which codes are
 * applied to overlapping spans, and how codes spread over a case attribute (role, structure...).
 */
public final class CodeQueries {

    /**
     * @param counts {@code counts[i][j]}: the spans coded i that overlap a span coded j in the same source;
     *               on the diagonal, the spans coded i
     */
    public record CoOccurrence(List<String> codes, long[][] counts) {
        public CoOccurrence {
            codes = List.copyOf(codes);
            counts = counts.clone();
        }
    }

    /**
     * @param values   the attribute's values, sorted, the unknown ("") last
     * @param sources  distinct sources per code and value
     * @param segments spans per code and value
     * @param texts    the words of those spans, per code and value
     */
    public record Matrix(String attribute, List<String> codes, List<String> values, long[][] sources, long[][] segments,
                         List<List<List<String>>> texts) {
        public Matrix {
            codes = List.copyOf(codes);
            values = List.copyOf(values);
        }
    }

    private CodeQueries() {
    }

    /** The codes used, by path, in the codebook's order. */
    private static List<String> used(QdaProject p) {
        Set<String> used = new HashSet<>();
        p.coded().forEach(c -> used.add(c.code()));
        return p.codes().stream().filter(c -> used.contains(c.guid())).map(QdaProject.Code::guid).toList();
    }

    private static String label(QdaProject p, String guid) {
        return String.join(" > ", p.path(guid));
    }

    public static CoOccurrence coOccurrence(QdaProject p) {
        List<String> codes = used(p);
        long[][] counts = new long[codes.size()][codes.size()];
        for (QdaProject.Coded a : p.coded()) {
            int i = codes.indexOf(a.code());
            Set<Integer> met = new TreeSet<>();
            for (QdaProject.Coded b : p.coded()) {
                boolean overlap = a.source().equals(b.source()) && (a.start() < b.end() && b.start() < a.end()
                        || a.start() == b.start() && a.end() == b.end());
                if (overlap && !b.code().equals(a.code())) {
                    met.add(codes.indexOf(b.code()));
                }
            }
            counts[i][i]++;
            met.forEach(j -> counts[i][j]++);
        }
        return new CoOccurrence(codes.stream().map(g -> label(p, g)).toList(), counts);
    }

    /** Codes by the values a case attribute takes ("role" finds "Rôle" and "Fonction" too). */
    public static Matrix byAttribute(QdaProject p, String attribute) {
        String key = TranscriptReader.metaKey(attribute);
        java.util.Set<String> names = new TreeSet<>();
        p.sources().forEach(s -> names.addAll(p.attributes(s.guid()).keySet()));
        if (!p.coded().isEmpty() && names.stream().noneMatch(n -> TranscriptReader.metaKey(n).equals(key))) {
            // Every row of the matrix read "(non renseigné)": the attribute is named wrong, not unknown for every source.
            throw new fr.enquete.model.ReferenceException(fr.enquete.model.SourceLocation.file(p.name()), names.isEmpty()
                    ? fr.enquete.model.Message.of("qda.attribute.none", attribute)
                    : fr.enquete.model.Message.of("qda.attribute.unknown", attribute, String.join(", ", names)));
        }
        List<String> codes = used(p);
        TreeSet<String> found = new TreeSet<>();
        List<String> valueOf = new ArrayList<>();
        for (QdaProject.Coded c : p.coded()) {
            String v = p.attributes(c.source()).entrySet().stream().filter(e -> TranscriptReader.metaKey(e.getKey()).equals(key))
                    .map(e -> e.getValue().strip()).findFirst().orElse("");
            valueOf.add(v);
            found.add(v);
        }
        List<String> values = new ArrayList<>(found);
        if (values.remove("")) {
            values.add("");
        }
        long[][] segments = new long[codes.size()][values.size()];
        List<List<Set<String>>> sources = new ArrayList<>();
        List<List<List<String>>> texts = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            List<Set<String>> row = new ArrayList<>();
            List<List<String>> words = new ArrayList<>();
            for (int k = 0; k < values.size(); k++) {
                row.add(new LinkedHashSet<>());
                words.add(new ArrayList<>());
            }
            sources.add(row);
            texts.add(words);
        }
        for (int n = 0; n < p.coded().size(); n++) {
            QdaProject.Coded c = p.coded().get(n);
            int i = codes.indexOf(c.code());
            int k = values.indexOf(valueOf.get(n));
            segments[i][k]++;
            sources.get(i).get(k).add(c.source());
            texts.get(i).get(k).add(p.source(c.source()).map(s -> s.text().substring(c.start(), c.end())).orElse(""));
        }
        long[][] distinct = new long[codes.size()][values.size()];
        for (int i = 0; i < codes.size(); i++) {
            for (int k = 0; k < values.size(); k++) {
                distinct[i][k] = sources.get(i).get(k).size();
            }
        }
        return new Matrix(attribute, codes.stream().map(g -> label(p, g)).toList(), values, distinct, segments,
                texts.stream().map(r -> r.stream().map(List::copyOf).toList()).toList());
    }
}
