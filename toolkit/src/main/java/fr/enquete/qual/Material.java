package fr.enquete.qual;

import java.util.ArrayList;
import java.util.List;

/**
 * What the readers gather before the codebook runs: the sources, the segments still to code, and the
 * segments already coded (by hand in transcripts, or in another tool).
 */
public record Material(List<Source> sources, List<Segment> uncoded, List<CodedSegment> coded) {

    public Material {
        sources = List.copyOf(sources);
        uncoded = List.copyOf(uncoded);
        coded = List.copyOf(coded);
    }

    public static Material empty() {
        return new Material(List.of(), List.of(), List.of());
    }

    /** The same material with every text and speaker passed through {@code f} (pseudonymisation). */
    public Material mapTexts(java.util.function.UnaryOperator<String> f) {
        return mapTexts(f, java.util.function.UnaryOperator.identity());
    }

    /**
     * The same material with every text, speaker and metadata value passed through {@code text}, and every source's
     * name (a transcript's file name: "entretien-claire-vasseur") through {@code id}; texts first, so that the names
     * they reveal are known when the file names are read.
     */
    public Material mapTexts(java.util.function.UnaryOperator<String> text, java.util.function.UnaryOperator<String> id) {
        List<Segment> u = uncoded.stream().map(s -> new Segment(s.source(), text.apply(s.speaker()), s.line(), text.apply(s.text()), s.theme()))
                .toList();
        List<CodedSegment> c = coded.stream().map(x -> new CodedSegment(new Segment(x.segment().source(), text.apply(x.segment().speaker()),
                x.segment().line(), text.apply(x.segment().text()), x.segment().theme()), x.code())).toList();
        List<Source> s = sources.stream().map(x -> {
            java.util.Map<String, String> meta = new java.util.LinkedHashMap<>();
            x.meta().forEach((k, v) -> meta.put(k, text.apply(v)));
            return new Source(x.id(), x.kind(), meta, x.file());
        }).toList();
        java.util.function.UnaryOperator<Segment> rename = g -> new Segment(id.apply(g.source()), g.speaker(), g.line(), g.text(), g.theme());
        return new Material(s.stream().map(x -> new Source(id.apply(x.id()), x.kind(), x.meta(), x.file())).toList(),
                u.stream().map(rename).toList(), c.stream().map(g -> new CodedSegment(rename.apply(g.segment()), g.code())).toList());
    }

    /**
     * Reads every text, speaker and metadata value {@link #mapTexts} passes through its {@code text} function, in the
     * same order, copying nothing; the sources' names are not read.
     */
    public void forEachText(java.util.function.Consumer<String> read) {
        for (Segment s : uncoded) {
            read.accept(s.speaker());
            read.accept(s.text());
        }
        for (CodedSegment x : coded) {
            read.accept(x.segment().speaker());
            read.accept(x.segment().text());
        }
        sources.forEach(x -> x.meta().values().forEach(read));
    }

    /**
     * The speakers' turns as written: the texts of each source's segments in line order, a speaker's consecutive lines
     * joined by a line break (one line's pieces by a space), so that what a line break splits can be read whole.
     */
    public List<String> turns() {
        List<Segment> all = new ArrayList<>(uncoded);
        coded.forEach(c -> all.add(c.segment()));
        return turns(all);
    }

    /** The turns of {@code segments} (see {@link #turns()}). */
    public static List<String> turns(List<Segment> segments) {
        List<Segment> all = new ArrayList<>(segments);
        // Stable: one line's pieces keep their order.
        all.sort(java.util.Comparator.comparing(Segment::source).thenComparingLong(Segment::line));
        List<String> out = new ArrayList<>();
        StringBuilder turn = new StringBuilder();
        Segment last = null;
        for (Segment s : all) {
            boolean same = last != null && last.source().equals(s.source()) && last.speaker().equals(s.speaker())
                    && s.line() - last.line() <= 1;
            if (!same && !turn.isEmpty()) {
                out.add(turn.toString());
                turn.setLength(0);
            }
            if (!turn.isEmpty()) {
                turn.append(s.line() == last.line() ? ' ' : '\n');
            }
            turn.append(s.text());
            last = s;
        }
        if (!turn.isEmpty()) {
            out.add(turn.toString());
        }
        return out;
    }

    public Material plus(Material other) {
        List<Source> s = new ArrayList<>(sources);
        s.addAll(other.sources);
        List<Segment> u = new ArrayList<>(uncoded);
        u.addAll(other.uncoded);
        List<CodedSegment> c = new ArrayList<>(coded);
        c.addAll(other.coded);
        return new Material(s, u, c);
    }
}
