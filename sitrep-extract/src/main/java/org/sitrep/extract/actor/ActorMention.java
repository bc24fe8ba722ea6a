package org.sitrep.extract.actor;

/** An actor named in a sentence, at {@code [start, end)} of the sentence text. */
public record ActorMention(ActorEntry entry, int start, int end, String text) {
}
