package cn.banan.hrdesk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.core.Labelled;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every key the code names is in both bundles, and every key in a bundle is named by the code. Keys are the
 * dotted lower-case literals in src/main/java (control ids use hyphens, so they never look like keys), plus
 * the keys of every {@link Labelled} enum constant.
 */
class BundleKeysTest {
    private static final Pattern LITERAL = Pattern.compile("\"([a-z]+(?:\\.[A-Za-z0-9_]+)+)\"");
    /** Dotted literals that are not bundle keys: property names, resource names, the demo names' own file. */
    private static final Set<String> NOT_KEYS = Set.of("hrdesk.logdir", "hrdesk.startupProbe", "hrdesk.fxStallProbe", "hrdesk.lang",
            "org.jooq.no-logo", "org.jooq.no-tips", "i18n.messages", "os.name", "user.home", "hrdesk.db", "uuuu.M.d", "user.name",
            "java.io.tmpdir", "java.version", "os.arch", "os.version");
    private static final Path MAIN = Path.of("src/main/java");
    static Set<String> used = new TreeSet<>();
    static Set<String> literals = new TreeSet<>();

    @BeforeAll
    static void collect() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/demo/")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    literals.add(m.group(1));
                }
            }
        }
        literals.removeAll(NOT_KEYS);
        used.addAll(literals);
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.banan.hrdesk")) {
            if (c.isEnum() && c.isAssignableTo(Labelled.class)) {
                for (Object constant : c.reflect().getEnumConstants()) {
                    used.add(((Labelled) constant).labelKey());
                }
            }
        }
    }

    @Test
    void everyKeyTheCodeUsesIsInBothBundles() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(load(bundle).stringPropertyNames());
            assertThat(missing).as("keys missing from " + bundle).isEmpty();
        }
    }

    @Test
    void everyKeyInABundleIsUsed() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Set<String> unused = new TreeSet<>(load(bundle).stringPropertyNames());
            unused.removeAll(used);
            assertThat(unused).as("keys in " + bundle + " that nothing uses").isEmpty();
        }
    }

    @Test
    void theScanFindsKeysAtAll() {
        assertThat(used).contains("registry.enterprise.creditCode", "tier.T1_ELECTRONICS", "id.problem.ORG_CHECKSUM");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleKeysTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
