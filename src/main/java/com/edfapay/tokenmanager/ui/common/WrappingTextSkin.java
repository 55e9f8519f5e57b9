package com.edfapay.tokenmanager.ui.common;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.SkinBase;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.jspecify.annotations.Nullable;

/**
 * Draws a {@link WrappingText}: its lines from {@link LineBreaker} at the width it is given, measured with a
 * {@link Text} of the control's font, shown as one {@code Text} with explicit line breaks (and no wrapping width,
 * the code path that lays out Arabic correctly). A graphic sits before the text, centred on the first line.
 * Right-to-left needs nothing special: the control's orientation mirrors the layout and the text.
 *
 * <p>In AUTO mode a text without right-to-left characters is wrapped by the {@code Text} itself (a wrapping
 * width), as a {@code Label} would: JavaFX's wrapping is wrong only for right-to-left text, and breaking lines here
 * costs time, most of all before the first frame.
 */
final class WrappingTextSkin extends SkinBase<WrappingText> {

    private final Text text = new Text();
    private final Text measure = new Text();
    private final LineBreaker breaker = new LineBreaker(Locale.getDefault(), this::measureLine);
    private final boolean onlyRightToLeft;

    private @Nullable String brokenText;
    private @Nullable Font brokenFont;
    private double brokenWidth = Double.NaN;
    private double brokenLineSpacing;
    private boolean wrapsNatively;
    private List<String> lines = List.of("");

    /** {@code onlyRightToLeft}: break lines only for a text with right-to-left characters (AUTO mode). */
    WrappingTextSkin(WrappingText control, boolean onlyRightToLeft) {
        super(control);
        this.onlyRightToLeft = onlyRightToLeft;
        text.setTextOrigin(VPos.TOP);
        text.setManaged(false);
        text.fontProperty().bind(control.fontProperty());
        text.fillProperty().bind(control.textFillProperty());
        text.underlineProperty().bind(control.underlineProperty());
        text.lineSpacingProperty().bind(control.lineSpacingProperty());
        text.textAlignmentProperty().bind(control.textAlignmentProperty());
        measure.setTextOrigin(VPos.TOP);
        updateChildren();
        registerChangeListener(control.graphicProperty(), value -> updateChildren());
        registerChangeListener(control.contentDisplayProperty(), value -> control.requestLayout());
        registerChangeListener(control.textProperty(), value -> control.requestLayout());
        registerChangeListener(control.fontProperty(), value -> control.requestLayout());
        registerChangeListener(control.graphicTextGapProperty(), value -> control.requestLayout());
        registerChangeListener(control.lineSpacingProperty(), value -> control.requestLayout());
    }

    @Override
    public void dispose() {
        text.fontProperty().unbind();
        text.fillProperty().unbind();
        text.underlineProperty().unbind();
        text.lineSpacingProperty().unbind();
        text.textAlignmentProperty().unbind();
        super.dispose();
    }

    List<String> lines() {
        return lines;
    }

    double lineWidth() {
        return brokenWidth;
    }

    private void updateChildren() {
        Node graphic = getSkinnable().getGraphic();
        if (graphic == null) {
            getChildren().setAll(text);
        } else {
            getChildren().setAll(graphic, text);
        }
        getSkinnable().requestLayout();
    }

