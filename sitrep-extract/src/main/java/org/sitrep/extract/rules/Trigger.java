package org.sitrep.extract.rules;

/** A trigger phrase found at {@code [start, end)} of a sentence. */
public record Trigger(TriggerCategory category, int start, int end, String text) {
}
