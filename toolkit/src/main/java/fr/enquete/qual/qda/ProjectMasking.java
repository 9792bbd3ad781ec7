package fr.enquete.qual.qda;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * A project with its personal data masked and its codings kept: each source's whole text is masked piece by
 * piece, the pieces cut at every coding's edges and at every line break, so that a coding still covers the
 * masked words it covered and every line keeps its number. Names, memos, descriptions, case names and
 * attribute values are masked too; codes' names are the analyst's and stay.
 */
public final class ProjectMasking {

    private ProjectMasking() {
    }

    /**
     * @param text masks free text ("Claire Vasseur a appelé" gives "[personne 1] a appelé")
     * @param name masks a source's name ("entretien-claire-vasseur" gives "entretien-[personne 1]")
     */
    public static QdaProject mask(QdaProject p, UnaryOperator<String> text, UnaryOperator<String> name) {
        // Every line first, so that every name the texts hold is known before any piece is masked (line by line, as
        // transcripts are read: a first name at a line's end is not taken with the next line's first word).
        p.sources().forEach(s -> s.text().lines().filter(l -> !l.isBlank()).forEach(text::apply));
        // Then each turn whole, its lines joined: a name a line break splits ("appelez Karim⏎Benali") is then known, and its
        // surname masked on its own line.
        p.sources().forEach(s -> turns(s.text()).forEach(text::apply));
        List<QdaProject.Source> sources = new ArrayList<>();
        List<QdaProject.Coded> coded = new ArrayList<>();
        Map<String, Map<Integer, Integer>> moves = new HashMap<>();
        // enquete's guids are made from names ("source:entretien-claire-vasseur"): a masked name gets a new one, or
        // the guid would let anyone who guesses the name check it.
        Map<String, String> guids = new HashMap<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        p.sources().forEach(s -> taken.add(s.guid()));
        p.cases().forEach(c -> taken.add(c.guid()));
        for (QdaProject.Source s : p.sources()) {
            String t = s.text();
            TreeSet<Integer> cuts = new TreeSet<>(List.of(0, t.length()));
            p.coded().stream().filter(c -> c.source().equals(s.guid())).forEach(c -> {
                cuts.add(c.start());
                cuts.add(c.end());
            });
            for (int i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) {
                cuts.add(i);
                cuts.add(i + 1);
            }
            Map<Integer, Integer> moved = new HashMap<>();
            StringBuilder out = new StringBuilder();
            int from = 0;
            for (int cut : cuts) {
                String piece = t.substring(from, cut);
                out.append(piece.isBlank() ? piece : text.apply(piece));
                moved.put(cut, out.length());
                from = cut;
            }
            moves.put(s.guid(), moved);
            String masked = name.apply(s.name());
            guids.put(s.guid(), masked.equals(s.name()) ? s.guid() : guid("source:" + masked, taken));
            sources.add(new QdaProject.Source(guids.get(s.guid()), masked, out.toString(), masked(s.memo(), text)));
        }
        for (QdaProject.Coded c : p.coded()) {
            Map<Integer, Integer> moved = moves.get(c.source());
            coded.add(moved == null ? c : new QdaProject.Coded(guids.get(c.source()), moved.get(c.start()), moved.get(c.end()),
                    c.code(), c.coder()));
        }
        List<QdaProject.Code> codes = p.codes().stream().map(c -> new QdaProject.Code(c.guid(), c.name(), c.parent(), c.codable(),
                c.color(), masked(c.description(), text), masked(c.memo(), text))).toList();
        List<QdaProject.Case> cases = p.cases().stream().map(c -> {
            Map<String, String> attributes = new LinkedHashMap<>();
            c.attributes().forEach((k, v) -> attributes.put(k, masked(v, text)));
            String masked = masked(c.name(), text);
            String guid = masked.equals(c.name()) ? c.guid() : guid("case:" + masked, taken);
            return new QdaProject.Case(guid, masked, attributes, c.sources().stream().map(g -> guids.getOrDefault(g, g)).toList());
        }).toList();
        return new QdaProject(p.name(), codes, sources, coded, cases);
    }

    /** The text's turns of more than one line: each line without a label joined to the lines before it. */
    static List<String> turns(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder turn = new StringBuilder();
        int lines = 0;
        for (String line : text.lines().toList()) {
            if (line.isBlank() || fr.enquete.qual.TranscriptReader.labelled(line)) {
                if (lines > 1) {
                    out.add(turn.toString());
                }
                turn.setLength(0);
                lines = 0;
            }
            if (!line.isBlank()) {
                turn.append(turn.isEmpty() ? "" : "\n").append(line);
                lines++;
            }
        }
        if (lines > 1) {
            out.add(turn.toString());
        }
        return out;
    }

    /** A guid made from {@code key}, another one (numbered) when it is taken. */
    private static String guid(String key, java.util.Set<String> taken) {
        String g = QdpxWriter.guid(key);
        for (int n = 2; !taken.add(g); n++) {
            g = QdpxWriter.guid(key + "#" + n);
        }
        return g;
    }

    private static String masked(String s, UnaryOperator<String> text) {
        return s == null || s.isBlank() ? s : text.apply(s);
    }
}
