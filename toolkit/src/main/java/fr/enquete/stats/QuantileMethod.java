package fr.enquete.stats;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * The nine sample quantile definitions of Hyndman and Fan (1996), as implemented by commons-math3.
 * Users know some of them by other names: {@code excel} (QUARTILE.INC) and {@code r} are type 7,
 * {@code minitab}, {@code spss} (and Excel's QUARTILE.EXC) are type 6, {@code limesurvey} is type 6 with
 * LimeSurvey's display rule ({@link #LIMESURVEY}), {@code sas} is type 3.
 */
public enum QuantileMethod {
    TYPE_1(EstimationType.R_1), TYPE_2(EstimationType.R_2), TYPE_3(EstimationType.R_3),
    TYPE_4(EstimationType.R_4), TYPE_5(EstimationType.R_5), TYPE_6(EstimationType.R_6),
    TYPE_7(EstimationType.R_7), TYPE_8(EstimationType.R_8), TYPE_9(EstimationType.R_9),
    /**
     * Type 6 shown as LimeSurvey's statistics show it (its {@code getQuartile}): quartiles only from 4 values, the
     * median only from 2, so that a table compares figure for figure with the platform's own.
     */
    LIMESURVEY(EstimationType.R_6, 6);

    /** R's default and Excel's QUARTILE.INC. */
    public static final QuantileMethod DEFAULT = TYPE_7;

    private static final Map<String, QuantileMethod> ALIASES = Map.of(
            "excel", TYPE_7, "r", TYPE_7, "inc", TYPE_7,
            "limesurvey", LIMESURVEY, "minitab", TYPE_6, "spss", TYPE_6, "exc", TYPE_6,
            "sas", TYPE_3);

    private final EstimationType estimation;
    private final int type;

    QuantileMethod(EstimationType estimation) {
        this(estimation, 0);
    }

    QuantileMethod(EstimationType estimation, int type) {
        this.estimation = estimation;
        this.type = type;
    }

    EstimationType estimation() {
        return estimation;
    }

    /** 1 to 9. */
    public int type() {
        return type > 0 ? type : ordinal() + 1;
    }

    /** "type 7", as written in outputs; "type 6 (LimeSurvey)" for LimeSurvey's display rule. */
    public String label() {
        return "type " + type() + (this == LIMESURVEY ? " (LimeSurvey)" : "");
    }

    /** Whether a quartile of {@code count} values is shown: LimeSurvey shows none below 4 values. */
    public boolean showsQuartiles(long count) {
        return this != LIMESURVEY || count >= 4;
    }

    /** Whether the median of {@code count} values is shown: LimeSurvey shows none below 2 values. */
    public boolean showsMedian(long count) {
        return this != LIMESURVEY || count >= 2;
    }

    /** Accepts {@code 7}, {@code type7}, {@code type-7}, {@code R-7}, or an alias such as {@code excel}. */
    public static Optional<QuantileMethod> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (ALIASES.containsKey(t)) {
            return Optional.of(ALIASES.get(t));
        }
        String digits = t.replaceFirst("^(type|r)[ _-]?", "");
        if (digits.length() == 1 && digits.charAt(0) >= '1' && digits.charAt(0) <= '9') {
            return Optional.of(values()[digits.charAt(0) - '1']);
        }
        return Optional.empty();
    }

    public static String names() {
        return "1 to 9, " + String.join(", ", Arrays.asList("excel", "r", "limesurvey", "minitab", "spss", "sas"));
    }
}
