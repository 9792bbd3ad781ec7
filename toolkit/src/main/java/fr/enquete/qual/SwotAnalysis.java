package fr.enquete.qual;

import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathered material coded: hand-made and imported codes as they are, the rest through the codebook. From it,
 * grids per theme or overall, and the theme x quadrant and theme x role matrices.
 */
public record SwotAnalysis(List<Source> sources, List<CodedSegment> coded, List<Segment> uncaught, SwotCodebook codebook) {

    public SwotAnalysis {
        sources = List.copyOf(sources);
        coded = List.copyOf(coded);
        uncaught = List.copyOf(uncaught);
    }

    public static SwotAnalysis of(Material material, SwotCodebook codebook) {
        Map<String, Source> seen = new LinkedHashMap<>();
        for (Source s : material.sources()) {
            Source before = seen.putIfAbsent(s.id(), s);
            if (before != null) {
                throw new InputException(SourceLocation.file(s.file()), Message.of("qual.source.twice", s.id(), before.file()));
            }
        }
        AutoCoder.Result auto = AutoCoder.code(material.uncoded(), codebook);
        List<CodedSegment> all = new ArrayList<>();
        Grid grid = codebook.grid();
        // "Délais d’accès" and "délais d'accès" are one item: the codebook's spelling, else the first met, is kept.
        CodeNames themes = new CodeNames();
        CodeNames items = new CodeNames();
        codebook.themes().forEach(t -> {
            themes.spelling(t.name());
            t.items().forEach(i -> items.spelling(i.name()));
        });
        for (CodedSegment given : material.coded()) {
            Code named = given.code();
            CodedSegment c = new CodedSegment(given.segment(), new Code(themes.spelling(named.theme()), named.quadrant(),
                    items.spelling(named.item()), named.origin()));
            // A hand-made code in the other vocabulary's synonym (force / atout) joins its quadrant; one the grid lacks is an error.
            Quadrant q = grid.fit(c.code().quadrant()).orElseThrow(() -> new InputException(
                    SourceLocation.line(seen.containsKey(c.segment().source()) ? seen.get(c.segment().source()).file() : c.segment().source(),
                            c.segment().line(), 0),
                    Message.of(grid == Grid.AFOM ? "qual.code.grid.afom" : "qual.code.grid",
                        c.code().quadrant().code() + "|" + c.code().theme(), grid.code(), grid.codes())));
            all.add(q == c.code().quadrant() ? c : new CodedSegment(c.segment(),
                    new Code(c.code().theme(), q, c.code().item(), c.code().origin())));
        }
        all.addAll(auto.coded());
        return new SwotAnalysis(material.sources(), oncePerItem(all), auto.uncaught(), codebook);
    }

    /** One passage coded twice with one item (two rows of an export, two coders) counts once for that item. */
    private static List<CodedSegment> oncePerItem(List<CodedSegment> coded) {
        Set<List<Object>> seen = new java.util.HashSet<>();
        return coded.stream().filter(c -> seen.add(List.of(c.segment(), c.code().theme(), c.code().quadrant(), c.code().item())))
                .toList();
    }

    /**
     * The coded expressions of {@code theme} (empty: all): distinct passages carrying at least one code, so that
     * a sentence coded under two items is one expression, as the grids' subtitle says.
     */
    public int codedExpressions(String theme) {
        return (int) coded.stream().filter(c -> theme.isEmpty() || c.code().theme().equals(theme)).map(CodedSegment::segment)
                .distinct().count();
    }

    /**
     * The questionnaire's totals, as an ABS annex gives them ("20 répondants, 12 thèmes, 70 questions, 839
     * expressions"): respondents, the themes and the text questions the codebook assigns, and every expression
     * of their answers (one per line of an answer), coded or not; all zero without a questionnaire.
     */
    public record Totals(int respondents, int themes, int questions, int expressions) {
    }

