package org.sitrep.model;

/** The sentence an event was read from, with its offsets in the original file. */
public record Evidence(String text, int start, int end) {
}
