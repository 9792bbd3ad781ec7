package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The help's two bundles (help.properties in French, help_en.properties in English) against every command, option and
 * positional parameter picocli builds: each found under the key picocli looks up, in both files, worded differently in
 * each, and no key left over that nothing reads (a key mistyped would leave its option without text).
 */
class HelpBundlesTest {

    private final Properties french = load("help.properties");
    private final Properties english = load("help_en.properties");

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = Main.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return p;
    }

    @Test
    void everyCommandAndOptionHasItsTextInBothLanguagesAndNoKeyIsLeftOver() {
        List<String> problems = new ArrayList<>();
        Set<String> read = new TreeSet<>(Set.of("usage.synopsisHeading", "usage.commandListHeading", "usage.synopsisSubcommandLabel"));
        List<CommandSpec> commands = new ArrayList<>();
        collect(Main.commandLine(new String[0]).getCommandSpec(), commands);
        // The eighteen commands of the help, bench's ud and the top level.
        assertEquals(20, commands.size(), commands.stream().map(CommandSpec::qualifiedName).toList().toString());
        for (CommandSpec command : commands) {
            String prefix = command.qualifiedName(".") + ".";
            String text = null;
            for (String section : List.of("usage.description", "usage.description.0", "usage.header", "usage.synopsisHeading")) {
                if (french.containsKey(prefix + section)) {
                    read.add(prefix + section);
                    text = text == null ? prefix + section : text;
                }
            }
            if (text == null) {
                problems.add(command.qualifiedName() + ": no " + prefix + "usage.description");
            } else if (prefix.equals("enquete.help.")) {
                read.add(prefix + "usage.description.1");
            }
            for (ArgSpec arg : command.args()) {
                String key = key(command, arg);
                if (key == null) {
                    problems.add(command.qualifiedName() + " " + name(arg) + ": no key in help.properties");
                    continue;
                }
                read.add(key);
                if (declaredBy(command, arg) && !key.startsWith(prefix) && !key.equals(arg.descriptionKey())) {
                    // A command's own option read under a mixin's key would show another option's text.
                    problems.add(command.qualifiedName() + " " + name(arg) + ": read under " + key + ", not " + prefix + "…");
                }
            }
        }
        for (String key : read) {
            if (!english.containsKey(key)) {
                problems.add(key + ": missing from help_en.properties");
            } else if (french.containsKey(key) && french.getProperty(key).equals(english.getProperty(key))) {
                problems.add(key + ": the same text in both languages: " + english.getProperty(key));
            }
        }
        for (Properties bundle : List.of(french, english)) {
            for (String key : bundle.stringPropertyNames()) {
                if (!read.contains(key)) {
                    problems.add(key + ": read by no command or option");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The French is written as the messages are: a no-break space before : ; ? ! and %, inside « ». */
    @Test
    void theFrenchHelpKeepsTheFrenchTypography() {
        Pattern spaceBefore = Pattern.compile(" [:;?!»]| %|« ");
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(french.stringPropertyNames())) {
            Matcher m = spaceBefore.matcher(french.getProperty(key));
            if (m.find()) {
                problems.add(key + ": plain space in \"" + m.group() + "\"");
            }
            assertFalse(french.getProperty(key).contains("'"), key + ": a straight apostrophe");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theHelpIsFrenchByDefaultAndEnglishWithLangEn() {
        assertTrue(Main.commandLine(new String[] {"--help"}).getUsageMessage().startsWith("Utilisation\u00A0: enquete [-hV] [COMMANDE]\n"));
        assertTrue(Main.commandLine(new String[] {"--help", "--lang", "en"}).getUsageMessage().startsWith("Usage: enquete [-hV] [COMMAND]\n"));
        assertTrue(Main.commandLine(new String[] {"--lang=en", "--help"}).getUsageMessage().startsWith("Usage: enquete [-hV] [COMMAND]\n"));
    }

    private static void collect(CommandSpec spec, List<CommandSpec> into) {
        into.add(spec);
        for (CommandLine sub : spec.subcommands().values()) {
            collect(sub.getCommandSpec(), into);
        }
    }

    /** The key picocli reads {@code arg}'s text under (Messages: qualified first, then plain), or null if none. */
    private String key(CommandSpec command, ArgSpec arg) {
        List<String> names = new ArrayList<>();
        if (!arg.descriptionKey().isEmpty()) {
            names.add(arg.descriptionKey());
        }
        if (arg instanceof OptionSpec o) {
            for (String n : o.names()) {
                names.add(n.replaceFirst("^-+", ""));
            }
        } else {
            PositionalParamSpec p = (PositionalParamSpec) arg;
            names.add(p.paramLabel() + "[" + p.index() + "]");
        }
        String prefix = command.qualifiedName(".") + ".";
        for (String n : names) {
            if (french.containsKey(prefix + n)) {
                return prefix + n;
            }
            if (french.containsKey(n)) {
                return n;
            }
        }
        return null;
    }

    /** Whether the command's own class declares {@code arg} (not a mixin). */
    private static boolean declaredBy(CommandSpec command, ArgSpec arg) {
        return arg.userObject() instanceof Field f && command.userObject() != null && f.getDeclaringClass() == command.userObject().getClass();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }

    @Test
    void theTwoBundlesHaveTheSameKeys() {
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(french.stringPropertyNames()));
        assertNotEquals(0, french.size());
    }
}
