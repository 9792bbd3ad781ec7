package fr.enquete.qual.qda;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a REFI-QDA project holds that enquete uses: plain-text sources, a code tree, coded spans, cases with
 * their attributes, and memos. Offsets are UTF-16 indexes into the source text (the file format counts
 * Unicode characters; {@link QdpxReader} and {@link QdpxWriter} convert).
 */
public record QdaProject(String name, List<Code> codes, List<Source> sources, List<Coded> coded, List<Case> cases) {

    public QdaProject {
        codes = List.copyOf(codes);
        sources = List.copyOf(sources);
        coded = List.copyOf(coded);
        cases = List.copyOf(cases);
    }

    /**
     * @param parent the parent code's guid, or empty for a top-level code
     * @param color  {@code #RRGGBB}, or empty
     * @param memo   the memo (note) attached, or empty
     */
    public record Code(String guid, String name, String parent, boolean codable, String color, String description, String memo) {
    }

    public record Source(String guid, String name, String text, String memo) {
    }

    /** A code on a span of a source, by a coder (the user's name, or empty). */
    public record Coded(String source, int start, int end, String code, String coder) {
    }

    /** A case (an interviewee, a structure) and its attributes (variables). */
    public record Case(String guid, String name, Map<String, String> attributes, List<String> sources) {
        public Case {
            attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
            sources = List.copyOf(sources);
        }
    }

    public Optional<Code> code(String guid) {
        return codes.stream().filter(c -> c.guid().equals(guid)).findFirst();
    }

    public Optional<Source> source(String guid) {
        return sources.stream().filter(s -> s.guid().equals(guid)).findFirst();
    }

    /** A code's names from the root down ("Faiblesse", "Logement", "Délais"). */
    public List<String> path(String codeGuid) {
        List<String> path = new ArrayList<>();
        Optional<Code> c = code(codeGuid);
        int guard = 0;
        while (c.isPresent() && guard++ < 1000) {
            path.add(0, c.get().name());
            c = c.get().parent().isEmpty() ? Optional.empty() : code(c.get().parent());
        }
        return path;
    }

    /** The attributes of the cases a source belongs to. */
    public Map<String, String> attributes(String sourceGuid) {
        Map<String, String> a = new LinkedHashMap<>();
        cases.stream().filter(c -> c.sources().contains(sourceGuid)).forEach(c -> a.putAll(c.attributes()));
        return a;
    }
}
