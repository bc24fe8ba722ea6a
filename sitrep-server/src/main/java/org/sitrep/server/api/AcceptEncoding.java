package org.sitrep.server.api;

import java.util.Locale;

/** What a client's {@code Accept-Encoding} header allows (RFC 9110, 12.5.3). */
final class AcceptEncoding {
    private AcceptEncoding() {
    }

    /** Whether gzip is acceptable: named, or under {@code *}, with a weight above zero. */
    static boolean takesGzip(String header) {
        if (header == null) {
            return false;
        }
        Double gzip = null;
        Double any = null;
        for (String item : header.split(",")) {
            String[] parts = item.split(";");
            String coding = parts[0].trim().toLowerCase(Locale.ROOT);
            double weight = weight(parts);
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = weight;
            } else if (coding.equals("*")) {
                any = weight;
            }
        }
        return gzip != null ? gzip > 0 : any != null && any > 0;
    }

    private static double weight(String[] parts) {
        for (int k = 1; k < parts.length; k++) {
            String p = parts[k].trim();
            if (p.length() > 2 && (p.charAt(0) == 'q' || p.charAt(0) == 'Q') && p.charAt(1) == '=') {
                try {
                    return Double.parseDouble(p.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 0; // a weight that is no number: not acceptable
                }
            }
        }
        return 1;
    }
}
