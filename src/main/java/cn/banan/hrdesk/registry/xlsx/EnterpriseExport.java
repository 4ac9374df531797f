package cn.banan.hrdesk.registry.xlsx;

import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.registry.EnterpriseService;
import cn.banan.hrdesk.xlsx.TableWorkbook;
import java.io.IOException;
import cn.banan.hrdesk.registry.EnterpriseQuery;
import java.nio.file.Path;
import java.time.LocalDate;

/** Writes the registry, or an empty template, in the same columns the import reads. */
public final class EnterpriseExport {
    private final EnterpriseService service;
    private final EnterpriseSheet sheet;
    private final Texts texts;

    public EnterpriseExport(EnterpriseService service, Texts texts) {
        this.service = service;
        this.sheet = new EnterpriseSheet(texts);
        this.texts = texts;
    }

    /** The whole registry with the tiers in force on {@code day}; returns how many enterprises were written. */
    public int export(Path target, LocalDate day, Progress progress) throws IOException {
        return export(target, EnterpriseQuery.all(day), progress);
    }

    /** The enterprises the list's search and filters pick, as the list shows them; returns how many were written. */
    public int export(Path target, EnterpriseQuery query, Progress progress) throws IOException {
        int[] count = {0};
        try (TableWorkbook wb = new TableWorkbook(sheet.sheetName(), sheet.columns(), true)) {
            service.forEachWithTier(query, (e, tier) -> {
                progress.checkCancelled();
                wb.add(e.name(), e.creditCode().value(), texts.label(e.park()), tier == null ? null : texts.label(tier.tier()),
                        tier == null ? null : tier.from(), e.address(), e.industry(), e.note());
                progress.update(++count[0], -1);
            });
            wb.save(target);
        }
        return count[0];
    }

    public void template(Path target) throws IOException {
        try (TableWorkbook wb = new TableWorkbook(sheet.sheetName(), sheet.columns(), true)) {
            wb.save(target);
        }
    }
}
