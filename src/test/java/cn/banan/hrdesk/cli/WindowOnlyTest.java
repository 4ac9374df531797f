package cn.banan.hrdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.app.AppPaths;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Only the words that open the window go past the parser; anything more, or malformed, is left to it. */
class WindowOnlyTest {
    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        // nothing at all: the window on the default database
        "''                         | DEFAULT",
        // the database named either way picocli reads it
        "--db /tmp/x.db             | /tmp/x.db",
        "--db=/tmp/x.db             | /tmp/x.db",
        // a command, even after --db: the parser's work
        "--db /tmp/x.db claims list | PARSER",
        "claims list                | PARSER",
        // options the window does not take, or help and version: the parser answers them
        "--site PARK_A              | PARSER",
        "--help                     | PARSER",
        "--version                  | PARSER",
        // a missing or empty value, or an option where the value should be: the parser says what is wrong
        "--db                       | PARSER",
        "--db=                      | PARSER",
        "--db --version             | PARSER",
        // a different option that merely starts alike
        "--dbx=/tmp/x.db            | PARSER",
    })
    void decides(String words, String expected) {
        String[] args = words.isEmpty() ? new String[0] : words.split(" +");
        Optional<Path> window = WindowOnly.database(args);
        switch (expected) {
            case "PARSER" -> assertThat(window).isEmpty();
            case "DEFAULT" -> assertThat(window).contains(AppPaths.defaultDatabase());
            default -> assertThat(window).contains(Path.of(expected));
        }
    }
}
