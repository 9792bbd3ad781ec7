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
    private final List<String> names;
    private final Map<String, Integer> index;

    /**
     * @param names the column names as read; a name seen again is made unique with a suffix
     *              ({@code Commentaires}, {@code Commentaires (2)}), since exports repeat headings such as
     *              "Commentaires" and each column must stay addressable from a spec
     */
    public Header(String source, List<String> names) {
        this.source = source;
        List<String> unique = new ArrayList<>(names.size());
        Map<String, Integer> map = new HashMap<>();
        for (String name : names) {
            String n = name;
            for (int k = 2; map.containsKey(n); k++) {
                n = name + " (" + k + ")";
            }
            map.put(n, unique.size());
            unique.add(n);
        }
        this.names = List.copyOf(unique);
        this.index = Collections.unmodifiableMap(map);
    }

    /** The file (or file and sheet) this header was read from, for error messages. */
    public String source() {
        return source;
    }

    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    public OptionalInt indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    public boolean contains(String name) {
        return index.containsKey(name);
    }
}
