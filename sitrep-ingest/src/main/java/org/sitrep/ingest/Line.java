package org.sitrep.ingest;

/**
 * One line of a document after inline cleaning: its plain text (mapped to the source) and whether
 * the source marked it as a heading. A blank line separates paragraphs.
 */
record Line(MappedText text, boolean heading) {
    static final Line BLANK = new Line(MappedText.EMPTY, false);

    boolean isBlank() {
        return text.isBlank();
    }

    String plain() {
        return text.text();
    }
}
