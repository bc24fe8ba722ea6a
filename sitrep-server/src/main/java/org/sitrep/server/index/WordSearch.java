package org.sitrep.server.index;

import java.nio.charset.StandardCharsets;

/**
 * Finds the searched words (UTF-8 bytes) in an evidence sentence by Horspool's skips: a mismatch
 * moves on by up to the words' length instead of one byte, so a governorate's worth of sentences
 * searched for "shelling" compares several times fewer bytes than trying every start.
 */
final class WordSearch {
    private final byte[] words;
    /** Per byte value, how far the window may move when that byte is under its last position. */
    private final int[] shift = new int[256];

    WordSearch(String words) {
        this.words = words.getBytes(StandardCharsets.UTF_8);
        int n = this.words.length;
        java.util.Arrays.fill(shift, Math.max(1, n));
        for (int k = 0; k < n - 1; k++) {
            shift[this.words[k] & 0xff] = n - 1 - k;
        }
    }

    /** Whether {@code text} contains the words; null holds nothing. */
    boolean foundIn(byte[] text) {
        if (text == null) {
            return false;
        }
        int n = words.length;
        if (n == 0) {
            return true;
        }
        byte last = words[n - 1];
        for (int start = 0; start <= text.length - n; ) {
            byte b = text[start + n - 1];
            if (b == last && matchesAt(text, start)) {
                return true;
            }
            start += shift[b & 0xff];
        }
        return false;
    }

    private boolean matchesAt(byte[] text, int start) {
        for (int k = 0; k < words.length - 1; k++) {
            if (text[start + k] != words[k]) {
                return false;
            }
        }
        return true;
    }
}
