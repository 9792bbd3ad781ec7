package fr.enquete.privacy;

import java.math.BigInteger;

/**
 * The check digits that tell a French social security number (NIR) or an IBAN from any long number: both are
 * modulo 97 (ISO 7064 for the IBAN; 97 minus the number modulo 97 for the NIR's key).
 */
final class Checksums {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Checksums() {
    }

    /** A NIR of 13 characters and its 2-digit key, spaces aside; Corsica's 2A and 2B count as 19 and 18. */
    static boolean nir(String text) {
        String s = text.replaceAll("[\\s.-]", "").toUpperCase(java.util.Locale.ROOT);
        if (s.length() != 15) {
            return false;
        }
        String body = s.substring(0, 13);
        if (body.startsWith("2A", 5)) {
            body = body.substring(0, 5) + "19" + body.substring(7);
        } else if (body.startsWith("2B", 5)) {
            body = body.substring(0, 5) + "18" + body.substring(7);
        }
        if (!body.chars().allMatch(Character::isDigit) || !s.substring(13).chars().allMatch(Character::isDigit)) {
            return false;
        }
        int key = 97 - new BigInteger(body).mod(NINETY_SEVEN).intValue();
        return key == Integer.parseInt(s.substring(13));
    }

    /** An IBAN (ISO 13616), spaces aside: the country and check digits moved to the end, letters as 10-35, modulo 97 is 1. */
    static boolean iban(String text) {
        String s = text.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        if (s.length() < 15 || s.length() > 34 || !s.matches("[A-Z]{2}\\d{2}[A-Z0-9]+")) {
            return false;
        }
        String moved = s.substring(4) + s.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : moved.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }
}
