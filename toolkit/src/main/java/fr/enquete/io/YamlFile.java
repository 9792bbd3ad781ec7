package fr.enquete.io;

import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML file read as nodes, so every mistake can name its line and column: the helpers of the strict
 * readers (codebooks, action plans). Duplicate keys are errors; unknown keys too, where a key set is given.
 */
public final class YamlFile {

    private final String name;
    private final Node root;

    private YamlFile(String name, Node root) {
        this.name = name;
        this.root = root;
    }

    /** Parses {@code path}; {@code what} names the file's role in "no such ..." messages. */
    public static YamlFile read(Path path, String what) {
        String name = path.toString();
        String text;
        try {
            text = TextFiles.read(path);
        } catch (IOException e) {
            throw new InputException(SourceLocation.file(name), Files.exists(path)
                    ? Message.of("input.read", fr.enquete.io.SystemErrors.reason(e)) : Message.of("yaml.missing", role(what)), e);
        }
        try {
            LoaderOptions o = new LoaderOptions();
            o.setAllowDuplicateKeys(false);
            Node root = new Yaml(o).compose(new java.io.StringReader(text));
            if (root == null) {
                throw new InputException(SourceLocation.file(name), Message.of("yaml.empty", role(what)));
            }
            return new YamlFile(name, root);
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw YamlSyntax.error(name, text, e);
        }
    }

    /** The file's role in either language; a role no bundle knows is named as the caller wrote it. */
    private static Message role(String what) {
        return switch (what) {
            case "codebook", "evaluation", "action plan", "study file" -> Message.of("yaml.what." + what.replace(' ', '.'));
            default -> Message.plain(what);
        };
    }

    public Node root() {
        return root;
    }

    /** The keys of a mapping node; a key outside {@code allowed} (when not null) is an error. */
    public Map<String, Node> mapping(Node node, String what, Set<String> allowed) {
        return mapping(node, noun(what), allowed);
    }

    /** As {@link #mapping(Node, String, Set)}, {@code what} already worded in either language ("un chapitre survey"). */
    public Map<String, Node> mapping(Node node, Message what, Set<String> allowed) {
        if (!(node instanceof MappingNode mn)) {
            throw error(node, Message.of("yaml.mapping", what));
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : mn.getValue()) {
            String key = scalar(t.getKeyNode(), "a key");
            if (allowed != null && !allowed.contains(key)) {
                throw error(t.getKeyNode(), Message.of("yaml.key.unknown", key, what,
                        String.join(", ", allowed.stream().sorted().toList())));
            }
            if (out.containsKey(key)) {
                // SnakeYAML checks duplicates only when it builds Java objects, not on the node tree read here.
                throw error(t.getKeyNode(), Message.of("yaml.key.twice", key, what));
            }
            out.put(key, t.getValueNode());
        }
        return out;
    }

    public String scalar(Node node, String what) {
        if (!(node instanceof ScalarNode s)) {
            throw error(node, Message.of("yaml.single", noun(what)));
        }
        return s.getValue();
    }

    /** The value of {@code key} in the mapping {@code m}, stripped; empty when the key is absent. */
    public String optional(Map<String, Node> m, String key) {
        return m.containsKey(key) ? scalar(m.get(key), "'" + key + "'").strip() : "";
    }

    public List<Node> list(Node node, String what) {
        if (!(node instanceof SequenceNode s)) {
            throw error(node, Message.of("yaml.list", noun(what)));
        }
        return s.getValue();
    }

    /** A single value or a list of values, as a list of strings. */
    public List<String> strings(Node node, String what) {
        if (node instanceof ScalarNode s) {
            return List.of(s.getValue());
        }
        return list(node, what).stream().map(n -> scalar(n, "an item of " + what)).toList();
    }

    /** Case-insensitive regular expressions, each error located. */
    public List<Pattern> patterns(Node node) {
        return list(node, "'patterns'").stream().map(n -> {
            try {
                return Pattern.compile(scalar(n, "a pattern"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw error(n, Message.of("yaml.regex", e.getDescription()));
            }
        }).toList();
    }

    public SourceLocation at(Node node) {
        Mark m = node == null ? null : node.getStartMark();
        return m == null ? SourceLocation.file(name) : SourceLocation.line(name, m.getLine() + 1, m.getColumn() + 1);
    }

    /** An error at {@code node}, in the run's language: there is no English-only overload, so every reader's error is translated. */
    public InputException error(Node node, Message message) {
        return new InputException(at(node), message);
    }

    /** The nouns callers describe a node with ("a theme"), each in the bundles; a quoted key ('axes') reads in either. */
    private static final Map<String, String> NOUNS = Map.ofEntries(Map.entry("a theme", "theme"), Map.entry("a key", "key"),
            Map.entry("an item", "item"), Map.entry("a pattern", "pattern"), Map.entry("the codebook", "codebook"),
            Map.entry("the study file", "study.file"), Map.entry("the evaluation file", "evaluation.file"),
            Map.entry("the action plan", "action.plan"), Map.entry("an objective", "objective"), Map.entry("an axis", "axis"),
            Map.entry("an action", "action"), Map.entry("a need", "need"), Map.entry("an evaluation", "evaluation"),
            Map.entry("a criterion", "criterion"), Map.entry("a chart", "chart"), Map.entry("a chapter", "chapter"),
            Map.entry("a cross-tabulation", "crosstab"), Map.entry("an indicator (name, baseline, target, date)", "indicator"),
            Map.entry("'questions' (question id: theme)", "questions"), Map.entry("'needs' (voice: what they need)", "needs"));

    /** {@code what} as a message: a known noun translated, "an item of X" built from X's, anything else as written. */
    private static Message noun(String what) {
        String key = NOUNS.get(what);
        if (key != null) {
            return Message.of("yaml.noun." + key);
        }
        if (what.startsWith("an item of ")) {
            return Message.of("yaml.noun.item.of", noun(what.substring("an item of ".length())));
        }
        return Message.plain(what);
    }
}
