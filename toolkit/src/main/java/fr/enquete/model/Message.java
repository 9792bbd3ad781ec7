package fr.enquete.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A finding's wording kept apart from its language: a key of {@code messages_fr/en.properties} and its arguments,
 * written out in French ("71,25", "ligne 12", the file's name only) or English when it is printed.
 *
 * <p>Arguments: text as is; whole numbers grouped ({@code 1 234}); {@link Figure}, {@link Rows}, {@link Listed},
 * {@link SourceLocation} and nested messages written in the language. A template reads argument {@code i} written
 * out as {@code {i}}, and its raw number (for a plural) as {@code {1i}}: {@code {11,choice,1#|1<s}}.
 */
public record Message(String key, List<Object> args) {

    /** French numbers as reports print them: no-break space between thousands, decimal comma. */
    private static final char NBSP = '\u00A0';
    private static final int RAW = 10;

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** A sentence with no translation (read from a platform's file, say): printed as it is in both languages. */
    public static Message plain(String text) {
        return of("plain", text);
    }

    /**
     * The same message with every text argument (cells quoted from the data, nested messages, listed items) passed
     * through {@code f}: pseudonymisation masks what a finding quotes without touching its wording or figures.
     */
    public Message mapTexts(java.util.function.UnaryOperator<String> f) {
        return new Message(key, args.stream().map(a -> mapArg(a, f)).toList());
    }

    /** Reads every text argument {@link #mapTexts} passes through its function, in the same order, copying nothing. */
    public void forEachText(java.util.function.Consumer<String> read) {
        args.forEach(a -> readArg(a, read));
    }

    private static void readArg(Object a, java.util.function.Consumer<String> read) {
        if (a instanceof String s) {
            read.accept(s);
        } else if (a instanceof Message m) {
            m.forEachText(read);
        } else if (a instanceof Listed l) {
            l.items().forEach(i -> readArg(i, read));
        }
    }

    private static Object mapArg(Object a, java.util.function.UnaryOperator<String> f) {
        if (a instanceof String s) {
            return f.apply(s);
        }
        if (a instanceof Message m) {
            return m.mapTexts(f);
        }
        if (a instanceof Listed l) {
            return new Listed(l.items().stream().map(i -> mapArg(i, f)).toList(), l.more());
        }
        return a;
    }

    /** A number with its unit ("%", "€", "pts"; "" for none), {@code decimals} fixed or -1 for as many as it has. */
    public record Figure(double value, String unit, int decimals, boolean signed, boolean grouped) {
        public static Figure of(double value) {
            return new Figure(value, "", -1, false, true);
        }

        /** A year or a code: no thousands separator. */
        public static Figure ungrouped(double value) {
            return new Figure(value, "", -1, false, false);
        }
    }

    /** Rows of a table as a spreadsheet numbers them: "row 12", "rows 3, 4, ..." when {@code more} were found. */
    public record Rows(List<Long> rows, boolean more) {
        public Rows {
            rows = List.copyOf(rows);
        }
    }

    /** Items joined by commas, "..." after them when {@code more} were left out. */
    public record Listed(List<?> items, boolean more) {
        public Listed {
            items = List.copyOf(items);
        }
    }

    /** English, with the location's full path: logs, JSON and exception messages. */
    public String english() {
        return new Writer(Locale.ENGLISH, false).write(this);
    }

    /** In {@code locale}'s language (French unless English), locations by their file's name only. */
    public String text(Locale locale) {
        return new Writer(locale, true).write(this);
    }

    /** "export.csv, ligne 12, colonne « adherents »: message" (English: "export.csv, row 12, column "adherents": ..."). */
    public static String located(SourceLocation where, Message message, Locale locale) {
        return located(where, message, locale, true);
    }

    /** As {@link #located(SourceLocation, Message, Locale)}, the file named by its whole path unless {@code shortNames}. */
    public static String located(SourceLocation where, Message message, Locale locale, boolean shortNames) {
        Writer w = new Writer(locale, shortNames);
        return w.location(where) + w.bundle.getString("located.separator") + w.write(message);
    }

    /** Writes messages in one language. */
    private static final class Writer {
        private final ResourceBundle bundle;
        private final boolean french;
        private final boolean shortNames;

        Writer(Locale locale, boolean shortNames) {
            this.french = !locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
            this.bundle = ResourceBundle.getBundle("fr.enquete.model.messages", french ? Locale.FRENCH : Locale.ENGLISH,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            this.shortNames = shortNames;
        }

        String write(Message m) {
            Object[] values = new Object[RAW + m.args().size()];
            for (int i = 0; i < m.args().size(); i++) {
                Object a = m.args().get(i);
                values[i] = arg(a);
                values[RAW + i] = a instanceof Number n ? n : a instanceof Figure f ? f.value() : a instanceof Rows r ? r.rows().size() : 0;
            }
            return new MessageFormat(bundle.getString(m.key()), french ? Locale.FRENCH : Locale.ENGLISH).format(values);
        }

        private String arg(Object a) {
            if (a instanceof Message m) {
                return write(m);
            }
            if (a instanceof Long || a instanceof Integer) {
                return number(((Number) a).doubleValue(), -1, true);
            }
            if (a instanceof Figure f) {
                String n = (f.signed() && f.value() > 0 ? "+" : "") + number(f.value(), f.decimals(), f.grouped());
                return f.unit().isEmpty() ? n : n + (french ? NBSP : ' ') + f.unit();
            }
            if (a instanceof Rows r) {
                List<String> shown = r.rows().stream().map(String::valueOf).toList();
                return MessageFormat.format(bundle.getString(r.rows().size() == 1 && !r.more() ? "row" : "rows"),
                        String.join(", ", shown) + (r.more() ? ellipsis() : ""));
            }
            if (a instanceof Listed l) {
                List<String> items = new ArrayList<>();
                l.items().forEach(x -> items.add(arg(x)));
                return String.join(", ", items) + (l.more() ? ellipsis() : "");
            }
            if (a instanceof SourceLocation where) {
                return location(where);
            }
            return String.valueOf(a);
        }

        private String ellipsis() {
            return french ? ", …" : ", ...";
        }

        String location(SourceLocation where) {
            String file = where.file() == null ? "<input>" : shortNames ? fileName(where.file()) : where.file();
            StringBuilder sb = new StringBuilder(file);
            if (where.row() > 0) {
                sb.append(", ").append(MessageFormat.format(bundle.getString("row"), String.valueOf(where.row())));
            }
            if (where.line() > 0) {
                sb.append(", ").append(MessageFormat.format(bundle.getString("line"), String.valueOf(where.line())));
            }
            if (where.column() != null) {
                if (where.line() > 0 && where.column().startsWith("col ")) {
                    sb.append(", ").append(MessageFormat.format(bundle.getString("column.number"), where.column().substring(4)));
                } else {
                    sb.append(", ").append(MessageFormat.format(bundle.getString("column"), where.column()));
                }
            }
            return sb.toString();
        }

        private static String fileName(String file) {
            try {
                Path name = Path.of(file).getFileName();
                return name == null ? file : name.toString();
            } catch (InvalidPathException e) {
                return file;
            }
        }

        /** {@code decimals} fixed, or -1: as many as the value has (trailing zeros dropped), as the figure was printed. */
        private String number(double d, int decimals, boolean grouped) {
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return "–";
            }
            DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
            symbols.setDecimalSeparator(french ? ',' : '.');
            symbols.setGroupingSeparator(french ? NBSP : ',');
            symbols.setMinusSign('-');
            DecimalFormat f = new DecimalFormat(grouped ? "#,##0" : "0", symbols);
            f.setRoundingMode(RoundingMode.HALF_UP);
            BigDecimal exact = BigDecimal.valueOf(d);
            if (decimals >= 0) {
                f.setMinimumFractionDigits(decimals);
                f.setMaximumFractionDigits(decimals);
            } else {
                f.setMaximumFractionDigits(Math.max(0, exact.stripTrailingZeros().scale()));
            }
            return f.format(exact);
        }
    }
}
