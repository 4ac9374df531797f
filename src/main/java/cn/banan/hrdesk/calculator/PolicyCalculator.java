package cn.banan.hrdesk.calculator;

import cn.banan.hrdesk.core.FormulaSafe;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.policy.Judgement;
import cn.banan.hrdesk.policy.PolicyParameters;
import cn.banan.hrdesk.policy.Reason;
import cn.banan.hrdesk.policy.ReasonWords;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.policy.SubsidyRules;
import cn.banan.hrdesk.xlsx.TabularFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The policy calculator (政策测算, CONTRACTS.md {@code evaluate}): judges each row of a .csv or .xlsx under the
 * parameters in force on its hire date and writes the results as CSV. Touches no database.
 */
public final class PolicyCalculator {
    static final String HEADER = "case_id,eligible,amount_fen,months_counted,funding_source,reasons,reasons_zh";
    private final List<PolicyParameters> versions;
    private final Texts chinese;
    private final LocalDate today;

    /** {@code chinese}: the words of reasons_zh, which are Chinese whatever the interface language. */
    public PolicyCalculator(List<PolicyParameters> versions, Texts chinese, LocalDate today) {
        this.versions = versions;
        this.chinese = chinese;
        this.today = today;
    }

    /** Summary of a run: rows judged and how many were eligible. */
    public record Summary(int rows, int eligible) {
    }

    public Summary run(Path input, Path output) throws IOException {
        Path dir = output.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".hrdesk-evaluate-", ".tmp");
        int[] counts = new int[2];
        try {
            try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                out.write(HEADER);
                out.newLine();
                CaseRowParser[] parser = new CaseRowParser[1];
                TabularFile.read(input, header -> parser[0] = new CaseRowParser(header, chinese, today), row -> {
                    Line line = judge(parser[0], row);
                    counts[0]++;
                    counts[1] += line.eligible() ? 1 : 0;
                    write(out, line.text());
                });
            }
            Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return new Summary(counts[0], counts[1]);
    }

    private record Line(String text, boolean eligible) {
    }

    private Line judge(CaseRowParser parser, cn.banan.hrdesk.xlsx.SheetRow row) {
        String caseId = parser.caseId(row);
        Optional<Rule> rule = parser.rule(row);
        if (rule.isEmpty()) {
            return new Line(String.join(",", csv(caseId), "N", "0", "", "", "", csv(chinese.get("calculator.unknownRule"))), false);
        }
        parser.requireColumnsFor(rule.get());
        var facts = parser.facts(row, rule.get());
        PolicyParameters p = PolicyParameters.inForceOn(versions, facts.hireDate() == null ? today : facts.hireDate());
        Judgement j = SubsidyRules.judge(facts, p);
        return new Line(String.join(",", csv(caseId), j.eligible() ? "Y" : "N", String.valueOf(j.amount().fen()),
                j.monthsCounted() == null ? "" : String.valueOf(j.monthsCounted()),
                j.fundingSource() == null ? "" : j.fundingSource().name(),
                j.reasons().stream().map(Reason::name).collect(Collectors.joining(";")),
                csv(ReasonWords.of(j, chinese))), j.eligible());
    }

    private static void write(BufferedWriter out, String line) {
        try {
            out.write(line);
            out.newLine();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** RFC 4180: quote a field that holds a comma, a quote or a line break; a would-be formula goes out as text. */
    static String csv(String text) {
        String s = FormulaSafe.text(text);
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
