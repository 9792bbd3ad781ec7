package fr.enquete.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Text files people write, whatever Windows saved them as, and what is not text. */
class TextFilesTest {

    private static final String PLAN = "- action: Délais d'accès au logement social\n  pilote: CCAS – pôle logement\n";

    @Test
    void utf8AndWindows1252ReadAlike() {
        assertEquals(PLAN, TextFiles.decode(PLAN.getBytes(StandardCharsets.UTF_8)));
        // Notepad's "ANSI": é is one byte, 0xE9, which is no UTF-8.
        assertEquals(PLAN, TextFiles.decode(PLAN.getBytes(Charset.forName("windows-1252"))));
        byte[] bom = ("\uFEFF" + PLAN).getBytes(StandardCharsets.UTF_8);
        assertEquals(PLAN, TextFiles.decode(bom), "a byte-order mark dropped");
    }

    @Test
    void binaryIsToldFromText() {
        assertTrue(TextFiles.looksBinary(new byte[] {'%', 'P', 'D', 'F', 0, 1, 2}), "a NUL byte");
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        assertTrue(TextFiles.looksBinary(controls), "a third control characters");
        assertFalse(TextFiles.looksBinary("Agent :\tLes familles attendent.\r\n\fSuite\n".getBytes(StandardCharsets.UTF_8)), "tabs, line ends, form feed");
        assertFalse(TextFiles.looksBinary(PLAN.getBytes(Charset.forName("windows-1252"))), "accents in Windows-1252");
        assertFalse(TextFiles.looksBinary(new byte[0]));
    }
}
