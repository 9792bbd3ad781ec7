package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rarer input errors (weights and populations, indicator tables, action plans, maps, studies, statistics) are
 * told in the run's language as the commonest are ({@link ErrorLanguageTest}): each is made from a file as a study
 * team would write it, and its whole line is compared in French (by default) and English ({@code --lang en}). The
 * English lines are the ones enquete printed before the French existed, word for word.
 */
class RarerErrorLanguageTest {

    private static final Path CENTRES = Fixtures.centresSociaux();

    @TempDir
    Path dir;

    /**
     * The bundled survey of centres sociaux, weighted with population files a team typed by hand. The first error is
     * docs/commands.md's example, in both languages.
     */
    @Test
    void weightsAndPopulationFiles() throws IOException {
        write("population.csv", "territoire;centres\nNord;152\nPas-de-Calais;35\nPicardy;51\n");
        write("approx.csv", "territoire;centres\nNord;152\nPas-de-Calais;environ 35\nPicardie;51\n");
        write("twice.csv", "territoire;centres\nNord;152\nPas-de-Calais;35\nNord;51\n");
        write("qpv.csv", "qpv;centres\nOui;600\nNon;580\n");
        assertBothLanguages(List.of(
                stats("--rake", "territoire=" + dir.resolve("population.csv")),
                stats("--rake", "territoire=" + dir.resolve("approx.csv")),
                stats("--rake", "territoire=" + dir.resolve("twice.csv")),
                stats("--rake", "territoire=" + CENTRES.resolve("population.csv"), "--rake", "qpv=" + dir.resolve("qpv.csv")),
                stats("--calibrate", "territoire=" + CENTRES.resolve("population.csv")),
                stats("--weight", "adherents")),
                List.of("population.csv, ligne 4, colonne « centres » : « Picardy » n’est pas un choix de « territoire » ; vouliez-vous dire « Picardie » ?",
                        "approx.csv, ligne 3, colonne « centres » : population attendue (un nombre supérieur à 0), trouvé « environ 35 »",
                        "twice.csv, ligne 4, colonne « territoire » : « Nord » figure deux fois",
                        "qpv.csv : les marges de « qpv » totalisent 1 180 et celles de « territoire » 238 ; les poids demandent une seule et même population",
                        "export.csv, ligne 16, colonne « territoire » : pas de réponse à « territoire » : le calage demande la réponse de chaque"
                                + " répondant à ses questions (écartez ce répondant par un filtre, ou calez plutôt avec --rake)",
                        "export.csv, ligne 6, colonne « adherents » : pas de poids pour ce répondant (chaque répondant doit en avoir un ; 0 l’écarte)"),
                List.of("population.csv, row 4, column \"centres\": \"Picardy\" is not a choice of \"territoire\"; did you mean \"Picardie\"?",
                        "approx.csv, row 3, column \"centres\": expected a population (a number above 0), found \"environ 35\"",
                        "twice.csv, row 4, column \"territoire\": \"Nord\" is listed twice",
                        "qpv.csv: the margins of \"qpv\" add up to 1180 and those of \"territoire\" to 238; the weights need one population",
                        "export.csv, row 16, column \"territoire\": no answer to \"territoire\": calibration needs every respondent's answer to"
                                + " its questions (leave this respondent out with a filter, or rake instead)",
                        "export.csv, row 6, column \"adherents\": no weight for this respondent (every respondent needs one; 0 leaves them out)"));
        String doc = Files.readString(Fixtures.home().resolve("docs/commands.md"), StandardCharsets.UTF_8);
        String example = "enquete: erreur : population.csv, ligne 4, colonne « centres » : « Picardy » n’est pas un choix de « territoire » ;"
                + " vouliez-vous dire « Picardie » ?\n  enquete: error: population.csv, row 4, column \"centres\": \"Picardy\" is not a choice"
                + " of \"territoire\"; did you mean \"Picardie\"?\n";
        assertTrue(doc.contains(example), "docs/commands.md shows the weights' error as it is printed");
    }

