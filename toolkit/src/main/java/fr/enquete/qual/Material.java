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
        java.util.function.UnaryOperator<Segment> seg = s -> new Segment(s.source(), f.apply(s.speaker()), s.line(), f.apply(s.text()), s.theme());
        return new Material(sources, uncoded.stream().map(seg).toList(),
                coded.stream().map(c -> new CodedSegment(seg.apply(c.segment()), c.code())).toList());
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
