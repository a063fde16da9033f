package org.backsheet.ui;

import java.awt.Window;
import java.io.IOException;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingConstants;
import net.miginfocom.swing.MigLayout;
import org.backsheet.editor.ClinicProfile;
import org.backsheet.model.EmbeddedImage;

/**
 * The clinic profile: name, contact, emergency number and logo for every new sheet (the same fields as the sheet's
 * clinic, so a clinician sets each once). A chosen logo is kept at once (it is scaled on a worker thread); the
 * texts are kept with OK.
 */
final class ClinicProfileDialog extends JDialog {

    private final ClinicProfile profile;
    private final JTextField name = new JTextField(28);
    private final JTextField contact = new JTextField(28);
    private final JTextField emergency = new JTextField(28);
    private final JLabel logo = new JLabel("", SwingConstants.CENTER);

    ClinicProfileDialog(Window owner, ClinicProfile profile) {
        super(owner, UiTexts.get("profile.title"), ModalityType.APPLICATION_MODAL);
        this.profile = profile;
        setName("clinicProfileDialog");
        name.setName("profileName");
        contact.setName("profileContact");
        contact.putClientProperty("JTextField.placeholderText", UiTexts.get("sheet.clinicContact.placeholder"));
        emergency.setName("profileEmergency");
        emergency.putClientProperty("JTextField.placeholderText", UiTexts.get("sheet.clinicEmergency.placeholder"));
        logo.setName("profileLogo");
        name.setText(profile.name());
        contact.setText(profile.contact());
        emergency.setText(profile.emergencyNumber());
        showLogo(profile.logo());

        JButton choose = new JButton(UiTexts.get("profile.chooseLogo"));
        choose.addActionListener(e -> chooseLogo());
        JButton remove = new JButton(UiTexts.get("profile.removeLogo"));
        remove.addActionListener(e -> removeLogo());
        JButton ok = new JButton(UiTexts.get("profile.ok"));
        ok.setName("profileOk");
        ok.addActionListener(e -> {
            profile.save(name.getText(), contact.getText(), emergency.getText());
            dispose();
        });
        JButton cancel = new JButton(UiTexts.get("templates.cancel"));
        cancel.addActionListener(e -> dispose());

        JPanel content = new JPanel(new MigLayout("insets 12, gap 8 6", "[right][grow,fill]", ""));
        content.add(label("profile.name", name));
        content.add(name, "wrap");
        content.add(label("profile.contact", contact));
        content.add(contact, "wrap");
        content.add(label("sheet.clinicEmergency", emergency));
        content.add(emergency, "wrap");
        content.add(new JLabel(UiTexts.get("profile.logo")), "top");
        content.add(logo, "h 90!, wrap");
        content.add(choose, "skip, split 2, left, growx 0");
        content.add(remove, "growx 0, wrap");
        content.add(new JLabel(UiTexts.get("profile.hint")), "span, wrap 12");
        content.add(cancel, "span, split 2, right, tag cancel");
        content.add(ok, "tag ok");
        setContentPane(content);
        KeyBindings.enterAndEscape(getRootPane(), ok, () -> dispose());
        pack();
        setLocationRelativeTo(owner);
    }

    private static JLabel label(String key, JTextField field) {
        JLabel label = new JLabel(UiTexts.get(key));
        label.setLabelFor(field);
        return label;
    }

    private void chooseLogo() {
        PictureChooser.choose(this, null, profile::setLogo, this::showLogo, this::error);
    }

    private void removeLogo() {
        try {
            profile.removeLogo();
            showLogo(null);
        } catch (IOException e) {
            error(String.valueOf(e.getMessage()));
        }
    }

    private void showLogo(EmbeddedImage image) {
        logo.setIcon(null);
        logo.setText(UiTexts.get("profile.noLogo"));
        if (image == null) {
            return;
        }
        // The stored logo was written by us; if it cannot be shown, the label just says there is none.
        ImageIcon icon = PictureChooser.icon(image, 300, 80);
        if (icon != null) {
            logo.setIcon(icon);
            logo.setText("");
        }
    }

    private void error(String message) {
        JOptionPane.showMessageDialog(this, message, UiTexts.get("profile.title"), JOptionPane.ERROR_MESSAGE);
    }
}
