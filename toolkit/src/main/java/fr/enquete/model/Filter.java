package fr.enquete.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who was asked a question, as a condition on other columns of the same row. The syntax (see
 * {@link FilterParser}) is {@code column = value}, {@code column != value}, {@code column >= number} (and {@code >},
 * {@code <}, {@code <=}), combined with {@code and}, {@code or}, {@code not} and parentheses.
 */
public sealed interface Filter {

    /** Everybody: no filter. */
    Filter ALL = new All();

    /** Where {@code column} is in {@code header}; a column it lacks is an error the spec's reader locates. */
    private static int index(Header header, String column) {
        return header.indexOf(column).orElseThrow(() -> new IllegalArgumentException(column));
    }

    /** The export columns this filter reads. */
    default Set<String> columns() {
        Set<String> out = new LinkedHashSet<>();
        collectColumns(out);
        return out;
    }

    void collectColumns(Set<String> out);

    /** Binds the filter to a header, giving a predicate over rows. Fails if a column is missing. */
    RowPredicate bind(Header header);

    /** The filter in the spec's syntax. */
    String expression();

    @FunctionalInterface
    interface RowPredicate {
        boolean test(Row row);
    }

    record All() implements Filter {
        @Override
        public void collectColumns(Set<String> out) {
        }

        @Override
        public RowPredicate bind(Header header) {
            return row -> true;
        }

        @Override
        public String expression() {
            return "";
        }
    }

    /** {@code column = value} or {@code column != value}, on the trimmed cell; empty value means missing. */
    record Comparison(String column, boolean equal, String value) implements Filter {
        @Override
        public void collectColumns(Set<String> out) {
            out.add(column);
        }

        @Override
        public RowPredicate bind(Header header) {
            int i = index(header, column);
            String v = value.strip();
            return equal ? row -> row.get(i).equals(v) : row -> !row.get(i).equals(v);
        }

        @Override
        public String expression() {
            return FilterParser.quoteColumn(column) + (equal ? " = " : " != ") + FilterParser.quoteValue(value);
        }
    }

    /**
     * {@code column < number}, {@code <=}, {@code >} or {@code >=}: the cell read as a number (a decimal comma too, as
     * every numeric answer is read); a blank cell or one that is no number does not hold ("nombre de salariés >= 10"
     * asks the centres that gave a number of at least 10).
     */
    record Ordered(String column, Order order, double value) implements Filter {

        /** The four orders, as the spec writes them. */
        public enum Order {
            LESS("<"), AT_MOST("<="), MORE(">"), AT_LEAST(">=");

            private final String symbol;

            Order(String symbol) {
                this.symbol = symbol;
            }

            public String symbol() {
                return symbol;
            }

            boolean holds(double cell, double value) {
                return switch (this) {
                    case LESS -> cell < value;
                    case AT_MOST -> cell <= value;
                    case MORE -> cell > value;
                    case AT_LEAST -> cell >= value;
                };
            }

            /** Whether a cell comparing as {@code sign} (negative, zero, positive) to the value holds. */
            boolean holds(int sign) {
                return switch (this) {
                    case LESS -> sign < 0;
                    case AT_MOST -> sign <= 0;
                    case MORE -> sign > 0;
                    case AT_LEAST -> sign >= 0;
                };
            }
        }

        public Ordered {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a filter compares with a finite number, not " + value);
            }
        }

        @Override
        public void collectColumns(Set<String> out) {
            out.add(column);
        }

        @Override
        public RowPredicate bind(Header header) {
            int i = index(header, column);
            // NaN (blank, or no number) compares false with everything.
            return row -> order.holds(row.number(i), value);
        }

        @Override
        public String expression() {
            return FilterParser.quoteColumn(column) + " " + order.symbol() + " " + FilterParser.number(value);
        }
    }

    /**
     * {@code column >= 2024-03-01} (and {@code >}, {@code <}, {@code <=}): the cell read as a date, in any form a date
     * question reads, and compared by its day: a date-time on 1 March 2024 at 14:00 is {@code >= 2024-03-01} and not
     * {@code > 2024-03-01}. Slashed dates with both fields up to 12 ({@code 01/03/2024}) are read in the order the
     * export's platform language implies ({@link DateOrder#defaultFor}); a blank cell or one that is no date does not
     * hold ("submitted from 1 March on" asks the answers submitted that day or later).
     */
    record DateOrdered(String column, Ordered.Order order, LocalDate value) implements Filter {

        public DateOrdered {
            java.util.Objects.requireNonNull(value, "date");
        }

        @Override
        public void collectColumns(Set<String> out) {
            out.add(column);
        }

        @Override
        public RowPredicate bind(Header header) {
            int i = index(header, column);
            DateOrder fallback = DateOrder.defaultFor(header);
            return row -> {
                LocalDate day = day(row.get(i), fallback);
                return day != null && order.holds(day.compareTo(value));
            };
        }

        /**
         * The cell's day, or null for a blank, no date or LimeSurvey's "date not recorded" (1980-01-01, which would
         * otherwise pass every {@code <}); a slashed date that is one in a single order is read in that order.
         */
        private LocalDate day(String text, DateOrder fallback) {
            if (text.isEmpty() || UndatedPlaceholder.in(column, text)) {
                return null;
            }
            CellValues.DateCell cell = CellValues.readDate(text);
            if (cell == null) {
                return null;
            }
            LocalDateTime at = cell.in(fallback);
            if (at == null) {
                at = cell.in(fallback == DateOrder.DAY_FIRST ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST);
            }
            return at == null ? null : at.toLocalDate();
        }

        @Override
        public String expression() {
            return FilterParser.quoteColumn(column) + " " + order.symbol() + " " + value;
        }
    }

    record And(List<Filter> parts) implements Filter {
        public And {
            parts = List.copyOf(parts);
        }

        @Override
        public void collectColumns(Set<String> out) {
            parts.forEach(p -> p.collectColumns(out));
        }

        @Override
        public RowPredicate bind(Header header) {
            RowPredicate[] ps = parts.stream().map(p -> p.bind(header)).toArray(RowPredicate[]::new);
            return row -> {
                for (RowPredicate p : ps) {
                    if (!p.test(row)) {
                        return false;
                    }
                }
                return true;
            };
        }

        @Override
        public String expression() {
            return String.join(" and ", parts.stream().map(And::wrap).toList());
        }

        private static String wrap(Filter f) {
            return f instanceof Or ? "(" + f.expression() + ")" : f.expression();
        }
    }

    record Or(List<Filter> parts) implements Filter {
        public Or {
            parts = List.copyOf(parts);
        }

        @Override
        public void collectColumns(Set<String> out) {
            parts.forEach(p -> p.collectColumns(out));
        }

        @Override
        public RowPredicate bind(Header header) {
            RowPredicate[] ps = parts.stream().map(p -> p.bind(header)).toArray(RowPredicate[]::new);
            return row -> {
                for (RowPredicate p : ps) {
                    if (p.test(row)) {
                        return true;
                    }
                }
                return false;
            };
        }

        @Override
        public String expression() {
            return String.join(" or ", parts.stream().map(Filter::expression).toList());
        }
    }

    record Not(Filter inner) implements Filter {
        @Override
        public void collectColumns(Set<String> out) {
            inner.collectColumns(out);
        }

        @Override
        public RowPredicate bind(Header header) {
            RowPredicate p = inner.bind(header);
            return row -> !p.test(row);
        }

        @Override
        public String expression() {
            return "not (" + inner.expression() + ")";
        }
    }
}
