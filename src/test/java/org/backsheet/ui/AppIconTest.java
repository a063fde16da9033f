package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The icon ships in every size the window system and the installer ask for, each drawn at its own size. */
class AppIconTest {

    @Test
    void everySizeIsThereAndSquare() {
        assertThat(AppIcon.images()).hasSize(AppIcon.SIZES.length);
        for (int i = 0; i < AppIcon.SIZES.length; i++) {
            BufferedImage image = (BufferedImage) AppIcon.images().get(i);
            assertThat(image.getWidth()).isEqualTo(AppIcon.SIZES[i]);
            assertThat(image.getHeight()).isEqualTo(AppIcon.SIZES[i]);
        }
    }

    @Test
    void theSourceDrawingIsKeptBesideThePictures() {
        assertThat(Files.isRegularFile(Path.of("assets/icons/backsheet.svg"))).isTrue();
    }
}
