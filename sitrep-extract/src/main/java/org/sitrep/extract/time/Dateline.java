package org.sitrep.extract.time;

/**
 * A wire report's dateline ("KHARTOUM, Dec 18, 2023 -", "KYIV (Reuters) -"): where the report was
 * written and, when it says, on what day. Offsets are in the report's body.
 *
 * @param place      the city as written ("KHARTOUM")
 * @param placeStart start of the city in the body
 * @param placeEnd   end of the city in the body
 * @param date       the dateline's date, or null when it gives none
 * @param end        end of the dateline (after its dash): the story starts here
 */
public record Dateline(String place, int placeStart, int placeEnd, EventDate date, int end) {
    /** Whether {@code [start, end)} lies inside the dateline. */
    public boolean covers(int start, int end) {
        return start >= placeStart && end <= this.end;
    }
}
