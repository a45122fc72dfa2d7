package org.beachhead.visual;

/** SVG coordinates are rounded to a tenth of a unit: finer digits only bloat the markup. */
final class Coordinates {

    private Coordinates() {
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
