package cn.banan.hrdesk.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Random;

/** The invented names the demo set is built from, kept in resources/demo so no Chinese lives in code. */
final class DemoNames {
    private final Properties names = new Properties();
    private final Random random;

    DemoNames(Random random) {
        this.random = random;
        try (InputStream in = DemoNames.class.getResourceAsStream("/demo/demo-data.properties")) {
            if (in == null) {
                throw new IllegalStateException("demo/demo-data.properties is missing from the program");
            }
            names.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> list(String key) {
        return List.of(text(key).split(","));
    }

    String pick(String key) {
        List<String> all = list(key);
        return all.get(random.nextInt(all.size()));
    }

    String text(String key, Object... args) {
        String value = names.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("demo-data.properties has no " + key);
        }
        // years and document numbers as written ("2026", not MessageFormat's "2,026")
        Object[] plain = java.util.Arrays.stream(args).map(x -> x instanceof Number ? x.toString() : x).toArray();
        return args.length == 0 ? value : MessageFormat.format(value, plain);
    }
}