    /** Indicator tables as ABS authors key them from Insee and CAF publications, each with one slip. */
    @Test
    void indicatorTables() throws IOException {
        String head = "territoire;niveau;indicateur;année;valeur;unité\n";
        String france = "France;France;Revenu médian des ménages par UC;2019;1 600;€\n";
        write("valeur.csv", head + france + "Bourg Délivrance 2;IRIS;Revenu médian des ménages par UC;2015;environ 1 580;€\n");
        write("unite.csv", head + "France;France;Revenu médian des ménages par UC;2019;1 600;euros mensuels\n");
        write("annee.csv", head + "France;France;Revenu médian des ménages par UC;vers 2019;1 600;€\n");
        write("moyenne.csv", "Territoire;2015;2020;Moyenne\nBourg Délivrance 2;1581;1663;1622\n");
        write("forme.csv", "Quartier;Revenu;Commentaire\nBourg Délivrance 2;1581;en hausse\n");
        write("periode.csv", head + "Lomme;Commune;Revenu médian des ménages par UC;2015;1 581;€\n"
                + "Lomme;Commune;Revenu médian des ménages par UC;2020;1 663;€\nLomme;Commune;Taux de pauvreté;2014-2019;+1,2;pts\n");
        assertBothLanguages(
                List.of("valeur", "unite", "annee", "moyenne", "forme", "periode").stream()
                        .map(f -> List.of("indicators", dir.resolve(f + ".csv").toString())).toList(),
                List.of("valeur.csv, ligne 3, colonne « valeur » : valeur attendue (31 606, 67,7 %, 877 755 €, +15,7 %, N.C.), trouvé « environ 1 580 »",
                        "unite.csv, ligne 2, colonne « unité » : unité « euros mensuels » inconnue ; unités possibles : « % », « ‰ », « € », « pts » ou « nombre »",
                        "annee.csv, ligne 2, colonne « année » : année (2020) ou période (2015-2020) attendue, trouvé « vers 2019 » ; une année provisoire s’écrit 2021 p",
                        "moyenne.csv, ligne 1, colonne « Moyenne » : un tableau aux années en colonnes a une colonne par année (2020) ou année"
                                + " scolaire (2019-2020), ses évolutions publiées (« Évolution 2015-2020 », « Variation sur 5 ans ») et, au besoin,"
                                + " indicateur, unité et niveau ; trouvé « Moyenne »",
                        "forme.csv : un tableau d’indicateurs demande soit les colonnes territoire, indicateur, année et valeur, soit l’indicateur,"
                                + " la colonne Année Réf et les colonnes de territoires d’un tableau CAF, soit une colonne de territoires suivie des"
                                + " années en colonnes (Territoire;2015;2020) ; aucune ligne du fichier ne les contient",
                        "periode.csv, ligne 4, colonne « année » : « 2014-2019 » est une période, la ligne est donc une évolution publiée de"
                                + " « Taux de pauvreté » pour Lomme entre 2014 et 2019, mais le tableau n’en donne aucune valeur pour Lomme en 2014"
                                + " ou en 2019, ni pour l’année scolaire 2014-2015 ou 2018-2019, à mettre en regard : attendu : l’année du chiffre,"
                                + " ou ses valeurs aux deux bouts de la période (une année scolaire est une période de deux années consécutives,"
                                + " 2019-2020)"),
                List.of("valeur.csv, row 3, column \"valeur\": expected a value (31 606, 67,7 %, 877 755 €, +15,7 %, N.C.), found \"environ 1 580\"",
                        "unite.csv, row 2, column \"unité\": unknown unit \"euros mensuels\"; expected %, ‰, €, pts or nombre",
                        "annee.csv, row 2, column \"année\": expected a year (2020) or a span (2015-2020), found \"vers 2019\"; a provisional year is written 2021 p",
                        "moyenne.csv, row 1, column \"Moyenne\": a table with years as columns has a column per year (2020) or school year"
                                + " (2019-2020), its published changes (\"Évolution 2015-2020\", \"Variation sur 5 ans\") and optionally indicateur,"
                                + " unité and niveau; found \"Moyenne\"",
                        "forme.csv: an indicator table needs either the columns territoire, indicateur, année and valeur, a CAF table's"
                                + " indicator, Année Réf and territory columns, or a territory column followed by years as columns"
                                + " (Territoire;2015;2020); no row of the file holds them",
                        "periode.csv, row 4, column \"année\": \"2014-2019\" is a span, so the row is a published evolution of \"Taux de"
                                + " pauvreté\" for Lomme between 2014 and 2019, but the table has no value of it for Lomme in 2014 or 2019, nor in"
                                + " the school year 2014-2015 or 2018-2019, to print it beside: expected the year the figure is for, or its values"
                                + " at either end (a school year is a span of two consecutive years, 2019-2020)"));
    }

