package cn.banan.hrdesk.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The file name of each register as `export-ledgers` writes it (CONTRACTS.md): kept outside the bundles, never translated. */
final class LedgerFileNames {
    private final Properties names = new Properties();

    LedgerFileNames() {
        try (InputStream in = LedgerFileNames.class.getResourceAsStream("/contracts/export-ledgers.properties")) {
            if (in == null) {
                throw new IllegalStateException("contracts/export-ledgers.properties is missing from the program");
            }
            names.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String of(String register) {
        String name = names.getProperty(register);
        if (name == null) {
            throw new IllegalStateException("no file name for register " + register);
        }
        return name;
    }

    int count() {
        return names.size();
    }
}
