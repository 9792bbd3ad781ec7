package fr.enquete.stats;

import java.util.List;

/**
 * The tables of a whole survey: the number of respondents (non-blank data rows), one result per
 * question in spec order, and the doubts met on the way.
 *
 * @param weights how the respondents were weighted, or null when they were not
 */
public record SurveyResult(String title, long respondents, List<QuestionResult> questions,
                           List<Diagnostic> diagnostics, Precision precision, int secret, List<ResponseRates.Rate> rates,
                           WeightSummary weights) {

    public SurveyResult(String title, long respondents, List<QuestionResult> questions, List<Diagnostic> diagnostics,
                        Precision precision) {
        this(title, respondents, questions, diagnostics, precision, 0, List.of(), null);
    }

    public SurveyResult(String title, long respondents, List<QuestionResult> questions, List<Diagnostic> diagnostics) {
        this(title, respondents, questions, diagnostics, null);
    }

    public SurveyResult {
        // However the tables were masked (overall, by group, regrouped), what a masked count reads from is withheld.
        questions = secret > 0 ? Secrecy.withholdTexts(questions) : List.copyOf(questions);
        diagnostics = List.copyOf(diagnostics);
        rates = List.copyOf(rates == null ? List.of() : rates);
    }

    /** Whether the figures are weighted. */
    public boolean weighted() {
        return weights != null;
    }

    /** The same result with response rates by stratum. */
    public SurveyResult withRates(List<ResponseRates.Rate> r) {
        return new SurveyResult(title, respondents, questions, diagnostics, precision, secret, r, weights);
    }

    /** The same result with other tables (the same questions, grouped rows, say). */
    public SurveyResult withQuestions(List<QuestionResult> q) {
        return new SurveyResult(title, respondents, q, diagnostics, precision, secret, rates, weights);
    }

    /** The same result with other diagnostics. */
    public SurveyResult withDiagnostics(List<Diagnostic> d) {
        return new SurveyResult(title, respondents, questions, d, precision, secret, rates, weights);
    }

    /**
     * The same result with statistical secrecy applied, the tables of derived questions being masked with their
     * sources' ({@code derivations}: the survey's; see {@link Secrecy#maskDerived}); 0 for none.
     */
    public SurveyResult withSecret(int threshold, List<? extends fr.enquete.model.DerivedColumn> derivations) {
        return withSecret(threshold, derivations, Dominance.DEFAULT);
    }

    /** As {@link #withSecret(int, List)}, numeric summaries withheld by the {@code dominance} rule too. */
    public SurveyResult withSecret(int threshold, List<? extends fr.enquete.model.DerivedColumn> derivations, Dominance dominance) {
        return threshold <= 0 ? this : new SurveyResult(title, respondents, Secrecy.mask(questions, threshold, derivations, dominance),
                diagnostics, precision, threshold, rates, weights);
    }

    /** The same result with statistical secrecy applied (see {@link Secrecy}); 0 for none. */
    public SurveyResult withSecret(int threshold) {
        return threshold <= 0 ? this : new SurveyResult(title, respondents, Secrecy.mask(questions, threshold), diagnostics, precision,
                threshold, rates, weights);
    }

    /** The same result, its percentages given intervals ({@code precision}; null for none). */
    public SurveyResult withPrecision(Precision p) {
        return new SurveyResult(title, respondents, questions, diagnostics, p, secret, rates, weights);
    }

    /**
     * The same result with every text that came from the respondents passed through {@code f} (pseudonymisation):
     * free-text answers, answers found outside the listed choices ("Autre : contacter Mme Durand..."), the choices of
     * a question whose choices were read from the answers ({@link fr.enquete.model.Question#choicesFromAnswers}) that
     * one respondent gave, and the diagnostics, which quote cells.
     */
    public SurveyResult mapTexts(java.util.function.UnaryOperator<String> f) {
        List<QuestionResult> mapped = questions.stream().map(q -> {
            if (q instanceof QuestionResult.Text t) {
                return (QuestionResult) new QuestionResult.Text(t.question(), t.base(),
                        t.answers().stream().map(v -> new QuestionResult.Verbatim(v.row(), f.apply(v.text()))).toList(), t.withheld());
            }
            if (q instanceof QuestionResult.Choices c) {
                return c.withRows(c.rows().stream().map(r -> !mayBeRespondentsWords(c, r) ? r
                        : new ChoiceRow(f.apply(r.label()), r.count(), r.weighted(), r.percent(), r.missing(), r.listed(), r.masked(), r.grouped())).toList());
            }
            return q;
        }).toList();
        List<Diagnostic> d = diagnostics.stream().map(x -> new Diagnostic(x.where(), x.message().mapTexts(f))).toList();
        return new SurveyResult(title, respondents, mapped, d, precision, secret, rates, weights);
    }

    /**
     * Reads every text {@link #mapTexts} passes through its function, in the same order, copying nothing: the masking
     * of personal data reads them all for the people they name before it masks any.
     */
    public void forEachText(java.util.function.Consumer<String> read) {
        for (QuestionResult q : questions) {
            if (q instanceof QuestionResult.Text t) {
                t.answers().forEach(v -> read.accept(v.text()));
            } else if (q instanceof QuestionResult.Choices c) {
                c.rows().forEach(r -> {
                    if (mayBeRespondentsWords(c, r)) {
                        read.accept(r.label());
                    }
                });
            }
        }
        diagnostics.forEach(x -> x.message().forEachText(read));
    }

    /**
     * Whether a row's label may be a respondent's words: an answer found outside the listed choices, or a choice read
     * from the answers (no spec) that one respondent gave (Google Forms' inline "Autre": "contact :
     * sophie.durand@gmail.com"; see Question.respondentsWords); never the row of missing answers.
     */
    private static boolean mayBeRespondentsWords(QuestionResult.Choices c, ChoiceRow r) {
        return !r.missing() && (!r.listed() || c.question().respondentsWords(r.label()));
    }
}
