package cn.banan.hrdesk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Every word the program writes in Chinese: the values of the Chinese bundle and of the demo data's names. */
public final class ProgramText {
    private ProgramText() {
    }

    public static String chineseBundleAndDemo() {
        return values("/i18n/messages.properties") + values("/demo/demo-data.properties");
    }

    private static String values(String resource) {
        Properties p = new Properties();
        try (InputStream in = ProgramText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder all = new StringBuilder();
        p.values().forEach(v -> all.append(v));
        return all.toString();
    }
}
