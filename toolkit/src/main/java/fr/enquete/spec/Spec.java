package fr.enquete.spec;

import fr.enquete.model.Survey;
import fr.enquete.stats.QuantileMethod;

/**
 * A spec file: the survey it describes and the analysis settings it fixes (a command-line option, when
 * given, wins over the spec).
 *
 * @param quantiles the spec's {@code quantiles:}, or the default (type 7) when it has none
 * @param report    the spec's {@code report:} layout, or {@link ReportLayout#DEFAULT}
 * @param pseudonymise the spec's {@code pseudonymise: true}: personal data in free text is masked (the default) and
 *                     {@code --keep-personal-data} refused
 * @param weights   the spec's {@code weights:} (a column, or raking margins), or null
 */
public record Spec(Survey survey, QuantileMethod quantiles, ReportLayout report, boolean pseudonymise,
                   fr.enquete.weight.WeightSpec weights) {

    /** A null quantile method or layout is the default one; a spec describes a survey. */
    public Spec {
        java.util.Objects.requireNonNull(survey, "a spec needs its survey");
        quantiles = quantiles == null ? QuantileMethod.DEFAULT : quantiles;
        report = report == null ? ReportLayout.DEFAULT : report;
    }

    public Spec(Survey survey, QuantileMethod quantiles) {
        this(survey, quantiles, ReportLayout.DEFAULT, false, null);
    }
}
