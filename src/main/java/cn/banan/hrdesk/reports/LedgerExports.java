package cn.banan.hrdesk.reports;

import cn.banan.hrdesk.xlsx.FileSet;
import cn.banan.hrdesk.claims.ClaimService;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.enterprises.EnterpriseServiceRegisters;
import cn.banan.hrdesk.ledger.LedgerExport;
import cn.banan.hrdesk.liaison.DeliveryResults;
import cn.banan.hrdesk.liaison.LiaisonRegisters;
import cn.banan.hrdesk.office.OfficeRegisters;
import cn.banan.hrdesk.registers.RegisterExport;
import cn.banan.hrdesk.registers.RegisterSpec;
import cn.banan.hrdesk.registry.xlsx.EnterpriseExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * `export-ledgers --out DIR`: every register (台账) as its own .xlsx, named as CONTRACTS.md lists them, each written
 * whole before it appears (a file that fails leaves the others and no half file).
 */
public final class LedgerExports {
    private final EnterpriseExport enterprises;
    private final ClaimService claims;
    private final LedgerExport ledger;
    private final RegisterExport registers;
    private final DeliveryResults deliveries;
    private final Texts texts;
    private final Clock clock;
    private final LedgerFileNames names = new LedgerFileNames();

    public LedgerExports(EnterpriseExport enterprises, ClaimService claims, LedgerExport ledger, RegisterExport registers, DeliveryResults deliveries,
                         Texts texts, Clock clock) {
        this.enterprises = enterprises;
        this.claims = claims;
        this.ledger = ledger;
        this.registers = registers;
        this.deliveries = deliveries;
        this.texts = texts;
        this.clock = clock;
    }

    /** The registers kept as rows, by their name in the contract. */
    static Map<String, RegisterSpec> kept() {
        Map<String, RegisterSpec> m = new LinkedHashMap<>();
        m.put("workFund", OfficeRegisters.EXPENDITURES);
        m.put("publicity", OfficeRegisters.PUBLICITY);
        m.put("meetings", OfficeRegisters.MEETINGS);
        m.put("recognitions", EnterpriseServiceRegisters.RECOGNITIONS);
        m.put("demand", EnterpriseServiceRegisters.DEMAND);
        m.put("headcount", EnterpriseServiceRegisters.HEADCOUNT);
        m.put("requests", EnterpriseServiceRegisters.REQUESTS);
        m.put("tasks", LiaisonRegisters.TASKS);
        m.put("majors", LiaisonRegisters.MAJORS);
        m.put("market", LiaisonRegisters.POSTS);
        m.put("agreements", LiaisonRegisters.AGREEMENTS);
        m.put("fairs", LiaisonRegisters.FAIRS);
        return m;
    }

    /** Writes every register into {@code dir}; returns how many files. */
    public int writeAll(Path dir, Progress progress) throws IOException {
        try (FileSet set = FileSet.into(dir)) {
            int total = names.count();
            int done = 0;
            enterprises.export(set.file(names.of("enterprises")), LocalDate.now(clock), Progress.NONE);
            progress.update(++done, total);
            TableExports.claims(claims.list(), texts, set.file(names.of("claims")));
            progress.update(++done, total);
            ledger.write(set.file(names.of("ledger")));
            progress.update(++done, total);
            TableExports.intermediaries(deliveries.all(), texts, set.file(names.of("intermediaries")));
            progress.update(++done, total);
            for (Map.Entry<String, RegisterSpec> e : kept().entrySet()) {
                progress.checkCancelled();
                registers.write(e.getValue(), set.file(names.of(e.getKey())));
                progress.update(++done, total);
            }
            set.commit();
            return done;
        }
    }
}
