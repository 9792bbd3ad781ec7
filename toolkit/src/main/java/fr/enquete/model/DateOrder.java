package fr.enquete.model;


/**
 * The order of day and month in slashed dates: {@code 14/06/2019} (French, day first) or {@code 6/14/2019}
 * (English-language Google Sheets and Microsoft Forms, month first). ISO dates need no order.
 */
public enum DateOrder {
    DAY_FIRST("day/month/year (d/M/yyyy)"),
    MONTH_FIRST("month/day/year (M/d/yyyy)");

    private final String label;

    DateOrder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** {@link #label()} in either language. */
    public Message wording() {
        return Message.of(this == DAY_FIRST ? "inference.order.day" : "inference.order.month");
    }

    /**
     * The order the platform's interface language implies when a column does not prove one: a first column
     * {@code Timestamp} (Google Forms in English) or Microsoft Forms' {@code Start time} means month first;
     * SurveyMonkey's English {@code Respondent ID} with {@code Start Date} mean month first too;
     * {@code Horodateur} and anything else, the French convention, day first.
     */
    public static DateOrder defaultFor(Header header) {
        for (String name : header.names()) {
            String f = fold(name);
            if (f.equals("start time") || f.equals("completion time")) {
                return MONTH_FIRST;
            }
        }
        if (surveyMonkeyInEnglish(header)) {
            return MONTH_FIRST;
        }
        return !header.names().isEmpty() && fold(header.names().get(0)).equals("timestamp") ? MONTH_FIRST : DAY_FIRST;
    }

    /** Why {@link #defaultFor} chose its order, for inspect. */
    public static Message defaultReason(Header header) {
        DateOrder o = defaultFor(header);
        if (o == DAY_FIRST) {
            return Message.of(!header.names().isEmpty() && fold(header.names().get(0)).equals("horodateur")
                    ? "inference.order.horodateur" : "inference.order.french");
        }
        if (!header.names().isEmpty() && fold(header.names().get(0)).equals("timestamp")) {
            return Message.of("inference.order.timestamp");
        }
        return Message.of(surveyMonkeyInEnglish(header) ? "inference.order.surveymonkey" : "inference.order.msforms");
    }

    /** SurveyMonkey's English export: {@code Respondent ID} with {@code Start Date} (written 06/08/2020 10:36:30 AM). */
    private static boolean surveyMonkeyInEnglish(Header header) {
        boolean id = false;
        boolean start = false;
        for (String name : header.names()) {
            String f = fold(name);
            id |= f.equals("respondent id");
            start |= f.equals("start date");
        }
        return id && start;
    }

    private static String fold(String s) {
        return Folding.unaccentedLowerCase(s.strip());
    }
}
