package studio.smartwork.portal.adversarial;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the suite writes its figures: target/adversarial, beside the build's other reports. */
final class SuiteReports {

    static final Path DIRECTORY = Path.of("target", "adversarial");

    private SuiteReports() {
    }

    static void write(String file, String markdown) {
        try {
            Files.createDirectories(DIRECTORY);
            Files.writeString(DIRECTORY.resolve(file), markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
