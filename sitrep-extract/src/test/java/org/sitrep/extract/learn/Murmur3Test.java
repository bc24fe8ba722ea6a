package org.sitrep.extract.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class Murmur3Test {
    @Test
    void matchesThePublishedReferenceValues() {
        // MurmurHash3_x86_32 reference values (SMHasher; also Guava's murmur3_32 tests)
        assertEquals(0, Murmur3.hash32("", 0));
        assertEquals(0x514E28B7, Murmur3.hash32("", 1));
        assertEquals(0x248bfa47, Murmur3.hash32("hello", 0));
        assertEquals(0x2e4ff723, Murmur3.hash32("The quick brown fox jumps over the lazy dog", 0));
    }

    @Test
    void tailsOfOneTwoAndThreeBytesAllCount() {
        assertEquals(Murmur3.hash32("abcd", 0) == Murmur3.hash32("abce", 0), false);
        assertEquals(Murmur3.hash32("a", 0) == Murmur3.hash32("b", 0), false);
        assertEquals(Murmur3.hash32("ab", 0) == Murmur3.hash32("ac", 0), false);
        assertEquals(Murmur3.hash32("abc", 0) == Murmur3.hash32("abd", 0), false);
    }
}
