package org.sitrep.extract.time;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.DatePrecision;

/**
 * Reads a wire report's dateline at the start of a paragraph: a city (a few capitalised words,
 * perhaps followed by its country: "DAMASCUS, Syria"), then a date, an agency in brackets, or both,
 * then a dash. A city in title case needs the date or the agency, so that a headline such as
 * "Aleppo - the battle goes on" is not taken for one.
 */
public final class DatelineReader {
    private static final String WORD = "\\p{Lu}[\\p{L}'’.-]*";
    private static final String NAME = WORD + "(?:[ \\t]+" + WORD + "){0,3}";
    private static final Pattern DATELINE = Pattern.compile(
            "^[ \\t]*(?<place>" + NAME + ")(?:,[ \\t]*" + NAME + ")?"
                    + "(?:,[ \\t]*(?<date>[^,()\\n–—-]{3,24}?(?:,[ \\t]*\\d{4})?))?"
                    + "[ \\t]*(?:\\((?<agency>[^()\\n]{2,40})\\))?[ \\t]*(?:-|–|—|--)[ \\t]+");

    private final DateFinder dates;

    public DatelineReader(DateFinder dates) {
        this.dates = dates;
    }

    /**
     * The dateline opening {@code paragraph}, or null.
     *
     * @param offset    where the paragraph starts in the body
     * @param reference the report's own date (to give a yearless dateline its year), or null
     */
    public Dateline read(String paragraph, int offset, LocalDate reference) {
        Matcher m = DATELINE.matcher(paragraph);
        if (!m.find()) {
            return null;
        }
        EventDate date = null;
        if (m.group("date") != null) {
            List<DateMention> found = dates.find(m.group("date"), reference, null);
            if (found.size() != 1 || found.get(0).date().precision() != DatePrecision.DAY) {
                return null; // "MOSUL, Iraq's second city -": what follows the comma is no date
            }
            date = found.get(0).date();
        }
        String place = m.group("place");
        boolean upperCase = place.equals(place.toUpperCase(java.util.Locale.ROOT));
        if (!upperCase && date == null && m.group("agency") == null) {
            return null;
        }
        return new Dateline(place, offset + m.start("place"), offset + m.end("place"), date, offset + m.end());
    }
}