    /** Béthune-Bruay's fiches action keyed in a spreadsheet, and their yearly evaluation grids, each with one slip. */
    @Test
    void actionPlansAndEvaluations() throws IOException {
        String head = "Thématique;Objectif;N°;Action;Public cible;Échéances de réalisation;Indicateurs d'évaluation\n";
        String first = "1 - Petite enfance;1.1 - Favoriser l'offre d'accueil;1.1.1;Animer une commission technique;Porteurs de projets;";
        write("plan-date.csv", head + first + "30/02/2024;Nombre de commissions\n");
        write("plan-twice.csv", head + first + "2023-2025;Nombre de commissions\n"
                + ";;1.1.1;Promouvoir le métier d'assistant maternel;Demandeurs d'emploi;2024;Nombre de participants\n");
        write("plan-axe.csv", "Objectif;N°;Action;Public cible\n1.1 - Favoriser l'offre d'accueil;1.1.1;Animer une commission technique;"
                + "Porteurs de projets\n");
        String grid = "Fiche;Date;Rubrique;Prévu;Réalisé;Réponse;Précisions\n";
        write("eval-reponse.csv", grid + "1.1.1;2022;;;;Peut-être;5 commissions techniques tenues\n");
        write("eval-fiche.csv", grid + "1.1.9;2022;;;;Oui;\n");
        write("eval-2022.csv", grid + "1.1.1;2022;Nombre de porteurs de projets accompagnés;;12;;\n");
        write("eval-2023.csv", grid + "1.1.1;2022;Nombre de porteurs de projets accompagnés;;14;;\n");
        String fiches = Fixtures.plans().resolve("bethune-fiches.yaml").toString();
        assertBothLanguages(List.of(
                        List.of("plan", dir.resolve("plan-date.csv").toString()),
                        List.of("plan", dir.resolve("plan-twice.csv").toString()),
                        List.of("plan", dir.resolve("plan-axe.csv").toString()),
                        List.of("plan", fiches, "--evaluation", dir.resolve("eval-reponse.csv").toString()),
                        List.of("plan", fiches, "--evaluation", dir.resolve("eval-fiche.csv").toString()),
                        List.of("plan", fiches, "--evaluation", dir.resolve("eval-2022.csv").toString(), "--evaluation",
                                dir.resolve("eval-2023.csv").toString())),
                List.of("plan-date.csv, ligne 2, colonne « Échéances de réalisation » : « 30/02/2024 » n’est pas une date : le mois 2024-02"
                                + " compte 29 jours",
                        "plan-twice.csv, ligne 3, colonne « N° » : le numéro de fiche « 1.1.1 » figure deux fois (déjà à la ligne 2) : les"
                                + " évaluations et les liens retrouvent une fiche par son numéro",
                        "plan-axe.csv : un tableau de plan d’action demande les colonnes Axe (ou Thématique) et Action (ou Fiche action) (puis"
                                + " Objectif, N°, Besoins…, et les rubriques : Diagnostic initial, Public cible, Objectifs, Pilote, Partenaires,"
                                + " Indicateurs…) ; colonnes trouvées : Objectif, N°, Action, Public cible",
                        "eval-reponse.csv, ligne 2, colonne « Réponse » : « Peut-être » n’est pas une réponse de la grille : attendu : Oui, Non"
                                + " ou Partiellement",
                        "eval-fiche.csv, ligne 2, colonne « Fiche » : aucune action de numéro ou de titre « 1.1.9 » dans le plan ; vouliez-vous"
                                + " dire « 1.1.1 » ?",
                        "eval-2023.csv, ligne 2, colonne « Réponse » : fiche 1.1.1, 2022, « Nombre de porteurs de projets accompagnés » :"
                                + " réalisé 14 ici mais réalisé 12 dans eval-2022.csv, ligne 2, colonne « Réponse » ; gardez l’un des deux"),
                List.of("plan-date.csv, row 2, column \"Échéances de réalisation\": \"30/02/2024\" is no date: 2024-02 has 29 days",
                        "plan-twice.csv, row 3, column \"N°\": fiche number \"1.1.1\" is given twice (also at row 2): evaluations and links"
                                + " find a fiche by its number",
                        "plan-axe.csv: an action plan table needs the columns Axe (or Thématique) and Action (or Fiche action) (then Objectif,"
                                + " N°, Besoins ..., and the fields: Diagnostic initial, Public cible, Objectifs, Pilote, Partenaires,"
                                + " Indicateurs...); found Objectif, N°, Action, Public cible",
                        "eval-reponse.csv, row 2, column \"Réponse\": \"Peut-être\" is no answer of the grid: expected Oui, Non or Partiellement",
                        "eval-fiche.csv, row 2, column \"Fiche\": no action numbered or titled \"1.1.9\" in the plan; did you mean \"1.1.1\"?",
                        "eval-2023.csv, row 2, column \"Réponse\": fiche 1.1.1, 2022, \"Nombre de porteurs de projets accompagnés\": réalisé"
                                + " 14 here but réalisé 12 in eval-2022.csv, row 2, column \"Réponse\"; keep one of them"));
    }

