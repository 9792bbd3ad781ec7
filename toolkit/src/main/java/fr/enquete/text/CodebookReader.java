package fr.enquete.text;

import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * Reads a codebook (YAML):
 * <pre>
 * themes:
 *   - theme: "Vieillissement"
 *     terms: [autonomie, senior, "conférence des financeurs"]
 *     patterns: ["bien[- ]vieillir"]
 * </pre>
 * Mistakes are errors with file, line and column.
 */
public final class CodebookReader {

    private static final Set<String> THEME_KEYS = Set.of("theme", "terms", "patterns");

    private final String file;

    private CodebookReader(String file) {
        this.file = file;
    }

    public static Codebook read(Path path) {
        String name = path.toString();
        String text;
        try {
            text = fr.enquete.io.TextFiles.read(path);
        } catch (IOException e) {
            throw new InputException(SourceLocation.file(name), Files.exists(path)
                    ? Message.of("input.read", fr.enquete.io.SystemErrors.reason(e)) : Message.of("yaml.missing", Message.of("yaml.what.codebook")), e);
        }
        Node root;
        try {
            LoaderOptions o = new LoaderOptions();
            o.setAllowDuplicateKeys(false);
            root = new Yaml(o).compose(new java.io.StringReader(text));
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw fr.enquete.io.YamlSyntax.error(name, text, e);
        }
        return new CodebookReader(name).codebook(root);
    }

    private Codebook codebook(Node root) {
        if (!(root instanceof MappingNode m) || m.getValue().size() != 1
                || !"themes".equals(scalar(m.getValue().get(0).getKeyNode()))) {
            throw error(root, Message.of("text.codebook.root"));
        }
        Node list = m.getValue().get(0).getValueNode();
        if (!(list instanceof SequenceNode seq)) {
            throw error(list, Message.of("text.codebook.themes"));
        }
        List<Codebook.Theme> themes = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof MappingNode t)) {
                throw error(item, Message.of("text.codebook.theme"));
            }
            String name = null;
            List<String> terms = new ArrayList<>();
            List<Pattern> patterns = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (NodeTuple kv : t.getValue()) {
                String key = scalar(kv.getKeyNode());
                if (!THEME_KEYS.contains(key)) {
                    throw error(kv.getKeyNode(), Message.of("text.codebook.key.unknown", key));
                }
                if (!seen.add(key)) {
                    throw error(kv.getKeyNode(), Message.of("text.codebook.key.twice", key));
                }
                switch (key) {
                    case "theme" -> name = scalar(kv.getValueNode());
                    case "terms" -> list(kv.getValueNode()).forEach(n -> terms.add(scalar(n)));
                    default -> {
                        for (Node n : list(kv.getValueNode())) {
                            try {
                                patterns.add(Pattern.compile(scalar(n), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                            } catch (PatternSyntaxException e) {
                                throw error(n, Message.of("text.codebook.regex", e.getDescription()));
                            }
                        }
                    }
                }
            }
            if (name == null || name.isBlank()) {
                throw error(item, Message.of("text.codebook.name"));
            }
            if (terms.isEmpty() && patterns.isEmpty()) {
                throw error(item, Message.of("text.codebook.empty", name));
            }
            themes.add(new Codebook.Theme(name, terms, patterns));
        }
        return new Codebook(themes);
    }

    private List<Node> list(Node n) {
        if (!(n instanceof SequenceNode s)) {
            throw error(n, Message.of("text.codebook.list"));
        }
        return s.getValue();
    }

    private String scalar(Node n) {
        if (!(n instanceof ScalarNode s)) {
            throw error(n, Message.of("text.codebook.scalar"));
        }
        return s.getValue();
    }

    private InputException error(Node n, Message message) {
        Mark m = n == null ? null : n.getStartMark();
        return new InputException(m == null ? SourceLocation.file(file) : SourceLocation.line(file, m.getLine() + 1, m.getColumn() + 1), message);
    }
}
