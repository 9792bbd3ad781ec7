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

    /** {@code fr} or {@code en}: the few words a writer spells out itself rather than from its labels. */
    public String pick(String fr, String en) {
        return this == FR ? fr : en;
    }

    /** An attribute's value as printed, or the words for a missing one. */
    public String valueOrUnknown(String v) {
        return v.isEmpty() ? pick("(non renseigné)", "(unknown)") : v;
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
