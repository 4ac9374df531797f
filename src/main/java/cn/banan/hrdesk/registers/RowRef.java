package cn.banan.hrdesk.registers;

/** A row of another register as a field holds it: kept by id, shown by its label. */
public record RowRef(String id, String label) {
    @Override
    public String toString() {
        return label;
    }
}
