package org.sitrep.server;

import java.util.function.Supplier;

/** A supplier asked once, on first use, by one thread; its value is then shared. */
public final class Memo<T> implements Supplier<T> {
    private final Supplier<? extends T> source;
    private volatile T value;

    private Memo(Supplier<? extends T> source) {
        this.source = source;
    }

    public static <T> Supplier<T> of(Supplier<? extends T> source) {
        return new Memo<>(source);
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = source.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
