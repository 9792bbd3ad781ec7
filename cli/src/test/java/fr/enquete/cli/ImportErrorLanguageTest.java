package fr.enquete.cli;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rarer errors of reading an export, made from files as a study team sends them (a note typed right of the table
 * in Excel, a cell lost from a Markdown indicator table, a recode naming a mistyped column, a free-text answer over
 * the cell limit), told in French by default and in English with {@code --lang en}, the whole line compared.
 */
class ImportErrorLanguageTest {

    @TempDir
    Path dir;

    /** A partners' workbook where someone typed "à rappeler" in D3, two columns right of the header's last. */
    @Test
    void aCellRightOfTheHeaderInAWorkbook() throws IOException {
        Path xlsx = dir.resolve("partenaires.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = wb.createSheet("Feuil1");
            String[][] rows = {{"structure", "adherents"}, {"Centre social Lazare Garreau", "120"}, {"Maison de quartier Vauban", "85"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            sheet.getRow(2).createCell(3).setCellValue("à rappeler");
            wb.write(out);
        }
        BothLanguages.assertLines(dir, List.of("stats", xlsx.toString()),
                "enquete: erreur : partenaires.xlsx [Feuil1], ligne 3 : la cellule D3 est à droite de la dernière colonne de"
                        + " l’en-tête (2 colonnes) ; donnez-lui un intitulé ou supprimez-la",
                "enquete: error: partenaires.xlsx [Feuil1], row 3: cell D3 lies right of the last header column (2 columns);"
                        + " give it a header or delete it");
    }

    /** Seed 000's Lomme table pasted into Markdown, the change of "Mithère 2" (line 11) lost on the way. */
    @Test
    void aMarkdownIndicatorRowWithACellMissing() throws IOException {
        String table = Files.readString(Fixtures.home().resolve("fixtures/indicateurs/lomme-revenus-annees.md"), StandardCharsets.UTF_8);
        Path md = write("lomme.md", table.replace("| Mithère 2 | 1542 | 1615 | 73 |", "| Mithère 2 | 1542 | 1615 |"));
        BothLanguages.assertLines(dir, List.of("indicators", md.toString()),
                "enquete: erreur : lomme.md, ligne 11 : cette ligne d’un tableau Markdown a 3 cellules là où son en-tête"
                        + " (ligne 4) en a 4 ; attendu : une cellule par colonne, séparées par « | » (écrit « \\| » dans une cellule)",
                "enquete: error: lomme.md, row 11: this row of a Markdown table has 3 cells where its header (line 4) has 4:"
                        + " expected one cell a column, \"|\" between them (written \"\\|\" within a cell)");
    }

    /** A spec recoding the year of creation into classes, the column's name mistyped. */
    @Test
    void aDerivedQuestionReadingAMistypedColumn() throws IOException {
        Path export = write("reponses.csv", "structure;creation\nCS Lazare Garreau;1978\nMQ Vauban;1992\nCS Belencontre;2004\n");
        Path spec = write("spec.yaml", "questions:\n  - id: periode\n    from: creaton\n    classes: [1980, 2000]\n");
        BothLanguages.assertLines(dir, List.of("stats", export.toString(), "--spec", spec.toString()),
                "enquete: erreur : reponses.csv : la question dérivée « periode » recode la colonne « creaton », absente de"
                        + " reponses.csv ; vouliez-vous dire « creation » ?",
                "enquete: error: reponses.csv: derived question \"periode\" recodes column \"creaton\", which reponses.csv"
                        + " lacks; did you mean \"creation\"?");
    }

    /** A comment of 1 200 characters pasted into a survey read with --max-cell-chars 1000. */
    @Test
    void aCellOverTheLimit() throws IOException {
        String comment = "Nous accueillons les familles du quartier le mercredi. ".repeat(22).substring(0, 1199) + ".";
        Path export = write("reponses.csv", "dpt;commentaire\n59;Bien\n62;\"" + comment + "\"\n");
        BothLanguages.assertLines(dir, List.of("stats", export.toString(), "--max-cell-chars", "1000"),
                "enquete: erreur : reponses.csv, ligne 3, colonne « commentaire » : cette cellule contient 1 200 caractères,"
                        + " plus que la limite de 1 000 (si le fichier est authentique, relevez-la avec --max-cell-chars)",
                "enquete: error: reponses.csv, row 3, column \"commentaire\": this cell holds 1200 characters, more than the"
                        + " limit of 1000 (raise it with --max-cell-chars if the file is genuine)");
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
