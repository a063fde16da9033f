package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Window;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintService;
import javax.print.ServiceUIFactory;
import javax.print.attribute.Attribute;
import javax.print.attribute.AttributeSet;
import javax.print.attribute.HashPrintServiceAttributeSet;
import javax.print.attribute.PrintServiceAttribute;
import javax.print.attribute.PrintServiceAttributeSet;
import javax.print.event.PrintServiceAttributeListener;
import javax.swing.JRadioButton;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** Java's print dialog as the editor opens it, on a stand-in printer (a test machine has none). */
class PrintDialogGuiTest extends GuiTestBase {

    /** A printer that supports nothing in particular: enough for the dialog to show its choices. */
    private static final class StandInPrinter implements PrintService {
        @Override
        public String getName() {
            return "Stand-in printer";
        }

        @Override
        public DocPrintJob createPrintJob() {
            throw new UnsupportedOperationException("never prints");
        }

        @Override
        public void addPrintServiceAttributeListener(PrintServiceAttributeListener listener) {}

        @Override
        public void removePrintServiceAttributeListener(PrintServiceAttributeListener listener) {}

        @Override
        public PrintServiceAttributeSet getAttributes() {
            return new HashPrintServiceAttributeSet();
        }

        @Override
        public <T extends PrintServiceAttribute> T getAttribute(Class<T> category) {
            return null;
        }

        @Override
        public DocFlavor[] getSupportedDocFlavors() {
            return new DocFlavor[] {DocFlavor.SERVICE_FORMATTED.PAGEABLE};
        }

        @Override
        public boolean isDocFlavorSupported(DocFlavor flavor) {
            return DocFlavor.SERVICE_FORMATTED.PAGEABLE.equals(flavor);
        }

        @Override
        public Class<?>[] getSupportedAttributeCategories() {
            return new Class<?>[0];
        }

        @Override
        public boolean isAttributeCategorySupported(Class<? extends Attribute> category) {
            return false;
        }

        @Override
        public Object getDefaultAttributeValue(Class<? extends Attribute> category) {
            return null;
        }

        @Override
        public Object getSupportedAttributeValues(
                Class<? extends Attribute> category, DocFlavor flavor, AttributeSet attributes) {
            return null;
        }

        @Override
        public boolean isAttributeValueSupported(Attribute attrval, DocFlavor flavor, AttributeSet attributes) {
            return false;
        }

        @Override
        public AttributeSet getUnsupportedAttributes(DocFlavor flavor, AttributeSet attributes) {
            return null;
        }

        @Override
        public ServiceUIFactory getServiceUIFactory() {
            return null;
        }
    }

    private static Dialog printDialog() {
        return onEdt(() -> Arrays.stream(Window.getWindows())
                .filter(w -> w instanceof Dialog d
                        && d.isShowing()
                        && d.getClass().getName().contains("ServiceDialog"))
                .map(w -> (Dialog) w)
                .findFirst()
                .orElse(null));
    }

    private static List<String> selectedRadioButtons(Container c) {
        List<String> texts = new ArrayList<>();
        for (Component child : c.getComponents()) {
            if (child instanceof JRadioButton r && r.isSelected()) {
                texts.add(r.getText());
            }
            if (child instanceof Container inner) {
                texts.addAll(selectedRadioButtons(inner));
            }
        }
        return texts;
    }

    @Test
    void thePrintDialogIsOwnedByTheEditorAndCentredOnIt() {
        onEdt(() -> frame.jobs().lookUpPrintersWith(() -> List.of(new StandInPrinter())));
        press(window.menuItem("menu.action.print"));
        waitUntil("the print dialog shows", () -> printDialog() != null);
        Dialog dialog = printDialog();
        try {
            assertThat(dialog.getOwner()).isSameAs(frame);
            Rectangle editor = onEdt(() -> frame.getBounds());
            Rectangle box = onEdt(() -> dialog.getBounds());
            Point middle = new Point((int) box.getCenterX(), (int) box.getCenterY());
            // Centred within a tenth of the editor's size (the dialog's own size is only known once shown).
            assertThat(Math.abs(middle.x - editor.getCenterX())).isLessThan(editor.width / 10.0);
            assertThat(Math.abs(middle.y - editor.getCenterY())).isLessThan(editor.height / 10.0);
            // "All" pages chosen, not "Pages 1 to n".
            assertThat(onEdt(() -> selectedRadioButtons(dialog))).contains("All");
        } finally {
            onEdt(() -> SwingUtilities.invokeLater(dialog::dispose));
        }
    }
}
