package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A YAML file a study team edited by hand and broke, told as what is wrong and how to fix it, in French by default and
 * in English with {@code --lang en}: SnakeYAML's own words ("expected &lt;block end&gt;, but found '&lt;block mapping
 * start&gt;'") followed a French location. Each file is a bundled fixture (the centres sociaux spec, a codebook) with one
 * slip; the line and column are counted by hand on the fixture.
 */
class YamlSyntaxErrorsCliTest {

    private static final Path CENTRES = Fixtures.centresSociaux();
    private static final Path AGENTS = Fixtures.absAgents();

    @TempDir
    Path dir;

    /** Line 13 ("type: single" of dpt) typed with 3 spaces, its siblings above having 4. */
    @Test
    void aLineLeftOfTheKeysAboveIt() throws IOException {
        assertSpec("    type: single\n    choices: [\"59\"", "   type: single\n    choices: [\"59\"",
                "ligne 13, colonne 4 : ligne mal indentée : elle n’est pas alignée sur les clés au-dessus d’elle ; faites-la"
                        + " commencer exactement dans la même colonne que les clés de son niveau (avec des espaces)",
                "line 13, column 4: badly indented line: it is not aligned with the keys above it; make it start in exactly the"
                        + " same column as the keys at its level (with spaces)");
    }

    /** Line 20 (the label of qpv) indented one space further than "- id: qpv"'s keys. */
    @Test
    void aLineRightOfTheKeysAboveIt() throws IOException {
        assertSpec("  - id: qpv\n    label", "  - id: qpv\n     label",
                "ligne 20, colonne 11 : cette ligne se lit comme la suite de la ligne au-dessus : elle est plus en retrait que"
                        + " les clés au-dessus d’elle, ou la clé de la ligne d’avant a perdu ses deux-points ; alignez-la sur les"
                        + " clés de son niveau",
                "line 20, column 11: this line reads as the continuation of the line above: it is indented further than the keys"
                        + " above it, or the key of the line before lost its colon; align it with the keys at its level");
    }

    /** Line 7 ("type: id") indented with a tab, as an editor that keeps tabs saves it. */
    @Test
    void aTabInTheIndentation() throws IOException {
        assertSpec("    type: id\n", "\ttype: id\n",
                "ligne 7, colonne 1 : tabulation dans le retrait : YAML n’indente qu’avec des espaces ; remplacez-la par des"
                        + " espaces",
                "line 7, column 1: a tab in the indentation: YAML indents with spaces only; replace it with spaces");
    }

    /** The last quoted text of the file, the title of chapter 4 on line 205 (its quote in column 14), left open. */
    @Test
    void aQuoteLeftOpenToTheEndOfTheFile() throws IOException {
        assertSpec("\"4. Faciliter l'accès au logement\"", "\"4. Faciliter l'accès au logement",
                "ligne 205, colonne 14 : le guillemet \" ouvert ici n’est jamais refermé : le texte qui le suit court jusqu’à"
                        + " la fin du fichier ; ajoutez \" à la fin de ce texte",
                "line 205, column 14: the quote \" opened here is never closed: the text after it runs to the end of the file;"
                        + " add \" at the end of that text");
    }

    /**
     * The label of line 6 left open (quote in column 12): the next quote, opening line 9's label in column 12, closes it,
     * and SnakeYAML stumbles on "Date de soumission" after it.
     */
    @Test
    void aQuoteLeftOpenThatTheNextTextCloses() throws IOException {
        assertSpec("\"Identifiant de la réponse\"", "\"Identifiant de la réponse",
                "ligne 6, colonne 12 : le guillemet \" ouvert ici ne se referme qu’à la ligne 9, colonne 12, sur le guillemet qui"
                        + " ouvrait sans doute un autre texte : ajoutez \" à la fin du texte qui commence ici",
                "line 6, column 12: the quote \" opened here only closes at line 9, column 12, on the quote that most likely opened"
                        + " another text: add \" at the end of the text that starts here");
    }

    /** Line 14's choices without their closing bracket (the bracket in column 14). */
    @Test
    void aBracketLeftOpen() throws IOException {
        assertSpec("\"60\", \"80\"]\n  - id: territoire", "\"60\", \"80\"\n  - id: territoire",
                "ligne 14, colonne 14 : le crochet « [ » ouvert ici n’est jamais refermé : ajoutez « ] » après le dernier"
                        + " élément de la liste",
                "line 14, column 14: the bracket \"[\" opened here is never closed: add \"]\" after the list's last item");
    }

