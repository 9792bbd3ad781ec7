package fr.enquete.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way the project reads a UTF-8 XML document with StAX: no DTD, no external entities (XXE), and the bytes
 * decoded here, strictly. Given the bytes, the JDK's parser also prints "[Fatal Error] :-1:-1: Invalid byte 1 of
 * 1-byte UTF-8 sequence." on standard error for a damaged file; decoded here, a damaged byte is only the exception
 * the caller turns into a located error.
 */
public final class SafeXml {

    private SafeXml() {
    }

    /** A reader of {@code in}, a UTF-8 document (a byte-order mark is skipped). */
    public static XMLStreamReader utf8(InputStream in) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f.createXMLStreamReader(new InputStreamReader(withoutBom(in), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    private static InputStream withoutBom(InputStream in) throws XMLStreamException {
        BufferedInputStream b = new BufferedInputStream(in);
        try {
            b.mark(3);
            if (!(b.read() == 0xEF && b.read() == 0xBB && b.read() == 0xBF)) {
                b.reset();
            }
        } catch (IOException e) {
            throw new XMLStreamException("cannot read the document: " + e.getMessage(), e);
        }
        return b;
    }
}
