package fr.enquete.importer;

import fr.enquete.model.Folding;
import fr.enquete.model.Header;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The survey platform an export comes from, recognised by its metadata columns. */
public enum Platform {
    LIMESURVEY("LimeSurvey"),
    GOOGLE_FORMS("Google Forms"),
    MICROSOFT_FORMS("Microsoft Forms"),
    KOBOTOOLBOX("KoboToolbox"),
    SURVEYMONKEY("SurveyMonkey"),
    OTHER("a spreadsheet or another tool");

    private final String label;

    Platform(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A platform and the columns that gave it away. */
    public record Detection(Platform platform, fr.enquete.model.Message reason) {
    }

    /** The platform named by a {@code --format-hint}: limesurvey, google, microsoft, kobo, surveymonkey, other. */
    public static java.util.Optional<Platform> parse(String hint) {
        String h = fold(hint).replaceAll("[\\s_-]", "");
        return java.util.Optional.ofNullable(switch (h) {
            case "limesurvey", "lime" -> LIMESURVEY;
            case "google", "googleforms", "gforms" -> GOOGLE_FORMS;
            case "microsoft", "microsoftforms", "msforms", "forms" -> MICROSOFT_FORMS;
            case "kobo", "kobotoolbox", "odk" -> KOBOTOOLBOX;
            case "surveymonkey", "monkey" -> SURVEYMONKEY;
            case "other", "spreadsheet", "generic", "none" -> OTHER;
            default -> null;
        });
    }

    /** The hint when given, else what the columns say. */
    public static Detection detect(Header header, Platform hint) {
        return hint != null ? new Detection(hint, fr.enquete.model.Message.plain("--format-hint")) : detect(header);
    }

    /**
     * As {@link #detect(Header, Platform)} on the source's header, and SurveyMonkey when the source merged two
     * header rows recognised by their shape (an export without Collector ID nor IP Address).
     */
    public static Detection detect(TableSource source, Platform hint) {
        Detection d = detect(source.header(), hint);
        if (d.platform() == OTHER && hint == null && source.description().contains(SurveyMonkeyHeaders.MERGED)) {
            return new Detection(SURVEYMONKEY, fr.enquete.model.Message.of("platform.merged"));
        }
        return d;
    }

    public static Detection detect(Header header) {
        Set<String> n = new HashSet<>();
        header.names().forEach(h -> n.add(fold(h)));
        String first = header.names().isEmpty() ? "" : fold(header.names().get(0));
        if (n.containsAll(List.of("submitdate", "lastpage")) || n.containsAll(List.of("submitdate", "startlanguage"))) {
            return new Detection(LIMESURVEY, columns("submitdate, lastpage, startlanguage"));
        }
        // The same columns under full-text headings ("Date submitted", "Date de soumission"), named as the file has them.
        List<String> lime = header.names().stream().filter(h -> List.of("submitdate", "lastpage", "startlanguage")
                .contains(fr.enquete.model.LimeSurveyHeadings.code(h))).toList();
        Set<String> codes = new HashSet<>();
        lime.forEach(h -> codes.add(fr.enquete.model.LimeSurveyHeadings.code(h)));
        if (codes.contains("submitdate") && codes.size() >= 2) {
            return new Detection(LIMESURVEY, columns(String.join(", ", lime)));
        }
        if (n.contains("respondent id") && n.contains("collector id") || n.contains("id du repondant") && n.contains("id du collecteur")) {
            return new Detection(SURVEYMONKEY, fr.enquete.model.Message.of("platform.columns.two", "Respondent ID", "Collector ID"));
        }
        if (n.contains("_uuid") || n.contains("_submission_time")) {
            return new Detection(KOBOTOOLBOX, columns("_uuid, _submission_time"));
        }
        if (n.contains("id") && (n.contains("heure de debut") || n.contains("start time"))
                && (n.contains("heure de fin") || n.contains("completion time"))) {
            return new Detection(MICROSOFT_FORMS, columns("ID, Start time (Heure de début), Completion time (Heure de fin)"));
        }
        if (first.equals("horodateur") || first.equals("timestamp") || first.equals("horodatage")) {
            return new Detection(GOOGLE_FORMS, fr.enquete.model.Message.of("platform.first", header.names().get(0)));
        }
        return new Detection(OTHER, fr.enquete.model.Message.of("platform.none"));
    }

    private static fr.enquete.model.Message columns(String names) {
        return fr.enquete.model.Message.of("platform.columns", names);
    }

    static String fold(String s) {
        return Folding.unaccentedLowerCase(s.strip());
    }
}
