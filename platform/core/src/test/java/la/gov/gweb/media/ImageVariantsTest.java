package la.gov.gweb.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ImageVariantsTest {

    @TempDir
    Path folder;

    @Test
    void aWidePhotoGetsEveryWidthBesideIt() throws Exception {
        Path photo = TestFiles.write(folder, "ab12-photo.jpg", TestFiles.image("jpeg", 2400, 1200));
        assertEquals(List.of(480, 960, 1600), ImageVariants.create(photo, "image/jpeg", 2400));
        BufferedImage small = ImageIO.read(folder.resolve("ab12-photo.jpg.w480.jpg").toFile());
        assertEquals(480, small.getWidth());
        assertEquals(240, small.getHeight());
        assertEquals(1600, ImageIO.read(folder.resolve("ab12-photo.jpg.w1600.jpg").toFile()).getWidth());
    }

    @Test
    void aSmallImageIsNeverEnlarged() throws Exception {
        Path logo = TestFiles.write(folder, "logo.png", TestFiles.image("png", 700, 300));
        assertEquals(List.of(480), ImageVariants.create(logo, "image/png", 700));
        assertTrue(Files.exists(folder.resolve("logo.png.w480.png")));
        assertEquals(Optional.of(folder.resolve("logo.png.w480.png")), ImageVariants.find(logo, 300));
        assertEquals(Optional.empty(), ImageVariants.find(logo, 800), "the original is served instead");
    }

    @Test
    void aRequestedWidthGetsTheNextWiderVariant() throws Exception {
        Path photo = TestFiles.write(folder, "p.jpg", TestFiles.image("jpeg", 2000, 1000));
        ImageVariants.create(photo, "image/jpeg", 2000);
        assertEquals(Optional.of(folder.resolve("p.jpg.w960.jpg")), ImageVariants.find(photo, 481));
        assertEquals(Optional.empty(), ImageVariants.find(photo, 1601));
    }

    @Test
    void aNewContentReplacesTheOldVariantsAndDeleteRemovesThem() throws Exception {
        Path photo = TestFiles.write(folder, "p.jpg", TestFiles.image("jpeg", 2000, 1000));
        ImageVariants.create(photo, "image/jpeg", 2000);
        Files.write(photo, TestFiles.image("jpeg", 600, 600));
        assertEquals(List.of(480), ImageVariants.create(photo, "image/jpeg", 600));
        assertFalse(Files.exists(folder.resolve("p.jpg.w960.jpg")), "no variant of the earlier content is left");
        ImageVariants.deleteAll(photo);
        assertFalse(Files.exists(folder.resolve("p.jpg.w480.jpg")));
    }

    @Test
    void webpGetsNoVariants() throws Exception {
        Path webp = TestFiles.write(folder, "a.webp", new byte[64]);
        assertEquals(List.of(), ImageVariants.create(webp, "image/webp", 3000));
    }
}
