package org.sitrep.extract.learn;

/**
 * A document's features: hashed indices in increasing order, each with its value.
 *
 * @param indices distinct feature indices, increasing, each in [0, space)
 * @param values  the value of each index
 */
public record SparseVector(int[] indices, float[] values) {
    public SparseVector {
        if (indices.length != values.length) {
            throw new IllegalArgumentException("indices and values differ in length");
        }
    }

    public int size() {
        return indices.length;
    }
}
