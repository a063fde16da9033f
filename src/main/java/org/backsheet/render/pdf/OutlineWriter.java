package org.backsheet.render.pdf;

import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;

/**
 * Writes a path's operators with rounded numbers, one outline at a time. A straight segment that ends where it
 * starts, after a segment of the same outline, is left out: it adds nothing to a fill, and with round joins
 * nothing to a stroke either (PdfBoxGraphics2D writes one at every join of a curve it flattened). One that
 * starts an outline stays, since a stroke draws it as a dot.
 */
final class OutlineWriter {

    private final int places;
    private final StringBuilder path = new StringBuilder();
    private String x;
    private String y;
    /** Whether the current outline has a segment yet. */
    private boolean drawn;

    OutlineWriter(int places) {
        this.places = places;
    }

    void add(String operator, List<COSBase> operands) {
        String[] numbers = new String[operands.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = number(((COSNumber) operands.get(i)).floatValue(), places);
        }
        boolean segment = !operator.equals("m") && !operator.equals("h") && !operator.equals("re");
        if (segment && numbers.length >= 2) {
            String toX = numbers[numbers.length - 2];
            String toY = numbers[numbers.length - 1];
            if (operator.equals("l") && drawn && toX.equals(x) && toY.equals(y)) {
                return;
            }
            x = toX;
            y = toY;
            drawn = true;
        } else {
            // a new outline (or a closed one, whose next segment starts one): nothing drawn in it yet
            x = numbers.length >= 2 ? numbers[0] : x;
            y = numbers.length >= 2 ? numbers[1] : y;
            drawn = false;
        }
        for (String number : numbers) {
            path.append(number).append(' ');
        }
        path.append(operator).append('\n');
    }

    boolean isEmpty() {
        return path.length() == 0;
    }

    /** The outline written so far, and starts the next. */
    String take() {
        String taken = path.toString();
        path.setLength(0);
        drawn = false;
        return taken;
    }

    /** An operator with its operands, numbers rounded, names as written: "0.0706 0.0706 0.0706 sc". */
    static String operation(List<COSBase> operands, int places, String operator) {
        StringBuilder text = new StringBuilder();
        for (COSBase operand : operands) {
            text.append(operand(operand, places)).append(' ');
        }
        return text.append(operator).toString();
    }

    /** A dash setting: "[3.75 2.58] 0 d". */
    static String dash(COSArray lengths, COSBase phase, int places) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < lengths.size(); i++) {
            text.append(i == 0 ? "" : " ").append(operand(lengths.get(i), places));
        }
        return text.append("] ").append(operand(phase, places)).append(" d").toString();
    }

    private static String operand(COSBase operand, int places) {
        if (operand instanceof COSNumber number) {
            return number(number.floatValue(), places);
        }
        if (operand instanceof COSName name) {
            return "/" + name.getName();
        }
        throw new IllegalArgumentException("not a number or a name: " + operand);
    }

    /** {@code value} to {@code places} decimals, without trailing zeros: 1.5263 to "1.53", 2.0 to "2". */
    static String number(double value, int places) {
        long scale = (long) Math.pow(10, places);
        long scaled = Math.round(value * scale);
        StringBuilder text = new StringBuilder();
        if (scaled < 0) {
            text.append('-');
            scaled = -scaled;
        }
        text.append(scaled / scale);
        long fraction = scaled % scale;
        if (fraction != 0) {
            StringBuilder digits = new StringBuilder(Long.toString(fraction));
            while (digits.length() < places) {
                digits.insert(0, '0');
            }
            while (digits.charAt(digits.length() - 1) == '0') {
                digits.setLength(digits.length() - 1);
            }
            text.append('.').append(digits);
        }
        return text.toString();
    }
}
