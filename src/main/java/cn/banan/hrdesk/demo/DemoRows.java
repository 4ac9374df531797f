package cn.banan.hrdesk.demo;

import cn.banan.hrdesk.registers.RegisterRepository;
import cn.banan.hrdesk.registers.RegisterSpec;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;

/** Writes demo rows into a register inside the demo's transaction, given as column–value pairs. */
final class DemoRows {
    private final DSLContext tx;
    private final RegisterRepository registers;

    DemoRows(DSLContext tx, RegisterRepository registers) {
        this.tx = tx;
        this.registers = registers;
    }

    /** Returns the new row's id. */
    String put(RegisterSpec spec, Object... pairs) {
        Map<String, Object> v = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            v.put((String) pairs[i], pairs[i + 1]);
        }
        return registers.insert(tx, spec, v);
    }
}
