package fr.enquete.stats;

/** A figure of a numeric summary that statistical secrecy may withhold, named as the JSON and CSV outputs name it. */
public enum SummaryFigure {
    SUM, MEAN, STDDEV, MIN, Q1, MEDIAN, Q3, MAX;

    /** Its name in the outputs: "sum", "stddev", "q1". */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
