package fr.enquete.qual;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A SWOT (AFOM) grid: per quadrant, the items ranked by the number of distinct sources that support them,
 * each with its sources, its number of segments and a few short quotes that trace it back to what was said.
 *
 * @param theme the theme, or empty for the grid of all themes
 * @param grid  the vocabulary, which says which four quadrants are shown and in what order
 */
public record SwotGrid(String theme, Map<Quadrant, List<Entry>> quadrants, Grid grid) {

    public SwotGrid(String theme, Map<Quadrant, List<Entry>> quadrants) {
        this(theme, quadrants, Grid.AFOM);
    }

    /** Quotes longer than this are cut (at a word) and end with an ellipsis. */
    public static final int QUOTE_LENGTH = 180;

    public SwotGrid {
        Map<Quadrant, List<Entry>> copy = new EnumMap<>(Quadrant.class);
        for (Quadrant q : Quadrant.values()) {
            copy.put(q, List.copyOf(quadrants.getOrDefault(q, List.of())));
        }
        quadrants = java.util.Collections.unmodifiableMap(copy);
    }

    /** An item of the grid. {@code theme} tells which theme it belongs to (useful in the all-themes grid). */
    public record Entry(String item, String theme, List<String> sources, int segments, List<Quote> quotes) {
        public Entry {
            sources = List.copyOf(sources);
            quotes = List.copyOf(quotes);
        }
    }

    /** A quote: who said it, where, and the words (possibly cut). */
    public record Quote(String source, String speaker, long line, String text) {
    }

    /** The grid's four quadrants in reading order. */
    public List<Quadrant> shown() {
        return grid.quadrants();
    }

    public List<Entry> entries(Quadrant q) {
        return quadrants.get(q);
    }

    public boolean isEmpty() {
        return quadrants.values().stream().allMatch(List::isEmpty);
    }

    /**
     * The grid of {@code theme} (empty: all themes) from coded segments; ties in sources are broken by
     * segments, then by the item's name (French collation), so the order is stable.
     */
    public static SwotGrid of(List<CodedSegment> coded, String theme, int quotesPerItem) {
        return of(coded, theme, quotesPerItem, Grid.AFOM);
    }

    /** As {@link #of(List, String, int)} in {@code grid}'s vocabulary (codes already fitted to it). */
    public static SwotGrid of(List<CodedSegment> coded, String theme, int quotesPerItem, Grid grid) {
        Map<Quadrant, Map<String, List<CodedSegment>>> byItem = new EnumMap<>(Quadrant.class);
        for (CodedSegment c : coded) {
            if (!theme.isEmpty() && !c.code().theme().equals(theme)) {
                continue;
            }
            String key = c.code().theme() + "\u0000" + c.code().item();
            byItem.computeIfAbsent(c.code().quadrant(), q -> new LinkedHashMap<>()).computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        Collator collator = Collator.getInstance(Locale.FRENCH);
        Map<Quadrant, List<Item>> ranked = new EnumMap<>(Quadrant.class);
        for (Map.Entry<Quadrant, Map<String, List<CodedSegment>>> q : byItem.entrySet()) {
            List<Item> items = new ArrayList<>(q.getValue().values().stream().map(Item::of).toList());
            items.sort(Comparator.comparingInt((Item i) -> i.sources().size()).reversed()
                    .thenComparing(Comparator.comparingInt((Item i) -> i.segments().size()).reversed())
                    .thenComparing(i -> i.code().item(), collator)
                    .thenComparing(i -> i.code().theme(), collator));
            ranked.put(q.getKey(), items);
        }
        // Quotes are chosen in reading order, so that a sentence coded under two items (an unpaid rent is a threat,
        // the landlords' coordination that would prevent it an opportunity) is quoted under the first only, unless
        // the second would be left without any quote.
        Set<Segment> quoted = new HashSet<>();
        Map<Quadrant, List<Entry>> quadrants = new EnumMap<>(Quadrant.class);
        for (Quadrant q : readingOrder(grid)) {
            List<Entry> entries = new ArrayList<>();
            for (Item item : ranked.getOrDefault(q, List.of())) {
                List<CodedSegment> chosen = quotes(item.segments(), quotesPerItem, quoted);
                chosen.forEach(c -> quoted.add(c.segment()));
                entries.add(new Entry(item.code().item(), item.code().theme(), item.sources(), item.segments().size(),
                        chosen.stream().map(c -> new Quote(c.segment().source(), c.segment().speaker(), c.segment().line(),
                                cut(c.segment().text()))).toList()));
            }
            if (ranked.containsKey(q)) {
                quadrants.put(q, entries);
            }
        }
        return new SwotGrid(theme, quadrants, grid);
    }

    /** The grid's quadrants in reading order, then any other quadrant coded (in the enum's order). */
    private static List<Quadrant> readingOrder(Grid grid) {
        Set<Quadrant> order = new LinkedHashSet<>(grid.quadrants());
        order.addAll(List.of(Quadrant.values()));
        return List.copyOf(order);
    }

    /** An item's coded segments and their distinct sources, sorted, computed once for ranking and for its entry. */
    private record Item(List<CodedSegment> segments, List<String> sources) {
        static Item of(List<CodedSegment> segments) {
            return new Item(segments, segments.stream().map(s -> s.segment().source()).distinct().sorted().toList());
        }

        Code code() {
            return segments.get(0).code();
        }
    }

    /**
     * {@code n} segments from distinct sources, the shortest of each source, shortest first. A segment already
     * quoted elsewhere in the grid ({@code quoted}) is passed over for the same source's next one, and is quoted
     * again only when nothing else would be.
     */
    private static List<CodedSegment> quotes(List<CodedSegment> segments, int n, Set<Segment> quoted) {
        Comparator<CodedSegment> shorter = Comparator.comparingInt((CodedSegment s) -> s.segment().text().length())
                .thenComparing(s -> s.segment().source());
        Map<String, CodedSegment> fresh = new LinkedHashMap<>();
        for (CodedSegment s : segments) {
            if (!quoted.contains(s.segment())) {
                fresh.merge(s.segment().source(), s, (a, b) -> shorter.compare(b, a) < 0 ? b : a);
            }
        }
        List<CodedSegment> candidates = new ArrayList<>(fresh.values());
        candidates.sort(shorter);
        if (candidates.isEmpty() && n > 0) {
            segments.stream().min(shorter).ifPresent(candidates::add);
        }
        // The same words said by two sources are quoted once: « Manque de places en crèche » twice under one item
        // told the reader nothing the source count does not; the next source's other words do.
        Set<String> wordings = new HashSet<>();
        List<CodedSegment> out = new ArrayList<>();
        for (CodedSegment c : candidates) {
            if (out.size() < n && wordings.add(wording(c.segment().text()))) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    /** A text's words, for comparing wordings: lower case, without punctuation or extra spaces. */
    private static String wording(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static String cut(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= QUOTE_LENGTH) {
            return t;
        }
        int space = t.lastIndexOf(' ', QUOTE_LENGTH - 1);
        return t.substring(0, space > QUOTE_LENGTH / 2 ? space : QUOTE_LENGTH - 1).strip() + "…";
    }
}
