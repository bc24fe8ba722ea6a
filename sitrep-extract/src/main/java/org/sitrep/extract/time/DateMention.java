package org.sitrep.extract.time;

/**
 * A time expression in a sentence.
 *
 * @param leading true when it opens the sentence ("On November 14, ..."): it then sets the time
 *                of the narrative that follows, whereas a date inside a sentence ("captured by
 *                HTS on October 8") dates only its own clause
 */
public record DateMention(int start, int end, EventDate date, boolean leading) {
}
