package org.backsheet.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.backsheet.model.EmbeddedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageImportTest {

    @TempDir
    Path dir;

    @Test
    void aLargePhotoIsScaledDownAndStoredAsJpeg() throws Exception {
        Path file = dir.resolve("photo.png");
        Files.write(file, TestPictures.picture(3200, 2000, "png", false));
        EmbeddedImage image = ImageImport.read(file);
        assertThat(image.mediaType()).isEqualTo("image/jpeg");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(image.data()));
        assertThat(back.getWidth()).isEqualTo(1600);
        assertThat(back.getHeight()).isEqualTo(1000);
    }

    @Test
    void aSmallPictureKeepsItsSize() throws Exception {
        EmbeddedImage image = ImageImport.fromBytes("small.jpg", TestPictures.picture(640, 480, "jpeg", false));
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(image.data()));
        assertThat(back.getWidth()).isEqualTo(640);
        assertThat(image.mediaType()).isEqualTo("image/jpeg");
    }

    @Test
    void aPictureWithTransparencyStaysPng() throws Exception {
        EmbeddedImage image = ImageImport.fromBytes("logo.png", TestPictures.picture(300, 200, "png", true));
        assertThat(image.mediaType()).isEqualTo("image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(image.data()))
                        .getColorModel()
                        .hasAlpha())
                .isTrue();
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() throws Exception {
        Path file = dir.resolve("bomb.png");
        byte[] bomb = TestPictures.bombPng(30_000, 30_000);
        assertThat(bomb.length).isLessThan(200);
        Files.write(file, bomb);
        // Decoding 30,000 x 30,000 RGB would need about 2.7 GB: a refusal without an OutOfMemoryError shows that
        // only the header was read.
        assertThatThrownBy(() -> ImageImport.read(file))
                .isInstanceOfSatisfying(
                        FileFormatException.class,
                        e -> assertThat(e.getMessage()).contains("bomb.png").contains("30000 x 30000"));
    }

    @Test
    void tooManyMegapixelsAreRefusedEvenWithSaneSides() throws Exception {
        byte[] wide = TestPictures.bombPng(10_000, 9_000);
        assertThatThrownBy(() -> ImageImport.fromBytes("wide.png", wide))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining("10000 x 9000");
    }

    @Test
    void aDamagedOrForeignFileGivesAClearMessage() throws Exception {
        assertThatThrownBy(() -> ImageImport.fromBytes("cut.png", TestPictures.truncatedPng()))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining("cut.png")
                .hasMessageContaining("damaged");
        assertThatThrownBy(() -> ImageImport.fromBytes("notes.txt", "hello".getBytes()))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining("not a PNG or JPEG");
    }
}