    /**
     * The MEL's contours with one commune drawn as a point, another without its name; a study of Lens naming Liévin,
     * which its indicator table lacks, and the youth theme by a shorter name.
     */
    @Test
    void contoursAndStudies() throws IOException {
        String contours = Files.readString(Fixtures.home().resolve("fixtures/contours/mel-communes-politique-de-la-ville.geojson"));
        // The second feature (Armentières) drawn as a point; the third (Croix) without its name.
        int second = contours.indexOf("\"type\"", contours.indexOf("Armentières"));
        write("point.geojson", contours.substring(0, second) + contours.substring(second).replaceFirst("\"Polygon\"", "\"Point\""));
        write("sans-nom.geojson", contours.replaceFirst(",\\s*\"nom\"\\s*:\\s*\"Croix\"", ""));
        String home = Fixtures.home().resolve("fixtures").toString();
        write("etude.yaml", "title: \"CTG – Lens\"\nterritory: \"Lens\"\nchapters:\n  - kind: indicators\n    id: cadrage\n"
                + "    title: \"Données de cadrage\"\n    file: " + home + "/indicateurs/lens-cadrage.tsv\n    territories: [\"Lens\", \"Liévin\"]\n");
        write("etude-theme.yaml", "title: \"CTG – Lens\"\nterritory: \"Lens\"\nchapters:\n  - kind: interviews\n    id: jeunesse\n"
                + "    title: \"La jeunesse\"\n    sources: [" + home + "/ctg-jeunesse/entretiens]\n    codebook: " + home
                + "/ctg-jeunesse/codebook.yaml\n    grid: ctg\n    theme: \"Jeunes\"\n");
        String npru = Fixtures.home().resolve("fixtures/indicateurs/mel-npru.csv").toString();
        assertBothLanguages(List.of(
                        List.of("indicators", npru, "--map", dir.resolve("point.geojson").toString(), "--map-key", "nom", "--format", "md",
                                "--out", dir.resolve("carte.md").toString()),
                        List.of("indicators", npru, "--map", dir.resolve("sans-nom.geojson").toString(), "--map-key", "nom", "--format", "md",
                                "--out", dir.resolve("carte.md").toString()),
                        List.of("study", dir.resolve("etude.yaml").toString(), "--out", dir.resolve("etude").toString()),
                        List.of("study", dir.resolve("etude-theme.yaml").toString(), "--out", dir.resolve("etude").toString())),
                List.of("point.geojson, feature 2 : géométrie Polygon ou MultiPolygon attendue, trouvé « Point »",
                        "sans-nom.geojson, feature 3 : pas de propriété « nom » (--map-key) ; ses propriétés : code",
                        "etude.yaml, ligne 4, colonne 5 : pas de territoire « Liévin » dans lens-cadrage.tsv (territoires : Lens, Pas-de-Calais)",
                        "etude-theme.yaml, ligne 4, colonne 5 : pas de thème « Jeunes » (thèmes : Jeunesse) ; vouliez-vous dire « Jeunesse » ?"),
                List.of("point.geojson, feature 2: expected a Polygon or MultiPolygon geometry, found \"Point\"",
                        "sans-nom.geojson, feature 3: no property \"nom\" (--map-key); its properties: code",
                        "etude.yaml, line 4, column 5: no territory \"Liévin\" in lens-cadrage.tsv; territories: Lens, Pas-de-Calais",
                        "etude-theme.yaml, line 4, column 5: no theme \"Jeunes\"; did you mean \"Jeunesse\"?; themes: Jeunesse"));
        assertEquals(false, Files.exists(dir.resolve("carte.md")) || Files.exists(dir.resolve("etude")), "nothing written");
    }