    // --- sizes ----------------------------------------------------------------------------------------------

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        // Small, as a wrapping Label's: the parent may narrow it, and it wraps into more lines.
        return left + graphicAndGap() + Math.min(measureLine("\u2026\u2026"), textPrefWidth()) + right;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + graphicAndGap() + textPrefWidth() + right;
    }

    @Override
    protected double computeMaxWidth(double height, double top, double right, double bottom, double left) {
        return getSkinnable().prefWidth(height);
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        WrappingText control = getSkinnable();
        double outer = width >= 0 ? width : boundedPrefWidth(control);
        double available = outer - left - right - graphicAndGap();
        double textHeight = textHeight(linesFor(available), available);
        double graphicHeight = showsGraphic() ? control.getGraphic().prefHeight(-1) : 0;
        return top + Math.max(textHeight, graphicHeight) + bottom;
    }

    @Override
    protected double computeMaxHeight(double width, double top, double right, double bottom, double left) {
        return getSkinnable().prefHeight(width);
    }

    @Override
    protected double computeBaselineOffset(double top, double right, double bottom, double left) {
        return top + text.getBaselineOffset();
    }

    // --- layout ---------------------------------------------------------------------------------------------

    @Override
    protected void layoutChildren(double x, double y, double width, double height) {
        WrappingText control = getSkinnable();
        double gap = graphicAndGap();
        double available = Math.max(0, width - gap);
        List<String> shown = linesFor(available);
        String joined = display(shown);
        if (!joined.equals(text.getText())) {
            text.setText(joined);
        }
        double wrapping = wrapsNatively ? available : 0;
        if (text.getWrappingWidth() != wrapping) {
            text.setWrappingWidth(wrapping);
        }
        double textWidth = Math.min(available, text.getLayoutBounds().getWidth());
        double textHeight = textHeight(shown, available);
        Pos alignment = control.getAlignment() == null ? Pos.CENTER_LEFT : control.getAlignment();
        double blockHeight = Math.max(textHeight, showsGraphic() ? control.getGraphic().prefHeight(-1) : 0);
        double top = y + switch (alignment.getVpos()) {
            case TOP, BASELINE -> 0;
            case BOTTOM -> height - blockHeight;
            default -> Math.max(0, (height - blockHeight) / 2);
        };
        double blockWidth = gap + textWidth;
        double leftEdge = x + switch (alignment.getHpos()) {
            case CENTER -> Math.max(0, (width - blockWidth) / 2);
            case RIGHT -> Math.max(0, width - blockWidth);
            default -> 0;
        };
        if (showsGraphic()) {
            Node graphic = control.getGraphic();
            double graphicWidth = graphic.prefWidth(-1);
            double graphicHeight = graphic.prefHeight(-1);
            double firstLine = Math.max(graphicHeight, lineHeight());
            graphic.resizeRelocate(leftEdge, top + Math.max(0, (firstLine - graphicHeight) / 2),
                    graphicWidth, graphicHeight);
            leftEdge += gap;
        }
        double textTop = top;
        if (showsGraphic() && control.getGraphic().prefHeight(-1) > lineHeight()) {
            textTop += (control.getGraphic().prefHeight(-1) - lineHeight()) / 2;
        }
        // With several lines of different widths, the Text aligns them among themselves; place the block.
        double shift = control.getTextAlignment() == TextAlignment.CENTER ? (available - textWidth) / 2
                : control.getTextAlignment() == TextAlignment.RIGHT ? available - textWidth : 0;
        text.relocate(snapPositionX(leftEdge + (alignment.getHpos() == HPos.LEFT ? shift : 0)),
                snapPositionY(textTop));
    }

    // --- lines ----------------------------------------------------------------------------------------------

    /** The lines at this text width; cached, since layout asks for the same width many times. */
    private List<String> linesFor(double available) {
        WrappingText control = getSkinnable();
        String value = control.textOrEmpty();
        Font font = control.getFont();
        if (!value.equals(brokenText) || !Objects.equals(font, brokenFont) || available != brokenWidth
                || control.getLineSpacing() != brokenLineSpacing) {
            measure.setFont(font);
            wrapsNatively = onlyRightToLeft && !hasRightToLeft(value);
            lines = wrapsNatively ? List.of(value) : List.copyOf(breaker.breakLines(value, available));
            brokenText = value;
            brokenFont = font;
            brokenWidth = available;
            brokenLineSpacing = control.getLineSpacing();
        }
        return lines;
    }

    private static String display(List<String> lines) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                shown.append('\n');
            }
            shown.append(LineBreaker.visible(lines.get(i)));
        }
        return shown.toString();
    }

    /** True when the text holds a right-to-left character (Arabic, Hebrew, their digits, or an RTL control). */
    static boolean hasRightToLeft(String value) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            switch (Character.getDirectionality(c)) {
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                     Character.DIRECTIONALITY_ARABIC_NUMBER, Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
                     Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE:
                    return true;
                default:
                    break;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    private double measureLine(String line) {
        measure.setFont(getSkinnable().getFont());
        measure.setWrappingWidth(0);
        measure.setLineSpacing(0);
        measure.setText(line);
        return measure.getLayoutBounds().getWidth();
    }

    private double textHeight(List<String> shown, double available) {
        measure.setFont(getSkinnable().getFont());
        measure.setWrappingWidth(wrapsNatively ? Math.max(0, available) : 0);
        measure.setLineSpacing(getSkinnable().getLineSpacing());
        measure.setText(display(shown).isEmpty() ? " " : display(shown));
        return measure.getLayoutBounds().getHeight();
    }

    private double lineHeight() {
        measure.setFont(getSkinnable().getFont());
        measure.setWrappingWidth(0);
        measure.setLineSpacing(0);
        measure.setText(" ");
        return measure.getLayoutBounds().getHeight();
    }

    private double textPrefWidth() {
        // The widest hard line: what the text needs without wrapping.
        String value = getSkinnable().textOrEmpty();
        if (onlyRightToLeft && !hasRightToLeft(value)) {
            return Math.ceil(measureLine(value));
        }
        double widest = 0;
        for (String line : breaker.breakLines(value, 0)) {
            widest = Math.max(widest, measureLine(LineBreaker.visible(line)));
        }
        return Math.ceil(widest);
    }

    private boolean showsGraphic() {
        WrappingText control = getSkinnable();
        return control.getGraphic() != null && control.getGraphic().isManaged()
                && control.getContentDisplay() != ContentDisplay.TEXT_ONLY;
    }

    private double graphicAndGap() {
        if (!showsGraphic()) {
            return 0;
        }
        return getSkinnable().getGraphic().prefWidth(-1) + getSkinnable().getGraphicTextGap();
    }

    private static double boundedPrefWidth(WrappingText control) {
        double min = control.minWidth(-1);
        double max = control.maxWidth(-1);
        return Math.max(min, Math.min(control.prefWidth(-1), max));
    }
}
