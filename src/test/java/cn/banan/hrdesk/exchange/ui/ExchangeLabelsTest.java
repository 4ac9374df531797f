package cn.banan.hrdesk.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.store.generated.DefaultSchema;
import cn.banan.hrdesk.testing.TempStore;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.Test;

/** Every table that travels has a name a clerk reads, and every column of a table that can conflict has one too. */
class ExchangeLabelsTest {
    final ExchangeLabels labels = new ExchangeLabels(TempStore.TEXTS);

    @Test
    void everyTravellingTableAndItsColumnsHaveNames() {
        int tables = 0;
        java.util.List<String> unnamed = new java.util.ArrayList<>();
        for (Table<?> t : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            if (t.field("origin_site") == null) {
                continue;
            }
            tables++;
            assertThat(labels.table(t.getName())).as("a name for " + t.getName()).isPresent();
            for (Field<?> f : t.fields()) {
                if (!ConflictSides.BOOKKEEPING.contains(f.getName()) && !f.getName().equals("sync_held")) {
                    if (labels.column(t.getName(), f.getName()).startsWith("字段 ")) {
                        unnamed.add(t.getName() + "." + f.getName());
                    }
                }
            }
        }
        assertThat(unnamed).as("columns without a name").isEmpty();
        assertThat(tables).isGreaterThan(30);
    }

    @Test
    void valuesReadAsWords() {
        assertThat(labels.value("enterprise", "park", "LOGISTICS_BASE")).isEqualTo("公路物流基地");
        assertThat(labels.value("enterprise", "deleted", 1L)).isEqualTo("是");
        assertThat(labels.value("enterprise", "note", "")).isEqualTo("（空）");
        assertThat(labels.value("enterprise", "name", "甲电子")).isEqualTo("甲电子");
    }
}