    /**
     * An interview log with a month typed as words, another with a date typed month first among French ones; the
     * centres' response rates by a stratum their survey does not have; weighted quartiles asked in SPSS's way.
     */
    @Test
    void statistics() throws IOException {
        Path spec = write("entretiens.yaml", "survey: \"Suivi des entretiens\"\nquestions:\n  - id: date_entretien\n    type: date\n"
                + "  - id: dpt\n    type: single\n");
        write("entretiens.csv", "id;date_entretien;dpt\n1;2024-02-13;59\n2;14/02/2024;62\n3;juin 2024;59\n");
        write("ordres.csv", "id;date_entretien;dpt\n1;13/02/2024;59\n2;02/14/2024;62\n3;15/02/2024;59\n");
        write("strates.csv", "territoire;centres\nNord;152\nArtois;35\nPicardie;51\n");
        assertBothLanguages(List.of(
                        List.of("stats", dir.resolve("entretiens.csv").toString(), "--spec", spec.toString()),
                        List.of("stats", dir.resolve("ordres.csv").toString(), "--spec", spec.toString()),
                        stats("--strata", dir.resolve("strates.csv").toString(), "--stratum", "territoire"),
                        stats("--rake", "territoire=" + CENTRES.resolve("population.csv"), "--quantiles", "spss")),
                List.of("entretiens.csv, ligne 4, colonne « date_entretien » : date attendue (2019-06-14, 14/06/2019 ou 6/14/2019) pour la"
                                + " question de date « date_entretien », trouvé « juin 2024 » (ou ajoutez --lenient pour la compter sans réponse)",
                        "ordres.csv, ligne 3, colonne « date_entretien » : question de date « date_entretien » : les dates mêlent deux ordres :"
                                + " « 13/02/2024 » (ligne 2) ne peut se lire que jour/mois/année et « 02/14/2024 » (ligne 3) que mois/jour/année ;"
                                + " corrigez l’une des deux",
                        "strates.csv : la strate « Artois » n’est pas une réponse de la question « territoire », dont les réponses sont « Nord »,"
                                + " « Pas-de-Calais », « Picardie » : la première colonne du fichier de population nomme les réponses de la question"
                                + " comme son tableau les écrit",
                        "export.csv : avec des poids, les quartiles sont pondérés, de type 7 (wtd.quantile de Hmisc) ; type 6 n’a pas de forme"
                                + " pondérée ici : laissez la méthode des quantiles par défaut"),
                List.of("entretiens.csv, row 4, column \"date_entretien\": expected a date (2019-06-14, 14/06/2019 or 6/14/2019) for date"
                                + " question \"date_entretien\", found \"juin 2024\" (or pass --lenient to count it as missing)",
                        "ordres.csv, row 3, column \"date_entretien\": date question \"date_entretien\": dates mix two orders: \"13/02/2024\""
                                + " (row 2) can only be day/month/year and \"02/14/2024\" (row 3) only month/day/year; correct one of them",
                        "strates.csv: stratum \"Artois\" is no answer of question \"territoire\", whose answers are \"Nord\","
                                + " \"Pas-de-Calais\", \"Picardie\": the population file's first column names the question's answers as its"
                                + " table writes them",
                        "export.csv: with weights, quartiles are weighted type 7 (Hmisc's wtd.quantile); type 6 has no weighted form here:"
                                + " leave the quantile method to its default"));
    }

    private static List<String> stats(String... options) {
        List<String> args = new ArrayList<>(List.of("stats", CENTRES.resolve("export.csv").toString(), "--spec",
                CENTRES.resolve("spec.yaml").toString()));
        args.addAll(List.of(options));
        return args;
    }

    /**
     * Runs each command without --lang and with --lang en: exit 3, and the error line "enquete: erreur : " or
     * "enquete: error: " then the expected text (files by their name, no-break spaces written as plain ones).
     */
    static void assertBothLanguages(List<List<String>> commands, List<String> french, List<String> english) {
        List<String> fr = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (List<String> c : commands) {
            CliRun byDefault = CliRun.run(c.toArray(String[]::new));
            List<String> asked = new ArrayList<>(c);
            asked.addAll(List.of("--lang", "en"));
            CliRun inEnglish = CliRun.run(asked.toArray(String[]::new));
            assertEquals(Main.INPUT, byDefault.code(), byDefault.err());
            assertEquals(Main.INPUT, inEnglish.code(), inEnglish.err());
            fr.add(asTyped(byDefault.err()));
            en.add(asTyped(inEnglish.err()));
        }
        assertEquals(french.stream().map(l -> "enquete: erreur : " + l).toList(), fr);
        assertEquals(english.stream().map(l -> "enquete: error: " + l).toList(), en);
    }

    /**
     * The error line (the last: a note on masked personal data may come before it) with every folder taken away (the
     * files are named by their whole path) and no-break spaces as plain ones.
     */
    private static String asTyped(String err) {
        String last = err.strip().substring(err.strip().lastIndexOf('\n') + 1);
        return last.replaceAll("(?<=[ «\"(]|^)/[^ ,:;\"]*/", "").replace('\u00A0', ' ');
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
