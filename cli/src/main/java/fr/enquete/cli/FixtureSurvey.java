package fr.enquete.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled centre-social survey (export and spec), which demo and bench run on. */
final class FixtureSurvey {

    private FixtureSurvey() {
    }

    /** The survey's export options under {@code fixtures}, by default this checkout's. */
    static ExportOptions options(Path fixtures) {
        Path dir = fixtures != null ? fixtures : home().resolve("fixtures");
        Path survey = dir.resolve("centres-sociaux");
        if (!Files.isDirectory(survey)) {
            throw new UsageException(fr.enquete.model.Message.of("usage.fixtures.survey", survey));
        }
        ExportOptions export = new ExportOptions();
        export.export = survey.resolve("export.csv");
        export.spec = survey.resolve("spec.yaml");
        return export;
    }

    /** The checkout the launcher runs from (-Denquete.home), else the working directory. */
    static Path home() {
        String h = System.getProperty("enquete.home");
        return Path.of(h != null ? h : ".").toAbsolutePath().normalize();
    }
}
