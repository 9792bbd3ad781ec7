package fr.enquete.cli;

import fr.enquete.importer.Importers;
import fr.enquete.importer.TableSource;
import fr.enquete.model.Survey;
import fr.enquete.spec.SchemaInference;
import fr.enquete.spec.Spec;
import fr.enquete.spec.SpecReader;
import fr.enquete.stats.AnalysisOptions;
import fr.enquete.stats.QuantileMethod;
import fr.enquete.stats.SurveyAnalyzer;
import fr.enquete.stats.SurveyResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import fr.enquete.text.SurveyTerms;
import fr.enquete.text.TermTable;

/** Export + spec (or inference) to results: what stats, report and demo share. */
final class Pipeline {

    private Pipeline() {
    }

    /** What the commands write: the tables, and the term tables of text questions (possibly none). */
    record Analysis(SurveyResult result, Map<String, TermTable> terms) {
    }

    static Analysis analyze(ExportOptions o, TextOptions text) {
        SurveyResult result = analyze(o);
        Map<String, TermTable> terms = text == null || text.noTerms ? Map.of()
                : SurveyTerms.of(result, text.termOptions(), text.top);
        return new Analysis(result, terms);
    }

    /** The survey the export is read with: the spec's, or the inferred one. */
    static Survey survey(ExportOptions o, TableSource source) {
        return o.spec != null ? SpecReader.read(o.spec).survey() : SchemaInference.infer(source).survey();
    }

    static SurveyResult analyze(ExportOptions o) {
        TableSource source = Importers.open(o.export, o.importOptions());
        QuantileMethod cli = o.quantileMethod();
        Survey survey;
        QuantileMethod method;
        if (o.spec != null) {
            Spec spec = SpecReader.read(o.spec);
            survey = spec.survey();
            method = cli != null ? cli : spec.quantiles();
        } else {
            survey = SchemaInference.infer(source).survey();
            method = cli != null ? cli : QuantileMethod.DEFAULT;
        }
        return SurveyAnalyzer.analyze(source, survey, new AnalysisOptions(method, o.lenient));
    }

    /** Refuses to write over an input file. */
    static void checkNotInput(Path out, Path... inputs) {
        for (Path in : inputs) {
            if (in == null) {
                continue;
            }
            try {
                boolean same = Files.exists(out) ? Files.isSameFile(out, in)
                        : out.toAbsolutePath().normalize().equals(in.toAbsolutePath().normalize());
                if (same) {
                    throw new UsageException("the output " + out + " is an input file; choose another path");
                }
            } catch (IOException e) {
                // Cannot compare (unreadable): the write itself will report the problem.
            }
        }
    }
}
