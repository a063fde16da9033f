package org.backsheet.ui;

import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;
import org.backsheet.app.EditorWiring;
import org.backsheet.editor.DetailsController.TextField;
import org.backsheet.editor.EditorServices;

/**
 * A test program: opens the real editor window on the user data folder named by {@code BACKSHEET_HOME}, types a
 * new title through the controller, says "changed" on standard output, and waits to be killed.
 */
public final class EditorThatWillBeKilled {

    private EditorThatWillBeKilled() {}

    public static void main(String[] args) throws Exception {
        EditorServices services = EditorWiring.standard();
        SwingUtilities.invokeAndWait(() -> {
            EditorWindow window = EditorLauncher.open(services);
            window.setVisible(true);
            window.controller().details().setText(TextField.TITLE, args[0]);
        });
        System.out.println("changed");
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
