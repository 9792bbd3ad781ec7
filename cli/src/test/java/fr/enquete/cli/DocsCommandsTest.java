package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command the documentation shows is run, so that the docs cannot drift from the code.
 *
 * <p>README.md, CONTRIBUTING.md and docs/*.md are scanned for fenced {@code sh} blocks (also {@code bash},
 * {@code shell}). In such a block, each line (joined over trailing backslashes) is one of:
 * <ul>
 *   <li>a command starting with {@code enquete } or {@code ./enquete }: run in-process through {@link Main#run}
 *       (the picocli entry point, not the shell launcher), as if from the repository root, and expected to exit
 *       with 0, or with the code a trailing comment gives ({@code # exit 4}, {@code # exit code 4: ...});</li>
 *   <li>shell variable assignments ({@code F=fixtures/centres-sociaux}, several joined by {@code ;}), expanded as
 *       {@code $F} or {@code ${F}} in the block's later commands;</li>
 *   <li>any other command ({@code mvn -B verify}, a script): not run here, and listed in this test's output.</li>
 * </ul>
 * Paths that exist under the repository root are made absolute. What a command writes goes to a temporary
 * directory: the values of {@code --out}, {@code --keep}, {@code --cloud}, {@code --ca}, {@code --iramuteq}, {@code --dendrogram} and {@code --segments}, and a
 * {@code > FILE} redirection of standard output, are moved there, and a later command of the same block that
 * names such a path reads it there; {@code demo} without {@code --out} writes there too. The fixtures are
 * checked unchanged afterwards. A synopsis with placeholders ({@code FILE}, {@code [--out FILE]}) belongs in a
 * {@code text} block: in an {@code sh} block it fails here.
 */