    /** Line 18's merge without its closing brace (the brace in column 12). */
    @Test
    void aBraceLeftOpen() throws IOException {
        assertSpec("[\"02\", \"60\", \"80\"]}", "[\"02\", \"60\", \"80\"]",
                "ligne 18, colonne 12 : l’accolade « { » ouverte ici n’est jamais refermée : ajoutez « } » après sa dernière"
                        + " paire « clé: valeur »",
                "line 18, column 12: the brace \"{\" opened here is never closed: add \"}\" after its last \"key: value\" pair");
    }

    /** Line 31's label put in single quotes, its apostrophe ("l'agrément", column 23) ending the text. */
    @Test
    void anApostropheInsideSingleQuotes() throws IOException {
        assertSpec("\"Année de l'agrément d'animation globale\"", "'Année de l'agrément d'animation globale'",
                "ligne 31, colonne 23 : cette apostrophe termine le texte ouvert par un guillemet simple : doublez-la ('') ou"
                        + " mettez tout le texte entre guillemets doubles (\")",
                "line 31, column 23: this apostrophe ends the text opened by a single quote: double it ('') or put the whole text"
                        + " in double quotes (\")");
    }

    /** Line 24's label quoting "ANRU" inside its double quotes: the quote before ANRU, column 35, ends the text. */
    @Test
    void aDoubleQuoteInsideDoubleQuotes() throws IOException {
        assertSpec("\"Êtes-vous en quartier ANRU ?\"", "\"Êtes-vous en quartier \"ANRU\" ?\"",
                "ligne 24, colonne 35 : ce guillemet termine le texte ouvert par un guillemet double : écrivez-le \\\" ou mettez"
                        + " tout le texte entre guillemets simples (')",
                "line 24, column 35: this quote ends the text opened by a double quote: write it \\\" or put the whole text in"
                        + " single quotes (')");
    }

    /** A vertical tab pasted into "Logement" on line 11 of the SWOT codebook, after "Loge": column 17. */
    @Test
    void anInvisibleControlCharacter() throws IOException {
        Path codebook = write("codebook.yaml", edited(read(AGENTS.resolve("codebook.yaml")), "  logement: Logement\n",
                "  logement: Loge\u000Bment\n"));
        BothLanguages.assertLines(dir, List.of("swot", AGENTS.resolve("entretiens").toString(), "--codebook", codebook.toString()),
                "enquete: erreur : codebook.yaml, ligne 11, colonne 17 : caractère invisible U+000B refusé par YAML, souvent collé"
                        + " depuis un autre logiciel : supprimez-le",
                "enquete: error: codebook.yaml, line 11, column 17: an invisible character U+000B that YAML refuses, often pasted"
                        + " from another program: delete it");
    }

    /** The action plan's workbook given where its YAML is expected: there is no character to delete. */
    @Test
    void aWorkbookGivenForAYamlFile() {
        Path workbook = Fixtures.plans().resolve("bethune-fiches.xlsx");
        BothLanguages.assertLines(workbook.getParent(), List.of("swot", AGENTS.resolve("entretiens").toString(), "--codebook",
                        workbook.toString()),
                "enquete: erreur : bethune-fiches.xlsx : ce n’est pas un fichier YAML (contenu binaire) ; attendu : un fichier"
                        + " texte, écrit dans un éditeur de texte",
                "enquete: error: bethune-fiches.xlsx: this is not a YAML file (binary content); expected a text file, written in a"
                        + " text editor");
    }

    /** Line 22's choices without the comma between them: the second choice's quote, column 21. */
    @Test
    void aCommaMissingInABracketedList() throws IOException {
        assertSpec("[\"Oui\", \"Non\"]\n  - id: anru", "[\"Oui\" \"Non\"]\n  - id: anru",
                "ligne 22, colonne 21 : une virgule ou « ] » est attendue ici : séparez les éléments par des virgules, et mettez"
                        + " entre guillemets un élément qui contient une virgule, un crochet ou « : »",
                "line 22, column 21: a comma or \"]\" is expected here: separate the items with commas, and quote an item that"
                        + " holds a comma, a bracket or \":\"");
    }

    /** Line 22's choices with one bracket too many, in column 28. */
    @Test
    void aBracketNeverOpened() throws IOException {
        assertSpec("[\"Oui\", \"Non\"]\n  - id: anru", "[\"Oui\", \"Non\"]]\n  - id: anru",
                "ligne 22, colonne 28 : « ] » ferme une liste qui n’a pas été ouverte : retirez-le, ou mettez la valeur entre"
                        + " guillemets",
                "line 22, column 28: \"]\" closes a list that was never opened: remove it, or put the value in quotes");
    }

