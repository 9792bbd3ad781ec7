package fr.enquete.report;

import java.util.Locale;
import java.util.Optional;

/** The language of a report's labels and number formats. French is the default. */
public enum Lang {
    FR(Locale.FRENCH), EN(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    public static Optional<Lang> parse(String code) {
        for (Lang l : values()) {
            if (l.code().equalsIgnoreCase(code == null ? "" : code.trim())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
