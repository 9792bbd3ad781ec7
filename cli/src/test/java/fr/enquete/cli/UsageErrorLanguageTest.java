package fr.enquete.cli;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Usage mistakes (exit code 2) are told in the run's language, as input errors are: French by default, English with
 * {@code --lang en}, the line saying where help is in the same language. picocli's own refusals (a parameter missing, an
 * option mistyped, a value of the wrong type) and the commands' checks alike, on the repository's exports.
 */
class UsageErrorLanguageTest {

    @TempDir
    Path dir;

    @Test
    void picocliRefusalsAreFrenchByDefaultAndEnglishOnRequest() throws IOException {
        String export = copy("centres-sociaux/export.csv");
        BothLanguages.assertUsage(dir, List.of("stats"),
                "enquete: paramètre obligatoire manquant : « EXPORT »",
                "enquete: Missing required parameter: 'EXPORT'");
        BothLanguages.assertUsage(dir, List.of("report", export),
                "enquete: option obligatoire manquante : « --out=DIR »",
                "enquete: Missing required option: '--out=DIR'");
        // "--weights" is one letter away from --weight, and picocli's suggestion is kept in both languages.
        BothLanguages.assertUsage(dir, List.of("stats", export, "--weights", "poids"),
                "enquete: options inconnues : « --weights », « poids » (vouliez-vous dire --weight ?)",
                "enquete: Unknown options: '--weights', 'poids' (did you mean --weight?)");
        BothLanguages.assertUsage(dir, List.of("stats", export, "--secret", "cinq"),
                "enquete: valeur incorrecte pour l’option « --secret » : « cinq » n’est pas un nombre entier",
                "enquete: Invalid value for option '--secret': 'cinq' is not a whole number");
        BothLanguages.assertUsage(dir, List.of("stats", export, "--confidence", "0,95"),
                "enquete: valeur incorrecte pour l’option « --confidence » : « 0,95 » n’est pas un nombre (écrivez-le avec un"
                        + " point, par exemple 0.5)",
                "enquete: Invalid value for option '--confidence': '0,95' is not a number (write it with a point, e.g. 0.5)");
        // code's --format is an enum: its constants are the values listed.
        BothLanguages.assertUsage(dir, List.of("code", export, "--format", "pdf"),
                "enquete: valeur incorrecte pour l’option « --format » : valeur « pdf » inconnue ; valeurs possibles : text, csv,"
                        + " json, qdpx",
                "enquete: Invalid value for option '--format': unknown value 'pdf'; expected one of text, csv, json, qdpx");
        BothLanguages.assertUsage(dir, List.of("stats", export, "--out", "a.json", "--out", "b.json"),
                "enquete: l’option « --out » ne se donne qu’une fois",
                "enquete: option '--out' should be specified only once");
        BothLanguages.assertUsage(dir, List.of("stats", export, "--out", ""),
                "enquete: valeur incorrecte pour l’option « --out » : un chemin vide ; donnez un nom de fichier ou de dossier",
                "enquete: Invalid value for option '--out': an empty path; give a file or folder name");
    }

    @Test
    void theCommandsOwnChecksAreFrenchByDefaultAndEnglishOnRequest() throws IOException {
        String export = copy("centres-sociaux/export.csv");
        String spec = copy("centres-sociaux/spec.yaml");
        BothLanguages.assertUsage(dir, List.of("stats", export, "--spec", spec, "--structure", spec),
                "enquete: donnez --spec ou --structure, pas les deux",
                "enquete: give either --spec or --structure, not both");
        BothLanguages.assertUsage(dir, List.of("stats", export, "--encoding", "klingon"),
                "enquete: encodage « klingon » inconnu (essayez UTF-8 ou windows-1252)",
                "enquete: unknown encoding 'klingon' (try UTF-8 or windows-1252)");
        BothLanguages.assertUsage(dir, List.of("study"),
                "enquete: donnez le fichier d’étude (STUDY), ou --init DOSSIER pour en écrire un",
                "enquete: give the study file (STUDY), or --init FOLDER to write one");
        // A language neither French nor English: the mistake is told in the default one.
        CliRun german = CliRun.run("stats", export, "--lang", "de");
        org.junit.jupiter.api.Assertions.assertEquals(Main.USAGE, german.code(), german.err());
        org.junit.jupiter.api.Assertions.assertEquals(List.of("enquete: langue « de » inconnue ; langues possibles : fr ou en",
                "Voir 'enquete stats --help'."), german.err().replace('\u00A0', ' ').lines().toList());
    }

    /**
     * Names typed for an indicator table that it lacks: lomme-revenus.csv holds one indicator, "Revenu médian des ménages
     * par UC", two levels (France, IRIS) and fourteen territories, listed as the file first names them; "Mithère" is the
     * start of two of them, the first suggested.
     */
    @Test
    void anIndicatorTablesUnknownNamesAreFrenchByDefaultAndEnglishOnRequest() throws IOException {
        String table = copy("indicateurs/lomme-revenus.csv");
        BothLanguages.assertUsage(dir, List.of("indicators", table, "--rank", "Revenu médian des ménages par UV"),
                "enquete: pas d’indicateur « Revenu médian des ménages par UV » dans lomme-revenus.csv ; vouliez-vous dire"
                        + " « Revenu médian des ménages par UC » ?",
                "enquete: no indicator \"Revenu médian des ménages par UV\" in lomme-revenus.csv; did you mean"
                        + " \"Revenu médian des ménages par UC\"?");
        String territories = "France, Bourg Délivrance 2, Bourg Délivrance 3, Bourg Délivrance 4, Bourg Délivrance 5, Mithère 1,"
                + " Mithère 2, Mont à Camp-Marais 1, Mont à Camp-Marais 2, Mont à Camp-Marais 3, Mont à Camp-Marais 4, Sud Marais 1,"
                + " Sud Marais 2, Sud Marais 3";
        BothLanguages.assertUsage(dir, List.of("indicators", table, "--territories", "Mithère"),
                "enquete: pas de territoire « Mithère » dans lomme-revenus.csv ; vouliez-vous dire « Mithère 1 » ? ; territoires : "
                        + territories,
                "enquete: no territory \"Mithère\" in lomme-revenus.csv; did you mean \"Mithère 1\"?; territories: " + territories);
        BothLanguages.assertUsage(dir, List.of("indicators", table, "--level", "IRI"),
                "enquete: pas de niveau « IRI » dans lomme-revenus.csv ; vouliez-vous dire « IRIS » ? ; niveaux : France, IRIS",
                "enquete: no level \"IRI\" in lomme-revenus.csv; did you mean \"IRIS\"?; levels: France, IRIS");
        BothLanguages.assertUsage(dir, List.of("indicators", table, "--from", "2019"),
                "enquete: les évolutions demandent --from et --to, la première année avant la seconde",
                "enquete: evolutions need --from and --to, the first year before the second");
    }

    /** A copy of the repository's {@code fixtures/} file in the temporary folder, which the lines name without its path. */
    private String copy(String fixture) throws IOException {
        Path target = dir.resolve(Path.of(fixture).getFileName());
        Files.copy(Fixtures.home().resolve("fixtures").resolve(fixture), target, StandardCopyOption.REPLACE_EXISTING);
        return target.toString();
    }
}
