package org.sitrep.extract.text;

/**
 * One sentence of a report body.
 *
 * @param index     position in the report, from 0
 * @param paragraph index of the body paragraph it belongs to
 * @param start     offset of its first character in the body
 * @param text      the sentence itself
 */
public record Sentence(int index, int paragraph, int start, String text) {
    public int end() {
        return start + text.length();
    }
}
