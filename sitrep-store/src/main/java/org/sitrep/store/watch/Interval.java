package org.sitrep.store.watch;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A polling interval as people write it: "30s", "10m", "1h", "1h30m". */
public final class Interval {
    private static final Pattern PART = Pattern.compile("(\\d{1,6})([smhd])");
    /** Faster than this is no longer polite to any outlet. */
    public static final Duration MIN = Duration.ofSeconds(1);
    public static final Duration MAX = Duration.ofDays(7);

    private Interval() {
    }

    public static Duration parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher m = PART.matcher(t);
        Duration d = Duration.ZERO;
        int end = 0;
        while (m.find() && m.start() == end) {
            long n = Long.parseLong(m.group(1));
            d = d.plus(switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            });
            end = m.end();
        }
        if (t.isEmpty() || end != t.length()) {
            throw new IllegalArgumentException("interval '" + text + "' is not like 30s, 10m, 1h or 1h30m");
        }
        if (d.compareTo(MIN) < 0 || d.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("interval '" + text + "' is outside 1s to 7d");
        }
        return d;
    }

    /** The shortest way to write {@code d} in the same notation. */
    public static String format(Duration d) {
        long s = d.getSeconds();
        StringBuilder b = new StringBuilder();
        long[] sizes = {86_400, 3_600, 60, 1};
        String[] units = {"d", "h", "m", "s"};
        for (int i = 0; i < sizes.length; i++) {
            if (s >= sizes[i]) {
                b.append(s / sizes[i]).append(units[i]);
                s %= sizes[i];
            }
        }
        return b.length() == 0 ? "0s" : b.toString();
    }
}
