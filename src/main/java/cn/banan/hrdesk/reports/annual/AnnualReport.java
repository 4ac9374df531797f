package cn.banan.hrdesk.reports.annual;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.params.PolicyParameterRepository;
import cn.banan.hrdesk.registers.RegisterService;
import cn.banan.hrdesk.store.DemoMark;
import cn.banan.hrdesk.xlsx.FigureTable;
import cn.banan.hrdesk.xlsx.FigureWorkbook;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * 年度统计 for the year-end 考核: the year's claims five ways, the city's tasks, key enterprises' hires against their
 * approved demand, hires by group, publicity, the work fund, and R1's year-end settlement list; shown in the
 * window and written as one workbook, a sheet each.
 */
public final class AnnualReport {
    private final DSLContext dsl;
    private final AnnualRepository repository;
    private final RegisterService registers;
    private final Texts texts;

    public AnnualReport(DSLContext dsl, AnnualRepository repository, RegisterService registers, Texts texts) {
        this.dsl = dsl;
        this.repository = repository;
        this.registers = registers;
        this.texts = texts;
    }

    /** The years any claim or hire belongs to, newest first. */
    public List<Integer> years() {
        return repository.years(dsl);
    }

    /** The year's tables, their figures read in one read transaction so that they add up with one another. */
    public List<FigureTable> tables(int year) {
        HiringTables hiring = new HiringTables(repository, registers, texts);
        // the task register reads through its own service: before the read transaction, so one report holds one connection
        FigureTable tasks = hiring.tasks(year);
        List<FigureTable> tables = new ArrayList<>(cn.banan.hrdesk.store.ConsistentRead.of(dsl, tx -> tables(tx, year, hiring, tasks)));
        if (DemoMark.isDemo(dsl)) {
            tables = tables.stream().map(t -> new FigureTable(t.sheetName(), texts.get("demo.printTitle", t.title()), t.columns(), t.rows(),
                    t.chart(), t.footer())).toList();
        }
        return tables;
    }

    private List<FigureTable> tables(DSLContext tx, int year, HiringTables hiring, FigureTable tasks) {
        List<FigureTable> tables = new ArrayList<>(new ClaimTables(repository, texts).of(tx, year));
        tables.add(tasks);
        tables.add(hiring.demand(tx, year));
        tables.add(hiring.groups(tx, year));
        OfficeWorkTables office = new OfficeWorkTables(repository, texts);
        tables.add(office.publicity(tx, year));
        tables.add(office.workFund(tx, year));
        tables.add(new R1SettlementTable(texts).of(year, settlement(tx, year)));
        return tables;
    }

    public List<R1Settlement.Row> settlement(int year) {
        return settlement(dsl, year);
    }

    private List<R1Settlement.Row> settlement(DSLContext tx, int year) {
        return R1Settlement.of(year, repository.deliveries(tx, year), repository.r1Claims(tx, year), PolicyParameterRepository.all(tx));
    }

    /** Writes the year's tables as one workbook; the file appears only when complete. */
    public void write(int year, Path out) throws IOException {
        FigureWorkbook.write(tables(year), out);
    }
}
