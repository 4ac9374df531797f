package cn.banan.hrdesk.registers;

/** A registered enterprise as a register row names it: shown by name, typed by credit code. */
public record EnterpriseRef(String id, String name, String creditCode) {
    @Override
    public String toString() {
        return name;
    }
}
