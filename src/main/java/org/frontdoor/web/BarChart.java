package org.frontdoor.web;

import java.util.List;

/**
 * A horizontal bar chart drawn on the server as SVG: one bar per row, scaled to the largest value. The page shows the
 * same figures in a table beside it, so nothing is only in the picture.
 */
record BarChart(String id, String title, String description, List<Bar> bars, String unit) {
    static final int LABEL_WIDTH = 260;
    static final int BAR_SPACE = 380;
    static final int ROW = 28;

    /** One bar: its label, value, and where it is drawn. */
    record Bar(String label, double value, String shown, int y, int width) {
    }

    static BarChart of(String id, String title, String description, List<String> labels, List<Double> values, String unit) {
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            double v = values.get(i);
            int width = max <= 0 ? 0 : (int) Math.round(BAR_SPACE * v / max);
            String shown = v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.UK, "%.1f", v);
            bars.add(new Bar(labels.get(i), v, shown + unit, i * ROW, width));
        }
        return new BarChart(id, title, description, List.copyOf(bars), unit);
    }

    public int height() {
        return Math.max(ROW, bars.size() * ROW);
    }

    public int width() {
        return LABEL_WIDTH + BAR_SPACE + 80;
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }
}