    /** Line 21's "type single": its key lost its colon; SnakeYAML notices on line 22, the key starts line 21, column 5. */
    @Test
    void aKeyWithoutItsColon() throws IOException {
        assertSpec("ville) ?\"\n    type: single\n", "ville) ?\"\n    type single\n",
                "ligne 21, colonne 5 : il manque « : » après la clé de cette ligne : écrivez « clé: valeur », avec une espace"
                        + " après les deux-points",
                "line 21, column 5: this line's key lacks its colon: write \"key: value\", with a space after the colon");
    }

    /** Line 20's label unquoted with a French colon, "QPV : êtes-vous…": that colon is column 16. */
    @Test
    void aColonInsideAnUnquotedLabel() throws IOException {
        assertSpec("\"Êtes-vous en QPV (quartier prioritaire de la ville) ?\"", "QPV : êtes-vous en quartier prioritaire ?",
                "ligne 20, colonne 16 : deux-points suivis d’une espace dans une valeur sans guillemets : YAML y lit une clé de"
                        + " plus ; mettez la valeur de « label » entre guillemets (label: \"…\")",
                "line 20, column 16: a colon and a space inside an unquoted value: YAML reads one more key there; put the value"
                        + " of \"label\" in quotes (label: \"...\")");
    }

    /** Line 16's label with words after its closing quote: "(département)" begins column 25. */
    @Test
    void wordsAfterAClosingQuote() throws IOException {
        assertSpec("    label: \"Territoire\"", "    label: \"Territoire\" (département)",
                "ligne 16, colonne 25 : du texte suit la fin de la valeur (un guillemet ou un crochet fermant) : mettez toute la"
                        + " valeur entre guillemets",
                "line 16, column 25: text follows the end of the value (a closing quote or bracket): put the whole value in"
                        + " quotes");
    }

    /** The line "questions:" lost: the list of line 4 (its dash in column 3) hangs under "survey", which has a value. */
    @Test
    void aListWhereAKeyIsExpected() throws IOException {
        assertSpec("questions:\n  - id: id\n", "  - id: id\n",
                "ligne 4, colonne 3 : un tiret de liste (« - ») là où une clé est attendue : une liste se place sous une clé sans"
                        + " valeur (« clé: » seule sur sa ligne), plus à droite qu’elle",
                "line 4, column 3: a list dash (\"-\") where a key is expected: a list goes under a key with no value (\"key:\""
                        + " alone on its line), further right than that key");
    }

    /** Line 22's choices written as a list on the key's line, its dash in column 14. */
    @Test
    void aListDashOnTheKeysLine() throws IOException {
        assertSpec("[\"Oui\", \"Non\"]\n  - id: anru", "- Oui\n  - id: anru",
                "ligne 22, colonne 14 : un tiret de liste (« - ») sur la ligne d’une clé : mettez chaque élément sur sa propre"
                        + " ligne, sous la clé, ou la liste entre crochets ([a, b])",
                "line 22, column 14: a list dash (\"-\") on a key's line: put each item on its own line under the key, or the"
                        + " list in brackets ([a, b])");
    }

    /** Line 20's label as an indicator's name, "% de …", unquoted: "%" in column 12. */
    @Test
    void aValueStartingWithAPercentSign() throws IOException {
        assertSpec("\"Êtes-vous en QPV (quartier prioritaire de la ville) ?\"", "% de centres en QPV",
                "ligne 20, colonne 12 : « % » ne peut pas commencer une valeur sans guillemets : mettez la valeur entre"
                        + " guillemets",
                "line 20, column 12: \"%\" cannot start an unquoted value: put the value in quotes");
    }

    /** Line 12's label marked with a star, as a questionnaire marks a required question: an alias, column 12. */
    @Test
    void aValueStartingWithAStar() throws IOException {
        assertSpec("\"Localisation (département)\"", "*Localisation (département)",
                "ligne 12, colonne 12 : « *Localisation » renvoie à une ancre YAML (« &Localisation ») définie nulle part"
                        + " avant : une valeur qui commence par « * » se met entre guillemets",
                "line 12, column 12: \"*Localisation\" refers to a YAML anchor (\"&Localisation\") defined nowhere before it:"
                        + " put a value that starts with \"*\" in quotes");
    }

