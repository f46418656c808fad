package org.rehabplan.base;

/** Numbers as people write them in sentences: "2 kg", "2.3 kg", never "2.0 kg". */
public final class Numbers {

    private Numbers() {
    }

    public static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