    public Totals totals() {
        Set<String> respondents = new java.util.HashSet<>();
        sources.stream().filter(s -> s.kind() == Source.Kind.QUESTIONNAIRE).forEach(s -> respondents.add(s.id()));
        if (respondents.isEmpty()) {
            return new Totals(0, 0, 0, 0);
        }
        // An expression coded with two items is one expression: segments are counted once (records compare by value).
        Set<Segment> expressions = new java.util.HashSet<>();
        coded.forEach(c -> expressions.add(c.segment()));
        expressions.addAll(uncaught);
        long n = expressions.stream().filter(s -> respondents.contains(s.source())).count();
        return new Totals(respondents.size(), new LinkedHashSet<>(codebook.questions().values()).size(),
                codebook.questions().size(), (int) n);
    }

    public Map<String, Source> sourcesById() {
        Map<String, Source> m = new LinkedHashMap<>();
        sources.forEach(s -> m.put(s.id(), s));
        return m;
    }

    /** Themes: the codebook's in order, then those only coded by hand or imported, in order of appearance. */
    public List<String> themes() {
        Set<String> t = new LinkedHashSet<>();
        codebook.themes().forEach(th -> t.add(th.name()));
        coded.forEach(c -> t.add(c.code().theme()));
        return new ArrayList<>(t);
    }

    /** Codes in the grids' order: by quadrant as the grid reads them, then theme and item as {@link #themes()} and {@link #items()} list them. */
    public java.util.Comparator<Code> codeOrder() {
        List<Quadrant> quadrants = codebook.grid().quadrants();
        List<String> themes = themes();
        List<String> items = items();
        return java.util.Comparator.<Code>comparingInt(c -> rank(quadrants, codebook.grid().fit(c.quadrant()).orElse(c.quadrant())))
                .thenComparingInt(c -> rank(themes, c.theme())).thenComparingInt(c -> rank(items, c.item()));
    }

    /** Where {@code x} stands in {@code order}, after all of it when absent. */
    private static <T> int rank(List<T> order, T x) {
        int i = order.indexOf(x);
        return i < 0 ? order.size() : i;
    }

    /** Item names a plan may link to: the codebook's and those coded by hand or imported. */
    public List<String> items() {
        Set<String> t = new LinkedHashSet<>(codebook.itemNames());
        coded.forEach(c -> t.add(c.code().item()));
        return new ArrayList<>(t);
    }

    /** Each item a plan may link to with its quadrant (the codebook's, then as coded), in {@link #items()} order. */
    public Map<String, Quadrant> itemQuadrants() {
        Map<String, Quadrant> q = new LinkedHashMap<>();
        codebook.themes().forEach(t -> t.items().forEach(i -> q.putIfAbsent(i.name(), codebook.grid().fit(i.quadrant()).orElse(i.quadrant()))));
        coded.forEach(c -> q.putIfAbsent(c.code().item(), c.code().quadrant()));
        return q;
    }

    /** The theme named {@code asked} as the grids spell it ("logement" is "Logement"), if there is one. */
    public java.util.Optional<String> theme(String asked) {
        String key = CodeNames.key(asked);
        return themes().stream().filter(t -> CodeNames.key(t).equals(key)).findFirst();
    }

    /** The grid of a theme, or of all themes when {@code theme} is empty. */
    public SwotGrid grid(String theme, int quotes) {
        if (!theme.isEmpty() && !themes().contains(theme)) {
            throw new IllegalArgumentException("unknown theme \"" + theme + "\"");
        }
        return SwotGrid.of(coded, theme, quotes, codebook.grid());
    }

    public Matrix byQuadrant() {
        return Matrix.themeByQuadrant(coded, themes(), codebook.grid());
    }

    public Matrix byRole() {
        return Matrix.themeByRole(coded, themes(), sourcesById());
    }

    /** Uncaught segments of a theme (questionnaire expressions are known to be about one). */
    public List<Segment> uncaught(String theme) {
        return theme.isEmpty() ? uncaught : uncaught.stream().filter(s -> s.theme().equals(theme)).toList();
    }
}