    /** Line 12's label in Markdown italics, "*Localisation*": the star, column 12, starts no alias SnakeYAML can read. */
    @Test
    void aValueInMarkdownItalics() throws IOException {
        assertSpec("\"Localisation (département)\"", "*Localisation* (département)",
                "ligne 12, colonne 12 : « * » au début d’une valeur sans guillemets annonce une ancre ou un renvoi YAML : mettez"
                        + " la valeur entre guillemets",
                "line 12, column 12: \"*\" at the start of an unquoted value marks a YAML anchor or alias: put the value in"
                        + " quotes");
    }

    /** Line 12's label as a Markdown bullet, "* Localisation": the star, column 12, starts no alias. */
    @Test
    void aValueStartingWithAStarAndASpace() throws IOException {
        assertSpec("\"Localisation (département)\"", "* Localisation",
                "ligne 12, colonne 12 : « * » au début d’une valeur sans guillemets annonce une ancre ou un renvoi YAML : mettez"
                        + " la valeur entre guillemets",
                "line 12, column 12: \"*\" at the start of an unquoted value marks a YAML anchor or alias: put the value in"
                        + " quotes");
    }

    /** A second survey's spec pasted after the first, behind "---" on line 207 (the fixture has 206 lines). */
    @Test
    void twoDocumentsInOneFile() throws IOException {
        Path spec = write("spec.yaml", read(CENTRES.resolve("spec.yaml")) + "---\nsurvey: \"Enquête 2025\"\n");
        BothLanguages.assertLines(dir, stats(spec),
                "enquete: erreur : spec.yaml, ligne 207, colonne 1 : le fichier contient plusieurs documents YAML, séparés par"
                        + " « --- », quand un seul est attendu : retirez cette ligne",
                "enquete: error: spec.yaml, line 207, column 1: the file holds several YAML documents, separated by \"---\","
                        + " where one is expected: remove this line");
    }

    /**
     * The SWOT codebook's pattern "expulsions?\s+locatives?" typed in double quotes: "\s" is no YAML escape. Line 31,
     * the backslash in column 44.
     */
    @Test
    void aBackslashInADoubleQuotedPattern() throws IOException {
        Path codebook = write("codebook.yaml", edited(read(AGENTS.resolve("codebook.yaml")), "\"impayés?\", \"expulsion\"]",
                "\"impayés?\", \"expulsions?\\s+locatives?\"]"));
        BothLanguages.assertLines(dir, List.of("swot", AGENTS.resolve("entretiens").toString(), "--codebook", codebook.toString()),
                "enquete: erreur : codebook.yaml, ligne 31, colonne 44 : barre oblique inverse (« \\ ») entre guillemets doubles :"
                        + " YAML y lit le début d’un caractère spécial ; doublez-la (« \\\\ ») ou mettez le texte entre guillemets"
                        + " simples (')",
                "enquete: error: codebook.yaml, line 31, column 44: a backslash (\"\\\") inside double quotes: YAML reads the start"
                        + " of a special character there; double it (\"\\\\\") or put the text in single quotes ('')");
    }

    /** The terms codebook of the centres sociaux with line 8's terms left without "]" (the bracket in column 12). */
    @Test
    void aBracketLeftOpenInATermsCodebook() throws IOException {
        Path codebook = write("codebook.yaml", edited(read(CENTRES.resolve("codebook-vieillissement.yaml")),
                "\"caisse de retraite\"]", "\"caisse de retraite\""));
        BothLanguages.assertLines(dir, List.of("terms", CENTRES.resolve("export.csv").toString(), "--spec",
                        CENTRES.resolve("spec.yaml").toString(), "--question", "vieiprecis", "--codebook", codebook.toString()),
                "enquete: erreur : codebook.yaml, ligne 8, colonne 12 : le crochet « [ » ouvert ici n’est jamais refermé :"
                        + " ajoutez « ] » après le dernier élément de la liste",
                "enquete: error: codebook.yaml, line 8, column 12: the bracket \"[\" opened here is never closed: add \"]\" after"
                        + " the list's last item");
    }

    /** The bundled spec with {@code from} (found once) replaced by {@code to}, run by stats on its export. */
    private void assertSpec(String from, String to, String french, String english) throws IOException {
        Path spec = write("spec.yaml", edited(read(CENTRES.resolve("spec.yaml")), from, to));
        BothLanguages.assertLines(dir, stats(spec), "enquete: erreur : spec.yaml, " + french, "enquete: error: spec.yaml, " + english);
    }

    private static List<String> stats(Path spec) {
        return List.of("stats", CENTRES.resolve("export.csv").toString(), "--spec", spec.toString());
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    private static String edited(String text, String from, String to) {
        int at = text.indexOf(from);
        assertTrue(at >= 0 && text.indexOf(from, at + 1) < 0, "found once: " + from);
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
