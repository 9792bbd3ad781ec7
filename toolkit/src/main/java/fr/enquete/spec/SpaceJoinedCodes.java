package fr.enquete.spec;

import fr.enquete.model.CellValues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A column of choice codes joined by spaces in one cell, as KoboToolbox writes a {@code select_multiple} when its
 * 0/1 columns are not exported ("02 59 60 62 80", departments ticked). A cell ticking five two-digit codes reads
 * as a French phone number, so such a column was taken for a column of phones and dropped as personal data.
 * <p>
 * Codes are told from phones and from words by their shape and by how they recur: every token is an ASCII code
 * ({@code [A-Za-z0-9_.-]}), at least half of the distinct tokens hold a digit or an underscore (words joined by
 * spaces are text, left to a spec), no cell repeats a token, there are at most {@link SchemaInference#MAX_CHOICES}
 * distinct tokens, at least 80 % of the tokens' occurrences over the distinct cells belong to tokens found in
 * several distinct cells (a column of phones draws its pairs among a hundred, and few recur), and cells hold
 * different numbers of codes (phones always five pairs, GPS points always four numbers).
 */
final class SpaceJoinedCodes {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,40}");

    private SpaceJoinedCodes() {
    }

    /** The codes, numeric ones in numeric order, others by decreasing count; empty when the column is no such column. */
    static Optional<List<String>> in(ColumnProfile prof) {
        if (prof.tooManyDistinct || prof.distinct.size() < 2 || prof.numbers == prof.filled) {
            return Optional.empty();
        }
        Map<String, Long> rows = new HashMap<>();
        Map<String, Integer> cells = new HashMap<>();
        Set<Integer> sizes = new HashSet<>();
        long joinedRows = 0;
        long occurrences = 0;
        for (Map.Entry<String, Long> cell : prof.distinct.entrySet()) {
            String[] tokens = cell.getKey().split(" ", -1);
            Set<String> seen = new HashSet<>();
            for (String t : tokens) {
                if (!CODE.matcher(t).matches() || !seen.add(t)) {
                    return Optional.empty();
                }
                rows.merge(t, cell.getValue(), Long::sum);
                cells.merge(t, 1, Integer::sum);
            }
            occurrences += tokens.length;
            sizes.add(tokens.length);
            if (tokens.length > 1) {
                joinedRows += cell.getValue();
            }
        }
        long coded = rows.keySet().stream().filter(t -> t.chars().anyMatch(c -> Character.isDigit(c) || c == '_')).count();
        long recurring = cells.values().stream().filter(n -> n >= 2).mapToLong(Integer::longValue).sum();
        if (joinedRows < 2 || sizes.size() < 2 || rows.size() > SchemaInference.MAX_CHOICES || coded * 2 < rows.size()
                || recurring * 10 < occurrences * 8) {
            return Optional.empty();
        }
        List<String> codes = new ArrayList<>(rows.keySet());
        if (codes.stream().allMatch(t -> !Double.isNaN(CellValues.parseNumber(t)))) {
            codes.sort(Comparator.comparingDouble(CellValues::parseNumber).thenComparing(Comparator.naturalOrder()));
        } else {
            codes.sort(Comparator.comparingLong((String t) -> rows.get(t)).reversed().thenComparing(Comparator.naturalOrder()));
        }
        return Optional.of(codes);
    }
}
