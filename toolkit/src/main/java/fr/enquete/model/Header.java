package fr.enquete.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** The column names of an export, in order, with a fast name-to-index lookup. */
public final class Header {

    private final String source;
    private final List<String> raw;
    /** Made on first use, so that a header wider than the column limit is refused before any work on its names. */
    private volatile Unique unique;

    /** The names made unique, their indexes, and how many columns each name as read heads. */
    private record Unique(List<String> names, Map<String, Integer> index, Map<String, Integer> copies) {
    }

    /**
     * @param names the column names as read; a name seen again is made unique with a suffix
     *              ({@code Commentaires}, {@code Commentaires (2)}), since exports repeat headings such as
     *              "Commentaires" and each column must stay addressable from a spec
     */
    public Header(String source, List<String> names) {
        this.source = source;
        this.raw = List.copyOf(names);
    }

    /**
     * How many columns have a heading of their own: the importers name a blank one "#1", "#2"..., which is none. A title
     * that starts with "#" ("#### Animation de la vie sociale", a Markdown heading pasted above a CAF table) is one.
     */
    public long namedColumns() {
        return raw.stream().filter(n -> !unnamed(n)).count();
    }

    /** The first column name that is a heading of its own (see {@link #namedColumns()}), or "". */
    public String firstNamed() {
        return raw.stream().filter(n -> !unnamed(n)).findFirst().orElse("");
    }

    private static final java.util.regex.Pattern UNNAMED = java.util.regex.Pattern.compile("#\\d+");

    /** Whether {@code name} is the "#1", "#2"... an importer gives a column whose heading cell is blank. */
    public static boolean unnamed(String name) {
        return UNNAMED.matcher(name).matches();
    }

    private Unique unique() {
        Unique u = unique;
        if (u == null) {
            u = makeUnique(raw);
            unique = u;
        }
        return u;
    }

    private static Unique makeUnique(List<String> names) {
        List<String> unique = new ArrayList<>(names.size());
        Map<String, Integer> map = new HashMap<>(names.size() * 2);
        // The next suffix to try for each repeated name: without it, the n-th copy of a name would retry the
        // n - 1 suffixes already taken, and 100 000 identical names would take quadratic time.
        Map<String, Integer> nextSuffix = new HashMap<>();
        Map<String, Integer> copies = new HashMap<>(names.size() * 2);
        for (String name : names) {
            copies.merge(name, 1, Integer::sum);
            String n = name;
            if (map.containsKey(n)) {
                int k = nextSuffix.getOrDefault(name, 2);
                do {
                    n = name + " (" + k + ")";
                    k++;
                } while (map.containsKey(n));
                nextSuffix.put(name, k);
            }
            map.put(n, unique.size());
            unique.add(n);
        }
        return new Unique(List.copyOf(unique), Collections.unmodifiableMap(map), Collections.unmodifiableMap(copies));
    }

    /** The file (or file and sheet) this header was read from, for error messages. */
    public String source() {
        return source;
    }

    public List<String> names() {
        return unique().names();
    }

    public int size() {
        return raw.size();
    }

    /**
     * This header with {@code more} columns after it (derived questions), the names as read kept, so that a repeated
     * name is still known as one ({@link #copies}).
     */
    public Header with(List<String> more) {
        List<String> all = new ArrayList<>(raw);
        all.addAll(more);
        return new Header(source, all);
    }

    /** How many columns the file names {@code name}, as read (before the copies get their "(2)"). */
    public int copies(String name) {
        // A lookup, not a scan of the names: the analysis asks it of every column, and a hostile header of 100 000
        // columns took 100 s of quadratic scanning.
        return unique().copies().getOrDefault(name, 0);
    }

    public OptionalInt indexOf(String name) {
        Integer i = unique().index().get(name);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    public boolean contains(String name) {
        return unique().index().containsKey(name);
    }
}
