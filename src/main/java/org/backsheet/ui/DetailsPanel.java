package org.backsheet.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.backsheet.editor.DetailsController;
import org.backsheet.editor.DetailsController.TextField;
import org.backsheet.editor.EditorController;
import org.backsheet.editor.SheetDocument;
import org.backsheet.model.Sheet;

/** The sheet's header: title, patient, date, clinician and clinic. The date is checked as it is typed. */
final class DetailsPanel extends JPanel {

    private final List<TextBinding> bindings = new ArrayList<>();
    private final JTextField date = new JTextField(9);
    /** Why the last date typed was refused, beside the field (a red border alone says nothing). */
    private final JLabel dateProblem = new JLabel();
    /**
     * The date in words as the handout prints it, under the field: 05/12/2026 read as May 12 on a month-first
     * machine shows as "12 May 2026" while the clinician can still see it is not what they meant.
     */
    private final JLabel datePrinted = new JLabel();
    /** The sheet's date when the typed one was refused; the reason goes once the date changes. */
    private LocalDate refusedWith;

    DetailsPanel(EditorController editor) {
        super(new MigLayout("insets 8 10 4 10, fillx, gap 8 4", "[right][grow,fill][right][grow,fill]"));
        DetailsController details = editor.details();
        JTextField title = field(editor, TextField.TITLE, "sheetTitle");
        // blank prints the default title: the field shows which
        title.putClientProperty("JTextField.placeholderText", details.defaultTitle());
        JTextField patient = field(editor, TextField.PATIENT, "sheetPatient");
        JTextField clinician = field(editor, TextField.CLINICIAN, "sheetClinician");
        JTextField clinicName = field(editor, TextField.CLINIC_NAME, "sheetClinicName");
        JTextField clinicContact = field(editor, TextField.CLINIC_CONTACT, "sheetClinicContact");
        clinicContact.putClientProperty("JTextField.placeholderText", UiTexts.get("sheet.clinicContact.placeholder"));
        JTextField emergency = field(editor, TextField.CLINIC_EMERGENCY_NUMBER, "sheetClinicEmergency");
        emergency.putClientProperty("JTextField.placeholderText", UiTexts.get("sheet.clinicEmergency.placeholder"));
        date.setName("sheetDate");
        String pattern = details.dates().pattern();
        date.setToolTipText(UiTexts.get("sheet.date.tip", pattern));
        date.putClientProperty("JTextField.placeholderText", pattern);
        bindings.add(TextBinding.bind(
                date,
                details::dateText,
                text -> {
                    // Half a date changes nothing yet; the field is marked until it is a date again.
                    boolean ok = text.isBlank() || details.setDateText(text);
                    date.putClientProperty("JComponent.outline", ok ? null : "error");
                    if (ok) {
                        showDateProblem(null);
                    }
                    showPrintedDate(details, ok);
                    date.setToolTipText(UiTexts.get(ok ? "sheet.date.tip" : "sheet.date.invalid", pattern));
                },
                () -> {
                    editor.endTyping();
                    String kept = details.finishDateText(date.getText());
                    if (kept != null) {
                        editor.status(kept);
                    }
                    refusedWith = editor.sheet().date();
                    showDateProblem(kept);
                    date.putClientProperty("JComponent.outline", null);
                    bindings.forEach(TextBinding::refresh);
                    title.putClientProperty("JTextField.placeholderText", details.defaultTitle());
                }));
        DatePicker picker = new DatePicker(
                editor.texts().locale(),
                () -> Objects.requireNonNullElseGet(editor.sheet().date(), editor::today),
                d -> {
                    details.setDate(d);
                    editor.endTyping();
                });
        JButton today = new JButton(UiTexts.get("sheet.today"));
        today.setName("sheetToday");
        today.addActionListener(e -> {
            details.setDate(editor.today());
            editor.endTyping();
        });

        add(label("sheet.title", title));
        add(title, "span 3, wrap");
        add(label("sheet.patient", patient));
        add(patient);
        add(label("sheet.date", date));
        // Never narrower than a whole date: the Spanish editor showed "9/11/2026" for 29/11/2026.
        add(date, "split 3, growx, wmin pref");
        add(picker, "growx 0");
        add(today, "growx 0, wrap");
        dateProblem.setName("sheetDateProblem");
        dateProblem.putClientProperty("FlatLaf.styleClass", "small");
        dateProblem.setForeground(UIManager.getColor("Component.error.focusedBorderColor"));
        dateProblem.setVisible(false);
        add(dateProblem, "skip 1, span 3, hidemode 3, wmin 0, wrap");
        datePrinted.setName("sheetDatePrinted");
        datePrinted.putClientProperty("FlatLaf.styleClass", "small");
        datePrinted.setToolTipText(UiTexts.get("sheet.date.printed.tip"));
        add(datePrinted, "skip 3, hidemode 3, wmin 0, wrap");
        showPrintedDate(details, true);
        add(label("sheet.clinician", clinician));
        add(clinician);
        add(label("sheet.clinicName", clinicName));
        add(clinicName, "wrap");
        add(label("sheet.clinicContact", clinicContact));
        add(clinicContact, "span 3, wrap");
        add(label("sheet.clinicEmergency", emergency));
        add(emergency, "span 3");

        editor.document().addListener(new SheetDocument.Listener() {
            @Override
            public void sheetChanged(Sheet sheet) {
                bindings.forEach(TextBinding::refresh);
                title.putClientProperty("JTextField.placeholderText", details.defaultTitle());
                if (!date.hasFocus()) {
                    date.putClientProperty("JComponent.outline", null);
                }
                if (!Objects.equals(sheet.date(), refusedWith)) {
                    showDateProblem(null);
                }
                showPrintedDate(details, date.getClientProperty("JComponent.outline") == null);
            }
        });
    }

    /** The sheet's date in words; hidden while the field holds something that is not a date yet. */
    private void showPrintedDate(DetailsController details, boolean fieldIsDate) {
        String words = details.printedDate();
        datePrinted.setText(words.isEmpty() ? "" : UiTexts.get("sheet.date.printed", words));
        datePrinted.setVisible(fieldIsDate && !words.isEmpty());
    }

    private void showDateProblem(String reason) {
        dateProblem.setText(reason);
        dateProblem.setToolTipText(reason);
        dateProblem.setVisible(reason != null);
    }

    private JTextField field(EditorController editor, TextField which, String name) {
        JTextField f = new JTextField(16);
        f.setName(name);
        DetailsController details = editor.details();
        bindings.add(TextBinding.bind(
                f, () -> details.text(which), text -> details.setText(which, text), editor::endTyping));
        return f;
    }

    private static JLabel label(String key, JTextField field) {
        JLabel l = new JLabel(UiTexts.get(key));
        l.setLabelFor(field);
        field.getAccessibleContext().setAccessibleName(l.getText());
        return l;
    }
}
