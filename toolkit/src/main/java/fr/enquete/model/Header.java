package fr.enquete.model;

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

    public Header(String source, List<String> names) {
        this.source = source;
        this.names = List.copyOf(names);
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < this.names.size(); i++) {
            String name = this.names.get(i);
            Integer previous = map.putIfAbsent(name, i);
            if (previous != null && !name.isEmpty()) {
                throw new InputException(SourceLocation.cell(source, 1, name),
                        "the header names this column twice (columns " + (previous + 1) + " and " + (i + 1)
                                + "); rename one so that every column has its own name");
            }
        }
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
