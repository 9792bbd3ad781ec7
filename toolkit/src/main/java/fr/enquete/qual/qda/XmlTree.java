package fr.enquete.qual.qda;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small element tree read with StAX, hardened as the project's other XML readers are (no DTD, no external
 * entities), namespaces reduced to local names: project files are small and read whole.
 */
record XmlTree(String name, Map<String, String> attributes, List<XmlTree> children, String text, int line) {

    static XmlTree read(InputStream in) throws XMLStreamException {
        // Hardened (no DTD, no external entities) and decoded strictly: see SafeXml.
        XMLStreamReader x = fr.enquete.io.SafeXml.utf8(in);
        List<Builder> stack = new ArrayList<>();
        XmlTree root = null;
        while (x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.DTD) {
                // Never resolved, but refused too: a project file has no business declaring entities.
                throw new DoctypeRefused(x.getLocation());
            }
            if (e == XMLStreamConstants.START_ELEMENT) {
                Map<String, String> attrs = new LinkedHashMap<>();
                for (int i = 0; i < x.getAttributeCount(); i++) {
                    attrs.put(x.getAttributeLocalName(i), x.getAttributeValue(i));
                }
                stack.add(new Builder(x.getLocalName(), attrs, x.getLocation().getLineNumber()));
            } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) {
                if (!stack.isEmpty()) {
                    stack.get(stack.size() - 1).text.append(x.getText());
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                Builder b = stack.remove(stack.size() - 1);
                XmlTree t = new XmlTree(b.name, b.attrs, List.copyOf(b.children), b.text.toString(), b.line);
                if (stack.isEmpty()) {
                    root = t;
                } else {
                    stack.get(stack.size() - 1).children.add(t);
                }
            }
        }
        return root;
    }

    /** A {@code <!DOCTYPE>} met in a project, its place kept: the reader words it in the run's language. */
    static final class DoctypeRefused extends XMLStreamException {
        DoctypeRefused(javax.xml.stream.Location at) {
            super("a <!DOCTYPE> is not allowed in a REFI-QDA project (it could declare entities)", at);
        }
    }

    private static final class Builder {
        final String name;
        final Map<String, String> attrs;
        final int line;
        final List<XmlTree> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Builder(String name, Map<String, String> attrs, int line) {
            this.name = name;
            this.attrs = attrs;
            this.line = line;
        }
    }

    List<XmlTree> all(String child) {
        return children.stream().filter(c -> c.name.equals(child)).toList();
    }

    Optional<XmlTree> first(String child) {
        return children.stream().filter(c -> c.name.equals(child)).findFirst();
    }

    String attr(String key) {
        return attributes.getOrDefault(key, "");
    }

    /** The text of the first child so named, or empty. */
    String childText(String child) {
        return first(child).map(XmlTree::text).orElse("");
    }
}
