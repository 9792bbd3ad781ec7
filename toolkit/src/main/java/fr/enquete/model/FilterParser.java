package fr.enquete.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses filter expressions of the spec file:
 * <pre>
 *   expr       := orExpr
 *   orExpr     := andExpr ("or" andExpr)*
 *   andExpr    := unary ("and" unary)*
 *   unary      := "not" unary | "(" expr ")" | comparison
 *   comparison := column ("=" | "!=") value | column ("&lt;" | "&lt;=" | "&gt;" | "&gt;=") (number | date)
 *   date       := year-month-day, ISO 8601: 2024-03-01
 *   column     := bare | `back-quoted, for names with spaces`
 *   value      := bare | "double quoted" | 'single quoted'
 * </pre>
 * A bare word runs up to white space, a parenthesis or an operator, so {@code actions[SQ001] = Y} works.
 * {@code ""} as value means "empty cell".
 */
public final class FilterParser {

    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    /** What a date written in a filter looks like, so that a malformed one is refused as a date, not as a number. */
    private static final java.util.regex.Pattern DATE_LIKE = java.util.regex.Pattern.compile("\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}");

    /** Nesting of parentheses and 'not' allowed: far beyond any real filter, far below a stack overflow. */
    public static final int MAX_DEPTH = 200;

    private final String text;
    private int pos;
    private int depth;

    private FilterParser(String text) {
        this.text = text;
    }

    /**
     * @throws IllegalArgumentException with a message saying what was expected and at which character
     */
    public static Filter parse(String expression) {
        if (expression == null || expression.isBlank()) {
            return Filter.ALL;
        }
        FilterParser p = new FilterParser(expression);
        Filter f = p.orExpr();
        p.skipSpace();
        if (p.pos < p.text.length()) {
            throw p.error(Message.of("filter.end"));
        }
        return f;
    }

    static String quoteColumn(String column) {
        return isBare(column) ? column : "`" + column + "`";
    }

    static String quoteValue(String value) {
        return isBare(value) && !value.isEmpty() ? value : "\"" + value.replace("\"", "\\\"") + "\"";
    }

    /** A filter's number as the spec writes it: 10, 2.5 (a point, as the filter reads a comma or a point alike). */
    static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static boolean isBare(String s) {
        if (s.isEmpty()) {
            return false;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("and") || lower.equals("or") || lower.equals("not")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (isDelimiter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDelimiter(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == '=' || c == '!' || c == '"'
                || c == '\'' || c == '`' || c == '<' || c == '>';
    }

    private Filter orExpr() {
        List<Filter> parts = new ArrayList<>();
        parts.add(andExpr());
        while (keyword("or")) {
            parts.add(andExpr());
        }
        return parts.size() == 1 ? parts.get(0) : new Filter.Or(parts);
    }

    private Filter andExpr() {
        List<Filter> parts = new ArrayList<>();
        parts.add(unary());
        while (keyword("and")) {
            parts.add(unary());
        }
        return parts.size() == 1 ? parts.get(0) : new Filter.And(parts);
    }

    private Filter unary() {
        skipSpace();
        if (keyword("not")) {
            enter();
            Filter negated = new Filter.Not(unary());
            depth--;
            return negated;
        }
        if (peek() == '(') {
            enter();
            pos++;
            Filter inner = orExpr();
            skipSpace();
            if (peek() != ')') {
                throw error(Message.of("filter.paren"));
            }
            pos++;
            depth--;
            return inner;
        }
        String column = word("filter.what.column", '`');
        skipSpace();
        Filter.Ordered.Order order = text.startsWith("<=", pos) ? Filter.Ordered.Order.AT_MOST
                : text.startsWith(">=", pos) ? Filter.Ordered.Order.AT_LEAST
                : peek() == '<' ? Filter.Ordered.Order.LESS : peek() == '>' ? Filter.Ordered.Order.MORE : null;
        if (order != null) {
            pos += order.symbol().length();
            skipSpace();
            int at = pos;
            char q = peek();
            String number = q == '"' || q == '\'' ? word("filter.what.number", q) : word("filter.what.number", '"');
            if (DATE_LIKE.matcher(number).matches()) {
                return new Filter.DateOrdered(column, order, date(number, at, column, order));
            }
            double value = CellValues.parseNumber(number);
            if (!Double.isFinite(value)) {
                pos = at;
                throw error(Message.of("filter.number", order.symbol(), column, number));
            }
            return new Filter.Ordered(column, order, value);
        }
        boolean equal;
        if (text.startsWith("!=", pos)) {
            equal = false;
            pos += 2;
        } else if (peek() == '=') {
            equal = true;
            pos += text.startsWith("==", pos) ? 2 : 1;
        } else {
            throw error(Message.of("filter.operator", column));
        }
        skipSpace();
        char c = peek();
        String value = c == '"' || c == '\'' ? word("filter.what.value", c) : word("filter.what.value", '"');
        return new Filter.Comparison(column, equal, value);
    }

    /**
     * A date as a filter writes it, ISO only: {@code 01/03/2024} is 1 March in a French export and 3 January in an
     * English one, so a slashed date is refused with the ISO spelling to use.
     */
    private LocalDate date(String text, int at, String column, Filter.Ordered.Order order) {
        java.util.regex.Matcher iso = ISO_DATE.matcher(text);
        if (iso.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            } catch (java.time.DateTimeException e) {
                pos = at;
                throw error(Message.of("filter.date.invalid", order.symbol(), text));
            }
        }
        pos = at;
        throw error(Message.of("filter.date.iso", order.symbol(), column, text));
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error(Message.of("filter.depth", MAX_DEPTH));
        }
    }

    /** A bare word, or a word quoted with {@code quote} when the text starts with it; {@code what} a filter.what key. */
    private String word(String what, char quote) {
        skipSpace();
        if (pos >= text.length()) {
            throw error(Message.of("filter.expected", Message.of(what)));
        }
        char c = text.charAt(pos);
        if (c == quote || (c == '`' && quote == '`')) {
            StringBuilder sb = new StringBuilder();
            pos++;
            while (pos < text.length() && text.charAt(pos) != c) {
                if (text.charAt(pos) == '\\' && pos + 1 < text.length()) {
                    pos++;
                }
                sb.append(text.charAt(pos++));
            }
            if (pos >= text.length()) {
                throw error(Message.of("filter.quote", String.valueOf(c)));
            }
            pos++;
            return sb.toString();
        }
        int start = pos;
        while (pos < text.length() && !isDelimiter(text.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw error(Message.of("filter.expected", Message.of(what)));
        }
        return text.substring(start, pos);
    }

    private boolean keyword(String kw) {
        skipSpace();
        int end = pos + kw.length();
        if (end <= text.length() && text.substring(pos, end).equalsIgnoreCase(kw)
                && (end == text.length() || Character.isWhitespace(text.charAt(end)) || text.charAt(end) == '(')) {
            pos = end;
            return true;
        }
        return false;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private FilterSyntaxException error(Message problem) {
        String shown = text.length() <= 200 ? text : text.substring(0, 197) + "...";
        // The character as a string: a position past 999 reads "1234", as before, not "1,234".
        return new FilterSyntaxException(Message.of("filter.at", problem, String.valueOf(pos + 1), shown));
    }
}