class DocsCommandsTest {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```+|~~~+)\\s*([A-Za-z0-9_-]*).*$");
    private static final Set<String> SHELL = Set.of("sh", "bash", "shell");
    private static final Set<String> OUTPUT_OPTIONS = Set.of("--out", "--keep", "--cloud", "--iramuteq", "--ca", "--dendrogram", "--segments");
    private static final Pattern EXIT = Pattern.compile("\\bexit(?: code)?\\s+(\\d+)\\b");
    private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*");
    private static final Pattern VARIABLE = Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)}|([A-Za-z_][A-Za-z0-9_]*))");

    private static Path root;
    private static Map<String, Long> fixturesBefore;
    private static Set<String> workingDirectoryBefore;
    private static Set<String> rootBefore;
    private static final List<String> notRun = new ArrayList<>();

    @TempDir
    static Path scratch;

    /** A documented shell line, where it was found, and what was written on it. */
    record Line(Path file, int number, String text, String comment) {
        String where() {
            return root.relativize(file) + ":" + number;
        }
    }

    /** A word of a shell line; {@code operator} for an unquoted {@code >}, {@code |}, {@code ;}, {@code &}, {@code <}. */
    record Word(String text, boolean operator) { }

    @BeforeAll
    static void findRoot() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isRegularFile(dir.resolve("README.md")) && Files.isRegularFile(dir.resolve("enquete")))) {
            dir = dir.getParent();
        }
        assertTrue(dir != null, "no repository root (README.md beside the enquete launcher) above " + Path.of("").toAbsolutePath());
        root = dir;
        fixturesBefore = snapshot(root.resolve("fixtures"));
        workingDirectoryBefore = names(Path.of("").toAbsolutePath());
        rootBefore = names(root);
    }

    /** The names in a directory, to see a command that wrote beside itself instead of where it was told. */
    static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        }
    }

    @AfterAll
    static void fixturesUntouched() throws IOException {
        if (!notRun.isEmpty()) {
            System.out.println("DocsCommandsTest: not enquete commands, not run here:");
            notRun.forEach(l -> System.out.println("  " + l));
        }
        assertEquals(fixturesBefore, snapshot(root.resolve("fixtures")), "a documented command changed fixtures/");
        assertEquals(workingDirectoryBefore, names(Path.of("").toAbsolutePath()), "a documented command wrote into the working directory");
        assertEquals(rootBefore, names(root), "a documented command wrote into the repository root");
    }

    static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>();
        for (String name : List.of("README.md", "CONTRIBUTING.md")) {
            if (Files.isRegularFile(root.resolve(name))) {
                docs.add(root.resolve(name));
            }
        }
        try (Stream<Path> pages = Files.list(root.resolve("docs"))) {
            pages.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    /** The shell blocks of a Markdown file, each as its logical lines (continuations joined). */
    static List<List<Line>> shellBlocks(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<List<Line>> blocks = new ArrayList<>();
        List<Line> block = null;
        String fence = null;
        StringBuilder pending = null;
        int pendingStart = 0;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            Matcher m = FENCE.matcher(raw);
            if (fence == null) {
                if (m.matches()) {
                    fence = m.group(1);
                    block = SHELL.contains(m.group(2)) ? new ArrayList<>() : null;
                }
                continue;
            }
            char mark = fence.charAt(0);
            if (raw.strip().startsWith(fence) && raw.strip().chars().allMatch(c -> c == mark)) {
                assertTrue(pending == null, file + ":" + pendingStart + ": a command ends with a backslash at the end of its block");
                if (block != null) {
                    blocks.add(block);
                }
                fence = null;
                block = null;
                continue;
            }
            if (block == null) {
                continue;
            }
            String text = raw.strip();
            boolean continued = text.endsWith("\\");
            if (continued) {
                text = text.substring(0, text.length() - 1);
            }
            if (pending == null) {
                pending = new StringBuilder(text);
                pendingStart = i + 1;
            } else {
                pending.append(' ').append(text);
            }
            if (!continued) {
                String[] parts = splitComment(pending.toString());
                if (!parts[0].isBlank()) {
                    block.add(new Line(file, pendingStart, parts[0].strip(), parts[1]));
                }
                pending = null;
            }
        }
        assertTrue(fence == null, file + ": a code block is never closed");
        return blocks;
    }

    /** The line before an unquoted {@code #} that starts a word, and the comment after it. */
    static String[] splitComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"') {
                    i++;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '\\') {
                i++;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return new String[] {line.substring(0, i), line.substring(i + 1).strip()};
            }
        }
        return new String[] {line, ""};
    }

    /** Shell words: quotes ('...' literal, "..." with $VAR), backslash escapes, unquoted operators apart. */
    static List<Word> words(String line, Map<String, String> vars, String where) {
        List<Word> words = new ArrayList<>();
        StringBuilder w = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                    w.append(line.charAt(++i));
                } else if (c == '$') {
                    i = expand(line, i, vars, w, where);
                } else if (c == '`') {
                    throw new AssertionError(where + ": command substitution is not supported in a documented command");
                } else {
                    w.append(c);
                }
            } else if (Character.isWhitespace(c)) {
                if (w != null) {
                    words.add(new Word(w.toString(), false));
                    w = null;
                }
            } else if ("><|;&".indexOf(c) >= 0) {
                if (w != null) {
                    words.add(new Word(w.toString(), false));
                    w = null;
                }
                words.add(new Word(String.valueOf(c), true));
            } else {
                if (w == null) {
                    w = new StringBuilder();
                }
                if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '\\' && i + 1 < line.length()) {
                    w.append(line.charAt(++i));
                } else if (c == '$') {
                    i = expand(line, i, vars, w, where);
                } else if (c == '`' || c == '*' || c == '?' || c == '~') {
                    throw new AssertionError(where + ": '" + c + "' (substitution, glob or home) is not supported in a documented command");
                } else {
                    w.append(c);
                }
            }
        }
        assertTrue(quote == 0, where + ": an unclosed quote");
        if (w != null) {
            words.add(new Word(w.toString(), false));
        }
        return words;
    }

    private static int expand(String line, int at, Map<String, String> vars, StringBuilder into, String where) {
        Matcher m = VARIABLE.matcher(line).region(at, line.length());
        if (!m.lookingAt()) {
            throw new AssertionError(where + ": a '$' that is not a $NAME or ${NAME} variable");
        }
        String name = m.group(1) != null ? m.group(1) : m.group(2);
        String value = vars.get(name);
        if (value == null) {
            throw new AssertionError(where + ": $" + name + " is not set earlier in its block");
        }
        into.append(value);
        return m.end() - 1;
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedCommandRuns() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        int blockNumber = 0;
        for (Path doc : documents()) {
            for (List<Line> block : shellBlocks(doc)) {
                Path out = scratch.resolve("block-" + (++blockNumber));
                Map<String, String> vars = new HashMap<>();
                Set<String> produced = new java.util.HashSet<>();
                for (Line line : block) {
                    List<Word> words;
                    try {
                        words = words(line.text(), vars, line.where());
                    } catch (AssertionError e) {
                        tests.add(DynamicTest.dynamicTest(line.where() + ": " + line.text(), () -> { throw e; }));
                        continue;
                    }
                    if (words.stream().allMatch(w -> w.operator() ? w.text().equals(";") : ASSIGNMENT.matcher(w.text()).matches())) {
                        for (Word w : words) {
                            if (!w.operator()) {
                                int eq = w.text().indexOf('=');
                                vars.put(w.text().substring(0, eq), w.text().substring(eq + 1));
                            }
                        }
                        continue;
                    }
                    String first = words.get(0).text();
                    if (!first.equals("enquete") && !first.equals("./enquete")) {
                        notRun.add(line.where() + ": " + line.text());
                        continue;
                    }
                    String name = line.where() + ": " + line.text();
                    try {
                        Command command = command(line, words, out, produced);
                        tests.add(DynamicTest.dynamicTest(name, () -> run(line, command)));
                    } catch (AssertionError e) {
                        tests.add(DynamicTest.dynamicTest(name, () -> { throw e; }));
                    }
                }
            }
        }
        assertTrue(tests.size() >= 20, "only " + tests.size() + " documented commands found: is the scan broken?");
        System.out.println("DocsCommandsTest: running " + tests.size() + " documented commands:");
        tests.forEach(t -> System.out.println("  " + t.getDisplayName()));
        return tests.stream();
    }

    /** A documented command made runnable: its arguments, where its standard output goes, its expected exit code. */
    record Command(List<String> args, Path stdout, int expected, Path dir) { }

    static Command command(Line line, List<Word> words, Path dir, Set<String> produced) {
        List<String> args = new ArrayList<>();
        Path stdout = null;
        for (int i = 1; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.operator()) {
                if (w.text().equals(">") && i + 1 < words.size() && !words.get(i + 1).operator() && i + 2 == words.size()) {
                    stdout = dir.resolve(words.get(i + 1).text());
                    produced.add(strip(words.get(i + 1).text()));
                    break;
                }
                throw new AssertionError(line.where() + ": '" + w.text() + "' is not supported in a documented command"
                        + " (only a final '> FILE'); show pipelines in a text block");
            }
            String arg = w.text();
            String previous = args.isEmpty() ? "" : args.get(args.size() - 1);
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0 && OUTPUT_OPTIONS.contains(arg.substring(0, eq))) {
                String value = arg.substring(eq + 1);
                produced.add(strip(value));
                args.add(arg.substring(0, eq + 1) + dir.resolve(value));
            } else if (OUTPUT_OPTIONS.contains(previous)) {
                produced.add(strip(arg));
                args.add(dir.resolve(arg).toString());
            } else {
                args.add(path(arg, dir, produced));
            }
        }
        assertFalse(args.isEmpty(), line.where() + ": enquete without a command");
        if (args.get(0).equals("demo") && args.stream().noneMatch(a -> a.equals("--out") || a.startsWith("--out="))) {
            args.add("--out");
            args.add(dir.resolve("enquete-demo").toString());
        }
        if (args.get(0).equals("init") && args.stream().noneMatch(a -> a.equals("--out") || a.startsWith("--out="))
                && args.stream().noneMatch(a -> a.equals("--help") || a.equals("-h"))) {
            throw new AssertionError(line.where() + ": a documented 'enquete init' needs --out (without it, it writes beside the export)");
        }
        Matcher exit = EXIT.matcher(line.comment());
        return new Command(List.copyOf(args), stdout, exit.find() ? Integer.parseInt(exit.group(1)) : 0, dir);
    }

    private static String strip(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** An argument as the command sees it: a path written earlier in the block, a path of the repository, or itself. */
    static String path(String arg, Path dir, Set<String> produced) {
        if (arg.startsWith("-") || arg.isEmpty()) {
            return arg;
        }
        for (String p : produced) {
            if (strip(arg).equals(p) || arg.startsWith(p + "/")) {
                return dir.resolve(arg).toString();
            }
        }
        if (exists(arg)) {
            return root.resolve(arg).toString();
        }
        int eq = arg.indexOf('=');
        if (eq > 0 && exists(arg.substring(eq + 1))) {
            return arg.substring(0, eq + 1) + root.resolve(arg.substring(eq + 1));
        }
        return arg;
    }

    private static boolean exists(String path) {
        try {
            return !Path.of(path).isAbsolute() && Files.exists(root.resolve(path));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    static void run(Line line, Command command) throws IOException {
        Files.createDirectories(command.dir());
        String home = System.getProperty("enquete.home");
        System.setProperty("enquete.home", root.toString()); // as the launcher sets it: demo finds fixtures/ there
        CliRun run;
        long start = System.nanoTime();
        try {
            run = CliRun.run(command.args().toArray(String[]::new));
        } finally {
            System.out.printf(java.util.Locale.ROOT, "DocsCommandsTest: ran %s in %.1f s: %s%n", line.where(),
                    (System.nanoTime() - start) / 1e9, line.text());
            if (home == null) {
                System.clearProperty("enquete.home");
            } else {
                System.setProperty("enquete.home", home);
            }
        }
        if (command.stdout() != null) {
            Files.createDirectories(command.stdout().getParent());
            Files.writeString(command.stdout(), run.out(), StandardCharsets.UTF_8);
        }
        if (run.code() != command.expected()) {
            fail(line.where() + ": '" + line.text() + "' exited with " + run.code() + ", the docs say " + command.expected()
                    + " (a synopsis with placeholders belongs in a ```text block; an expected failure says '# exit N')"
                    + "\nargs: " + command.args() + "\nstderr: " + tail(run.err()) + "\nstdout: " + tail(run.out()));
        }
        assertFalse(run.code() == 0 && command.stdout() == null && run.out().isEmpty() && !hasOutput(command.args()),
                line.where() + ": printed nothing and wrote no file");
    }

    private static boolean hasOutput(List<String> args) {
        return args.stream().anyMatch(a -> OUTPUT_OPTIONS.contains(a) || OUTPUT_OPTIONS.stream().anyMatch(o -> a.startsWith(o + "=")));
    }

    private static String tail(String s) {
        return s.length() > 2000 ? "..." + s.substring(s.length() - 2000) : s;
    }

    static Map<String, Long> snapshot(Path dir) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(Files::isRegularFile).forEach(p -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    files.put(dir.relativize(p).toString(), a.size() * 31 + a.lastModifiedTime().toMillis());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return files;
    }

    // The test's own reading of Markdown and shell lines, checked on small cases so that a scan that finds nothing
    // or reads a line wrongly cannot pass unnoticed.

    @Test
    void readsBlocksContinuationsCommentsAndVariables() throws IOException {
        Path md = Files.writeString(scratch.resolve("sample.md"), String.join("\n",
                "# t", "```text", "./enquete stats FILE", "```", "```sh",
                "F=fixtures/centres-sociaux; G=x", "./enquete terms $F/export.csv \\", "    --question \"a b\" # exit code 4: why",
                "mvn -B verify", "```", ""));
        Path saved = root;
        List<List<Line>> blocks = shellBlocks(md);
        assertEquals(1, blocks.size());
        List<Line> lines = blocks.get(0);
        assertEquals(3, lines.size());
        assertEquals(7, lines.get(1).number());
        assertEquals("exit code 4: why", lines.get(1).comment());
        Map<String, String> vars = new LinkedHashMap<>(Map.of("F", "fixtures/centres-sociaux"));
        List<String> words = words(lines.get(1).text(), vars, "t").stream().map(Word::text).toList();
        assertEquals(List.of("./enquete", "terms", "fixtures/centres-sociaux/export.csv", "--question", "a b"), words);
        Command c = command(lines.get(1), words(lines.get(1).text(), vars, "t"), scratch.resolve("b"), new java.util.HashSet<>());
        assertEquals(4, c.expected());
        assertEquals(saved.resolve("fixtures/centres-sociaux/export.csv").toString(), c.args().get(1));
    }

    @Test
    void outputsGoToTheScratchDirectoryAndAreReadBackThere() {
        Path dir = scratch.resolve("c");
        Set<String> produced = new java.util.HashSet<>();
        Line first = new Line(root.resolve("README.md"), 1, "", "");
        Command write = command(first, words("./enquete code x --format qdpx --out abs.qdpx", Map.of(), "t"), dir, produced);
        assertEquals(dir.resolve("abs.qdpx").toString(), write.args().get(write.args().size() - 1));
        Command read = command(first, words("enquete import-qda abs.qdpx --out projet/", Map.of(), "t"), dir, produced);
        assertEquals(List.of("import-qda", dir.resolve("abs.qdpx").toString(), "--out", dir.resolve("projet/").toString()), read.args());
        Command redirected = command(first, words("enquete code fixtures --memos > annexe.md", Map.of(), "t"), dir, produced);
        assertEquals(dir.resolve("annexe.md"), redirected.stdout());
        Command demo = command(first, words("./enquete demo", Map.of(), "t"), dir, produced);
        assertEquals(List.of("demo", "--out", dir.resolve("enquete-demo").toString()), demo.args());
    }
}
