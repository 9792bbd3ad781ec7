package fr.enquete.qual;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A cross-count of coded material: rows are themes, columns quadrants or interviewee roles, and each cell
 * the number of distinct sources that said something coded there.
 */
public record Matrix(List<String> rows, List<String> columns, long[][] counts) {

    public Matrix {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        counts = copy;
    }

    public long count(int row, int column) {
        return counts[row][column];
    }

    /** The matrix with only the row {@code name} (a theme's report), or no row when it has none. */
    public Matrix only(String name) {
        int r = rows.indexOf(name);
        return r < 0 ? new Matrix(List.of(), columns, new long[0][]) : new Matrix(List.of(name), columns, new long[][] {counts[r]});
    }

    /** Themes (in {@code themeOrder}, then any other in order of appearance) by quadrant. */
    public static Matrix themeByQuadrant(List<CodedSegment> coded, List<String> themeOrder) {
        return themeByQuadrant(coded, themeOrder, Grid.AFOM);
    }

    /** Themes by the quadrants of {@code grid}, in its order. */
    public static Matrix themeByQuadrant(List<CodedSegment> coded, List<String> themeOrder, Grid grid) {
        List<String> quadrants = new ArrayList<>();
        for (Quadrant q : grid.quadrants()) {
            quadrants.add(q.code());
        }
        return of(coded, themeOrder, quadrants, c -> c.code().quadrant().code());
    }

    /** Themes by the role of the source ("" when unknown, shown last). */
    public static Matrix themeByRole(List<CodedSegment> coded, List<String> themeOrder, Map<String, Source> sources) {
        Function<CodedSegment, String> role = c -> {
            Source s = sources.get(c.segment().source());
            return s == null ? "" : s.role();
        };
        Set<String> roles = new java.util.TreeSet<>();
        coded.forEach(c -> roles.add(role.apply(c)));
        List<String> columns = new ArrayList<>(roles);
        if (columns.remove("")) {
            columns.add("");
        }
        return of(coded, themeOrder, columns, role);
    }

    private static Matrix of(List<CodedSegment> coded, List<String> themeOrder, List<String> columns,
                             Function<CodedSegment, String> column) {
        Set<String> themes = new LinkedHashSet<>();
        Set<String> present = new HashSet<>();
        coded.forEach(c -> present.add(c.code().theme()));
        themeOrder.stream().filter(present::contains).forEach(themes::add);
        coded.forEach(c -> themes.add(c.code().theme()));
        List<String> rows = new ArrayList<>(themes);
        List<List<Set<String>>> sources = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Set<String>> cells = new ArrayList<>();
            for (int k = 0; k < columns.size(); k++) {
                cells.add(new HashSet<>());
            }
            sources.add(cells);
        }
        for (CodedSegment c : coded) {
            sources.get(rows.indexOf(c.code().theme())).get(columns.indexOf(column.apply(c))).add(c.segment().source());
        }
        long[][] counts = new long[rows.size()][columns.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int k = 0; k < columns.size(); k++) {
                counts[r][k] = sources.get(r).get(k).size();
            }
        }
        return new Matrix(rows, columns, counts);
    }
}
